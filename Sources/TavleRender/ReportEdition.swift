/// Which version of tavle's layout a report is drawn in.
///
/// A report made by an earlier tavle is drawn again, by `verify`, the way that tavle drew it, so
/// that a change of layout is not mistaken for a change of the report: each layout change is a
/// new edition, and the renderers ask for the edition before drawing what changed.
public enum ReportEdition: Int, Sendable, Hashable, Comparable {
    /// tavle 0.1: a Markdown table right-aligned a column that held no value at all.
    case v0_1 = 1
    /// tavle 0.2: a column with no value is plain text in Markdown too.
    case v0_2
    /// tavle 0.3: an answer from an earlier gathering is shown small, above this gathering's
    /// writing space, instead of in its place; a chart split into phases keeps its verdict when
    /// the last phase shows no signal.
    case v0_3
    /// tavle 0.4: a goal's verdict compares the measurement itself with the target, not the
    /// rounded number shown (79.76 % does not reach 80 %), and the number is shown with the
    /// decimals that make it agree with the verdict (79.8 %); a target revised after the last
    /// point shown is drawn as a stub past the plot's edge, so its label names a line.
    case v0_4
    /// tavle 0.5: a goal's target that changes between two points changes halfway between
    /// them, as a phase's centre line does, so that a target holding only for the last point
    /// shown is a line the width of half a step, not a dot at the plot's edge.
    case v0_5

    public static let current = ReportEdition.v0_5

    /// The edition of the tool a manifest or a commit names ("tavle 0.2.0"); the current one when
    /// it names none or a newer one this tavle does not know.
    public init(tool: String?) {
        guard let tool, tool.hasPrefix("tavle ") else {
            self = .current
            return
        }
        let parts = tool.dropFirst("tavle ".count).split(separator: ".").map { Int($0) }
        switch (parts.first ?? nil, parts.dropFirst().first ?? nil) {
        case (0, 1): self = .v0_1
        case (0, 2): self = .v0_2
        case (0, 3): self = .v0_3
        case (0, 4): self = .v0_4
        default: self = .current
        }
    }

    public static func < (lhs: ReportEdition, rhs: ReportEdition) -> Bool { lhs.rawValue < rhs.rawValue }
}
