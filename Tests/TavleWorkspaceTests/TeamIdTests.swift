import Foundation
import Testing

@testable import TavleWorkspace

/// A team id names a folder and a journal file: what may not be one is said, in words a
/// facilitator can act on.
@Suite struct TeamIdTests {
    @Test(
        arguments: [
            ("molde-sykehjem-2", nil),
            ("Ålesund_A.1", nil),
            ("", "is empty"),
            ("../secret", "starts with '.'"),
            ("a/b", "holds '/'"),
            ("tab\there", "holds a control character"),
            ("handouts", "is the name of tavle's own folder in the report repository"),
            ("Notebooks", "is the name of tavle's own folder in the report repository"),
            (String(repeating: "x", count: 65), "is longer than 64 characters"),
        ] as [(String, String?)])
    func unsafeIdsAreNamed(id: String, problem: String?) {
        #expect(Teams.unsafe(id)?.en == problem)
    }

    @Test func pathsResolveAgainstTheirFolder() {
        #expect(Files.resolve("data/", against: "/ws") == "/ws/data")
        #expect(Files.resolve("/abs/file.csv", against: "/ws") == "/abs/file.csv")
        #expect(Files.relativePath("/ws/journals/t1.yaml", to: "/ws") == "journals/t1.yaml")
    }
}
