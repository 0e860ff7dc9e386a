import TavleModel

/// Reads `corrections.yaml` beside `tavle.yaml`:
///
///     corrections:
///       - team: molde-sykehjem-2
///         indicator: fall            # or query: fall
///         period: 2021-07
///         date: 2021-10-04
///         reason: July was entered from the paper forms afterwards.
public struct CorrectionsParser: Sendable {
    static let keys = ["team", "indicator", "query", "period", "date", "reason"]

    public init() {}

    /// - Parameter teams: the workspace's team ids; a correction of another team is an error.
    ///   `nil` leaves team ids unchecked (reading corrections to explain old reports).
    public func parse(_ text: String, file: String, teams: [String]?) throws(Diagnostic) -> [DataCorrection] {
        let root = try YAMLReader(file: file, lineOffset: 0).root(text)
        if root.isNull { return [] }
        let fields = try root.fields(Phrase("the corrections file"), known: ["corrections"])
        guard let list = fields["corrections"], !list.value.isNull else { return [] }
        guard case .sequence(let sequence) = list.value.node else {
            throw .error(
                at: list.value.location, Phrase("'corrections' should be a list (lines starting with '- ')"),
                hint: Phrase("write each correction on its own line starting with '- '"))
        }
        var corrections: [DataCorrection] = []
        for item in sequence {
            let node = YAMLNode(node: item, reader: list.value.reader)
            let what = Phrase("a correction")
            let entry = try node.fields(what, known: Self.keys)
            func text(_ key: String, example: String) throws(Diagnostic) -> String {
                guard let field = entry[key], !field.value.isNull,
                    case let value = try field.value.string(Phrase("'\(key)' of a correction")).trimmingCharacters(
                        in: .whitespacesAndNewlines),
                    !value.isEmpty
                else {
                    throw .error(
                        at: node.location, Phrase("a correction has no '\(key)'"), hint: Phrase("add '\(example)'"))
                }
                return value
            }
            let team = try text("team", example: "team: \(teams?.first ?? "team-id")")
            if let teams, !teams.contains(team) {
                throw .error(
                    at: entry["team"]!.value.location, Phrase("there is no team '\(team)' in this workspace"),
                    hint: Suggestions.hint(for: team, among: teams, noun: Phrase("team ids")))
            }
            let indicator = try entry["indicator"].map { field throws(Diagnostic) in
                try field.value.string(Phrase("the indicator"))
            }
            let query = try entry["query"].map { field throws(Diagnostic) in try field.value.string(Phrase("the query"))
            }
            guard (indicator == nil) != (query == nil) else {
                throw .error(
                    at: node.location,
                    Phrase("a correction names either the 'indicator' or the 'query' whose value was corrected"),
                    hint: Phrase("for example 'indicator: fall'"))
            }
            let period = try text("period", example: "period: 2021-07")
            guard Period(period) != nil else {
                throw .error(
                    at: entry["period"]!.value.location,
                    Phrase("the period '\(period)' of a correction is not a month written YYYY-MM"),
                    hint: Phrase("for example 'period: 2021-07'"))
            }
            let dateText = try text("date", example: "date: 2021-10-04")
            guard let date = JournalDate(dateText) else {
                throw .error(
                    at: entry["date"]!.value.location,
                    Phrase("the date '\(dateText)' of a correction is not a date written YYYY-MM-DD"),
                    hint: Phrase("the day the data was corrected, for example 2021-10-04"))
            }
            let reason = try text("reason", example: "reason: Why the value was corrected")
            corrections.append(
                DataCorrection(
                    team: team, indicator: indicator, query: query, period: period, date: date, reason: reason,
                    location: node.location))
        }
        return corrections
    }
}
