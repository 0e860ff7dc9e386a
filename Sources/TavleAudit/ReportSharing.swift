import Foundation
import TavleArchive
import TavleGit
import TavleModel
import TavleRun
import TavleWorkspace

public struct PushSummary: Sendable {
    /// The remote as it may be shown: a name, a path, or a URL without its password.
    public var remote: String
    public var commit: String
    /// Runs the remote did not have before; 0 when it was up to date.
    public var newRuns: Int
}

/// Sharing the report repository: `tavle push`.
public enum ReportSharing {
    /// Pushes the report repository's `main` to `remote` (a remote's name in the repository,
    /// a URL or a path), else to tavle.yaml's `remote`, else to the repository's `origin`.
    /// Credentials for https come from TAVLE_PUSH_USERNAME and TAVLE_PUSH_PASSWORD; ssh
    /// uses the running ssh-agent.
    public static func push(outputFolder: String, remote requested: String?, workspace: Workspace?) throws(Diagnostic)
        -> PushSummary
    {
        let folder = Files.displayPath(outputFolder)
        try ReportRepository.requireExists(outputFolder, toPush: true)
        // One writer of the report repository at a time: a push sends a finished run, never
        // one whose commit is being installed.
        let lock = try RunLock(folder: outputFolder)
        defer { lock.release() }
        let repository: GitRepository
        do {
            repository = try GitRepository.open(at: outputFolder)
        } catch {
            throw .error(
                at: nil, Phrase("the report repository '\(folder)' could not be opened: \(error)"),
                hint: Phrase("check that it is a git repository made by tavle"))
        }
        let remote: String
        if let requested {
            // A path that exists is taken relative to where the command was given.
            let asPath = Files.resolve(requested, against: FileManager.default.currentDirectoryPath)
            remote =
                !repository.hasRemote(named: requested) && FileManager.default.fileExists(atPath: asPath)
                ? asPath : requested
        } else if let configured = workspace?.remote {
            remote = configured
        } else if repository.hasRemote(named: "origin") {
            remote = "origin"
        } else {
            throw .error(
                at: nil,
                Phrase(
                    "no remote to push to: give one, or add 'remote:' to \(workspace.map { Files.displayPath($0.configFile) } ?? "tavle.yaml")"
                ),
                hint: Phrase(
                    "for example 'tavle push /srv/delt/rapporter.git', or in tavle.yaml 'remote: https://git.kommune.no/nettverk/rapporter.git'"
                ))
        }
        let shown = displayable(remote)
        if !repository.hasRemote(named: remote), !RemoteAddress.isURL(remote),
            !FileManager.default.fileExists(atPath: remote)
        {
            throw .error(
                at: nil, Phrase("there is no repository at '\(shown)' to push to"),
                hint: Phrase(
                    "check the path, or make a shared repository there first: git init --bare --initial-branch=main \(shown)"
                ))
        }
        let environment = ProcessInfo.processInfo.environment
        let credentials = PushCredentials(
            username: environment["TAVLE_PUSH_USERNAME"], password: environment["TAVLE_PUSH_PASSWORD"])
        do {
            let outcome = try repository.push(to: remote, credentials: credentials)
            return PushSummary(remote: shown, commit: outcome.pushed.short, newRuns: outcome.newCommits)
        } catch {
            switch error {
            case .nothingToPush:
                throw .error(
                    at: nil, Phrase("the report repository '\(folder)' has no runs yet, so there is nothing to push"),
                    hint: Phrase("run a notebook first: tavle run NOTEBOOK --all-teams"))
            case .remoteHasOtherCommits(let theirs):
                throw .error(
                    at: nil,
                    Phrase(
                        "'\(shown)' has runs that '\(folder)' does not have (its main is at \(theirs.short)); nothing was pushed"
                    ),
                    hint: Phrase(
                        "another report repository has pushed there. Tavle never overwrites or merges report histories: push to a remote of your own, or ask who owns this one"
                    ))
            case .rejected(let message):
                throw .error(
                    at: nil, Phrase("'\(shown)' refused the update: \(message); nothing was pushed"),
                    hint: Phrase("ask whoever runs the remote whether this repository may push to its main branch"))
            case .git(let failure):
                if failure.isAuthenticationFailure {
                    throw .error(
                        at: nil, Phrase("'\(shown)' did not accept the credentials: \(failure.message)"),
                        hint: Phrase(
                            "for ssh, load your key into ssh-agent (ssh-add); for https, set TAVLE_PUSH_USERNAME and TAVLE_PUSH_PASSWORD (a token)"
                        ))
                }
                throw .error(
                    at: nil, Phrase("could not push to '\(shown)': \(failure.message)"),
                    hint: Phrase(
                        "check the address; a shared folder must hold a repository made with 'git init --bare --initial-branch=main'"
                    ))
            }
        }
    }

    /// Drops a password from a URL before it is printed.
    static func displayable(_ remote: String) -> String {
        guard remote.contains("://"), var components = URLComponents(string: remote), components.password != nil else {
            return remote
        }
        components.password = nil
        return components.string ?? remote
    }
}
