import Foundation
import Testing

/// nginx, installed by `make test`; without it the proxy test is skipped, and says so, except
/// in CI, where it runs and fails.
enum Nginx {
    static let path = ["/usr/sbin/nginx", "/usr/bin/nginx"].first(where: FileManager.default.isExecutableFile)
    static let runs = path != nil || ProcessInfo.processInfo.environment["CI"] != nil
}

/// The reverse proxy of docs/serving/nginx.conf, as written there, in front of tavle serve
/// with TLS: sign-in over HTTPS, the cookie marked Secure, the client's address passed on,
/// and the secret kept out of nginx's access log and tavle's.
@Suite struct ProxyServeTests {
    @Test(.enabled(if: Nginx.runs, "needs nginx and openssl: 'make test' installs them"))
    func theDocumentedNginxSnippetServesTavleOverTLS() throws {
        let network = try ServedNetwork()
        try network.start(arguments: ["--behind-proxy"])
        defer { network.stop() }
        let folder = network.root.appendingPathComponent("nginx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let key = folder.appendingPathComponent("privkey.pem").path
        let certificate = folder.appendingPathComponent("fullchain.pem").path
        let made = try Program.run([
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=tavle.example.org",
            "-keyout", key, "-out", certificate,
        ])
        #expect(made.status == 0, "\(made.output)")

        let snippet = try String(
            contentsOf: Tavle.packageRoot.appendingPathComponent("docs/serving/nginx.conf"), encoding: .utf8)
        let tlsPort = Int.random(in: 20000...29999), plainPort = tlsPort + 10000
        let site =
            snippet
            .replacingOccurrences(of: "listen 443 ssl;", with: "listen 127.0.0.1:\(tlsPort) ssl;")
            .replacingOccurrences(of: "listen 80;", with: "listen 127.0.0.1:\(plainPort);")
            .replacingOccurrences(of: "/etc/ssl/tavle/fullchain.pem", with: certificate)
            .replacingOccurrences(of: "/etc/ssl/tavle/privkey.pem", with: key)
            .replacingOccurrences(of: "127.0.0.1:8080", with: "127.0.0.1:\(network.port)")
        #expect(site.contains("\(network.port)") && site.contains("\(tlsPort)"))
        let path = folder.path
        let main = """
            \(getuid() == 0 ? "user root;" : "")
            daemon off;
            pid \(path)/nginx.pid;
            error_log \(path)/error.log;
            events {}
            http {
                access_log \(path)/access.log;
                client_body_temp_path \(path)/body;
                proxy_temp_path \(path)/proxy;
                fastcgi_temp_path \(path)/fastcgi;
                uwsgi_temp_path \(path)/uwsgi;
                scgi_temp_path \(path)/scgi;
                \(site)
            }
            """
        try Data(main.utf8).write(to: folder.appendingPathComponent("nginx.conf"))
        let nginx = Process()
        nginx.executableURL = URL(fileURLWithPath: Nginx.path ?? "/usr/sbin/nginx")
        nginx.arguments = ["-p", path, "-c", folder.appendingPathComponent("nginx.conf").path]
        try nginx.run()
        defer {
            kill(nginx.processIdentifier, SIGTERM)
            nginx.waitUntilExit()
        }
        // Until nginx answers (it starts in well under a second).
        var ready = false
        for _ in 0..<100 where !ready {
            ready =
                (try? Program.run(["curl", "-sk", "-o", "/dev/null", "https://127.0.0.1:\(tlsPort)/"]))?.status == 0
            if !ready { usleep(50_000) }
        }
        #expect(
            ready, "nginx did not start: \((try? String(contentsOfFile: path + "/error.log", encoding: .utf8)) ?? "")")

        let link = try network.link("team", "team-a")
        // The link's page, then its button, with curl's cookie jar as a browser's.
        let jar = folder.appendingPathComponent("cookies").path
        let opened = try Program.run(["curl", "-sk", "-c", jar, "https://127.0.0.1:\(tlsPort)\(link)"])
        let token = try #require(
            opened.output.range(of: "name=\"token\" value=\"").map {
                String(opened.output[$0.upperBound...].prefix { $0 != "\"" })
            })
        let signIn = try Program.run([
            "curl", "-sk", "-b", jar, "-D", "-", "-o", "/dev/null", "-H", "Sec-Fetch-Site: same-origin",
            "--data-urlencode", "token=\(token)", "https://127.0.0.1:\(tlsPort)/signin",
        ])
        #expect(signIn.output.hasPrefix("HTTP/1.1 303"), "\(signIn.output)")
        let setCookie = try #require(
            signIn.output.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: tavle_session=") })
        #expect(setCookie.contains("Secure") && setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
        let session = String(setCookie.split(separator: "tavle_session=")[1].prefix { $0 != ";" })
        let page = try Program.run([
            "curl", "-sk", "-H", "Cookie: tavle_session=\(session)", "https://127.0.0.1:\(tlsPort)/teams/team-a",
        ])
        #expect(page.output.contains("Care home, ward A"))
        let plain = try Program.run([
            "curl", "-s", "-D", "-", "-o", "/dev/null", "http://127.0.0.1:\(plainPort)/teams/team-a",
        ])
        #expect(plain.output.contains("301") && plain.output.contains("https://"))

        let secret = String(link.dropFirst("/signin/".count))
        let access = (try? String(contentsOfFile: path + "/access.log", encoding: .utf8)) ?? ""
        #expect(access.contains("/teams/team-a") && !access.contains(secret))
        let log = network.stop().log
        #expect(!log.contains(secret))
    }
}
