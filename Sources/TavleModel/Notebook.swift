import Foundation

/// A parsed report notebook: front matter, then narrative and cells in document order.
public struct Notebook: Sendable, Hashable {
    public var id: String
    public var title: String
    public var version: Int
    /// `nil` means: use the workspace's language.
    public var language: Language?
    public var gathering: Int?
    public var phase: Int?
    public var parameters: [ParameterSpec]
    /// A data source that replaces the workspace's for this notebook.
    public var dataSource: DataSourceSpec?
    /// A teams definition that replaces the workspace's for this notebook (e.g. a GP
    /// supervision group whose participants are not the network's teams).
    public var teams: TeamsSpec?
    public var blocks: [Block]
    /// Where the notebook was read from, as given to the parser; used in every diagnostic.
    public var file: String
    /// Where the front matter's `params:` key stands, for errors about parameters given on
    /// the command line.
    public var parametersLocation: SourceLocation
    /// Where `version:` stands in the front matter, when it is written.
    public var versionLocation: SourceLocation?

    public init(
        id: String, title: String, version: Int, language: Language?, gathering: Int?, phase: Int?,
        parameters: [ParameterSpec], dataSource: DataSourceSpec?, teams: TeamsSpec?, blocks: [Block],
        file: String, parametersLocation: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.language = language
        self.gathering = gathering
        self.phase = phase
        self.parameters = parameters
        self.dataSource = dataSource
        self.teams = teams
        self.blocks = blocks
        self.file = file
        self.parametersLocation = parametersLocation
    }

    /// The ids of the notebook's prompts, a worksheet's included, for checking a journal's
    /// answers against them.
    public var promptIDs: [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .prompt(let prompt): [prompt.id]
            case .worksheet(let worksheet): worksheet.prompts.map(\.id)
            default: []
            }
        }
    }

    /// Whether a cell draws on the prompt library (a worksheet, or an empty prompt cell).
    /// The library sets and prompts the notebook names (`veiledning.fase1`,
    /// `pdsa.plan`), so that only their files need reading.
    public var promptLibraryReferences: [String] {
        blocks.compactMap { block in
            switch block {
            case .worksheet(let cell): cell.setID
            case .prompt(let prompt) where prompt.fromLibrary: prompt.id
            default: nil
            }
        }
    }

    public var usesPromptLibrary: Bool {
        blocks.contains { block in
            switch block {
            case .worksheet: true
            case .prompt(let prompt): prompt.fromLibrary
            default: false
            }
        }
    }

    public var forms: [FormCell] {
        blocks.compactMap { if case .form(let cell) = $0 { return cell } else { return nil } }
    }

    public var queries: [QueryCell] {
        blocks.compactMap { if case .query(let cell) = $0 { return cell } else { return nil } }
    }

    /// The parameter that selects the team a report is for, if the notebook has one.
    public var teamParameter: ParameterSpec? { parameters.first { $0.type == .team } }
}

public enum Block: Sendable, Hashable {
    case narrative(Narrative)
    case query(QueryCell)
    case prompt(PromptCell)
    /// ```` ```worksheet SET ````: a set of prompts from the library.
    case worksheet(WorksheetCell)
    /// ```` ```form ID ````: a preparation form with blanks for the numbers each participant
    /// brings, which `tavle import` later reads into the data.
    case form(FormCell)
    /// ```` ```goals ````, ```` ```pdsa ```` or ```` ```decisions ````: the team's journal, as it stands.
    case journal(JournalSection)
}

/// Where a notebook shows part of the team's journal.
public struct JournalSection: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case goals, pdsa, decisions
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// Markdown between cells, cut where `{{ … }}` expressions stand.
public struct Narrative: Sendable, Hashable {
    public enum Segment: Sendable, Hashable {
        case markdown(String)
        case expression(InlineExpression)
    }

    public var segments: [Segment]
    public var location: SourceLocation

    public init(segments: [Segment], location: SourceLocation) {
        self.segments = segments
        self.location = location
    }
}

/// `{{ path.to.value | filter(arg) }}` in narrative text.
public struct InlineExpression: Sendable, Hashable {
    public struct Filter: Sendable, Hashable {
        public var name: String
        public var arguments: [String]
        public var location: SourceLocation

        public init(name: String, arguments: [String], location: SourceLocation) {
            self.name = name
            self.arguments = arguments
            self.location = location
        }
    }

    public var path: [String]
    public var filters: [Filter]
    /// The text between the braces, trimmed, for messages.
    public var source: String
    public var location: SourceLocation

    public init(path: [String], filters: [Filter], source: String, location: SourceLocation) {
        self.path = path
        self.filters = filters
        self.source = source
        self.location = location
    }
}

/// A ```` ```sql NAME ```` cell: a named query whose result the report shows and the narrative reads.
public struct QueryCell: Sendable, Hashable {
    public var name: String
    public var sql: String
    public var options: QueryOptions
    /// Named parameters (`:team`) the SQL uses, each where it stands.
    public var parameterUses: [ParameterUse]
    /// The fence line.
    public var location: SourceLocation
    /// Where the first line of SQL (after option lines) stands; SQL offsets count from here.
    public var sqlLocation: SourceLocation

    public init(
        name: String, sql: String, options: QueryOptions, parameterUses: [ParameterUse],
        location: SourceLocation, sqlLocation: SourceLocation
    ) {
        self.name = name
        self.sql = sql
        self.options = options
        self.parameterUses = parameterUses
        self.location = location
        self.sqlLocation = sqlLocation
    }
}

public struct ParameterUse: Sendable, Hashable {
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// The `--| key: value` lines at the top of a query cell.
public struct QueryOptions: Sendable, Hashable {
    public enum Chart: String, Sendable, Hashable, CaseIterable {
        /// Values over time with their median and the runs rules.
        case run
        /// Control chart of single measurements (XmR), limits from the moving ranges.
        case i
        /// Control chart of proportions: `y` events out of `n`, limits varying with `n`.
        case p
        /// Control chart of rates: `y` events per `n` units of exposure.
        case u
        /// Control chart of counts in equal opportunities.
        case c
        /// Funnel plot: every team's latest value against its denominator, with 95 % and 99.8 %
        /// limits; the report's own team is named, the others are anonymous.
        case funnel
        /// No chart: the result is shown as a table only.
        case table

        /// p and u charts need the count and its denominator.
        public var needsDenominator: Bool { self == .p || self == .u || self == .funnel }
    }

    /// What a funnel plot compares.
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        /// Events out of cases (y ≤ n), shown in per cent.
        case proportion
        /// Events per unit of exposure.
        case rate
    }

    /// Where a chart is split into phases, each with its own centre line and limits.
    public enum Phases: String, Sendable, Hashable, CaseIterable {
        /// At the start of each of the team's PDSA cycles for the chart's indicator.
        case pdsa
    }

    public enum Show: String, Sendable, Hashable, CaseIterable {
        /// The chart (if any) and the table.
        case all
        case chart
        case table
        /// Nothing: the query only feeds values to the narrative.
        case none
    }

    public var chart: Chart
    public var show: Show
    public var title: String?
    public var indicator: String?
    /// Column holding the period (x axis); default: the first column.
    public var xColumn: String?
    /// Column holding the value (y axis); default: `value`. For p and u charts and funnels: the
    /// count, default `numerator`. Never guessed: a column that is not there is an error.
    public var yColumn: String?
    /// For p and u charts: the denominator's column, default `denominator`.
    public var denominatorColumn: String?
    /// For funnel plots: proportion (default) or rate.
    public var measure: Measure
    /// Control charts: compute the centre and limits from the first N points and extend them.
    public var freeze: Int?
    /// Split the chart into phases (recomputing centre and limits) at these changes.
    public var phases: Phases?
    /// Charts of rates: show y/n times this (1000 for "per 1000 days").
    public var multiply: Double?
    /// What the plotted values are: `%` says they are per cent (0–100), so that a goal written
    /// "80 %" is drawn at 80; any other text is shown on the axis. See `ChartScale`.
    public var unit: String?
    public var decimals: Int?
    public var note: String?
    /// Where each option's value stands (by key: `y`, `indicator`, …), so that a column or an
    /// indicator that does not exist is reported on the line that names it.
    public var locations: [String: SourceLocation] = [:]

    public init(
        chart: Chart = .table, show: Show = .all, title: String? = nil, indicator: String? = nil,
        xColumn: String? = nil, yColumn: String? = nil, denominatorColumn: String? = nil,
        measure: Measure = .proportion,
        unit: String? = nil, decimals: Int? = nil, note: String? = nil
    ) {
        self.chart = chart
        self.show = show
        self.title = title
        self.indicator = indicator
        self.xColumn = xColumn
        self.yColumn = yColumn
        self.denominatorColumn = denominatorColumn
        self.measure = measure
        self.freeze = nil
        self.phases = nil
        self.multiply = nil
        self.unit = unit
        self.decimals = decimals
        self.note = note
    }
}

/// A ```` ```prompt ID ```` cell: a reflection question with room for the team's answer.
public struct PromptCell: Sendable, Hashable {
    public var id: String
    public var question: String
    /// Further paragraphs that explain the question (Markdown).
    public var help: String?
    /// An empty cell takes its question from the prompt library; it is read as written until
    /// the library fills it in.
    public var fromLibrary: Bool
    public var location: SourceLocation

    public init(id: String, question: String, help: String?, fromLibrary: Bool = false, location: SourceLocation) {
        self.id = id
        self.question = question
        self.help = help
        self.fromLibrary = fromLibrary
        self.location = location
    }
}

/// A ```` ```worksheet SET ```` cell: the library's prompt set `SET`, in the notebook's
/// language. The parser records the id; the library fills in the rest.
public struct WorksheetCell: Sendable, Hashable {
    public var setID: String
    public var title: String
    public var intro: String?
    public var source: String?
    public var prompts: [PromptCell]
    public var location: SourceLocation

    public init(
        setID: String, title: String = "", intro: String? = nil, source: String? = nil, prompts: [PromptCell] = [],
        location: SourceLocation
    ) {
        self.setID = setID
        self.title = title
        self.intro = intro
        self.source = source
        self.prompts = prompts
        self.location = location
    }
}

/// A ```` ```form ID ```` cell: a preparation form (forberedelsesskjema). Each field is one
/// number a participant looks up and writes down before the meeting (a sick-leave figure, a
/// fee code's share in percent); `tavle import` reads the filled-in numbers into the
/// workspace's `measurements` table under the field's indicator.
public struct FormCell: Sendable, Hashable {
    public var id: String
    public var title: String?
    /// Markdown: where to find the numbers and how to write them.
    public var intro: String?
    /// The month parameter whose value is the period the numbers belong to.
    public var periodParameter: String?
    public var fields: [FormField]
    public var location: SourceLocation

    public init(
        id: String, title: String?, intro: String?, periodParameter: String?, fields: [FormField],
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.intro = intro
        self.periodParameter = periodParameter
        self.fields = fields
        self.location = location
    }
}

/// One blank of a preparation form.
public struct FormField: Sendable, Hashable {
    public enum Storage: String, Sendable, Hashable, CaseIterable {
        /// Stored as written.
        case number
        /// Written in percent, stored as a share from 0 to 1 (the way shares are kept in the data).
        case share
    }

    /// The indicator the number is a measurement of.
    public var indicator: String
    public var label: String
    /// The unit the participant writes the number in, e.g. "%" or "dager".
    public var unit: String?
    /// The plausible values, in the unit the participant writes.
    public var minimum: Double?
    public var maximum: Double?
    public var storage: Storage
    public var location: SourceLocation

    public init(
        indicator: String, label: String, unit: String?, minimum: Double?, maximum: Double?, storage: Storage,
        location: SourceLocation
    ) {
        self.indicator = indicator
        self.label = label
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.storage = storage
        self.location = location
    }

    /// The value as the data keeps it. A share is rounded to 12 significant digits, so that
    /// 11.8 % is kept as 0.118 and not as the nearest binary fraction's long tail.
    public func stored(_ written: Double) -> Double {
        guard storage == .share else { return written }
        let share = written / 100
        guard share != 0 else { return 0 }
        let scale = pow(10, 11 - floor(log10(abs(share))))
        return (share * scale).rounded() / scale
    }
}
