import Foundation
import TavleGit
import Testing

@testable import TavleHistory

/// Measurement events from a real repository: a chart of the last three months slides one
/// month on, and a month already reported is corrected.
@Suite struct MeasurementEventsTests {
    func series(_ points: [(String, Double)]) -> Data {
        Data(
            Ledger.encode([
                LedgerSeries(
                    query: "falls", indicator: "fall", chart: "run", title: nil,
                    points: points.map { .init(period: $0.0, value: $0.1, y: nil, n: nil) })
            ]).utf8)
    }

    @Test func aSlidingWindowAddsAndRemovesAndACorrectionChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-measurements-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        let path = Ledger.measurementsPath(teamFolder: "t1", notebook: "report")
        let signature = Signature(name: "Kari", email: "k@example.org")
        var head: ObjectID?
        for points in [
            [("2022-01", 4.0), ("2022-02", 6), ("2022-03", 3)],
            [("2022-02", 6.0), ("2022-03", 3), ("2022-04", 5)],  // January drops out, April comes in
            [("2022-02", 6.0), ("2022-03", 2), ("2022-04", 5)],  // March corrected from 3 to 2
        ] {
            let tree = try repository.writeTree(base: head, replacing: [path: series(points)])
            head = try repository.commit(tree: tree, parent: head, message: "run", author: signature)
        }
        let events = try LedgerHistory(repository: repository).events(entities: [.measurement])
        let described = events.map { "\($0.id) \($0.field) \($0.change.rawValue) \($0.old ?? "-") → \($0.new ?? "-")" }
        // The period is part of the id, so each point has one field: its value.
        #expect(
            described == [
                "fall/2022-01 value added - → 4", "fall/2022-02 value added - → 6", "fall/2022-03 value added - → 3",
                "fall/2022-01 value removed 4 → -", "fall/2022-04 value added - → 5",
                "fall/2022-03 value changed 3 → 2",
            ])
    }
}
