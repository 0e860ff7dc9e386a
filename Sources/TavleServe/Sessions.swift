import Foundation
import TavleConcurrency

/// A signed-in browser: which grant it came from, and the token its forms carry.
struct Session: Sendable {
    var id: String
    var grantID: String
    var role: AccessRole
    /// The team's id, or the person's name.
    var name: String
    /// Every form of this session carries it; a POST without it is refused (CSRF).
    var formToken: String
    var lastSeen: Date
}

/// Sessions live in the server's memory only: a restart signs everyone out, and nothing of
/// them is written anywhere. A session ends after `idleLimit` without a request, when its
/// sign-in link is revoked, or on sign-out.
final class SessionStore: Sendable {
    private let sessions = Locked<[String: Session]>([:])
    let idleLimit: TimeInterval

    init(idleLimit: TimeInterval = 8 * 3600) {
        self.idleLimit = idleLimit
    }

    func open(for grant: AccessGrant, now: Date = Date()) -> Session {
        let session = Session(
            id: Secrets.random(), grantID: grant.id, role: grant.role, name: grant.name, formToken: Secrets.random(),
            lastSeen: now)
        sessions.withLock { sessions in
            // Expired sessions are swept as new ones open, so the table stays small.
            sessions = sessions.filter { now.timeIntervalSince($0.value.lastSeen) < idleLimit }
            sessions[session.id] = session
        }
        return session
    }

    /// The session of this cookie value, still valid for a grant in use; touching it.
    func session(_ id: String, grantsInUse: Set<String>, now: Date = Date()) -> Session? {
        sessions.withLock { sessions in
            guard let found = sessions[id] else { return nil }
            guard now.timeIntervalSince(found.lastSeen) < idleLimit, grantsInUse.contains(found.grantID) else {
                sessions[id] = nil
                return nil
            }
            sessions[id]?.lastSeen = now
            return found
        }
    }

    func close(_ id: String) {
        sessions.withLock { $0[id] = nil }
    }
}

/// Sign-in links opened but not yet confirmed with the page's button. Each is a one-time
/// token, in the page's form and in a cookie of the same browser: a form sent from another
/// site carries neither, so no one is signed in under someone else's link.
final class PendingSignIns: Sendable {
    private struct Pending: Sendable {
        var grantID: String
        var opened: Date
    }
    private let pending = Locked<[String: Pending]>([:])
    let lifetime: TimeInterval
    /// The most kept at once.
    let limit: Int

    init(lifetime: TimeInterval = 600, limit: Int = 10_000) {
        self.lifetime = lifetime
        self.limit = limit
    }

    func open(for grant: AccessGrant, now: Date = Date()) -> String {
        let token = Secrets.random()
        pending.withLock { pending in
            // Swept now and then, not on every open; past `limit` (links opened again and again,
            // a mail scanner), the oldest go first.
            if pending.count >= limit / 2 {
                pending = pending.filter { now.timeIntervalSince($0.value.opened) < lifetime }
            }
            if pending.count >= limit, let oldest = pending.min(by: { $0.value.opened < $1.value.opened })?.key {
                pending[oldest] = nil
            }
            pending[token] = Pending(grantID: grant.id, opened: now)
        }
        return token
    }

    /// The grant id of a token still fresh, which is then used up.
    func take(_ token: String, now: Date = Date()) -> String? {
        pending.withLock { pending in
            guard let found = pending.removeValue(forKey: token), now.timeIntervalSince(found.opened) < lifetime
            else { return nil }
            return found.grantID
        }
    }
}

/// Failed sign-ins, per client and for the whole server: past the limit a client waits, and
/// the answer is the same whether the link was nearly right or not at all. With 256-bit
/// secrets guessing is hopeless anyway; the limit keeps the log and the machine quiet.
final class SignInLimiter: Sendable {
    struct Window: Sendable {
        var started: Date
        var failures: Int
    }
    private let windows = Locked<[String: Window]>([:])
    let perClient: Int
    let overall: Int
    let window: TimeInterval

    init(perClient: Int = 10, overall: Int = 200, window: TimeInterval = 600) {
        self.perClient = perClient
        self.overall = overall
        self.window = window
    }

    /// Seconds until this client may try again, or `nil` when it may now.
    func wait(for client: String, now: Date = Date()) -> Int? {
        windows.withLock { windows in
            for key in [client, "*"] {
                guard let open = windows[key] else { continue }
                if now.timeIntervalSince(open.started) >= window {
                    windows[key] = nil
                    continue
                }
                if open.failures >= (key == "*" ? overall : perClient) {
                    return max(1, Int((window - now.timeIntervalSince(open.started)).rounded(.up)))
                }
            }
            return nil
        }
    }

    func failed(_ client: String, now: Date = Date()) {
        windows.withLock { windows in
            // Windows that have passed are dropped, so the table holds only recent clients.
            if windows.count > 1000 { windows = windows.filter { now.timeIntervalSince($0.value.started) < window } }
            for key in [client, "*"] {
                var open = windows[key] ?? Window(started: now, failures: 0)
                if now.timeIntervalSince(open.started) >= window { open = Window(started: now, failures: 0) }
                open.failures += 1
                windows[key] = open
            }
        }
    }
}
