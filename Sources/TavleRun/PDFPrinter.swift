import Foundation
import TavleConcurrency
import TavleModel

/// Prints HTML pages to A4 PDF with headless Chromium, the browser the print styles are
/// checked in. The pages are self-contained (inline CSS and SVG), so each prints from a
/// temporary copy before anything reaches the report repository.
struct PDFPrinter {
    struct Unavailable: Error {
        var message: Phrase
    }

    let chromium: String

    /// `TAVLE_CHROMIUM`, else the first of chromium, chromium-browser, google-chrome on PATH.
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<
        PDFPrinter, Unavailable
    > {
        if let chosen = environment["TAVLE_CHROMIUM"], !chosen.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: chosen) else {
                return .failure(
                    Unavailable(
                        message: Phrase(
                            "TAVLE_CHROMIUM names '\(chosen)', which is not a program; no PDFs were made (the HTML handouts are ready)"
                        )))
            }
            return .success(PDFPrinter(chromium: chosen))
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return .success(PDFPrinter(chromium: "\(folder)/\(name)"))
            }
        }
        return .failure(
            Unavailable(
                message: Phrase(
                    "Chromium is not installed, so no PDFs were made; the HTML handouts are ready and print from any browser. To get PDFs: sudo apt-get install chromium (or set TAVLE_CHROMIUM to a Chrome or Chromium program), then run the command again"
                )))
    }

    /// Prints every page; the PDFs keep the pages' paths with `.pdf` for `.html`. One
    /// browser for them all, a tab per core at a time: starting Chromium is the slow part.
    func print(_ pages: [(path: String, contents: String)]) throws(Diagnostic) -> [(path: String, contents: Data)] {
        guard !pages.isEmpty else { return [] }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var inputs: [URL] = []
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            for (index, page) in pages.enumerated() {
                let file = scratch.appendingPathComponent("\(index).html")
                try Data(page.contents.utf8).write(to: file)
                inputs.append(file)
            }
        } catch {
            throw .error(
                at: nil,
                Phrase(
                    "the pages could not be prepared for printing in \(scratch.path): \(error.localizedDescription)"),
                hint: Phrase("check the free space in the temporary folder"))
        }
        let unavailable = { (reason: Phrase) -> Diagnostic in
            .error(
                at: nil, Phrase("Chromium could not print the handouts: ") + reason,
                hint: Phrase("nothing was committed; check that '\(chromium) --headless' runs on this machine"))
        }
        let browser: DevToolsBrowser
        do {
            browser = try DevToolsBrowser(chromium: chromium, profile: scratch.appendingPathComponent("profile"))
        } catch {
            throw unavailable(error.message)
        }
        defer { browser.shutDown() }
        let results = Locked<[Result<Data, Unavailable>?]>(Array(repeating: nil, count: pages.count))
        let files = inputs
        let tabs = max(1, min(pages.count, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: tabs) { tab in
            for index in stride(from: tab, to: files.count, by: tabs) {
                let result: Result<Data, Unavailable>
                do throws(DevToolsBrowser.Failure) {
                    result = .success(Self.renumberingNodes(Self.withoutPrintTime(try browser.printPDF(files[index]))))
                } catch {
                    result = .failure(Unavailable(message: error.message))
                }
                results.withLock { $0[index] = result }
                if case .failure = result { return }
            }
        }
        var printed: [(path: String, contents: Data)] = []
        for (index, page) in pages.enumerated() {
            switch results.withLock({ $0[index] }) {
            case .success(let data): printed.append((page.path.replacingSuffix(".html", with: ".pdf"), data))
            case .failure(let reason):
                throw .error(
                    at: nil, Phrase("Chromium could not print \(page.path): ") + reason.message,
                    hint: Phrase("nothing was committed; check that '\(chromium) --headless' runs on this machine"))
            case nil:
                continue
            }
        }
        guard printed.count == pages.count else {
            throw unavailable(Phrase("some pages were not printed"))
        }
        return printed
    }

    /// Chromium stamps each PDF with the time it was printed; with the stamp fixed, the same
    /// page prints to the same bytes, so an unchanged handout commits nothing. The stamp
    /// keeps its length, so the PDF's byte offsets stay right.
    static func withoutPrintTime(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        let marker = Array("(D:".utf8)
        // D:YYYYMMDDHHmmSS, then an optional zone (Z or +HH'mm'): the date becomes 1 January
        // 2000, midnight, and the zone's digits zero.
        let fixed = Array("20000101000000".utf8)
        var index = 0
        while index + marker.count + fixed.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index + 1] == marker[1], bytes[index + 2] == marker[2] {
                var position = index + marker.count
                var digits = 0
                while position < bytes.count, bytes[position] != UInt8(ascii: ")") {
                    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                        bytes[position] = digits < fixed.count ? fixed[digits] : UInt8(ascii: "0")
                        digits += 1
                    }
                    position += 1
                }
                index = position
            }
            index += 1
        }
        return Data(bytes)
    }

    /// A tagged PDF names its structure elements after the browser's DOM nodes
    /// (`/ID (node00001053)`), whose numbers count on across every page one browser prints:
    /// the same page would print differently after another. Each name is renumbered in the
    /// order it first appears (references to it follow), with the same number of digits, so
    /// the byte offsets stay right.
    static func renumberingNodes(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        let marker = Array("(node".utf8)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var index = 0
        while index + marker.count < bytes.count {
            guard bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) else {
                index += 1
                continue
            }
            let start = index + marker.count
            var end = start
            while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: ")"), end > start else {
                index = start
                continue
            }
            let digits = bytes[start..<end]
            let number =
                numbers[digits]
                ?? {
                    numbers[digits] = numbers.count + 1
                    return numbers.count
                }()
            var written = Array(String(number).utf8)
            guard written.count <= digits.count else {
                index = end
                continue
            }
            written = Array(repeating: UInt8(ascii: "0"), count: digits.count - written.count) + written
            bytes.replaceSubrange(start..<end, with: written)
            index = end
        }
        return Data(bytes)
    }
}
