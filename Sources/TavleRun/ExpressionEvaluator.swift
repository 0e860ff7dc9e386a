import TavleModel
import TavleParse
import TavleRender
import TavleStats

/// What `{{ … }}` expressions can read while one report is made.
struct ExpressionContext {
    var notebook: Notebook
    var team: Team?
    var parameters: [String: Value]
    /// Query results by name. When only checking, rows are empty but columns are known, so an
    /// expression naming a column that does not exist is still caught.
    var results: [String: QueryResult]
    var format: Format
}

/// Evaluates `{{ path | filter }}`:
///
/// - `team` (its name), `team.name`, `team.id`, `team.municipality`, `team.COLUMN`
/// - `notebook.title`, `notebook.id`, `notebook.version`, `notebook.gathering`, `notebook.phase`
/// - `PARAM` or `params.PARAM`
/// - `QUERY.count`; `QUERY.first.COLUMN`, `QUERY.last.COLUMN`, and the aggregates
///   `min`, `max`, `sum`, `mean`, `median` of a column; `QUERY.COLUMN` reads the first row.
///   Leaving out the column means `value`, else the last column.
///
/// Filters: `number(decimals)`, `percent(decimals)` for shares (0.25 → 25 %), `month`, `date`,
/// and `default("text")` for a missing value.
enum ExpressionEvaluator {
    static let rowAccessors = ["first", "last"]
    static let aggregates = ["min", "max", "sum", "mean", "median"]
    static let filters: [String: ClosedRange<Int>] = [
        "number": 0...1, "percent": 0...1, "month": 0...0, "date": 0...0, "default": 1...1,
    ]

    /// The expression as text for the narrative: formatted, and escaped for Markdown.
    static func render(_ expression: InlineExpression, in context: ExpressionContext) throws(Diagnostic) -> String {
        var value = try resolve(expression, in: context)
        var text: String?
        for filter in expression.filters {
            try checkFilter(filter)
            let decimals = try filter.arguments.first.map { argument throws(Diagnostic) in
                guard let decimals = Int(argument), (0...6).contains(decimals) else {
                    throw .error(
                        at: filter.location,
                        Phrase("the filter '\(filter.name)' takes a number of decimals from 0 to 6, not '\(argument)'"))
                }
                return decimals
            }
            switch filter.name {
            case "default":
                if value.isNull || text == "" { value = .text(filter.arguments[0]); text = nil }
            case "number", "percent":
                // A suppressed count ("<5") stays as it is: formatting must not fail on the
                // teams that happen to have few cases.
                guard !value.isNull, !Comparison.isSuppressed(value) else { continue }
                guard let number = value.number ?? text.flatMap(Double.init) else {
                    throw .error(
                        at: filter.location,
                        Phrase(
                            "'\(text ?? value.plainText)' is not a number, so the filter '\(filter.name)' cannot format it"
                        ),
                        hint: Phrase("apply '\(filter.name)' to a numeric column"))
                }
                text =
                    filter.name == "number"
                    ? context.format.number(number, decimals: decimals ?? 1)
                    : context.format.percent(number, decimals: decimals ?? 0)
            case "month":
                if !value.isNull { text = context.format.month(text ?? value.plainText) }
            case "date":
                if !value.isNull { text = context.format.date(text ?? value.plainText) }
            default:
                break
            }
        }
        if let text { return Escape.markdown(text) }
        return value.isNull ? "–" : Escape.markdown(context.format.cell(value, decimals: nil))
    }

    /// Checks an expression without data: names, accessors, columns and filters.
    static func check(_ expression: InlineExpression, in context: ExpressionContext) throws(Diagnostic) {
        _ = try resolve(expression, in: context)
        for filter in expression.filters { try checkFilter(filter) }
    }

    private static func checkFilter(_ filter: InlineExpression.Filter) throws(Diagnostic) {
        guard let arity = filters[filter.name] else {
            throw .error(
                at: filter.location, Phrase("unknown filter '\(filter.name)'"),
                hint: Suggestions.hint(for: filter.name, among: filters.keys.sorted(), noun: Phrase("filters")))
        }
        guard arity.contains(filter.arguments.count) else {
            let expected =
                arity.upperBound == 0
                ? Phrase("no arguments")
                : arity.lowerBound == 1 ? Phrase("one argument") : Phrase("at most one argument")
            throw .error(
                at: filter.location, Phrase("the filter '\(filter.name)' takes \(expected)"),
                hint: Phrase("for example | number(1), | percent, | default(\"–\")"))
        }
    }

    static func resolve(_ expression: InlineExpression, in context: ExpressionContext) throws(Diagnostic) -> Value {
        let path = expression.path
        let root = path[0]
        let location = expression.location
        func tooLong(_ valid: String) -> Diagnostic {
            .error(at: location, Phrase("'\(expression.source)' goes deeper than '\(valid)' allows"))
        }

        if root == "team" {
            guard let team = context.team else {
                throw .error(
                    at: location, Phrase("this notebook is not run per team, so '\(expression.source)' has no value"),
                    hint: Phrase("declare a team parameter: 'params: { team: { type: team } }'"))
            }
            guard path.count <= 2 else { throw tooLong("team.FIELD") }
            guard path.count == 2 else { return .text(team.name) }
            switch path[1] {
            case "name": return .text(team.name)
            case "id": return team.id
            default:
                if let value = team.fields[path[1].lowercased()] { return value }
                throw .error(
                    at: location, Phrase("teams have no field '\(path[1])'"),
                    hint: Suggestions.hint(
                        for: path[1], among: Array(Set(team.fields.keys).union(["name", "id"])).sorted(),
                        noun: Phrase("fields")))
            }
        }
        if root == "notebook" {
            guard path.count == 2 else {
                throw .error(at: location, Phrase("say which part of the notebook, for example {{ notebook.title }}"))
            }
            let notebook = context.notebook
            switch path[1] {
            case "title": return .text(notebook.title)
            case "id": return .text(notebook.id)
            case "version": return .integer(Int64(notebook.version))
            case "gathering": return notebook.gathering.map { .integer(Int64($0)) } ?? .null
            case "phase": return notebook.phase.map { .integer(Int64($0)) } ?? .null
            default:
                throw .error(
                    at: location, Phrase("notebooks have no field '\(path[1])'"),
                    hint: Suggestions.hint(
                        for: path[1], among: ["title", "id", "version", "gathering", "phase"], noun: Phrase("fields")))
            }
        }
        if root == "params" {
            guard path.count == 2 else {
                throw .error(at: location, Phrase("say which parameter, for example {{ params.period }}"))
            }
            return try parameter(path[1], at: location, in: context)
        }
        if context.notebook.parameters.contains(where: { $0.name == root }) {
            guard path.count == 1 else { throw tooLong(root) }
            return try parameter(root, at: location, in: context)
        }
        if let result = context.results[root] {
            return try queryValue(result, path: path, expression: expression)
        }
        let known =
            ["team", "notebook", "params"] + context.notebook.parameters.map(\.name)
            + context.notebook.queries.map(\.name)
        throw .error(
            at: location, Phrase("'\(root)' is not a query, parameter or known name in this notebook"),
            hint: Suggestions.hint(for: root, among: known, noun: Phrase("names")))
    }

    private static func parameter(_ name: String, at location: SourceLocation, in context: ExpressionContext)
        throws(Diagnostic) -> Value
    {
        guard let spec = context.notebook.parameters.first(where: { $0.name == name }) else {
            throw .error(
                at: location, Phrase("the notebook declares no parameter '\(name)'"),
                hint: Suggestions.hint(
                    for: name, among: context.notebook.parameters.map(\.name), noun: Phrase("parameters")))
        }
        if spec.type == .team, let team = context.team { return .text(team.name) }
        return context.parameters[name] ?? .null
    }

    private static func queryValue(_ result: QueryResult, path: [String], expression: InlineExpression)
        throws(Diagnostic) -> Value
    {
        let name = path[0]
        let location = expression.location
        func column(_ requested: String?) throws(Diagnostic) -> Int {
            let wanted = requested ?? (result.columnIndex("value") != nil ? "value" : result.columns.last ?? "")
            guard let index = result.columnIndex(wanted) else {
                throw .error(
                    at: location, Phrase("the query '\(name)' has no column '\(wanted)'"),
                    hint: Suggestions.hint(for: wanted, among: result.columns, noun: Phrase("columns")))
            }
            return index
        }
        guard path.count >= 2 else {
            guard result.columns.count == 1 else {
                throw .error(
                    at: location, Phrase("say which value of '\(name)' to show"),
                    hint: Phrase("for example {{ \(name).last.value }} or {{ \(name).count }}"))
            }
            return result.rows.first?[0] ?? .null
        }
        let accessor = path[1]
        if accessor == "count" {
            guard path.count == 2 else { throw .error(at: location, Phrase("'\(name).count' takes nothing after it")) }
            return .integer(Int64(result.rows.count))
        }
        if rowAccessors.contains(accessor) || aggregates.contains(accessor) {
            guard path.count <= 3 else {
                throw .error(
                    at: location, Phrase("'\(expression.source)' has too many parts"),
                    hint: Phrase("for example {{ \(name).\(accessor).value }}"))
            }
            let index = try column(path.count == 3 ? path[2] : nil)
            let cells = result.rows.map { $0[index] }
            switch accessor {
            case "first": return cells.first ?? .null
            case "last": return cells.last ?? .null
            default:
                // A total or mean over suppressed counts would either hide them silently or
                // need the values withheld: it is left out ("–").
                guard !cells.contains(where: Comparison.isSuppressed) else { return .null }
                let numbers = cells.compactMap(\.number)
                guard !numbers.isEmpty else { return .null }
                switch accessor {
                case "min": return .real(numbers.min()!)
                case "max": return .real(numbers.max()!)
                case "sum": return .real(numbers.reduce(0, +))
                case "mean": return .real(numbers.reduce(0, +) / Double(numbers.count))
                default: return median(numbers).map(Value.real) ?? .null
                }
            }
        }
        guard path.count == 2 else {
            throw .error(
                at: location, Phrase("'\(expression.source)' has too many parts"),
                hint: Phrase("for example {{ \(name).last.\(accessor) }}"))
        }
        if result.columnIndex(accessor) == nil {
            let words = ["count"] + rowAccessors + aggregates + result.columns
            throw .error(
                at: location, Phrase("the query '\(name)' has no column or accessor '\(accessor)'"),
                hint: Suggestions.hint(for: accessor, among: words, noun: Phrase("names")))
        }
        return result.rows.first?[try column(accessor)] ?? .null
    }
}
