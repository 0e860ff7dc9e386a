import Foundation
import Testing

/// `tavle stats` reads a CSV series and prints the chart statistics as JSON.
@Suite struct StatsCommandTests {
    func stats(_ arguments: [String], csv: String, named name: String = "series.csv") throws -> (
        result: CommandResult, json: [String: Any]?
    ) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(csv.utf8).write(to: folder.appendingPathComponent(name))
        let result = try Tavle.run(["stats"] + arguments + [name], in: folder)
        let json = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result, json)
    }

    @Test func aPChartPerPointAndASummary() throws {
        // 2/10, 3/20, 5/20, 0/10: p̄ = 1/6; at n = 10 the upper limit is 0.520220 (see ControlChartTests).
        let (result, json) = try stats(
            ["--chart", "p"], csv: "x,y,n\n2021-01,2,10\n2021-02,3,20\n2021-03,5,20\n2021-04,0,10\n")
        #expect(result.status == 0, "\(result.stderr)")
        let points = try #require(json?["points"] as? [[String: Any]])
        #expect(points.count == 4)
        #expect(points[0]["x"] as? String == "2021-01")
        #expect(points[0]["y"] as? Int == 2 && points[0]["n"] as? Int == 10)
        #expect(abs((points[0]["value"] as? Double ?? 0) - 0.2) < 1e-12)
        #expect(abs((points[0]["upper"] as? Double ?? 0) - 0.520220) < 1e-6)
        #expect(points[0]["lower"] as? Int == 0)
        #expect(points[0]["signal"] as? Bool == false)
        let summary = try #require(json?["summary"] as? [String: Any])
        #expect(summary["observations"] as? Int == 4)
        #expect(summary["too_few_useful"] as? Bool == true)
        #expect(summary["signal"] as? Bool == false)
        #expect(json?["chart"] as? String == "p")
    }

    @Test func aShiftInARunChart() throws {
        let rows = (1...16).map { "2021-\($0),\($0 <= 8 ? 1 : 9)" }.joined(separator: "\n")
        let (result, json) = try stats(["--chart", "run"], csv: "x,y\n" + rows + "\n")
        #expect(result.status == 0)
        let summary = try #require(json?["summary"] as? [String: Any])
        #expect(summary["median"] as? Int == 5)
        #expect(summary["useful"] as? Int == 16)
        #expect(summary["longest_run"] as? Int == 8 && summary["longest_run_limit"] as? Int == 7)
        #expect(summary["crossings"] as? Int == 1 && summary["crossings_limit"] as? Int == 4)
        #expect(summary["runs_signal"] as? Bool == true && summary["signal"] as? Bool == true)
    }

    @Test func partsAndAFreezeThatIsNotUsed() throws {
        let (result, json) = try stats(
            ["--chart", "i", "--part", "4", "--freeze", "2"], csv: "x,y\n1,1\n2,2\n3,1\n4,2\n5,10\n6,11\n7,10\n8,11\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("--freeze is not used when there are parts"))
        let parts = try #require(json?["parts"] as? [[String: Any]])
        #expect(parts.map { $0["first"] as? Int } == [1, 5])
        #expect(parts.map { $0["centre"] as? Double } == [1.5, 10.5])
        #expect((json?["summary"] as? [String: Any])?["first"] as? Int == 5)
    }

    @Test func readsStandardInput() throws {
        let folder = FileManager.default.temporaryDirectory
        let process = Process()
        process.executableURL = Tavle.executable
        process.arguments = ["stats", "--chart", "c"]
        process.currentDirectoryURL = folder
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("x,y\na,4\nb,6\nc,5\nd,9\n".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let first = try #require((json?["points"] as? [[String: Any]])?.first)
        #expect(first["centre"] as? Int == 6)
        #expect(abs((first["upper"] as? Double ?? 0) - 13.348469) < 1e-6)
    }

    @Test func badSeriesAreExplainedWithTheirPlace() throws {
        let notANumber = try stats(["--chart", "run"], csv: "x,y\n2021-01,4\n2021-02,fire\n")
        #expect(notANumber.result.status == 1)
        #expect(
            notANumber.result.stderr.hasPrefix(
                "series.csv:3:9: error: 'fire' in the column 'y' is not a number\n  hint: "))
        #expect(notANumber.result.stdout.isEmpty)

        let noDenominator = try stats(["--chart", "u"], csv: "x,y\n2021-01,4\n")
        #expect(noDenominator.result.status == 1)
        #expect(
            noDenominator.result.stderr.hasPrefix(
                "series.csv:1:1: error: the series has no column 'n' (for a u chart y is the count and n the denominator)"
            ))

        let empty = try stats(["--chart", "i"], csv: "x,y\n")
        #expect(empty.result.stderr.hasPrefix("series.csv:1:1: error: the series has no rows after its header"))

        let badPart = try stats(["--chart", "i", "--part", "four"], csv: "x,y\n1,2\n")
        // Refused by the argument parser, with the option named and the usage line.
        #expect(badPart.result.status == 64)
        #expect(
            badPart.result.stderr.contains("The value 'four' is invalid for '--part <I,J>'"), "\(badPart.result.stderr)"
        )
        let badFreeze = try stats(["--chart", "i", "--freeze", "0"], csv: "x,y\n1,2\n")
        #expect(badFreeze.result.status == 64)
        #expect(
            badFreeze.result.stderr.contains("--freeze takes a number of points of at least 1, but it is 0"),
            "\(badFreeze.result.stderr)")

        let badChart = try stats(["--chart", "xbar"], csv: "x,y\n1,2\n")
        #expect(badChart.result.status != 0)
        #expect(badChart.result.stderr.contains("xbar"))
    }
}
