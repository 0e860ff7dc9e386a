import Foundation
import Testing

/// Writers of a workspace's data take turns: imports at once keep every row, and a data file
/// keeps its permissions and, when it is a symlink, is written where it points.
@Suite struct ConcurrentImportTests {
    static let notebook = """
        ---
        id: report
        title: Fees
        params:
          team: { type: team }
          kvartal: { type: month, default: "2023-01" }
        ---
        ```form fees
        title: Fees
        period: kvartal
        fields:
          - indicator: fee-1j
            label: Fee code 1j
            unit: "%"
            min: 0
            max: 100
            stored_as: share
        ```
        """

    static func workspace(teams: Int) throws -> Workspace {
        let workspace = try Workspace(
            notebook: notebook,
            config: """
                name: Test network
                language: en
                data: csv:tables/
                teams:
                  query: SELECT id, name FROM teams ORDER BY id
                output: out
                """)
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("tables"), withIntermediateDirectories: true)
        try workspace.write("tables/teams.csv", "id,name\n" + (1...teams).map { "t\($0),Team \($0)\n" }.joined())
        try workspace.write("tables/measurements.csv", "team_id,indicator_id,period,value\nt1,fee-1j,2022-10,0.051\n")
        return workspace
    }

    @Test func tenImportsAtOnceKeepAllTenRows() throws {
        let workspace = try Self.workspace(teams: 10)
        defer { workspace.remove() }
        for team in 1...10 {
            try workspace.write("filled-\(team).csv", "team,period,fee-1j\nt\(team),2023-01,\(team)\n")
        }
        let processes = try (1...10).map { team -> Process in
            let process = Process()
            process.executableURL = Tavle.executable
            process.arguments = ["import", "filled-\(team).csv"]
            process.currentDirectoryURL = workspace.folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let rows = try workspace.read("tables/measurements.csv").split(separator: "\n").dropFirst(2)
        #expect(Set(rows.map { $0.split(separator: ",")[0] }) == Set((1...10).map { "t\($0)" }), "\(rows)")
        #expect(rows.count == 10)
    }

    @Test func aDataFileKeepsItsModeAndASymlinkIsWrittenThrough() throws {
        let workspace = try Self.workspace(teams: 2)
        defer { workspace.remove() }
        // The shared file lives elsewhere; the data folder links to it.
        let shared = workspace.folder.appendingPathComponent("shared-measurements.csv")
        try FileManager.default.moveItem(
            at: workspace.folder.appendingPathComponent("tables/measurements.csv"), to: shared)
        try FileManager.default.createSymbolicLink(
            atPath: workspace.folder.appendingPathComponent("tables/measurements.csv").path,
            withDestinationPath: shared.path)
        chmod(shared.path, 0o600)
        try workspace.write("filled.csv", "team,period,fee-1j\nt2,2023-01,4\n")
        let result = try workspace.tavle("import", "filled.csv")
        #expect(result.status == 0, "\(result.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(
            atPath: workspace.folder.appendingPathComponent("tables/measurements.csv").path)
        #expect(link == shared.path, "still a link")
        #expect(try String(contentsOf: shared, encoding: .utf8).hasSuffix("t2,fee-1j,2023-01,0.04\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: shared.path)[.posixPermissions] as? NSNumber
        #expect(mode?.uint16Value == 0o600)
    }

    /// A killed import leaves its unfinished copy beside the file: the next one removes it,
    /// and writes its own without the extra copy an atomic Foundation write would make.
    @Test func anUnfinishedCopyOfAKilledImportIsRemoved() throws {
        let workspace = try Self.workspace(teams: 2)
        defer { workspace.remove() }
        try workspace.write(
            "tables/.measurements-0D1E2F30-0000-0000-0000-000000000000.tavle-writing", "team_id,indicator_id\nhalf")
        try workspace.write("filled.csv", "team,period,fee-1j\nt2,2023-01,4\n")
        let result = try workspace.tavle("import", "filled.csv")
        #expect(result.status == 0, "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(
            atPath: workspace.folder.appendingPathComponent("tables").path
        ).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func manyPeriodsAreSummedUpNotListed() throws {
        let workspace = try Self.workspace(teams: 2)
        defer { workspace.remove() }
        let months = ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06"]
        try workspace.write(
            "filled.csv", "team,indicator,period,value\n" + months.map { "t2,fee-1j,\($0),4\n" }.joined())
        let result = try workspace.tavle("import", "filled.csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("Imported 6 numbers for 1 team (2021-01 – 2021-06, 6 periods)"), "\(result.stdout)")
    }
}
