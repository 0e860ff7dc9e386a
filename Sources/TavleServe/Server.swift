import FlyingFox
import FlyingSocks
import Foundation
import TavleConcurrency
import TavleModel
import TavleWorkspace

/// How `tavle serve` listens.
public struct ServeOptions: Sendable {
    public var host: String
    public var port: UInt16
    /// Behind a reverse proxy on this machine: the client is the last `X-Forwarded-For` (the one the proxy added), and
    /// `X-Forwarded-Proto: https` marks the session cookie `Secure`.
    public var behindProxy: Bool

    public init(host: String = "127.0.0.1", port: UInt16 = 8080, behindProxy: Bool = false) {
        self.host = host
        self.port = port
        self.behindProxy = behindProxy
    }
}

/// The server around a `Site`: FlyingFox's HTTP/1.1 over BSD sockets, one task per connection.
public enum TavleServer {
    /// Serves until SIGTERM or SIGINT, then stops taking requests, lets those under way finish
    /// (a journal change is finished or not begun, never half written) and returns.
    /// - Parameters:
    ///   - listening: told the address once the socket listens (`http://127.0.0.1:8080`).
    ///   - log: one line per request, with any sign-in secret cut out.
    public static func run(
        workspace: Workspace, options: ServeOptions, listening: @escaping @Sendable (String) -> Void,
        log: @escaping @Sendable (String) -> Void
    ) async throws(Diagnostic) {
        let site = try Site(workspace: workspace)
        let server: HTTPServer
        do {
            let handler = Handler(site: site, options: options, log: log)
            if options.host.contains(":") {
                server = HTTPServer(
                    address: try sockaddr_in6.inet6(ip6: options.host, port: options.port),
                    timeout: Self.requestTime, logger: Quiet(), handler: handler)
            } else {
                server = HTTPServer(
                    address: try sockaddr_in.inet(ip4: options.host, port: options.port),
                    timeout: Self.requestTime, logger: Quiet(), handler: handler)
            }
        } catch {
            throw .error(
                at: nil, Phrase("'\(options.host)' is not an address tavle can listen on"),
                hint: Phrase(
                    "give --host an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network)"))
        }
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let stopRequested = Locked(false)
        let stopping = [SIGTERM, SIGINT].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                log("stopping: no new requests; those under way finish")
                stopRequested.withLock { $0 = true }
                Task { await server.stop(timeout: 1) }
            }
            source.resume()
            return source
        }
        defer {
            stopping.forEach { $0.cancel() }
            signal(SIGTERM, SIG_DFL)
            signal(SIGINT, SIG_DFL)
        }
        let announce = Task {
            try await server.waitUntilListening(timeout: 10)
            if case .ip4(_, let port) = await server.listeningAddress { NoDelay.set(onListenerAt: port) }
            if case .ip6(_, let port) = await server.listeningAddress { NoDelay.set(onListenerAt: port) }
            if case .ip4(let ip, let port) = await server.listeningAddress {
                listening("http://\(ip):\(port)")
            } else if case .ip6(let ip, let port) = await server.listeningAddress {
                listening("http://[\(ip)]:\(port)")
            }
        }
        do {
            try await server.run()
        } catch  where error is CancellationError || stopRequested.withLock({ $0 }) {
            // Stopped as asked: FlyingFox ends its run with a cancellation or a closed socket.
        } catch {
            announce.cancel()
            throw .error(
                at: nil,
                Phrase("the server could not listen on \(options.host):\(options.port): \(String(describing: error))"),
                hint: Phrase("another program may use the port; choose another with --port"))
        }
        // A change taken before the stop is finished before the process ends, and so are
        // handouts being made.
        site.writeQueue.sync {}
        site.handoutJobs.drain()
    }

    /// How long a request may take before FlyingFox answers 500 for it: a journal change waits
    /// for the report repository's lock while a run or handouts are being committed (FlyingFox's
    /// default, 15 s, would tell the team its change failed while it was still to be saved).
    static let requestTime: TimeInterval = 600

    /// FlyingFox's own log would print every request's path, sign-in secrets included.
    struct Quiet: Logging {
        func logDebug(_ debug: @autoclosure () -> String) {}
        func logInfo(_ info: @autoclosure () -> String) {}
        func logWarning(_ warning: @autoclosure () -> String) {}
        func logError(_ error: @autoclosure () -> String) {}
        func logCritical(_ critical: @autoclosure () -> String) {}
    }

    struct Handler: HTTPHandler {
        let site: Site
        let options: ServeOptions
        let log: @Sendable (String) -> Void

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            let started = ContinuousClock.now
            let rawPath = request.target.path(percentEncoded: true)
            let reply: Reply
            if let path = RequestPath(rawPath: rawPath) {
                let query =
                    (try? FormFields(body: Data(request.target.query(percentEncoded: true).utf8)))?.valuesByName ?? [:]
                var client = "-"
                // The last address is the one the proxy in front of tavle added; any before it
                // came from the client and could be anything.
                if options.behindProxy,
                    let forwarded = request.headers[HTTPHeader("X-Forwarded-For")]?.split(separator: ",").last
                {
                    client = forwarded.trimmingCharacters(in: .whitespaces)
                } else if case .ip4(let ip, _) = request.remoteAddress {
                    client = ip
                } else if case .ip6(let ip, _) = request.remoteAddress {
                    client = ip
                }
                let visit = Visit(
                    method: request.method.rawValue, path: path, query: query,
                    cookieHeader: request.headers[HTTPHeader("Cookie")], client: client,
                    overTLS: options.behindProxy && request.headers[HTTPHeader("X-Forwarded-Proto")] == "https",
                    contentLength: request.headers[HTTPHeader("Content-Length")].flatMap { Int($0) },
                    contentType: request.headers[HTTPHeader("Content-Type")],
                    fetchSite: request.headers[HTTPHeader("Sec-Fetch-Site")]?.lowercased(),
                    body: { limit in
                        let data = try await request.bodyData
                        return data.count <= limit ? data : nil
                    })
                reply = await site.respond(visit)
            } else {
                reply = .page(
                    400,
                    Pages.message(
                        site, title: Phrase("Not a page address"),
                        text: Phrase("The address has parts tavle does not accept (such as '..' or an encoded slash)."),
                        session: nil))
            }
            var headers = HTTPHeaders()
            headers[HTTPHeader("Content-Type")] = reply.contentType
            headers[HTTPHeader("Content-Security-Policy")] = reply.policy.header
            headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
            headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
            headers[HTTPHeader("Cache-Control")] = "no-store"
            headers[HTTPHeader("X-Frame-Options")] = reply.policy == .preview ? "SAMEORIGIN" : "DENY"
            for (name, value) in reply.headers { headers.addValue(value, for: HTTPHeader(name)) }
            let elapsed = started.duration(to: .now)
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            log(
                "\(request.method.rawValue) \(Self.loggable(rawPath, RequestPath(rawPath: rawPath))) \(reply.status) \(String(format: "%.1f", milliseconds)) ms"
            )
            return HTTPResponse(
                statusCode: HTTPStatusCode(reply.status, phrase: Self.reason(reply.status)), headers: headers,
                body: request.method == .HEAD ? Data() : reply.body)
        }

        /// A path as the log may show it: a sign-in secret is never written down.
        /// Judged by the path as routed (`/%73ignin/…` signs in too).
        static func loggable(_ raw: String, _ path: RequestPath?) -> String {
            path?.segments.first == "signin" ? "/signin/…" : String(raw.prefix(200))
        }

        static func reason(_ status: Int) -> String {
            switch status {
            case 200: return "OK"
            case 303: return "See Other"
            case 400: return "Bad Request"
            case 401: return "Unauthorized"
            case 403: return "Forbidden"
            case 404: return "Not Found"
            case 405: return "Method Not Allowed"
            case 409: return "Conflict"
            case 411: return "Length Required"
            case 413: return "Content Too Large"
            case 415: return "Unsupported Media Type"
            case 422: return "Unprocessable Content"
            case 429: return "Too Many Requests"
            default: return "Internal Server Error"
            }
        }
    }
}

/// FlyingFox writes a response's head and its body in two writes. With Nagle's algorithm on,
/// the body then waits for the client to acknowledge the head, which clients delay by up to
/// 40 ms: every page took 44 ms on loopback. Linux gives an accepted socket the listening
/// socket's TCP_NODELAY, and FlyingFox does not expose its socket, so the listener is found by
/// its port among this process's descriptors and the option set there, before the server
/// says it listens.
enum NoDelay {
    static func set(onListenerAt port: UInt16) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for name in names {
            guard let descriptor = Int32(name) else { continue }
            var listening: Int32 = 0
            var size = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(descriptor, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) == 0, listening == 1 else {
                continue
            }
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let named = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
            guard named == 0 else { continue }
            let bound: UInt16
            switch Int32(address.ss_family) {
            case AF_INET:
                bound = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
                }
            case AF_INET6:
                bound = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
                }
            default: continue
            }
            guard bound == port else { continue }
            var on: Int32 = 1
            setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        }
    }
}
