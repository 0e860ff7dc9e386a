import TavleModel
import Testing

@testable import TavleRender

@Suite struct FormatTests {
    let nb = Format(language: .nb)
    let en = Format(language: .en)

    @Test func numbersUseTheLanguagesMarks() {
        #expect(nb.number(3.14159, decimals: 1) == "3,1")
        #expect(en.number(3.14159, decimals: 1) == "3.1")
        #expect(nb.number(2.5, decimals: 0) == "3", "halves round away from zero")
        #expect(nb.number(0.004, decimals: 2) == "0,00")
        #expect(nb.number(-0.004, decimals: 2) == "0,00", "no negative zero")
        #expect(nb.number(-12.25, decimals: 1) == "−12,3")
    }

    @Test func thousandsAreGroupedFromFiveDigits() {
        #expect(nb.number(2022, decimals: 0) == "2022")
        #expect(nb.number(12345.6, decimals: 1) == "12\u{00A0}345,6")
        #expect(en.number(1234567, decimals: 0) == "1,234,567")
    }

    @Test func percentages() {
        #expect(nb.percent(0.234, decimals: 0) == "23\u{00A0}%")
        #expect(en.percent(0.2345, decimals: 1) == "23.5%")
    }

    @Test func months() {
        #expect(nb.month("2022-03") == "mars 2022")
        #expect(en.month("2022-12") == "December 2022")
        #expect(nb.shortMonth("2021-10") == "okt 21")
        #expect(nb.month("Q3") == "Q3", "text that is not a month is left alone")
        #expect(nb.date("2022-03-05") == "5. mars 2022")
        #expect(en.date("2022-03-05") == "5 March 2022")
    }

    @Test func tableCellsKeepCountsWhole() {
        #expect(nb.cell(.integer(750), decimals: 1) == "750")
        #expect(nb.cell(.real(6.666), decimals: 1) == "6,7")
        #expect(nb.cell(.real(6.666), decimals: nil) == "6,67")
        #expect(nb.cell(.null, decimals: 1) == "")
    }
}

@Suite struct EscapeTests {
    @Test func htmlEscapesEverySpecialCharacter() {
        #expect(
            Escape.html("<script>alert('x') & \"y\"</script>")
                == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    }

    @Test func markdownEscapesOnlyWhatStartsSyntax() {
        #expect(Escape.markdown("Sykehjemmet, 2. etasje") == "Sykehjemmet, 2. etasje")
        #expect(Escape.markdown("*Lia* <b>") == "\\*Lia\\* \\<b\\>")
        #expect(Escape.markdown("# not a heading") == "\\# not a heading")
        #expect(Escape.markdown("1. not a list") == "1\\. not a list")
        #expect(Escape.markdown("a|b") == "a\\|b")
        #expect(Escape.markdown("2022-03") == "2022-03")
        #expect(Escape.markdown("4.0") == "4.0")
        #expect(Escape.markdown("-5") == "-5")
        #expect(Escape.markdown("- item") == "\\- item")
        #expect(Escape.markdown("12)") == "12\\)")
        #expect(Escape.markdown("#") == "\\#")
        #expect(Escape.markdown("3.\nrad") == "3\\. rad", "a line break counts as the space after a list number")
        #expect(Escape.markdown("a\nb\r\nc") == "a b  c", "a value never ends a table row")
        #expect(Escape.markdown("Ålesund *sør*") == "Ålesund \\*sør\\*", "letters beyond ASCII are kept as they are")
    }

    @Test func htmlKeepsTextWithoutSpecialCharactersAsItIs() {
        #expect(Escape.html("Fjordtunet, Ålesund 12,5 %") == "Fjordtunet, Ålesund 12,5 %")
        #expect(Escape.html("Sør & Nord <i>") == "Sør &amp; Nord &lt;i&gt;")
    }

    @Test func rawHTMLInMarkdownIsNotPassedThrough() {
        let html = CommonMark.html(
            from: "Hello <script>alert(1)</script> **world**\n\n<div onclick=\"x()\">block</div>\n")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("<strong>world</strong>"))
    }

    @Test func escapedValuesSurviveCommonMarkAsText() {
        let html = CommonMark.html(from: "Team: \(Escape.markdown("<b>Lia</b> & *co*"))\n")
        #expect(html == "<p>Team: &lt;b&gt;Lia&lt;/b&gt; &amp; *co*</p>\n")
    }

    @Test func gfmTablesRender() {
        let html = CommonMark.html(from: "| a | b |\n| --- | ---: |\n| 1 | 2 |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<td align=\"right\">2</td>"))
    }
}
