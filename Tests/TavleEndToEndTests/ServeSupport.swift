import Foundation

/// An answer from the server, as read off the socket.
struct HTTPReply {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: String

    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The session cookie's value, when the reply sets one.
    var sessionCookie: String? { cookie("tavle_session") }

    /// A cookie the reply sets, by name: its value.
    func cookie(_ name: String) -> String? {
        let set = headers.first {
            $0.name.caseInsensitiveCompare("Set-Cookie") == .orderedSame && $0.value.hasPrefix(name + "=")
        }
        return set.map { String($0.value.dropFirst(name.count + 1).prefix { $0 != ";" }) }
    }

    /// A hidden field's value in the page (`form_token`, `version`).
    func hidden(_ name: String) -> String? {
        guard let range = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(body[range.upperBound...].prefix { $0 != "\"" })
    }

    /// A text area's content in the page, as a browser shows it (its text unescaped).
    func textArea(_ name: String) -> String? {
        guard let named = body.range(of: "name=\"\(name)\""),
            let open = body[named.upperBound...].range(of: ">"),
            let close = body[open.upperBound...].range(of: "</textarea>")
        else { return nil }
        return String(body[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Every link to a page of this server, and every frame's and script's address.
    var links: [String] {
        var found: [String] = []
        for marker in ["href=\"/", "src=\"/"] {
            var rest = Substring(body)
            while let range = rest.range(of: marker) {
                let link = "/" + rest[range.upperBound...].prefix { $0 != "\"" }
                found.append(link.replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[range.upperBound...]
            }
        }
        return found
    }
}

/// A plain HTTP/1.1 client on a socket: it sends exactly the bytes a test writes (an encoded
/// slash stays encoded, a body may lie about its length) and follows no redirect.
enum HTTP {
    static func send(port: Int, _ request: Data, timeout: Int = 20) throws -> HTTPReply {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure("socket: \(errno)") }
        defer { close(descriptor) }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure("connect: \(errno)") }
        try request.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 else { throw Failure("write: \(errno)") }
                offset += written
            }
        }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            received.append(buffer, count: count)
        }
        guard let split = received.range(of: Data("\r\n\r\n".utf8)) else {
            throw Failure("no answer (\(received.count) bytes)")
        }
        let head = String(decoding: received[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        let headers = head.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return HTTPReply(
            status: status, headers: headers.map { (name: $0.0, value: $0.1) },
            body: String(decoding: received[split.upperBound...], as: UTF8.self))
    }

    static func get(port: Int, _ path: String, session: String? = nil) throws -> HTTPReply {
        var request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if let session { request += "Cookie: tavle_session=\(session)\r\n" }
        return try send(port: port, Data((request + "\r\n").utf8))
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map {
            "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
    }

    /// - Parameter headers: more header lines, as a browser adds them (`Sec-Fetch-Site: …`).
    static func post(
        port: Int, _ path: String, session: String?, body: String, contentLength: Int? = nil,
        cookies: [String] = [], headers: [String] = []
    ) throws -> HTTPReply {
        var request =
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        let cookies = (session.map { ["tavle_session=\($0)"] } ?? []) + cookies
        if !cookies.isEmpty { request += "Cookie: \(cookies.joined(separator: "; "))\r\n" }
        for header in headers { request += header + "\r\n" }
        request += "Content-Length: \(contentLength ?? body.utf8.count)\r\n\r\n" + body
        return try send(port: port, Data(request.utf8))
    }

    static func post(
        port: Int, _ path: String, session: String?, fields: [(String, String)], cookies: [String] = [],
        headers: [String] = []
    ) throws -> HTTPReply {
        try post(port: port, path, session: session, body: encode(fields), cookies: cookies, headers: headers)
    }

    /// Opens a sign-in link and presses its page's button, as a browser does: the page's
    /// one-time token in the form and in its cookie. The reply to the button.
    static func signIn(port: Int, link: String, headers: [String] = ["Sec-Fetch-Site: same-origin"]) throws
        -> HTTPReply
    {
        let page = try get(port: port, link)
        guard page.status == 200, let token = page.hidden("token"), let cookie = page.cookie("tavle_signin") else {
            return page
        }
        return try post(
            port: port, "/signin", session: nil, fields: [("token", token)], cookies: ["tavle_signin=\(cookie)"],
            headers: headers)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// A network made with `tavle init`, its reports run once, and `tavle serve` on a free port.
final class ServedNetwork {
    let root: URL
    let workspace: URL
    var reports: URL { workspace.appendingPathComponent("reports") }
    private(set) var process: Process?
    private(set) var port = 0
    private var output = Pipe()
    private var errors = Pipe()
    let teams: [String]

    /// - Parameter teams: 4 (as `tavle init` makes them) or more, each with a journal and data.
    init(teams count: Int = 4) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        workspace = root.appendingPathComponent("network")
        let made = try Tavle.run(["init", "network", "--language", "en", "--name", "Serve test"], in: root)
        guard made.status == 0 else { throw HTTP.Failure("init: \(made.stderr)") }
        var teams = ["team-a", "team-b", "team-c", "team-d"]
        if count > 4 {
            let data = workspace.appendingPathComponent("data")
            var teamRows = try String(contentsOf: data.appendingPathComponent("teams.csv"), encoding: .utf8)
            var measurements = try String(contentsOf: data.appendingPathComponent("measurements.csv"), encoding: .utf8)
            let rowsOfA = measurements.split(separator: "\n").filter { $0.hasPrefix("team-a,") }
            let journal = try String(
                contentsOf: workspace.appendingPathComponent("journals/team-a.yaml"), encoding: .utf8)
            for number in 5...count {
                let id = "team-\(number)"
                teams.append(id)
                teamRows += "\(id),Extra team \(number),Care home\n"
                measurements += rowsOfA.map { "\(id)," + $0.dropFirst("team-a,".count) + "\n" }.joined()
                try Data(journal.utf8).write(to: workspace.appendingPathComponent("journals/\(id).yaml"))
            }
            try Data(teamRows.utf8).write(to: data.appendingPathComponent("teams.csv"))
            try Data(measurements.utf8).write(to: data.appendingPathComponent("measurements.csv"))
        }
        self.teams = teams
        // The notebook is the first gathering's, so that teams can answer its prompts.
        let notebook = workspace.appendingPathComponent("first-report.md")
        let text = try String(contentsOf: notebook, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "version: 1\n", with: "version: 1\ngathering: 1\n").utf8).write(
            to: notebook)
        let run = try Tavle.run(["run", "first-report.md", "--all-teams"], in: workspace)
        guard run.status == 0 else { throw HTTP.Failure("run: \(run.stderr)") }
    }

    /// Starts `tavle serve` and waits for its "listening on" line.
    func start(environment extra: [String: String] = [:], arguments: [String] = []) throws {
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in extra { environment[key] = value }
        environment["TAVLE_LANGUAGE"] = environment["TAVLE_LANGUAGE"] ?? "en"
        let process = Process()
        process.executableURL = Tavle.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = workspace
        process.environment = environment
        output = Pipe()
        errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        self.process = process
        var said = ""
        let deadline = Date().addingTimeInterval(20)
        while !said.contains("\n"), Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            said += String(decoding: data, as: UTF8.self)
        }
        guard let range = said.range(of: "http://127.0.0.1:"),
            let port = Int(said[range.upperBound...].prefix { $0.isNumber })
        else { throw HTTP.Failure("tavle serve said: \(said)") }
        self.port = port
    }

    /// Stops the server with SIGTERM; its exit status and what it printed.
    @discardableResult
    func stop() -> (status: Int32, output: String, log: String) {
        guard let process else { return (0, "", "") }
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        process.waitUntilExit()
        self.process = nil
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, said, log)
    }

    deinit {
        if let process, process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: root)
    }

    func tavle(_ arguments: String...) throws -> CommandResult {
        try Tavle.run(arguments, in: workspace)
    }

    /// A sign-in link's path (`/signin/…`), from `tavle access add`.
    func link(_ role: String, _ name: String) throws -> String {
        let made = try tavle("access", "add", "--\(role)", name)
        guard made.status == 0, let line = made.stdout.split(separator: "\n").first(where: { $0.contains("/signin/") })
        else { throw HTTP.Failure("access add: \(made.stderr)") }
        return String(line[line.range(of: "/signin/")!.lowerBound...])
    }

    /// Signs in with a fresh link; the session cookie's value.
    func signIn(_ role: String, _ name: String) throws -> String {
        let reply = try HTTP.signIn(port: port, link: try link(role, name))
        guard reply.status == 303, let session = reply.sessionCookie else {
            throw HTTP.Failure("sign-in: \(reply.status) \(reply.body)")
        }
        return session
    }

    func get(_ path: String, as session: String?) throws -> HTTPReply {
        try HTTP.get(port: port, path, session: session)
    }

    func post(_ path: String, as session: String?, _ fields: [(String, String)]) throws -> HTTPReply {
        try HTTP.post(port: port, path, session: session, fields: fields)
    }

    func commitCount() throws -> Int {
        Int(
            try GitCLI.run(["rev-list", "--count", "HEAD"], in: reports).output.trimmingCharacters(
                in: .whitespacesAndNewlines)) ?? -1
    }

    func head() throws -> String {
        try GitCLI.run(["rev-parse", "HEAD"], in: reports).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func journal(_ team: String) throws -> String {
        try String(contentsOf: workspace.appendingPathComponent("journals/\(team).yaml"), encoding: .utf8)
    }
}
