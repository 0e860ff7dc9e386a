import CLibGit2

/// A libgit2 call that failed: which one, its code, and libgit2's own message.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public var function: String
    public var code: Int32
    public var message: String

    public var description: String { "\(function) failed (\(code)): \(message)" }

    /// Another process moved the branch after this run read it.
    public var isConcurrentUpdate: Bool { code == GIT_EMODIFIED.rawValue || code == GIT_EEXISTS.rawValue }

    /// A remote turned the credentials down, or none could be offered.
    public var isAuthenticationFailure: Bool {
        code == GIT_EAUTH.rawValue || message.localizedCaseInsensitiveContains("authentication")
    }

    static func check(_ code: Int32, _ function: String) throws(GitError) {
        guard code < 0 else { return }
        throw last(function, code: code)
    }

    /// The error libgit2 recorded for the last failed call on this thread.
    static func last(_ function: String, code: Int32 = -1) -> GitError {
        let message = git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
        return GitError(function: function, code: code, message: message)
    }
}
