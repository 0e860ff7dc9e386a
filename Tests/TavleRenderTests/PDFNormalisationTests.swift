import Foundation
import Testing

@testable import TavleRun

/// One browser prints every page of a run, so what Chromium numbers per process must not
/// reach the PDF: the same page prints to the same bytes whatever was printed before it.
@Suite struct PDFNormalisationTests {
    @Test func structureNodeNamesAreRenumberedInOrderWithTheirReferences() {
        let first = Data(
            "<</ID (node00001053)>> <</ID (node00001054) /Headers [(node00001053)]>> (D:20261203112400+01'00')".utf8)
        let later = Data(
            "<</ID (node00002210)>> <</ID (node00002211) /Headers [(node00002210)]>> (D:20261203112459+01'00')".utf8)
        let a = PDFPrinter.renumberingNodes(PDFPrinter.withoutPrintTime(first))
        let b = PDFPrinter.renumberingNodes(PDFPrinter.withoutPrintTime(later))
        #expect(a == b)
        #expect(a.count == first.count, "offsets stay right")
        #expect(
            String(decoding: a, as: UTF8.self)
                == "<</ID (node00000001)>> <</ID (node00000002) /Headers [(node00000001)]>> (D:20000101000000+00'00')")
    }
}
