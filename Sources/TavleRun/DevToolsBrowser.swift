import Foundation
import TavleModel

#if canImport(Glibc)
    import Glibc
#endif

/// One headless Chromium, driven over the DevTools protocol on a pair of pipes
/// (`--remote-debugging-pipe`: the browser reads commands on its descriptor 3 and answers on 4,
/// each message JSON ended by a NUL byte). Starting Chromium is most of the cost of a PDF, so
/// a handout run starts it once and prints every page in it, two tabs at a time.
final class DevToolsBrowser: @unchecked Sendable {
    struct Failure: Error {
        var message: Phrase
    }

    private let process: pid_t
    private let commands: Int32
    private let answers: Int32
    private let errorLog: URL
    // Guards everything below; `arrived` is signalled for every answer and event read.
    private let arrived = NSCondition()
    // One writer at a time, so that two tabs' commands never interleave on the pipe.
    private let writing = NSLock()
    private var nextID = 1
    private var replies: [Int: [String: Any]] = [:]
    private var loaded: [String: Int] = [:]
    private var closed = false

    /// Starts Chromium with its own profile in `profile` (removed by the caller).
    init(chromium: String, profile: URL) throws(Failure) {
        errorLog = profile.appendingPathExtension("log")
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else {
            throw Failure(message: Phrase("no pipe to Chromium could be made"))
        }
        // Every end moved above 9, marked close-on-exec: tavle's ends stay out of any other
        // program it starts, and the browser's are copied onto 3 and 4 without one landing on
        // the other (a pipe end that already were 3 or 4 would otherwise be overwritten or
        // keep its close-on-exec flag).
        func raised(_ descriptor: Int32) -> Int32 {
            let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, 10)
            close(descriptor)
            return moved
        }
        toBrowser = toBrowser.map(raised)
        fromBrowser = fromBrowser.map(raised)
        guard (toBrowser + fromBrowser).allSatisfy({ $0 >= 10 }) else {
            (toBrowser + fromBrowser).filter { $0 >= 0 }.forEach { close($0) }
            throw Failure(message: Phrase("no pipe to Chromium could be made"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorLog.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
        // No sandbox: tavle may run as root in a container, where Chromium's cannot start.
        let arguments = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--remote-debugging-pipe", "about:blank",
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, chromium, &actions, nil, &argv, environ)
        close(toBrowser[0])
        close(fromBrowser[1])
        guard spawned == 0 else {
            close(toBrowser[1])
            close(fromBrowser[0])
            throw Failure(message: Phrase("it could not be started (\(String(cString: strerror(spawned))))"))
        }
        process = child
        commands = toBrowser[1]
        answers = fromBrowser[0]
        let reader = Thread { [self] in readAnswers() }
        reader.stackSize = 1 << 20
        reader.start()
    }

    deinit {
        close(commands)
        close(answers)
    }

    /// Prints one self-contained HTML file to PDF in a tab of its own.
    func printPDF(_ file: URL) throws(Failure) -> Data {
        let target = try call("Target.createTarget", ["url": "about:blank"])
        guard let targetID = target["targetId"] as? String else { throw failure("no tab was opened") }
        defer { _ = try? call("Target.closeTarget", ["targetId": targetID]) }
        let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw failure("the tab could not be reached") }
        _ = try call("Page.enable", [:], session: session)
        let loadsBefore = loads(session)
        let navigated = try call("Page.navigate", ["url": file.absoluteString], session: session)
        if let error = navigated["errorText"] as? String { throw failure("the page did not open: \(error)") }
        try waitForLoad(session, after: loadsBefore)
        // A4, as the print stylesheet's @page asks; backgrounds kept for the shaded boxes.
        let printed = try call(
            "Page.printToPDF",
            [
                "printBackground": true, "preferCSSPageSize": true, "displayHeaderFooter": false, "paperWidth": 8.27,
                "paperHeight": 11.69,
            ],
            session: session, seconds: 120)
        guard let encoded = printed["data"] as? String, let data = Data(base64Encoded: encoded), !data.isEmpty else {
            throw failure("it returned no PDF")
        }
        return data
    }

    /// Closes the browser and waits for it to end (killing it after five seconds).
    func shutDown() {
        _ = try? call("Browser.close", [:], seconds: 5)
        for _ in 0..<50 {
            var status: Int32 = 0
            if waitpid(process, &status, WNOHANG) != 0 { return }
            usleep(100_000)
        }
        kill(process, SIGKILL)
        var status: Int32 = 0
        waitpid(process, &status, 0)
    }

    /// Sends one command and waits for its answer.
    private func call(_ method: String, _ parameters: [String: Any], session: String? = nil, seconds: Double = 30)
        throws(Failure) -> [String: Any]
    {
        arrived.lock()
        let id = nextID
        nextID += 1
        arrived.unlock()
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        guard var bytes = try? JSONSerialization.data(withJSONObject: message) else {
            throw failure("the command \(method) could not be written")
        }
        bytes.append(0)
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            writing.lock()
            defer { writing.unlock() }
            var offset = 0
            while offset < buffer.count {
                let count = write(commands, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        guard written else { throw failure("Chromium stopped listening") }
        let deadline = Date().addingTimeInterval(seconds)
        arrived.lock()
        defer { arrived.unlock() }
        while replies[id] == nil {
            if closed { throw failure("Chromium ended unexpectedly") }
            if !arrived.wait(until: deadline) {
                throw failure("Chromium did not answer \(method) within \(Int(seconds)) s")
            }
        }
        let reply = replies.removeValue(forKey: id)!
        if let error = reply["error"] as? [String: Any] {
            throw failure("\(method) failed: \(error["message"] as? String ?? "\(error)")")
        }
        return reply["result"] as? [String: Any] ?? [:]
    }

    private func loads(_ session: String) -> Int {
        arrived.lock()
        defer { arrived.unlock() }
        return loaded[session] ?? 0
    }

    private func waitForLoad(_ session: String, after count: Int) throws(Failure) {
        let deadline = Date().addingTimeInterval(30)
        arrived.lock()
        defer { arrived.unlock() }
        while (loaded[session] ?? 0) <= count {
            if closed { throw failure("Chromium ended unexpectedly") }
            if !arrived.wait(until: deadline) { throw failure("the page did not finish loading within 30 s") }
        }
    }

    /// Reads NUL-ended messages until the browser closes its end.
    private func readAnswers() {
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(answers, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            pending.append(contentsOf: buffer[0..<count])
            while let end = pending.firstIndex(of: 0) {
                let message = pending[pending.startIndex..<end]
                pending = Data(pending[(end + 1)...])
                guard let object = try? JSONSerialization.jsonObject(with: message) as? [String: Any] else { continue }
                arrived.lock()
                if let id = object["id"] as? Int {
                    replies[id] = object
                } else if object["method"] as? String == "Page.loadEventFired",
                    let session = object["sessionId"] as? String
                {
                    loaded[session, default: 0] += 1
                }
                arrived.broadcast()
                arrived.unlock()
            }
        }
        arrived.lock()
        closed = true
        arrived.broadcast()
        arrived.unlock()
    }

    /// A failure with the last lines Chromium wrote to its standard error, which usually say why.
    private func failure(_ what: String) -> Failure {
        let log = (try? String(contentsOf: errorLog, encoding: .utf8)) ?? ""
        let said = log.split(separator: "\n").suffix(2).joined(separator: " ")
        let text = said.isEmpty ? what : "\(what) (\(said))"
        return Failure(message: Phrase(verbatim: text))
    }
}
