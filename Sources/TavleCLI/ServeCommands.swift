import ArgumentParser
import Foundation
import TavleConcurrency
import TavleEdit
import TavleModel
import TavleParse
import TavleServe
import TavleWorkspace

extension TavleCommand {
    struct Serve: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("The network's web place: teams read their reports and write their journal."),
            discussion: words(
                """
                Serves the workspace and its report repository over HTTP until stopped (Ctrl-C \
                or SIGTERM; a change under way is finished first). Each person signs in with \
                a link from 'tavle access add'. A team reads its own reports, goal history, \
                PDSA cycles and decisions, and changes its goals and adds cycles and decisions \
                in a form; each change is one commit in the report repository, with the team as \
                author. The facilitator sees every team; a researcher reads every team's \
                history and downloads the trace. Put it behind a TLS reverse proxy to reach it \
                from other machines (README: Serving the network), with --behind-proxy.

                Examples:
                  tavle access add --team molde-sykehjem-2 --workspace Notebooks
                  tavle serve --workspace Notebooks
                  tavle serve --workspace Notebooks --host 127.0.0.1 --port 8080 --behind-proxy
                """))

        @Option(help: words("Where to look for tavle.yaml."))
        var workspace: String = "."

        @Option(help: words("The address to listen on: 127.0.0.1 is this machine only."))
        var host: String = "127.0.0.1"

        @Option(help: words("The port to listen on (0: any free port, said at start)."))
        var port: Int = 8080

        @Flag(
            help: words(
                "Behind a reverse proxy on this machine: the client is the last X-Forwarded-For (the address the proxy added), and X-Forwarded-Proto: https marks the session cookie Secure."
            ))
        var behindProxy = false

        func validate() throws {
            guard (0...65535).contains(port) else {
                throw ValidationError(words("--port must be between 0 and 65535"))
            }
        }

        func perform() throws {
            let found = try WorkspaceLocator.workspace(searchingFrom: workspace)
            let options = ServeOptions(host: host, port: UInt16(port), behindProxy: behindProxy)
            let finished = DispatchSemaphore(value: 0)
            let outcome = Locked<Diagnostic?>(nil)
            let language = Reader.language
            Task {
                do throws(Diagnostic) {
                    try await TavleServer.run(
                        workspace: found, options: options,
                        listening: { address in
                            let line = Phrase("tavle serve: listening on \(address) (stop with Ctrl-C)").text(
                                in: language)
                            FileHandle.standardOutput.write(Data((line + "\n").utf8))
                        },
                        log: { line in
                            FileHandle.standardError.write(Data((line + "\n").utf8))
                        })
                } catch {
                    outcome.withLock { $0 = error }
                }
                finished.signal()
            }
            finished.wait()
            if let error = outcome.withLock({ $0 }) { throw error }
            say(Phrase("tavle serve: stopped"))
        }
    }

    struct Access: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Sign-in links for tavle serve: make, list and revoke them."),
            subcommands: [Add.self, List.self, Revoke.self])
    }
}

extension TavleCommand.Access {
    struct Add: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Make a sign-in link for a team, the facilitator or a researcher."),
            discussion: words(
                """
                Prints the link once: only a hash of its secret is kept (in .tavle-access.json \
                beside tavle.yaml), so a lost link cannot be shown again; make a new one and \
                revoke the old. Give exactly one of --team, --facilitator and --researcher.

                Examples:
                  tavle access add --team molde-sykehjem-2 --workspace Notebooks
                  tavle access add --facilitator "Kari Nordmann" --url https://tavle.kommune.no
                  tavle access add --researcher "Ola Forsker"
                """))

        @Option(help: ArgumentHelp(words("A team of the workspace, by id."), valueName: "id"))
        var team: String?

        @Option(help: ArgumentHelp(words("The facilitator, by name."), valueName: "name"))
        var facilitator: String?

        @Option(help: ArgumentHelp(words("A researcher, by name."), valueName: "name"))
        var researcher: String?

        @Option(help: words("The address people reach tavle serve at, for the link."))
        var url: String = "http://127.0.0.1:8080"

        @Option(help: words("Where to look for tavle.yaml."))
        var workspace: String = "."

        func validate() throws {
            let given = [team, facilitator, researcher].compactMap { $0 }
            guard given.count == 1 else {
                throw ValidationError(words("give exactly one of --team, --facilitator and --researcher"))
            }
            guard !given[0].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError(words("the name must not be empty"))
            }
            // The name becomes a commit's author, which git keeps free of these.
            guard
                !given[0].contains(where: {
                    $0 == "<" || $0 == ">" || $0.isNewline || $0.asciiValue.map { $0 < 32 } == true
                })
            else {
                throw ValidationError(words("the name must not hold '<', '>' or a line break"))
            }
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                throw ValidationError(words("--url must start with http:// or https://"))
            }
        }

        func perform() throws {
            let found = try WorkspaceLocator.workspace(searchingFrom: workspace)
            let role: AccessRole
            let name: String
            var shown: String
            if let team {
                let teams = try WorkspaceTeams.list(found)
                guard let known = teams.first(where: { $0.key == team }) else {
                    throw Diagnostic.error(
                        at: nil, Phrase("the workspace has no team '\(team)'"),
                        hint: Suggestions.hint(for: team, among: teams.map(\.key), noun: Phrase("team ids")))
                }
                (role, name) = (.team, team)
                shown = known.name
            } else if let facilitator {
                (role, name) = (.facilitator, facilitator)
                shown = facilitator
            } else {
                (role, name) = (.researcher, researcher!)
                shown = researcher!
            }
            let made = try AccessStore(workspace: found).add(role: role, name: name)
            let base = url.hasSuffix("/") ? String(url.dropLast()) : url
            switch role {
            case .team: say(Phrase("Sign-in link for the team \(name) (id \(made.grant.id)):"))
            case .facilitator: say(Phrase("Sign-in link for the facilitator \(name) (id \(made.grant.id)):"))
            case .researcher: say(Phrase("Sign-in link for the researcher \(name) (id \(made.grant.id)):"))
            }
            print("\(base)/signin/\(made.secret)")
            say(
                Phrase(
                    "It is shown only now. Give it to \(shown) in person or by a channel you trust; 'tavle access revoke \(made.grant.id)' ends it."
                ))
            if url == "http://127.0.0.1:8080" {
                say(
                    Phrase(
                        "The link is for tavle serve on this machine, port 8080; for another address, give --url (the address people reach tavle serve at)."
                    ))
            }
        }
    }

    struct List: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("List the sign-in links (without their secrets)."))

        @Option(help: words("Where to look for tavle.yaml."))
        var workspace: String = "."

        func perform() throws {
            let found = try WorkspaceLocator.workspace(searchingFrom: workspace)
            let grants = try AccessStore(workspace: found).grants()
            guard !grants.isEmpty else {
                say(Phrase("No sign-in links yet; 'tavle access add --team ID' makes one."))
                return
            }
            for grant in grants {
                let role: Phrase
                switch grant.role {
                case .team: role = Phrase("team", context: "access role")
                case .facilitator: role = Phrase("facilitator", context: "access role")
                case .researcher: role = Phrase("researcher", context: "access role")
                }
                let state =
                    grant.revoked.map { Phrase("revoked \($0)").text(in: Reader.language) }
                    ?? Phrase("in use").text(in: Reader.language)
                // Padded to the longest role word of the language, never cut ("processledare").
                let words = [
                    Phrase("team", context: "access role"), Phrase("facilitator", context: "access role"),
                    Phrase("researcher", context: "access role"),
                ].map { $0.text(in: Reader.language) }
                let width = words.map(\.count).max() ?? 12
                let roleWord = role.text(in: Reader.language).padding(toLength: width, withPad: " ", startingAt: 0)
                print("\(grant.id)  \(roleWord)  \(grant.name)  \(grant.created)  \(state)")
            }
        }
    }

    struct Revoke: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("End a sign-in link, by its id or by the name it was made for."),
            discussion: words(
                """
                The link no longer signs in, and the sessions it opened end at their next \
                request. Revoking by a team's id or a person's name ends all of their links.

                Examples:
                  tavle access revoke 3f9c2a1b
                  tavle access revoke molde-sykehjem-2
                """))

        @Argument(help: words("The link's id (tavle access list), or a team id or person's name."))
        var idOrName: String

        @Option(help: words("Where to look for tavle.yaml."))
        var workspace: String = "."

        func perform() throws {
            let found = try WorkspaceLocator.workspace(searchingFrom: workspace)
            for grant in try AccessStore(workspace: found).revoke(idOrName) {
                say(Phrase("Revoked \(grant.id) (\(grant.name))."))
            }
        }
    }
}
