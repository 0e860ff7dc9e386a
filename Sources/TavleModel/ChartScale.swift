/// How the values a chart plots are to be read, so that a goal's target, its baseline, the axis
/// and every sentence about the chart use one scale.
///
/// A share is kept from 0 to 1 in the data and in a goal written "80 %" (0.8). A chart knows its
/// scale from its options alone, before any query runs:
///
/// - a p chart (without `multiply`), or a funnel of proportions, plots shares;
/// - `--| unit: %` on a run or i chart says the query's values are per cent (0–100, as
///   `100.0 * value AS prosent` gives); they are read as shares, so 78 is drawn as 78 %;
/// - every other chart plots numbers in its own unit (a count, days, falls per 1000 days).
public enum ChartScale: Sendable, Hashable {
    /// Shares from 0 to 1, shown in per cent.
    case share
    /// Per cent from 0 to 100 in the query, read as shares.
    case percent
    /// Numbers in the chart's own unit.
    case number

    /// The scale of a query cell's chart; `nil` for a table.
    public init?(_ options: QueryOptions) {
        switch options.chart {
        case .table: return nil
        case .p where options.multiply == nil: self = .share
        case .funnel where options.measure == .proportion && options.multiply == nil: self = .share
        case .run, .i: self = options.unit.map(ChartScale.isPercentUnit) == true ? .percent : .number
        default: self = .number
        }
    }

    /// Whether the chart's values are shown in per cent.
    public var showsPercent: Bool { self != .number }

    /// What a unit option means by per cent.
    public static func isPercentUnit(_ unit: String) -> Bool {
        ["%", "prosent", "percent", "procent"].contains(unit.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Why a goal's number cannot be placed on a chart of this scale.
    public enum Mismatch: Error, Sendable, Hashable {
        /// Written in per cent ("80 %"), on a chart of numbers.
        case percentOnNumbers
        /// A plain number above 1 on a chart of shares: "80" where "80 %" was meant.
        case numberAboveOneOnShares(Double)
        /// A plain number from 0 to 1 on a chart of per cent: 0.8 could be 0.8 % or 80 %.
        case ambiguousOnPercent(Double)
        /// A plain number outside 0–100 on a chart of per cent.
        case outsidePercent(Double)
    }

    /// A goal's target or baseline as this chart plots it (a share on share and per-cent charts).
    /// - Parameters:
    ///   - value: as the journal keeps it: a share when written in per cent.
    ///   - writtenInPercent: whether the journal wrote it with `%`.
    public func place(_ value: Double, writtenInPercent: Bool) -> Result<Double, Mismatch> {
        switch self {
        case .share:
            if writtenInPercent || (0...1).contains(value) { return .success(value) }
            return .failure(.numberAboveOneOnShares(value))
        case .percent:
            if writtenInPercent || value == 0 { return .success(value) }
            if value > 0 && value <= 1 { return .failure(.ambiguousOnPercent(value)) }
            if value < 0 || value > 100 { return .failure(.outsidePercent(value)) }
            return .success(value / 100)
        case .number:
            if writtenInPercent { return .failure(.percentOnNumbers) }
            return .success(value)
        }
    }
}

/// A period as measurements name it: a calendar month written `YYYY-MM`.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    /// `2024-03`; `nil` for anything else (`2024/03`, `2024-3`, `2024-13`, `mars 2024`).
    public init?(_ text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 7, utf8[4] == UInt8(ascii: "-"),
            utf8.enumerated().allSatisfy({
                $0.offset == 4 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element)
            })
        else { return nil }
        let digits = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(utf8[$1] - UInt8(ascii: "0")) } }
        year = digits(0..<4)
        month = digits(5..<7)
        guard (1...12).contains(month), year >= 1 else { return nil }
    }

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Months counted from year 0: January 2021 is 2021 × 12.
    public var index: Int { year * 12 + month - 1 }

    public var description: String {
        String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year) + (month < 10 ? "-0" : "-")
            + String(month)
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.index < rhs.index }
}
