import Foundation
import TavleModel

/// Reads a query cell: `--| key: value` option lines, then one SQL statement.
struct QueryCellParser {
    static let optionKeys = [
        "chart", "show", "title", "indicator", "x", "y", "n", "measure", "freeze", "phases", "multiply", "unit",
        "decimals", "note",
    ]

    let body: CellBody
    let name: String
    let location: SourceLocation
    let parameters: [ParameterSpec]

    func parse() throws(Diagnostic) -> QueryCell {
        var options = QueryOptions()
        var seen: [String: Int] = [:]
        var index = 0
        while index < body.lines.count {
            let line = body.lines[index]
            if line.allSatisfy(\.isWhitespace) { index += 1; continue }
            guard line.hasPrefix("--|") else { break }
            try readOption(line, index: index, into: &options, seen: &seen)
            index += 1
        }
        let sqlLines = Array(body.lines[index...])
        if let stray = sqlLines.firstIndex(where: { $0.hasPrefix("--|") }) {
            throw .error(
                at: body.location(ofLine: index + stray), Phrase("an option line stands below the SQL"),
                hint: Phrase("move every '--|' line to the top of the cell, above the query"))
        }
        let sql = sqlLines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !sql.isEmpty else {
            throw .error(
                at: location, Phrase("the query '\(name)' has no SQL"),
                hint: Phrase("write a SELECT statement inside the cell"))
        }
        // Where the SQL text (after trimming leading blank lines) begins.
        let firstSQLLine = sqlLines.firstIndex { !$0.allSatisfy(\.isWhitespace) }.map { $0 + index } ?? index
        let indentation = body.lines[firstSQLLine].prefix { $0 == " " || $0 == "\t" }.count
        let sqlLocation = body.location(ofLine: firstSQLLine, column: indentation)

        let scan = SQLScan(sql)
        if let offset = scan.positionalParameters.first {
            throw .error(
                at: SourceLocationMapping.location(ofOffset: offset, in: sql, startingAt: sqlLocation),
                Phrase("the query '\(name)' uses '?', which does not say what is bound"),
                hint: Phrase("use a named parameter such as :team or :period"))
        }
        var uses: [ParameterUse] = []
        for parameter in scan.parameters {
            let at = SourceLocationMapping.location(ofOffset: parameter.offset, in: sql, startingAt: sqlLocation)
            guard parameters.contains(where: { $0.name == parameter.name }) else {
                throw .error(
                    at: at,
                    Phrase(
                        "the query '\(name)' uses the parameter ':\(parameter.name)', which the notebook does not declare"
                    ),
                    hint: parameters.isEmpty
                        ? Phrase(
                            "declare it in the front matter, for example 'params: { \(parameter.name): { type: text } }'"
                        )
                        : Suggestions.hint(
                            for: parameter.name, among: parameters.map(\.name), noun: Phrase("parameters"))
                            + Phrase(" (or declare ':\(parameter.name)' under 'params' in the front matter)"))
            }
            uses.append(ParameterUse(name: parameter.name, location: at))
        }
        return QueryCell(
            name: name, sql: sql, options: options, parameterUses: uses, location: location, sqlLocation: sqlLocation)
    }

    private func readOption(_ line: String, index: Int, into options: inout QueryOptions, seen: inout [String: Int])
        throws(Diagnostic)
    {
        let characters = Array(line)
        let keyStart = 3 + characters.dropFirst(3).prefix { $0 == " " }.count
        guard let colon = characters.indices.dropFirst(3).first(where: { characters[$0] == ":" }) else {
            throw .error(
                at: body.location(ofLine: index, column: keyStart),
                Phrase("an option line needs the form '--| key: value'"),
                hint: Phrase("for example '--| chart: run'"))
        }
        let valueStart = colon + 1 + characters.dropFirst(colon + 1).prefix { $0 == " " }.count
        let key = String(characters[keyStart..<colon]).trimmingCharacters(in: .whitespaces)
        let value = Self.unquoted(
            Self.withoutComment(String(characters[valueStart...]).trimmingCharacters(in: .whitespaces)))
        let keyLocation = body.location(ofLine: index, column: keyStart)
        let valueLocation = body.location(ofLine: index, column: valueStart)

        guard Self.optionKeys.contains(key) else {
            throw .error(
                at: keyLocation, Phrase("unknown option '\(key)' in the query '\(name)'"),
                hint: Suggestions.hint(for: key, among: Self.optionKeys, noun: Phrase("options")))
        }
        if let previous = seen[key] {
            throw .error(
                at: keyLocation,
                Phrase("the option '\(key)' is given twice (first on line \(body.firstLine + previous))"),
                hint: Phrase("keep one of them"))
        }
        seen[key] = index
        options.locations[key] = valueLocation
        guard !value.isEmpty else {
            throw .error(
                at: valueLocation, Phrase("the option '\(key)' has no value"),
                hint: Phrase("write it after the colon, for example '--| \(key): …'"))
        }

        func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(Diagnostic) -> T
        where T.RawValue == String {
            if let choice = T(rawValue: value) { return choice }
            let known = T.allCases.map(\.rawValue)
            let near = Suggestions.closest(to: value, in: known).first
            throw .error(
                at: valueLocation, Phrase("'\(value)' is not a valid \(key) in the query '\(name)'"),
                hint: (near.map { Phrase("did you mean '\($0)'? ") } ?? Phrase(verbatim: ""))
                    + Phrase("valid: \(known.joined(separator: ", "))"))
        }

        switch key {
        case "chart": options.chart = try choice(QueryOptions.Chart.self)
        case "show": options.show = try choice(QueryOptions.Show.self)
        case "title": options.title = value
        case "indicator": options.indicator = value
        case "x": options.xColumn = value
        case "y": options.yColumn = value
        case "n": options.denominatorColumn = value
        case "measure": options.measure = try choice(QueryOptions.Measure.self)
        case "freeze":
            guard let points = Int(value), points >= 1 else {
                throw .error(
                    at: valueLocation,
                    Phrase("freeze should be a number of points of at least 1, but it is '\(value)'"),
                    hint: Phrase("for example '--| freeze: 12' for a baseline of the first 12 months"))
            }
            options.freeze = points
        case "phases": options.phases = try choice(QueryOptions.Phases.self)
        case "multiply":
            guard let factor = Double(value), factor.isFinite, factor > 0 else {
                throw .error(
                    at: valueLocation, Phrase("multiply should be a positive number, but it is '\(value)'"),
                    hint: Phrase("for example '--| multiply: 1000' to show a rate per 1000"))
            }
            options.multiply = factor
        case "unit": options.unit = value
        case "note": options.note = value
        case "decimals":
            guard let decimals = Int(value), (0...6).contains(decimals) else {
                throw .error(
                    at: valueLocation, Phrase("decimals should be a whole number from 0 to 6, but it is '\(value)'"))
            }
            options.decimals = decimals
        default: break
        }
    }

    /// `--| chart: run   # a comment` keeps only `run`; a quoted value keeps its '#'.
    static func withoutComment(_ value: String) -> String {
        guard !value.hasPrefix("\""), !value.hasPrefix("'"), let hash = value.range(of: " #") else { return value }
        return value[..<hash.lowerBound].trimmingCharacters(in: .whitespaces)
    }

    static func unquoted(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
