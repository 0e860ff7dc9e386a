import Foundation
import TavleModel

/// One number from a filled-in preparation form, as written: not yet checked against the form.
public struct FilledValue: Sendable, Hashable {
    public var team: String
    public var indicator: String
    /// `YYYY-MM`, already checked to be a month.
    public var period: String
    /// The number as written, perhaps with its unit: `3,2 %`, `12.5`, `14 dager`.
    public var text: String
    /// A unit given apart from the number (a `unit` column, or `takst-1j (%)` in a header).
    public var unit: String?
    /// Where the number stands.
    public var location: SourceLocation
    /// Where the team is named.
    public var teamLocation: SourceLocation
    /// Where the period is written; `nil` when it came from `--period`.
    public var periodLocation: SourceLocation?

    public init(
        team: String, indicator: String, period: String, text: String, unit: String?, location: SourceLocation,
        teamLocation: SourceLocation,
        periodLocation: SourceLocation? = nil
    ) {
        self.periodLocation = periodLocation
        self.team = team
        self.indicator = indicator
        self.period = period
        self.text = text
        self.unit = unit
        self.location = location
        self.teamLocation = teamLocation
    }
}

/// Reads the numbers of filled-in preparation forms from the two shapes a facilitator types
/// them in: a spreadsheet saved as CSV, or a short YAML file.
///
/// A table is either long (`team,indicator,period,value[,unit]`, one number per row) or wide
/// (`team[,period],takst-1j,takst-2ld,…`, one participant per row; a header may carry the unit,
/// as in `takst-1j (%)`). Norwegian, Swedish and Danish column names work too: `indikator`,
/// `periode`/`period`, `verdi`/`värde`/`værdi`, `enhet`/`enhed`. An empty cell of a wide table is a number not written down, and is left out.
///
/// ```yaml
/// period: 2023-01
/// teams:
///   legekontor-fjord:
///     takst-1j: 3,2 %
///     takst-2ld: 11,8 %
/// ```
public enum FilledFormReader {
    static let teamColumns: Set<String> = ["team", "team_id"]
    static let indicatorColumns: Set<String> = ["indicator", "indicator_id", "indikator"]  // en; nb, sv, da
    static let periodColumns: Set<String> = ["period", "periode"]
    static let valueColumns: Set<String> = ["value", "verdi", "värde", "værdi"]
    static let unitColumns: Set<String> = ["unit", "enhet", "enhed"]

    public struct Row: Sendable {
        public var fields: [String]
        public var line: Int
        public var columns: [Int]

        public init(fields: [String], line: Int, columns: [Int]) {
            self.fields = fields
            self.line = line
            self.columns = columns
        }
    }

    /// The result of reading: the numbers, and how many blanks of a wide table were left empty.
    public struct Reading: Sendable {
        public var values: [FilledValue]
        public var blanks: Int
        /// What is wrong with single rows (a month that is no month, a row without a team),
        /// gathered so that the import lists every problem at once; those rows give no values.
        public var problems: [Diagnostic] = []
    }

    public static func table(header: [String], rows: [Row], file: String, period defaultPeriod: String?)
        throws(Diagnostic) -> Reading
    {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let headerLocation = SourceLocation(file: file, line: 1, column: 1)
        func index(_ candidates: Set<String>) -> Int? { names.firstIndex { candidates.contains($0) } }
        guard let teamIndex = index(teamColumns) else {
            throw .error(
                at: headerLocation, Phrase("the file has no 'team' column"),
                hint: Phrase(
                    "the first line names the columns: 'team,indicator,period,value' (one number per row) or 'team,period,takst-1j,takst-2ld' (one participant per row)"
                ))
        }
        let periodIndex = index(periodColumns)
        if periodIndex == nil, defaultPeriod == nil {
            throw .error(
                at: headerLocation, Phrase("the file says for no number which period it belongs to"),
                hint: Phrase(
                    "add a 'period' column (2023-01), or give the period for the whole file with --period 2023-01"))
        }
        func location(_ row: Row, _ column: Int) -> SourceLocation {
            SourceLocation(file: file, line: row.line, column: column < row.columns.count ? row.columns[column] : 1)
        }
        func period(of row: Row) throws(Diagnostic) -> String {
            guard let periodIndex else { return defaultPeriod! }
            return try month(row.fields[periodIndex], at: location(row, periodIndex))
        }
        func team(of row: Row) throws(Diagnostic) -> String {
            let team = row.fields[teamIndex].trimmingCharacters(in: .whitespaces)
            guard !team.isEmpty else {
                throw .error(
                    at: location(row, teamIndex), Phrase("this row names no team"),
                    hint: Phrase("write the team's id, as 'tavle run --team' takes it"))
            }
            return team
        }

        var values: [FilledValue] = []
        var blanks = 0
        var problems: [Diagnostic] = []
        if let indicatorIndex = index(indicatorColumns) {
            guard let valueIndex = index(valueColumns) else {
                throw .error(
                    at: headerLocation, Phrase("the file has an 'indicator' column but no 'value' column"),
                    hint: Phrase("name the column with the numbers 'value' (or 'verdi', 'värde', 'værdi')"))
            }
            let unitIndex = index(unitColumns)
            for row in rows {
                do throws(Diagnostic) {
                    let indicator = row.fields[indicatorIndex].trimmingCharacters(in: .whitespaces)
                    guard !indicator.isEmpty else {
                        throw .error(at: location(row, indicatorIndex), Phrase("this row names no indicator"))
                    }
                    let text = row.fields[valueIndex].trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty else {
                        throw .error(
                            at: location(row, valueIndex), Phrase("this row has no value"),
                            hint: Phrase("write the number, or remove the row if it was not written down"))
                    }
                    let unit = unitIndex.map { row.fields[$0].trimmingCharacters(in: .whitespaces) }.flatMap {
                        $0.isEmpty ? nil : $0
                    }
                    values.append(
                        FilledValue(
                            team: try team(of: row), indicator: indicator, period: try period(of: row), text: text,
                            unit: unit,
                            location: location(row, valueIndex), teamLocation: location(row, teamIndex),
                            periodLocation: periodIndex.map { location(row, $0) }))
                } catch {
                    problems.append(error)
                }
            }
        } else {
            let indicatorColumns = names.indices.filter { $0 != teamIndex && $0 != periodIndex }
            guard !indicatorColumns.isEmpty else {
                throw .error(
                    at: headerLocation, Phrase("the file names no indicator"),
                    hint: Phrase("give each indicator a column named by its id, for example 'team,takst-1j,takst-2ld'"))
            }
            let headings = indicatorColumns.map { splitUnit(header[$0]) }
            for row in rows {
                let teamID: String, rowPeriod: String
                do throws(Diagnostic) {
                    teamID = try team(of: row)
                    rowPeriod = try period(of: row)
                } catch {
                    problems.append(error)
                    continue
                }
                for (column, heading) in zip(indicatorColumns, headings) {
                    let text = row.fields[column].trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty else {
                        blanks += 1
                        continue
                    }
                    values.append(
                        FilledValue(
                            team: teamID, indicator: heading.name, period: rowPeriod, text: text, unit: heading.unit,
                            location: location(row, column), teamLocation: location(row, teamIndex),
                            periodLocation: periodIndex.map { location(row, $0) }))
                }
            }
        }
        return Reading(values: values, blanks: blanks, problems: problems)
    }

    public static func yaml(_ text: String, file: String, period defaultPeriod: String?) throws(Diagnostic) -> Reading {
        let root = try YAMLReader(file: file, lineOffset: 0).root(text)
        let fields = try root.fields(Phrase("the file"), known: ["period", "teams"])
        var period = defaultPeriod
        var periodLocation: SourceLocation?
        if let field = fields["period"] {
            period = try month(try field.value.string(Phrase("the period")), at: field.value.location)
            periodLocation = field.value.location
        }
        guard let teams = fields["teams"], !teams.value.isNull else {
            throw .error(
                at: root.location, Phrase("the file has no 'teams'"),
                hint: Phrase("write 'teams:', then each team's id on its own line and its numbers below it, indented"))
        }
        var values: [FilledValue] = []
        var blanks = 0
        for team in try teams.value.mapping(Phrase("'teams'")) {
            var teamPeriod = period
            var teamPeriodLocation = periodLocation
            for entry in try team.value.mapping(Phrase("the numbers of '\(team.key)'")) {
                if entry.key == "period" {
                    teamPeriod = try month(
                        try entry.value.string(Phrase("the period of '\(team.key)'")), at: entry.value.location)
                    teamPeriodLocation = entry.value.location
                }
            }
            guard let teamPeriod else {
                throw .error(
                    at: team.keyLocation, Phrase("no period is given for the numbers of '\(team.key)'"),
                    hint: Phrase("write 'period: 2023-01' at the top of the file, or give --period"))
            }
            for entry in try team.value.mapping(Phrase("the numbers of '\(team.key)'")) where entry.key != "period" {
                if entry.value.isNull {
                    blanks += 1
                    continue
                }
                let text = try entry.value.string(Phrase("the value of '\(entry.key)' for '\(team.key)'"))
                    .trimmingCharacters(in: .whitespaces)
                values.append(
                    FilledValue(
                        team: team.key, indicator: entry.key, period: teamPeriod, text: text, unit: nil,
                        location: entry.value.location, teamLocation: team.keyLocation,
                        periodLocation: teamPeriodLocation))
            }
        }
        return Reading(values: values, blanks: blanks)
    }

    /// `2023-01`, the way the data keeps months.
    public static func month(_ text: String, at location: SourceLocation) throws(Diagnostic) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
            let month = Int(parts[1]), year >= 1900, (1...12).contains(month)
        else {
            if parts.count == 2, parts[0].count == 4, Int(parts[0]) != nil, parts[1].count == 2,
                let month = Int(parts[1]), !(1...12).contains(month)
            {
                throw .error(
                    at: location,
                    Phrase(
                        "'\(trimmed)' is not a month: a year has months 01 to 12, not \(Phrase(verbatim: String(parts[1])))"
                    ),
                    hint: Phrase(
                        "correct the month; a quarter is written as its first month (2023-01 for the first quarter)"))
            }
            throw .error(
                at: location, Phrase("'\(trimmed)' is not a month written as year-month"),
                hint: Phrase("write it as 2023-01 (a quarter by its first month)"))
        }
        return trimmed
    }

    /// `takst-1j (%)` → name `takst-1j`, unit `%`.
    static func splitUnit(_ heading: String) -> (name: String, unit: String?) {
        let trimmed = heading.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (trimmed, nil) }
        let unit = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingCharacters(
            in: .whitespaces)
        return (trimmed[..<open].trimmingCharacters(in: .whitespaces), unit.isEmpty ? nil : unit)
    }
}

/// A number as a person writes it on a form: `3,2`, `3.2`, `3,2 %`, `14 dager`.
public struct WrittenNumber: Sendable, Hashable {
    public var value: Double
    /// What stands after the number, if anything.
    public var unit: String?

    /// `nil` when the text does not start with a number, or holds more than one.
    public init?(_ text: String) {
        var digits = ""
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if let sign = rest.first, sign == "-" || sign == "+" || sign == "−" {
            digits.append(sign == "+" ? "+" : "-")
            rest = rest.dropFirst()
        }
        var seenSeparator = false
        while let character = rest.first {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if (character == "," || character == "."), !seenSeparator,
                rest.dropFirst().first.map({ $0.isASCII && $0.isNumber }) == true
            {
                seenSeparator = true
                digits.append(".")
            } else {
                break
            }
            rest = rest.dropFirst()
        }
        guard let value = Double(digits), value.isFinite else { return nil }
        let unit = rest.trimmingCharacters(in: .whitespaces)
        // "12 5" or "3,2,1": something other than a unit follows the number.
        if let first = unit.unicodeScalars.first,
            CharacterSet.decimalDigits.contains(first) || first == "," || first == "."
        {
            return nil
        }
        self.value = value
        self.unit = unit.isEmpty ? nil : unit
    }
}
