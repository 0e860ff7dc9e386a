import Foundation
import TavleData
import TavleModel
import TavleParse
import TavlePostgres
import TavleRun
import TavleWorkspace

/// What `tavle import` is asked to do.
public struct ImportOptions: Sendable {
    /// The filled-in numbers: a `.csv` file or a `.yaml` file.
    public var file: String
    /// Where to look for the workspace (its tavle.yaml, a Notebooks/ folder in it, or above).
    public var workspace: String
    /// The notebooks whose forms the numbers answer; empty means every notebook of the
    /// workspace that has a form.
    public var notebooks: [String]
    /// The period of every number, for a file that does not say.
    public var period: String?
    /// Check the file against the forms and the data, and write nothing.
    public var checkOnly: Bool

    public init(
        file: String, workspace: String = ".", notebooks: [String] = [], period: String? = nil, checkOnly: Bool = false
    ) {
        self.file = file
        self.workspace = workspace
        self.notebooks = notebooks
        self.period = period
        self.checkOnly = checkOnly
    }
}

public struct ImportSummary: Sendable {
    public var values: [NewMeasurement]
    /// Blanks of a wide table that were left empty, and so not imported.
    public var blanks: Int
    /// The forms the numbers answer, as `notebook.md: form`.
    public var forms: [String]
    /// Where the numbers went, as messages show it; `nil` when only checked.
    public var target: String?
    /// Numbers that were imported but look misplaced: a period in a month not yet begun, or
    /// far from every month the data holds for the indicator (a slip of the year).
    public var warnings: [Diagnostic] = []
}

/// `tavle import`: reads the numbers participants wrote on a preparation form into the
/// workspace's data, after checking every one against its form (indicator, unit, range), the
/// teams, the file itself (no number twice) and the data (no number already there). Any
/// problem stops the import before anything is written, and all problems are reported at once.
public struct FormImport: Sendable {
    let options: ImportOptions
    /// Told once when another tavle holds the workspace's data and this import waits for it.
    let waiting: ReportRun.Waiting?

    public init(_ options: ImportOptions, waiting: ReportRun.Waiting? = nil) {
        self.options = options
        self.waiting = waiting
    }

    /// A form field together with the notebook it belongs to.
    struct Asked {
        var notebook: Notebook
        var notebookFolder: String
        var form: FormCell
        var field: FormField
    }

    public func run() throws(Diagnostic) -> ImportSummary {
        let current = FileManager.default.currentDirectoryPath
        let workspace = try WorkspaceLocator.workspace(
            searchingFrom: Files.resolve(options.workspace, against: current))
        // One writer of the workspace's data at a time, from reading what the data holds (to
        // refuse numbers already there) to writing the new ones: two imports at once would
        // otherwise each add their row to the file as it was, and one row would be lost.
        let lock = options.checkOnly ? nil : try WorkspaceLock.acquire(workspace, waiting: waiting)
        defer { lock?.release() }
        let asked = try forms(in: workspace)
        let reading = try read()
        guard !reading.values.isEmpty || !reading.problems.isEmpty else {
            throw .error(
                at: SourceLocation(file: Files.displayPath(options.file), line: 1, column: 1),
                Phrase("the file holds no numbers"), hint: Phrase("fill in at least one number below the header"))
        }

        var problems: [Diagnostic] = reading.problems
        var accepted: [(value: FilledValue, asked: Asked, stored: Double)] = []
        var seen: [String: SourceLocation] = [:]
        var teamLists: [String: Set<String>] = [:]
        var sources: [String: any DataSource] = [:]
        let allIndicators = Array(Set(asked.keys)).sorted()
        // A bad team or a repeated row is one mistake, however many numbers the row holds:
        // it is told once, naming the row's indicators.
        var unknownTeamRows: Set<SourceLocation> = []
        var repeatedRows: [RowProblem] = []
        for value in reading.values {
            guard let candidates = asked[value.indicator] else {
                problems.append(
                    .error(
                        at: value.location, Phrase("no form asks for the indicator '\(value.indicator)'"),
                        hint: Suggestions.hint(for: value.indicator, among: allIndicators, noun: Phrase("indicators"))))
                continue
            }
            let form = candidates[0]
            let teams = try teamIDs(of: form, workspace: workspace, sources: &sources, lists: &teamLists)
            guard teams.contains(value.team) else {
                if unknownTeamRows.insert(value.teamLocation).inserted {
                    problems.append(
                        .error(
                            at: value.teamLocation, Phrase("'\(value.team)' is not a team of \(form.notebook.file)"),
                            hint: Suggestions.hint(for: value.team, among: teams.sorted(), noun: Phrase("teams"))))
                }
                continue
            }
            let key = "\(value.team)\u{1F}\(value.indicator)\u{1F}\(value.period)"
            if let first = seen[key] {
                RowProblem.add(value, firstLine: first.line, to: &repeatedRows)
                continue
            }
            seen[key] = value.location
            do throws(Diagnostic) {
                accepted.append((value, form, try Self.check(value, against: form.field)))
            } catch {
                problems.append(error)
            }
        }
        problems += repeatedRows.map { row in
            .error(
                at: row.location,
                Phrase(
                    "\(row.team) has numbers for \(row.period) here and at line \(row.firstLine!) (\(row.indicators.joined(separator: ", ")))"
                ),
                hint: Phrase("keep one of them; each participant has one number per indicator and period"))
        }
        var warnings: [Diagnostic] = []
        if problems.isEmpty {
            let existing = try alreadyThere(
                accepted.map { ($0.value, $0.asked) }, workspace: workspace, sources: sources)
            problems += existing.problems
            warnings = Self.outlyingPeriods(accepted.map(\.value), known: existing.periods, thisMonth: Self.thisMonth())
        }
        problems.sort {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
        if var first = problems.first {
            first.related = Array(problems.dropFirst())
            // Said on the error's own line: a hint ends with its own question or example.
            first.phrase =
                first.phrase
                + (problems.count > 1
                    ? Phrase.count(
                        problems.count - 1, one: Phrase("; nothing was imported (and 1 more problem below)"),
                        other: Phrase("; nothing was imported (and \(problems.count - 1) more problems below)"))
                    : Phrase("; nothing was imported"))
            throw first
        }

        let notebooks = Set(accepted.map(\.asked.notebook.file))
        let targets = Set(
            accepted.map {
                DataTarget($0.asked.notebook, workspace: workspace, notebookFolder: $0.asked.notebookFolder)
            })
        guard targets.count == 1, let target = targets.first else {
            throw .error(
                at: nil,
                Phrase(
                    "the numbers answer forms of notebooks that keep their data in different places (\(notebooks.sorted().joined(separator: ", ")))"
                ),
                hint: Phrase("import one notebook's numbers at a time with --notebook"))
        }
        let rows = accepted.map {
            NewMeasurement(
                team: $0.value.team, indicator: $0.value.indicator, period: $0.value.period, value: $0.stored)
        }
        let forms = Array(Set(accepted.map { "\($0.asked.notebook.file): \($0.asked.form.id)" })).sorted()
        guard !options.checkOnly else {
            return ImportSummary(values: rows, blanks: reading.blanks, forms: forms, target: nil, warnings: warnings)
        }
        let written: String
        switch target {
        case .folder(let folder):
            written = try MeasurementStore.append(rows, toFolder: folder, displayFolder: Files.displayPath(folder))
        case .database(let path):
            written = Files.displayPath(path)
            try MeasurementStore.insert(rows, intoDatabase: path, describedAs: written)
        case .postgres(let address):
            written = address.description
            try PostgresLoader.append(
                rows.map { [.text($0.team), .text($0.indicator), .text($0.period), .real($0.value)] },
                to: MeasurementStore.table,
                columns: ["team_id", "indicator_id", "period", "value"], at: address)
        }
        return ImportSummary(values: rows, blanks: reading.blanks, forms: forms, target: written, warnings: warnings)
    }

    /// How far from the data's months a new number may lie before it is pointed out.
    static let outlyingMonths = 12

    /// One warning per period that lies in a month not yet begun, or more than a year before or
    /// after every month the data holds for the number's indicator: "2052-01" for "2025-01" is a
    /// slip of the year that would otherwise stretch every chart's axis over decades.
    static func outlyingPeriods(_ values: [FilledValue], known: [String: ClosedRange<Period>], thisMonth: Period)
        -> [Diagnostic]
    {
        var warned: Set<String> = []
        var warnings: [Diagnostic] = []
        for value in values {
            guard let period = Period(value.period), !warned.contains(value.period) else { continue }
            let problem: Phrase
            if period > thisMonth {
                problem = Phrase(
                    "\(value.team) has numbers for \(period), a month that has not begun (this is \(thisMonth))")
            } else if let range = known[value.indicator], period.index > range.upperBound.index + outlyingMonths {
                problem = Phrase(
                    "\(value.team) has numbers for \(period), \(months(period.index - range.upperBound.index)) after the last month the data holds for \(value.indicator) (\(range.upperBound))"
                )
            } else if let range = known[value.indicator], period.index < range.lowerBound.index - outlyingMonths {
                problem = Phrase(
                    "\(value.team) has numbers for \(period), \(months(range.lowerBound.index - period.index)) before the first month the data holds for \(value.indicator) (\(range.lowerBound))"
                )
            } else {
                continue
            }
            warned.insert(value.period)
            warnings.append(
                .warning(
                    at: value.periodLocation ?? value.location, problem,
                    hint: Phrase(
                        "the numbers were imported; if the year or month is wrong, correct the period in the data")))
        }
        return warnings
    }

    /// "14 months", "3 years" as a reader counts a gap.
    static func months(_ count: Int) -> Phrase {
        count >= 24 ? Phrase("\(count / 12) years") : Phrase("\(count) months")
    }

    /// The month of today (UTC), as periods are written.
    static func thisMonth() -> Period {
        let today = JournalDate.today()
        return Period(year: today.year, month: today.month)
    }

    /// The ids of the teams a field's notebook runs for, reading the teams query once per notebook.
    func teamIDs(
        of asked: Asked, workspace: Workspace, sources: inout [String: any DataSource],
        lists: inout [String: Set<String>]
    ) throws(Diagnostic) -> Set<String> {
        let file = asked.notebook.file
        if let known = lists[file] { return known }
        let source: any DataSource
        if let open = sources[file] {
            source = open
        } else {
            source = try DataSources.open(for: asked.notebook, in: workspace, notebookFolder: asked.notebookFolder)
            sources[file] = source
        }
        let teams = Set(try Teams.list(asked.notebook.teams ?? workspace.teams, from: source).map(\.key))
        lists[file] = teams
        return teams
    }

    /// The value as the data keeps it, after checking its number, unit and range.
    static func check(_ value: FilledValue, against field: FormField) throws(Diagnostic) -> Double {
        guard let number = WrittenNumber(value.text) else {
            throw .error(
                at: value.location, Phrase("'\(value.text)' (\(field.label), \(value.team)) is not a number"),
                hint: field.unit.map { Phrase("write it with digits, for example 3,2 or 3.2, in \($0)") }
                    ?? Phrase("write it with digits, for example 3,2 or 3.2"))
        }
        if let written = number.unit, let separate = value.unit, !Units.same(written, separate) {
            throw .error(
                at: value.location, Phrase("'\(value.text)' is written in \(written), but the column says \(separate)"),
                hint: Phrase("use one unit"))
        }
        if let written = number.unit ?? value.unit {
            guard let expected = field.unit else {
                throw .error(
                    at: value.location,
                    Phrase(
                        "'\(value.text)' (\(field.label), \(value.team)) is written with the unit '\(written)', but the form asks for a plain number"
                    ),
                    hint: Phrase("write the number without a unit"))
            }
            guard Units.same(written, expected) else {
                throw .error(
                    at: value.location,
                    Phrase(
                        "'\(value.text)' (\(field.label), \(value.team)) is in the wrong unit: the form asks for \(expected), not \(written)"
                    ),
                    hint: Phrase("write the number in \(expected), as the form's blank shows"))
            }
        }
        let unit = field.unit.map { Units.isPercent($0) ? " %" : " \($0)" } ?? ""
        if let minimum = field.minimum, number.value < minimum {
            throw .error(
                at: value.location,
                Phrase(
                    "\(Phrase.number(number.value))\(unit) (\(field.label), \(value.team)) is below the smallest value the form allows, \(Phrase.number(minimum))\(unit)"
                ),
                hint: Phrase("check the number against the source it was copied from"))
        }
        if let maximum = field.maximum, number.value > maximum {
            throw .error(
                at: value.location,
                Phrase(
                    "\(Phrase.number(number.value))\(unit) (\(field.label), \(value.team)) is above the largest value the form allows, \(Phrase.number(maximum))\(unit)"
                ),
                hint: field.storage == .share && number.value <= 1
                    ? nil : Phrase("check the number against the source it was copied from"))
        }
        return field.stored(number.value)
    }

    /// Numbers the data already holds: importing them again would give a period two values.
    /// Also the months the data holds per indicator, to tell a new number far outside them.
    func alreadyThere(
        _ values: [(FilledValue, Asked)], workspace: Workspace, sources: [String: any DataSource]
    ) throws(Diagnostic) -> (problems: [Diagnostic], periods: [String: ClosedRange<Period>]) {
        var problems: [Diagnostic] = []
        var periods: [String: ClosedRange<Period>] = [:]
        for (file, source) in sources.sorted(by: { $0.key < $1.key }) {
            let ours = values.filter { $0.1.notebook.file == file }
            let indicators = Array(Set(ours.map(\.0.indicator))).sorted()
            guard !indicators.isEmpty else { continue }
            var arguments: [String: Value] = [:]
            for (index, indicator) in indicators.enumerated() { arguments["i\(index)"] = .text(indicator) }
            let list = indicators.indices.map { ":i\($0)" }.joined(separator: ", ")
            let request = QueryRequest(
                sql:
                    "SELECT team_id, indicator_id, period FROM \(MeasurementStore.table) WHERE indicator_id IN (\(list))",
                sqlLocation: workspace.dataSourceLocation, label: Phrase("the check for numbers already in the data"),
                arguments: arguments)
            let existing: QueryResult
            do throws(Diagnostic) {
                existing = try source.run(request)
            } catch {
                throw .error(
                    at: workspace.dataSourceLocation,
                    Phrase(
                        "the data has no table \(MeasurementStore.table)(team_id, indicator_id, period, value) to import into: \(error.phrase)"
                    ),
                    hint: Phrase("tavle import adds each number as a row of that table"))
            }
            let keys = Set(existing.rows.map { row in row.map(\.plainText).joined(separator: "\u{1F}") })
            for row in existing.rows where row.count == 3 {
                guard let period = Period(row[2].plainText) else { continue }
                let indicator = row[1].plainText
                periods[indicator] =
                    periods[indicator].map { min($0.lowerBound, period)...max($0.upperBound, period) }
                    ?? period...period
            }
            var rows: [RowProblem] = []
            for (value, _) in ours where keys.contains("\(value.team)\u{1F}\(value.indicator)\u{1F}\(value.period)") {
                RowProblem.add(value, firstLine: nil, to: &rows)
            }
            problems += rows.map { row in
                .error(
                    at: row.location,
                    Phrase(
                        "the data already holds numbers for \(row.team) in \(row.period) (\(row.indicators.joined(separator: ", ")))"
                    ),
                    hint: Phrase(
                        "a period has one number per indicator; if the one in the data is wrong, correct it there, then import the rest"
                    ))
            }
        }
        return (problems, periods)
    }

    /// Every form field of the workspace's notebooks (or of the notebooks named), by indicator.
    func forms(in workspace: Workspace) throws(Diagnostic) -> [String: [Asked]] {
        let current = FileManager.default.currentDirectoryPath
        let paths: [String]
        if options.notebooks.isEmpty {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: workspace.root)) ?? []
            paths = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map {
                Files.resolve($0, against: workspace.root)
            }
        } else {
            paths = options.notebooks.map { Files.resolve($0, against: current) }
        }
        var asked: [String: [Asked]] = [:]
        for path in paths {
            let text = try Files.readText(path)
            // Only notebooks with a form are read in full; the others may be drafts.
            guard !options.notebooks.isEmpty || text.contains("```form") else { continue }
            let notebook = try NotebookParser().parse(text, file: Files.displayPath(path))
            if notebook.forms.isEmpty, !options.notebooks.isEmpty {
                throw .error(
                    at: nil, Phrase("\(notebook.file) has no form"),
                    hint: Phrase("a form is a ```form ID``` cell that lists the numbers to write down"))
            }
            for form in notebook.forms {
                for field in form.fields {
                    let entry = Asked(
                        notebook: notebook, notebookFolder: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                        form: form, field: field)
                    if let other = asked[field.indicator]?.first, !Self.sameRules(other.field, field) {
                        throw .error(
                            at: field.location,
                            Phrase(
                                "the forms '\(other.form.id)' (\(other.notebook.file)) and '\(form.id)' ask for '\(field.indicator)' with different units or bounds"
                            ),
                            hint: Phrase(
                                "give both the same 'unit', 'min', 'max' and 'stored_as', or import with --notebook to say which form the numbers answer"
                            ))
                    }
                    asked[field.indicator, default: []].append(entry)
                }
            }
        }
        guard !asked.isEmpty else {
            throw .error(
                at: nil, Phrase("no notebook in \(Files.displayPath(workspace.root)) has a form"),
                hint: Phrase(
                    "a preparation form is a ```form ID``` cell listing the numbers participants bring; see Notebooks/veiledningsgruppe-takst.md"
                ))
        }
        return asked
    }

    /// A number in a message: whole numbers without decimals.
    static func written(_ value: Double, in language: Language = .en) -> String {
        DecimalText.plain(value, in: language)
    }

    static func sameRules(_ a: FormField, _ b: FormField) -> Bool {
        a.unit.map { $0.lowercased() } == b.unit.map { $0.lowercased() } && a.minimum == b.minimum
            && a.maximum == b.maximum && a.storage == b.storage
    }

    func read() throws(Diagnostic) -> FilledFormReader.Reading {
        let path = Files.resolve(options.file, against: FileManager.default.currentDirectoryPath)
        let shown = Files.displayPath(path)
        let period = try options.period.map { value throws(Diagnostic) in
            try FilledFormReader.month(value, at: SourceLocation(file: "--period", line: 1, column: 1))
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv", "txt":
            // The one CSV reader of data folders: UTF-8 or Windows-1252, ',' or ';' (spreadsheets
            // set to Norwegian, Swedish or Danish save ';', since ',' is the decimal mark).
            let table = try CSVTable(reading: CSVText.read(path, shownAs: shown), file: shown)
            return try FilledFormReader.table(
                header: table.header,
                rows: table.records.map { FilledFormReader.Row(fields: $0.fields, line: $0.line, columns: $0.columns) },
                file: shown, period: period)
        case "yaml", "yml":
            return try FilledFormReader.yaml(Files.readText(path), file: shown, period: period)
        default:
            throw .error(
                at: nil, Phrase("'\(shown)' is neither a .csv nor a .yaml file"),
                hint: Phrase(
                    "save the spreadsheet as CSV (the first line names the columns), or write the numbers in YAML"))
        }
    }
}

/// The numbers of one row (one team and period) that share a problem.
struct RowProblem {
    var team: String
    var period: String
    var location: SourceLocation
    var firstLine: Int?
    var indicators: [String]

    static func add(_ value: FilledValue, firstLine: Int?, to rows: inout [RowProblem]) {
        if let index = rows.firstIndex(where: {
            $0.team == value.team && $0.period == value.period && $0.location.line == value.location.line
        }) {
            rows[index].indicators.append(value.indicator)
        } else {
            rows.append(
                RowProblem(
                    team: value.team, period: value.period, location: value.location, firstLine: firstLine,
                    indicators: [value.indicator]))
        }
    }
}

/// Where a notebook's data lives, for writing.
enum DataTarget: Hashable {
    case folder(String)
    case database(String)
    case postgres(PostgresAddress)

    init(_ notebook: Notebook, workspace: Workspace, notebookFolder: String) {
        let chosen = DataSources.choice(for: notebook, in: workspace, notebookFolder: notebookFolder)
        switch chosen.spec {
        case .textFolder(let path), .csvFolder(let path): self = .folder(chosen.resolve(path))
        case .sqliteFile(let path): self = .database(chosen.resolve(path))
        case .postgres(let address): self = .postgres(address)
        }
    }
}
