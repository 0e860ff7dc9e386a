import Foundation
import TavleData
import TavleModel
import TavleStats
import TavleWorkspace

/// `tavle stats`: a series from CSV (columns x, y and, for p and u charts, n), its chart
/// statistics, and those statistics as JSON for a person to check by hand.
public enum SeriesStatistics {
    public struct Series: Sendable {
        public var labels: [String]
        public var observations: [Observation]
    }

    /// Reads the series from `file` (standard input for `nil` or "-") and computes its chart.
    public static func analyse(file: String?, options: ChartOptions) throws(Diagnostic) -> (
        series: Series, statistics: ChartStatistics
    ) {
        let text: String
        let name: String
        if let file, file != "-" {
            text = try Files.readText(Files.resolve(file, against: FileManager.default.currentDirectoryPath))
            name = file
        } else {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            name = "<stdin>"
        }
        let series = try read(text, file: name, kind: options.kind)
        return (series, ControlChart.analyse(series.observations, options: options))
    }

    /// Reads `x,y[,n]` with a header; an empty y or n is a missing value.
    public static func read(_ text: String, file: String, kind: ChartKind) throws(Diagnostic) -> Series {
        let table = try CSVTable(parsing: text, file: file)
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let top = SourceLocation(file: file, line: 1, column: 1)
        let needed = kind.needsDenominator ? ["x", "y", "n"] : ["x", "y"]
        let missing = needed.filter { !header.contains($0) }
        guard missing.isEmpty else {
            let columns = Phrase.quotedList(missing, separator: Phrase(" and "))
            let why =
                kind.needsDenominator
                ? Phrase(" (for a \(kind.rawValue) chart y is the count and n the denominator)") : Phrase(verbatim: "")
            throw .error(
                at: top, Phrase("the series has no column \(columns)\(why)"),
                hint: Phrase("the first line names the columns, for example '\(needed.joined(separator: ","))'"))
        }
        let xColumn = header.firstIndex(of: "x")!, yColumn = header.firstIndex(of: "y")!
        let nColumn = header.firstIndex(of: "n")
        var labels: [String] = []
        var observations: [Observation] = []
        for record in table.records {
            func number(_ column: Int) throws(Diagnostic) -> Double? {
                guard column < record.fields.count else { return nil }
                let text = record.fields[column].trimmingCharacters(in: .whitespaces)
                if text.isEmpty || text.uppercased() == "NA" { return nil }
                guard let value = Double(text), value.isFinite else {
                    // The column where the field starts, counting the separators before it.
                    let offset = record.fields[..<column].reduce(1) { $0 + $1.count + 1 }
                    throw .error(
                        at: SourceLocation(file: file, line: record.line, column: offset),
                        Phrase("'\(text)' in the column '\(header[column])' is not a number"),
                        hint: Phrase(
                            "use a point as the decimal mark (2.5), or leave the field empty for a missing value"))
                }
                return value
            }
            labels.append(xColumn < record.fields.count ? record.fields[xColumn] : "")
            let y = try number(yColumn)
            let n = try nColumn.map { column throws(Diagnostic) in try number(column) } ?? nil
            observations.append(Observation(y: y, n: kind.needsDenominator ? n : nil))
        }
        guard !observations.isEmpty else {
            throw .error(
                at: top, Phrase("the series has no rows after its header"),
                hint: Phrase("add one line per period, for example '2021-01,12'"))
        }
        return Series(labels: labels, observations: observations)
    }

    /// The statistics as a JSON document; see the README for the fields.
    public static func json(_ series: Series, _ chart: ChartStatistics) -> String {
        var points: [String] = []
        for (index, point) in chart.points.enumerated() {
            let observation = series.observations[index]
            points.append(
                object([
                    ("x", string(series.labels[index])), ("y", number(observation.y)), ("n", number(observation.n)),
                    ("value", number(point.value)), ("centre", number(point.centre)), ("lower", number(point.lower)),
                    ("upper", number(point.upper)), ("part", String(point.part)), ("baseline", String(point.baseline)),
                    ("signal", String(point.outsideLimits)),
                ]))
        }
        let parts = chart.parts.map(partObject)
        let summary = partObject(chart.parts.last!)
        return "{\n"
            + "  \"chart\": \(string(chart.kind.rawValue)),\n"
            + "  \"points\": [\n    " + points.joined(separator: ",\n    ") + "\n  ],\n"
            + "  \"parts\": [\n    " + parts.joined(separator: ",\n    ") + "\n  ],\n"
            + "  \"summary\": " + summary + "\n}\n"
    }

    static func partObject(_ part: ChartPart) -> String {
        let runs = part.runs
        return object([
            ("first", String(part.first + 1)), ("last", String(part.last + 1)),
            ("centre", number(part.centre)), ("median", number(part.median)),
            ("observations", String(runs.observations)), ("useful", String(runs.useful)),
            ("longest_run", number(runs.longestRun.map(Double.init))),
            ("longest_run_limit", number(runs.longestRunLimit.map(Double.init))),
            ("crossings", number(runs.crossings.map(Double.init))),
            ("crossings_limit", number(runs.crossingsLimit.map(Double.init))),
            ("too_few_useful", String(runs.tooFewUseful)), ("runs_signal", String(runs.signal)),
            ("points_outside_limits", String(part.pointsOutsideLimits)), ("signal", String(part.signal)),
        ])
    }

    /// One object per line keeps the output readable for a series of a hundred points.
    static func object(_ fields: [(String, String)]) -> String {
        "{ " + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + " }"
    }

    /// Shortest text that reads back as the same double; whole numbers without ".0".
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return DecimalText.plain(value)
    }

    static func string(_ text: String) -> String { JSONText.quoted(text) }
}
