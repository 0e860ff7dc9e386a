import Foundation
import TavleModel
import Testing

@testable import TavleRender

/// Control charts in reports: SVG snapshots in Golden/, and the words under each chart.
@Suite struct ControlChartRenderTests {
    /// Screening (a proportion) for 14 months with October 2021 missing, a jump in the last
    /// months and a month whose denominator is 0.
    static let screening: QueryResult = {
        let rows: [(String, Int, Int)] = [
            ("2021-01", 10, 40), ("2021-02", 12, 40), ("2021-03", 9, 38), ("2021-04", 11, 41), ("2021-05", 10, 40),
            ("2021-06", 12, 42), ("2021-07", 8, 36), ("2021-08", 11, 40), ("2021-09", 10, 39), ("2021-11", 13, 40),
            ("2021-12", 0, 0), ("2022-01", 30, 40), ("2022-02", 31, 40),
        ]
        return QueryResult(
            columns: ["periode", "screenet", "beboere"],
            rows: rows.map { [.text($0.0), .integer(Int64($0.1)), .integer(Int64($0.2))] })
    }()

    func section(_ chart: QueryOptions.Chart, language: Language = .nb, result: QueryResult = screening) -> String {
        let options = QueryOptions(
            chart: chart, title: "Andel screenet", yColumn: "screenet", denominatorColumn: "beboere", decimals: 0)
        return HTMLReport.query(
            analysed(QueryView(name: "screening", options: options, result: result)),
            format: Format(language: language), strings: Strings(language: language))
    }

    @Test func pChartSnapshot() throws {
        try GoldenReportTests().compare(section(.p), with: "p-chart.html")
    }

    @Test func pChartShowsSignalsByShapeAndSaysWhatTheyAre() throws {
        let html = section(.p)
        // p̄ = 167/476 = 0.3508 (December's 0/0 counts for nothing); at n = 40 the upper limit
        // is 0.3508 + 3·√(0.3508·0.6492/40) = 0.5772: January and February 2022 (0.75, 0.775) are above it.
        #expect(html.components(separatedBy: "<rect class=\"signal\"").count - 1 == 2)
        #expect(html.contains("<path class=\"limit upper\""))
        #expect(html.contains("2 målinger ligger utenfor kontrollgrensene (januar 2022, februar 2022)"))
        #expect(
            html.contains(
                "Mulige tekniske årsaker: ingen måling for oktober 2021; 1 periode der nevneren er 0 eller mangler (ikke tegnet)."
            ))
        #expect(html.contains(">Snitt 35\u{A0}%<"))
        #expect(html.contains(">Øvre grense 58\u{A0}%<"))
        #expect(!html.contains("NaN") && !html.contains("inf"))
    }

    @Test func englishWords() {
        let html = section(.p, language: .en)
        #expect(
            html.contains(
                "2 measurements lie outside the control limits (January 2022, February 2022): a sign of special-cause variation worth looking into."
            ))
        #expect(
            html.contains(
                "Possible technical causes: no measurement for October 2021; 1 period where the denominator is 0 or missing (not drawn)."
            ))
    }

    @Test func aMissingMonthLeavesAGapOnTheAxis() {
        let svg = section(.p)
        // January 2021 to February 2022 spans 13 months over 460 px (x from 56): September 2021
        // is month 8 (x = 339.1) and November month 10 (x = 409.8); the line breaks between them.
        #expect(svg.contains("<circle cx=\"339.1\""))
        #expect(svg.contains("<circle cx=\"409.8\""))
        let lines = svg.components(separatedBy: "<polyline").dropFirst()
        // January–September 2021 and January–February 2022; November stands alone (December has no denominator).
        #expect(lines.count == 2)
        #expect(!lines.contains { $0.contains("339.1,") && $0.contains("409.8,") })
    }

    @Test func quarterlyPeriodsAreNotMissingMonths() {
        // Quarters named by their first month; 2021-07 is missing, the months between quarters are not.
        let quarters = ["2020-01", "2020-04", "2020-07", "2020-10", "2021-01", "2021-04", "2021-10", "2022-01"]
        let rows: [[Value]] = quarters.enumerated().map { [.text($1), .integer(Int64(20 + $0 % 3))] }
        let options = QueryOptions(chart: .run, title: "Varighet", yColumn: "dager")
        let html = HTMLReport.query(
            analysed(
                QueryView(
                    name: "varighet", options: options, result: QueryResult(columns: ["kvartal", "dager"], rows: rows))),
            format: Format(language: .nb), strings: Strings(language: .nb))
        #expect(html.contains("Mulige tekniske årsaker: ingen måling for juli 2021."), "\(html)")
    }

    @Test func aStableRunChartSaysSoWithoutJudging() {
        // Median (5 + 7) / 2 = 6, no point on it: 12 useful points alternating around it.
        let rows: [[Value]] = (1...12).map { month in
            [
                .text("2022-\(month < 10 ? "0" : "")\(month)"),
                .integer([5, 7, 4, 8, 3, 7, 5, 8, 4, 7, 5, 8][month - 1]),
            ]
        }
        let options = QueryOptions(chart: .run, title: "Fall", yColumn: "fall")
        let html = HTMLReport.query(
            analysed(
                QueryView(name: "fall", options: options, result: QueryResult(columns: ["måned", "fall"], rows: rows))),
            format: Format(language: .nb), strings: Strings(language: .nb))
        #expect(
            html.contains(
                "Ingen tegn til ikke-tilfeldig variasjon: målingene varierer rundt medianen slik naturlig (tilfeldig) variasjon gjør."
            ))
        #expect(!html.contains("rect class=\"signal\""))
        #expect(!html.contains("Mulige tekniske årsaker"))
    }

    @Test func aShiftIsNamed() {
        let values = [3, 4, 3, 4, 3, 4, 9, 10, 9, 10, 9, 10, 9, 10]
        let rows: [[Value]] = values.enumerated().map { index, value in
            [.text("P\(index + 1)"), .integer(Int64(value))]
        }
        let options = QueryOptions(chart: .i, title: "Ventetid", yColumn: "dager")
        let html = HTMLReport.query(
            analysed(
                QueryView(
                    name: "ventetid", options: options, result: QueryResult(columns: ["periode", "dager"], rows: rows))),
            format: Format(language: .en), strings: Strings(language: .en))
        // Mean 97/14 = 6.93; six below, then eight above: a run of 8 (limit round(log2 14) + 3 = 7), 1 crossing (minimum 4).
        #expect(
            html.contains(
                "8 measurements in a row lie on the same side of the centre line (more than 7 is unusual): a sign of a shift, that is, non-random variation."
            ))
        #expect(
            html.contains(
                "The line crosses the centre line only 1 time (fewer than 4 is unusual): a sign of non-random variation."
            ))
        #expect(html.contains("class=\"centre mean signal\""))
    }

    func funnel(ownCount: Int64, language: Language = .nb) -> String {
        let rows: [[Value]] = [
            [.text("Lia"), .integer(ownCount), .integer(40)],
            [.text("Team A"), .integer(10), .integer(40)],
            [.text("Team B"), .integer(20), .integer(60)],
            [.text("Team C"), .text("<5"), .integer(30)],
            [.text("Team D"), .integer(30), .integer(100)],
        ]
        let view = analysed(
            QueryView(
                name: "screening", options: QueryOptions(chart: .funnel, title: "Screening i nettverket", decimals: 0),
                result: QueryResult(columns: ["team", "screenet", "beboere"], rows: rows), highlight: "Lia"))
        return HTMLReport.query(view, format: Format(language: language), strings: Strings(language: language))
    }

    @Test func funnelSnapshot() throws {
        try GoldenReportTests().compare(funnel(ownCount: 2), with: "funnel.html")
    }

    @Test func funnelSaysWhereTheOwnTeamLies() {
        // Own 2/40 = 5 %; all drawn teams: 62/240 = 25.83 %. At n = 40, σ = √(0.258333 · 0.741667 / 40)
        // = 0.069209: the lower 95 % limit is 12.27 %, the lower 99.8 % limit 4.45 %, so 5 % lies between.
        let low = funnel(ownCount: 2)
        #expect(low.contains("Lia (5\u{A0}%) ligger under snittet, mellom 95 %- og 99,8 %-grensen"))
        #expect(low.contains("1 team er ikke vist"))
        #expect(
            low.components(separatedBy: "<circle class=\"other\"").count - 1 == 3, "Team C's small count is not drawn")
        // Own 12/40 = 30 % against 72/240 = 30 %: inside.
        #expect(funnel(ownCount: 12, language: .en).contains("Lia (30%) lies within the 95 % limits"))
        // Own 0/40 = 0 %, below 99.8 %: 60/240 = 25 %, lower 99.8 % limit 25 % − 3.090232 · 6.847 % = 3.84 %.
        #expect(
            funnel(ownCount: 0, language: .en).contains(
                "lies below the 99.8 % limit: probably more than chance. Look first for technical causes"))
    }

    @Test func aRateChartCanBeShownPer1000AndFromABaseline() {
        // Falls per day of care: 6/750, 4/700, 3/720, 9/750. ū = 22/2920 per day = 7.534 per 1000.
        let rows: [[Value]] = [("2021-01", 6, 750), ("2021-02", 4, 700), ("2021-03", 3, 720), ("2021-04", 9, 750)].map {
            [.text($0.0), .integer(Int64($0.1)), .integer(Int64($0.2))]
        }
        var options = QueryOptions(chart: .u, title: "Fall", yColumn: "fall", denominatorColumn: "døgn", decimals: 1)
        options.multiply = 1000
        let result = QueryResult(columns: ["måned", "fall", "døgn"], rows: rows)
        let series = chartSeries(result, options)!
        #expect(abs(series.statistics.points[0].centre! - 7.534247) < 1e-5)
        #expect(abs(series.values[0]! - 8) < 1e-12)
        // At n = 750: σ = √(0.0075342/750) = 0.0031695 per day; upper 7.534 + 9.508 = 17.043 per 1000.
        #expect(abs(series.statistics.points[0].upper! - 17.0428) < 1e-3)
        let html = HTMLReport.query(
            analysed(QueryView(name: "fall", options: options, result: result)), format: Format(language: .nb),
            strings: Strings(language: .nb))
        #expect(html.contains(">Snitt 7,5<"))

        // A baseline of the first two months: ū = 10/1450 per day = 6.897 per 1000, for every point.
        options.freeze = 2
        let frozen = chartSeries(result, options)!
        #expect(frozen.statistics.points.allSatisfy { abs($0.centre! - 6.896552) < 1e-5 })
        #expect(frozen.statistics.points.map(\.baseline) == [true, true, false, false])
    }

    @Test func aRateFunnelIsShownPer1000() {
        // Falls per day of care: own 9/750; others 6/750, 4/700, 12/1500. All: 31/3700 per day
        // = 8.378 per 1000. At n = 750, σ = √(0.0083784/750) = 0.0033423 per day; the 95 %
        // limits are 8.378 ± 6.551 per 1000 = 1.83 to 14.93, so the own 12.0 lies within them.
        let rows: [[Value]] = [("Lia", 9, 750), ("Team A", 6, 750), ("Team B", 4, 700), ("Team C", 12, 1500)].map {
            [.text($0.0), .integer(Int64($0.1)), .integer(Int64($0.2))]
        }
        var options = QueryOptions(chart: .funnel, title: "Fall per 1000 døgn", decimals: 1)
        options.measure = .rate
        options.multiply = 1000
        let view = analysed(
            QueryView(
                name: "fall", options: options, result: QueryResult(columns: ["team", "fall", "døgn"], rows: rows),
                highlight: "Lia"))
        let html = HTMLReport.query(view, format: Format(language: .nb), strings: Strings(language: .nb))
        #expect(html.contains("Lia (12,0) ligger innenfor 95 %-grensene"), "\(html)")
        #expect(html.contains(">Alle 8,4<"))
        #expect(html.contains("<title>Lia: 12,0 (n = 750)</title>"))
        let markdown = MarkdownReport.query(view, format: Format(language: .nb), strings: Strings(language: .nb))
        #expect(markdown.contains("_Alle: 8,4_"))
    }

    @Test func aProportionOnAnotherScaleIsNotAPercentage() {
        // 45/60 screened with multiply 100: 75 per 100, not "7500 %".
        let rows: [[Value]] = [
            [.text("2022-01"), .integer(45), .integer(60)], [.text("2022-02"), .integer(30), .integer(60)],
        ]
        var options = QueryOptions(
            chart: .p, title: "Screenet", yColumn: "screenet", denominatorColumn: "brukere", decimals: 0)
        options.multiply = 100
        let series = chartSeries(QueryResult(columns: ["måned", "screenet", "brukere"], rows: rows), options)!
        #expect(!series.inPercent)
        #expect(series.values == [75, 50])
        options.multiply = nil
        #expect(chartSeries(QueryResult(columns: ["måned", "screenet", "brukere"], rows: rows), options)!.inPercent)
    }
}
