import Foundation
import Testing

@testable import TavleAudit

@Suite struct LineDiffTests {
    @Test func aReplacedLineShowsRemovalThenAddition() {
        let hunks = LineDiff.hunks(old: "a\nb\nc\nd\ne\nf\ng", new: "a\nb\nc\nD\ne\nf\ng", context: 1)
        #expect(
            hunks == [
                LineDiff.Hunk(
                    oldStart: 3, newStart: 3,
                    lines: [
                        .init(kind: .same, text: "c"), .init(kind: .removed, text: "d"), .init(kind: .added, text: "D"),
                        .init(kind: .same, text: "e"),
                    ])
            ])
    }

    @Test func distantChangesAreSeparateHunksAndCloseOnesShareOne() {
        let old = (1...20).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "\n2\n", with: "\n2\nnew\n").replacingOccurrences(
            of: "\n18\n", with: "\n")
        let hunks = LineDiff.hunks(old: old, new: new, context: 2)
        #expect(hunks.count == 2)
        #expect(hunks[0].oldStart == 1 && hunks[0].newStart == 1)
        #expect(hunks[0].lines.filter { $0.kind == .added }.map(\.text) == ["new"])
        #expect(hunks[1].lines.filter { $0.kind == .removed }.map(\.text) == ["18"])
        #expect(hunks[1].oldStart == 16 && hunks[1].newStart == 17)
        // One line apart: one hunk.
        #expect(LineDiff.hunks(old: "a\nb\nc", new: "A\nb\nC", context: 1).count == 1)
        #expect(LineDiff.hunks(old: "same", new: "same").isEmpty)
        // From nothing: every line added.
        #expect(
            LineDiff.hunks(old: "", new: "x\ny") == [
                LineDiff.Hunk(
                    oldStart: 1, newStart: 1, lines: [.init(kind: .added, text: "x"), .init(kind: .added, text: "y")])
            ])
    }
}
