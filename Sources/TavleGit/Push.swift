import CLibGit2
import Foundation

/// Where `main` stood on a remote before a push, and what the push did.
public struct PushOutcome: Sendable {
    /// The commit the remote's `main` pointed at before, or `nil` if it had none.
    public var remoteBefore: ObjectID?
    /// The commit pushed (this repository's `main`).
    public var pushed: ObjectID
    /// Commits the remote did not have; 0 when it was already up to date.
    public var newCommits: Int
}

/// Why a push could not be made, in terms a caller can explain to a person.
public enum PushFailure: Error, Sendable {
    /// This repository has no commit to push.
    case nothingToPush
    /// The remote's `main` has commits this repository does not have.
    case remoteHasOtherCommits(remote: ObjectID)
    /// The remote could not be reached, read or written; libgit2's error says why.
    case git(GitError)
    /// The remote turned the update down (a hook, a protected branch); its message.
    case rejected(String)
}

/// Credentials for a push: an ssh key from the running ssh-agent, or a user name and a
/// password or token (for https). Each kind is offered once, so wrong credentials end the
/// push with an error instead of libgit2 asking again forever.
public struct PushCredentials: Sendable {
    public var username: String?
    public var password: String?

    public init(username: String? = nil, password: String? = nil) {
        self.username = username
        self.password = password
    }
}

extension GitRepository {
    /// Pushes `main` to `remote`: the name of a remote configured in this repository (whose
    /// remote-tracking branch is then updated), or else a URL or a path to a repository.
    /// Refuses, before sending anything, when the remote's `main` has commits this
    /// repository lacks: report histories are never merged or overwritten.
    public func push(to remote: String, credentials: PushCredentials = PushCredentials()) throws(PushFailure)
        -> PushOutcome
    {
        let head: ObjectID?
        do {
            head = try headCommit()
        } catch {
            throw .git(error)
        }
        guard let local = head else { throw .nothingToPush }

        let connection: RemoteConnection
        do {
            connection = try RemoteConnection(repository: self, remote: remote, credentials: credentials)
        } catch {
            throw .git(error)
        }

        let remoteBefore: ObjectID?
        do {
            remoteBefore = try connection.remoteHead(Self.branch)
        } catch {
            throw .git(error)
        }
        if remoteBefore == local { return PushOutcome(remoteBefore: remoteBefore, pushed: local, newCommits: 0) }
        var newCommits = 0
        if let remoteBefore {
            var localID = local.oid, remoteID = remoteBefore.oid
            var database: OpaquePointer?
            guard git_repository_odb(&database, pointer) == 0 else { throw .git(GitError.last("git_repository_odb")) }
            defer { git_odb_free(database) }
            let known = git_odb_exists(database, &remoteID) == 1
            guard known, git_graph_descendant_of(pointer, &localID, &remoteID) == 1 else {
                throw .remoteHasOtherCommits(remote: remoteBefore)
            }
            var ahead = 0, behind = 0
            if git_graph_ahead_behind(&ahead, &behind, pointer, &localID, &remoteID) == 0 { newCommits = ahead }
        } else {
            newCommits = (try? history().count) ?? 1
        }

        try connection.push("\(Self.branch):\(Self.branch)")
        return PushOutcome(remoteBefore: remoteBefore, pushed: local, newCommits: newCommits)
    }
}

/// One libgit2 remote with its callbacks; frees the remote when closed.
private final class RemoteConnection {
    /// What the C callbacks need; reached through libgit2's payload pointer.
    final class CallbackState {
        let credentials: PushCredentials
        var offeredAgent = false
        var offeredPassword = false
        var rejection: String?
        init(credentials: PushCredentials) { self.credentials = credentials }
    }

    let remote: OpaquePointer
    let state: CallbackState
    private var callbacks = git_remote_callbacks()

    init(repository: GitRepository, remote name: String, credentials: PushCredentials) throws(GitError) {
        var remote: OpaquePointer?
        let code = git_remote_lookup(&remote, repository.pointer, name)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue {
            try GitError.check(
                git_remote_create_anonymous(&remote, repository.pointer, name), "git_remote_create_anonymous")
        } else {
            try GitError.check(code, "git_remote_lookup")
        }
        self.remote = remote!
        state = CallbackState(credentials: credentials)
        try GitError.check(
            git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION)), "git_remote_init_callbacks")
        callbacks.payload = Unmanaged.passUnretained(state).toOpaque()
        callbacks.credentials = { out, _, usernameFromURL, allowedTypes, payload in
            guard let payload else { return GIT_PASSTHROUGH.rawValue }
            let state = Unmanaged<CallbackState>.fromOpaque(payload).takeUnretainedValue()
            let user = state.credentials.username ?? usernameFromURL.map { String(cString: $0) } ?? "git"
            if allowedTypes & GIT_CREDENTIAL_SSH_KEY.rawValue != 0, !state.offeredAgent {
                state.offeredAgent = true
                return git_credential_ssh_key_from_agent(out, user)
            }
            if allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0, !state.offeredPassword,
                let password = state.credentials.password
            {
                state.offeredPassword = true
                return git_credential_userpass_plaintext_new(out, user, password)
            }
            // Nothing (more) to offer: libgit2 then fails with an authentication error.
            return GIT_EAUTH.rawValue
        }
        callbacks.push_update_reference = { _, status, payload in
            if let status, let payload {
                Unmanaged<CallbackState>.fromOpaque(payload).takeUnretainedValue().rejection = String(cString: status)
            }
            return 0
        }
        try withUnsafePointer(to: &callbacks) { callbacks throws(GitError) in
            try GitError.check(
                git_remote_connect(self.remote, GIT_DIRECTION_PUSH, callbacks, nil, nil), "git_remote_connect")
        }
    }

    /// The commit a branch points at on the remote, or `nil` if the remote has no such branch.
    func remoteHead(_ branch: String) throws(GitError) -> ObjectID? {
        var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
        var count = 0
        try GitError.check(git_remote_ls(&heads, &count, remote), "git_remote_ls")
        for index in 0..<count {
            guard let head = heads?[index]?.pointee, String(cString: head.name) == branch else { continue }
            return ObjectID(head.oid)
        }
        return nil
    }

    func push(_ refspec: String) throws(PushFailure) {
        var options = git_push_options()
        guard git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)) == 0 else {
            throw .git(GitError.last("git_push_options_init"))
        }
        options.callbacks = callbacks
        let code = refspec.withCString { spec in
            var strings: [UnsafeMutablePointer<CChar>?] = [UnsafeMutablePointer(mutating: spec)]
            return strings.withUnsafeMutableBufferPointer { buffer in
                var array = git_strarray(strings: buffer.baseAddress, count: 1)
                return git_remote_push(remote, &array, &options)
            }
        }
        guard code == 0 else { throw .git(GitError.last("git_remote_push", code: code)) }
        if let rejection = state.rejection { throw PushFailure.rejected(rejection) }
    }

    // Also when connecting failed in init: the remote is freed on every path.
    deinit {
        git_remote_disconnect(remote)
        git_remote_free(remote)
    }
}

extension GitRepository {
    /// Whether this repository's configuration names a remote `name` (as `git remote add` does).
    public func hasRemote(named name: String) -> Bool {
        var remote: OpaquePointer?
        guard git_remote_lookup(&remote, pointer, name) == 0 else { return false }
        git_remote_free(remote)
        return true
    }
}
