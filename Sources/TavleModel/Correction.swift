/// A correction of data a report already showed, as the facilitator records it in the
/// workspace's `corrections.yaml`: which value (a team's indicator, or query, in one period),
/// when it was corrected, and why. Data corrected after a report is normal work; the record
/// lets `tavle verify` tell an explained correction from an unexplained change, and puts the
/// reason in the team's history.
public struct DataCorrection: Sendable, Hashable {
    public var team: String
    /// The indicator (a chart's `indicator:`) whose value was corrected; or, for a query
    /// without one, `query`.
    public var indicator: String?
    public var query: String?
    /// The row's key as the report shows it: a month, `2021-07`.
    public var period: String
    public var date: JournalDate
    public var reason: String
    public var location: SourceLocation

    public init(
        team: String, indicator: String?, query: String?, period: String, date: JournalDate, reason: String,
        location: SourceLocation
    ) {
        self.team = team
        self.indicator = indicator
        self.query = query
        self.period = period
        self.date = date
        self.reason = reason
        self.location = location
    }

    /// Whether this correction explains a change of `period` in the query `query` (with its
    /// `indicator`, if any) of `team`'s report.
    public func explains(team: String, query: String, indicator: String?, period: String) -> Bool {
        guard self.team == team, self.period == period else { return false }
        if let own = self.indicator { return own == indicator }
        return self.query == query
    }
}
