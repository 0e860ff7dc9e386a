import Foundation
import TavleConcurrency
import TavleEdit
import TavleHistory
import Testing

@testable import TavleServe

@Suite struct RequestPathTests {
    @Test func segmentsAreDecodedOnce() {
        #expect(RequestPath(rawPath: "/")?.segments == [])
        #expect(RequestPath(rawPath: "/teams/team-a")?.segments == ["teams", "team-a"])
        #expect(RequestPath(rawPath: "/teams/team-a/")?.segments == ["teams", "team-a"])
        #expect(RequestPath(rawPath: "/teams/%C3%A5lesund")?.segments == ["teams", "ålesund"])
        // Decoded once only: "%252F" is the text "%2F", not a slash.
        #expect(RequestPath(rawPath: "/teams/a%252Fb")?.segments == ["teams", "a%2Fb"])
    }

    @Test(arguments: [
        "/teams/team-a/../team-b", "/teams/team-a/..%2Fteam-b", "/teams/%2e%2e/team-b", "/teams/./team-a",
        "/teams//team-a", "/teams/a%2Fb", "/teams/a%5Cb", "/teams/a%00", "/teams/a%0Ab", "teams/a", "/teams/%",
        "/teams/%zz", "/teams/%2E",
    ])
    func pathTricksAreRefusedWhole(raw: String) {
        #expect(RequestPath(rawPath: raw) == nil)
    }
}

@Suite struct FormFieldsTests {
    @Test func fieldsAreDecoded() throws {
        let fields = try FormFields(body: Data("a=1&b=two+words&c=%C3%A6%26%3D&d=".utf8))
        #expect(fields["a"] == "1")
        #expect(fields["b"] == "two words")
        #expect(fields["c"] == "æ&=")
        #expect(fields["d"] == "")
        #expect(fields.trimmed("d") == nil)
        #expect(fields.unknown(allowed: ["a", "b"]) == ["c", "d"])
    }

    @Test func malformedAndRepeatedFieldsAreRefused() throws {
        #expect(throws: FormFields.Problem.malformed) { try FormFields(body: Data("a=%zz".utf8)) }
        #expect(throws: FormFields.Problem.malformed) { try FormFields(body: Data("=1".utf8)) }
        #expect(throws: FormFields.Problem.malformed) { try FormFields(body: Data([0xFF, 0xFE])) }
        #expect(throws: FormFields.Problem.repeated("a")) { try FormFields(body: Data("a=1&a=2".utf8)) }
        #expect(throws: FormFields.Problem.malformed) { try FormFields(body: Data("a=%07bell".utf8)) }
        #expect(try FormFields(body: Data("a=two%0D%0Alines%0Dthree%09tab".utf8))["a"] == "two\nlines\nthree\ttab")
    }

    @Test func namesAreOneSegmentOfAnAddress() {
        #expect(segment("team-a_1.x~") == "team-a_1.x~")
        #expect(segment("Ålesund sjukeheim 2?") == "%C3%85lesund%20sjukeheim%202%3F")
        #expect(
            RequestPath(rawPath: "/teams/" + segment("Ålesund sjukeheim 2?"))?.segments == [
                "teams", "Ålesund sjukeheim 2?",
            ])
        // A slash stays encoded in the address, and such a path is refused whole.
        #expect(segment("a/b") == "a%2Fb")
        #expect(RequestPath(rawPath: "/teams/" + segment("a/b")) == nil)
    }

    @Test func cookiesAreFoundByName() {
        #expect(cookie("tavle_session", in: "x=1; tavle_session=abc; y=2") == "abc")
        #expect(cookie("tavle_session", in: "tavle_sessionx=abc") == nil)
        #expect(cookie("tavle_session", in: nil) == nil)
    }
}

@Suite struct HTMLTests {
    @Test func textAndAttributesAreEscaped() {
        let hostile = "<script>alert(\"x\")</script>&'"
        let node = Node.el("p", attr("title", hostile)) { hostile }
        #expect(
            node.render()
                == "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;\">&lt;script&gt;alert(\"x\")&lt;/script&gt;&amp;'</p>"
        )
    }

    @Test func escapingKeepsEveryOtherCharacterAsItIs() {
        // Letters beyond ASCII, a combining accent and an emoji right beside the replaced ones.
        let text = "Ålesund<e\u{301}>🙂&\"ø'"
        #expect(Node.text(text).render() == "Ålesund&lt;e\u{301}&gt;🙂&amp;\"ø'")
        #expect(
            Node.void("i", attr("title", text)).render() == "<i title=\"Ålesund&lt;e\u{301}&gt;🙂&amp;&quot;ø&#39;\">")
    }

    @Test func escapingAgreesWithOneCharacterAtATime() {
        // The byte-wise writer against the plainest one, on random texts from a mixed alphabet.
        let alphabet: [String] = [
            "a", "Z", " ", "<", ">", "&", "\"", "'", "æ", "Ø", "é", "\u{301}", "🙂", "\n", "—", "ß",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let length = Int.random(in: 0...24, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            var expected = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": expected += "&amp;"
                case "<": expected += "&lt;"
                case ">": expected += "&gt;"
                case "\"": expected += "&quot;"
                case "'": expected += "&#39;"
                default: expected.unicodeScalars.append(scalar)
                }
            }
            var written = ""
            Escape.attribute(text, into: &written)
            #expect(written == expected, "\(text.debugDescription)")
        }
    }

    @Test func aKeptPartIsPutInAsItWasWritten() {
        let part = Node.el("p") { "<b>" }.kept()
        let page = Node.el("div") {
            Node.rendered(part)
            "&"
        }
        #expect(page.render() == "<div><p>&lt;b&gt;</p>&amp;</div>")
    }

    @Test func booleanAttributesAndVoidElements() {
        let node = Node.void("input", attr("name", "a"), flag("required"), flag("checked", false))
        #expect(node.render() == "<input name=\"a\" required>")
    }
}

@Suite struct SecretsTests {
    @Test func sha256OfKnownTexts() {
        // FIPS 180-2, appendix B.1, and the empty text.
        #expect(Secrets.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Secrets.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func secretsAreLongAndUnlike() {
        let secrets = (0..<200).map { _ in Secrets.random() }
        #expect(Set(secrets).count == 200)
        // 32 bytes in URL-safe base64 without padding: 43 characters, 256 bits.
        #expect(
            secrets.allSatisfy {
                $0.count == 43 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            })
    }

    @Test func equalComparesWholeStrings() {
        #expect(Secrets.equal("abc", "abc"))
        #expect(!Secrets.equal("abc", "abd"))
        #expect(!Secrets.equal("abc", "ab"))
    }
}

@Suite struct SignInLimiterTests {
    @Test func aClientWaitsAfterTooManyFailuresAndOthersDoNot() {
        let limiter = SignInLimiter(perClient: 3, overall: 5, window: 600)
        let start = Date(timeIntervalSince1970: 1_000_000)
        for _ in 0..<3 { limiter.failed("10.0.0.1", now: start) }
        #expect(limiter.wait(for: "10.0.0.1", now: start) == 600)
        #expect(limiter.wait(for: "10.0.0.2", now: start) == nil)
        // Past the window the client may try again.
        #expect(limiter.wait(for: "10.0.0.1", now: start.addingTimeInterval(601)) == nil)
    }

    @Test func manyClientsTogetherMeetTheOverallLimit() {
        let limiter = SignInLimiter(perClient: 3, overall: 5, window: 600)
        let start = Date(timeIntervalSince1970: 1_000_000)
        for client in 0..<5 { limiter.failed("10.0.0.\(client)", now: start) }
        #expect(limiter.wait(for: "10.0.0.99", now: start.addingTimeInterval(100)) == 500)
    }
}

@Suite struct SessionStoreTests {
    let grant = AccessGrant(
        id: "g1", role: .team, name: "team-a", created: "2026-12-03T00:00:00+00:00", secretHash: "x", revoked: nil)

    @Test func aSessionEndsWhenIdleOrRevoked() {
        let store = SessionStore(idleLimit: 60)
        let start = Date(timeIntervalSince1970: 1_000_000)
        let session = store.open(for: grant, now: start)
        #expect(store.session(session.id, grantsInUse: ["g1"], now: start.addingTimeInterval(30))?.name == "team-a")
        // Each request moves the idle limit on.
        #expect(store.session(session.id, grantsInUse: ["g1"], now: start.addingTimeInterval(80)) != nil)
        #expect(store.session(session.id, grantsInUse: [], now: start.addingTimeInterval(81)) == nil)
        // Gone for good once refused.
        #expect(store.session(session.id, grantsInUse: ["g1"], now: start.addingTimeInterval(82)) == nil)
        let other = store.open(for: grant, now: start)
        #expect(store.session(other.id, grantsInUse: ["g1"], now: start.addingTimeInterval(61)) == nil)
        #expect(session.formToken != other.formToken)
    }
}

@Suite struct NetworkFigureTests {
    func series(_ value: Double, y: Double = 20, n: Double = 40, period: String = "2026-11") -> [LedgerSeries] {
        [
            LedgerSeries(
                query: "screening", indicator: "screening", chart: "p", title: "Screened", unit: "%",
                points: [
                    LedgerSeries.Point(period: "2026-10", value: 0.1, y: 4, n: 40),
                    LedgerSeries.Point(period: period, value: value, y: y, n: n),
                ])
        ]
    }

    /// Worked by hand: four teams count (0.5, 0.6, 0.7, 0.8); the fifth's 0.9 rests on a count of
    /// 3, under the minimum of 5, and is left out. Median 0.65; quartiles (type 7) at positions
    /// 0.75 and 2.25: 0.5 + 0.1 × 0.75 = 0.575 and 0.7 + 0.1 × 0.25 = 0.725.
    @Test func smallCountsAreLeftOutAndTheRestSummed() throws {
        let all = [
            "a": series(0.5), "b": series(0.6), "c": series(0.7), "d": series(0.8), "e": series(0.9, y: 3),
        ]
        let figure = try #require(NetworkFigure.figures(all, team: "a", minimumCount: 5).first)
        #expect(figure.period == "2026-11" && figure.own == 0.5 && figure.teams == 4)
        #expect(abs(figure.median! - 0.65) < 1e-12)
        #expect(abs(figure.lowerQuartile! - 0.575) < 1e-12)
        #expect(abs(figure.upperQuartile! - 0.725) < 1e-12)
    }

    @Test func fewerThanThreeTeamsShowNoFigure() throws {
        let all = ["a": series(0.5), "b": series(0.6), "c": series(0.7, period: "2026-09")]
        let figure = try #require(NetworkFigure.figures(all, team: "a", minimumCount: 5).first)
        #expect(figure.teams == 2 && figure.median == nil && figure.lowerQuartile == nil)
        // A team's own value is its own, whatever its count.
        let small = try #require(NetworkFigure.figures(["a": series(0.5, y: 1)], team: "a", minimumCount: 5).first)
        #expect(small.own == 0.5)
    }
}

@Suite struct PreviewCacheTests {
    @Test func aPreviewIsMadeOnceForEachStateOfItsInputs() {
        let cache = PreviewCache()
        let made = Locked(0)
        func make(_ text: String) -> PreviewCache.Made {
            made.withLock { $0 += 1 }
            return PreviewCache.Made(html: text, warnings: [], ok: true)
        }
        #expect(cache.made("n/team-a", stamp: "1") { make("first") }.html == "first")
        #expect(cache.made("n/team-a", stamp: "1") { make("again") }.html == "first")
        #expect(cache.made("n/team-b", stamp: "1") { make("other team") }.html == "other team")
        #expect(cache.made("n/team-a", stamp: "2") { make("changed") }.html == "changed")
        #expect(made.withLock { $0 } == 3)
    }

    @Test func aNewerStampMeanwhileLeavesTheWaitersTheirPreviewAndIsKept() {
        // A makes stamp 1 slowly and C waits for it; meanwhile stamp 2 is made. C still gets
        // A's rendering (not one of its own), and A's finishing does not put stamp 1 back in
        // the place of stamp 2.
        let cache = PreviewCache()
        let made = Locked<[String]>([])
        @Sendable func making(_ html: String) -> PreviewCache.Made {
            made.withLock { $0.append(html) }
            return PreviewCache.Made(html: html, warnings: [], ok: true)
        }
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let waited = Locked<String?>(nil)
        // Threads of their own (the read queue's are): GCD's pool may be slow to add a thread
        // beside one that blocks.
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = cache.made("n/team-a", stamp: "1") {
                started.signal()
                release.wait()
                return making("one")
            }
            finished.signal()
        }
        started.wait()
        Thread.detachNewThread {
            let page = cache.made("n/team-a", stamp: "1") { making("one, made again") }.html
            waited.withLock { $0 = page }
            finished.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)  // C is waiting by now
        #expect(cache.made("n/team-a", stamp: "2") { making("two") }.html == "two")
        release.signal()
        finished.wait()
        finished.wait()
        #expect(waited.withLock { $0 } == "one")
        #expect(cache.made("n/team-a", stamp: "2") { making("two, made again") }.html == "two")
        #expect(made.withLock { $0 }.sorted() == ["one", "two"])
    }

    @Test func askedForAtOnceItIsMadeOnceAndEveryoneWaitsForIt() {
        let cache = PreviewCache()
        let made = Locked(0)
        let pages = Locked<[String]>([])
        // Threads of their own, as the server's read queue gives (waiting blocks a thread).
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let page = cache.made("n/team-a", stamp: "1") {
                made.withLock { $0 += 1 }
                Thread.sleep(forTimeInterval: 0.05)  // long enough for the others to ask meanwhile
                return PreviewCache.Made(html: "page", warnings: [], ok: true)
            }.html
            pages.withLock { $0.append(page) }
        }
        #expect(pages.withLock { $0 } == Array(repeating: "page", count: 8))
        #expect(made.withLock { $0 } == 1)
    }
}

@Suite struct AnswerChangeTests {
    static let journal = """
        answers:
          - prompt: first
            gathering: 2
            date: 2026-11-01
            text: ""
          - prompt: second
            gathering: 2
            date: 2026-11-01
            text: Kept as it was.

        """

    func applied(_ typed: [String: String]) throws -> String? {
        let before = AnswerFormValues(answers: ["first": "", "second": "Kept as it was."])
        guard
            let change = AnswerFormValues(answers: typed).change(
                from: before, gathering: 2, basedOn: "v", today: "2026-12-03")
        else { return nil }
        var text = JournalText(Self.journal)
        try change.edit(&text)
        return text.text
    }

    @Test func anAnswerWrittenEmptyIsNeitherRemovedNorAddedTwice() throws {
        // Saving the other answer leaves the empty one alone.
        let other = try #require(try applied(["first": "", "second": "Rewritten."]))
        #expect(other.contains("text: \"\"") && other.contains("text: Rewritten."))
        // Answering it rewrites its entry where it stands: still one entry for the prompt.
        let answered = try #require(try applied(["first": "Now answered.", "second": "Kept as it was."]))
        #expect(answered.components(separatedBy: "prompt: first").count == 2)
        #expect(answered.contains("text: Now answered.") && !answered.contains("text: \"\""))
        // Nothing typed anew: no change at all.
        #expect(try applied(["first": " ", "second": "Kept as it was."]) == nil)
    }
}

@Suite struct PendingSignInTests {
    static let grant = AccessGrant(
        id: "g1", role: .team, name: "team-a", created: "2026-12-03", secretHash: "", revoked: nil)

    @Test func aTokenIsUsedOnceAndExpires() {
        let pending = PendingSignIns(lifetime: 600)
        let opened = Date()
        let token = pending.open(for: Self.grant, now: opened)
        #expect(pending.take(token, now: opened.addingTimeInterval(5)) == "g1")
        #expect(pending.take(token, now: opened.addingTimeInterval(6)) == nil)
        let late = pending.open(for: Self.grant, now: opened)
        #expect(pending.take(late, now: opened.addingTimeInterval(601)) == nil)
    }

    @Test func pastTheLimitTheOldestGoFirst() {
        let pending = PendingSignIns(lifetime: 600, limit: 3)
        let start = Date()
        let tokens = (0..<4).map { pending.open(for: Self.grant, now: start.addingTimeInterval(Double($0))) }
        #expect(pending.take(tokens[0], now: start.addingTimeInterval(10)) == nil)
        #expect(tokens.dropFirst().allSatisfy { pending.take($0, now: start.addingTimeInterval(10)) == "g1" })
    }
}
