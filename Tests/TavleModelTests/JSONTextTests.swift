import Foundation
import Testing

@testable import TavleModel

/// JSONText writes what Foundation's JSONEncoder writes (pretty, sorted keys, slashes as they
/// are), so that ledgers and manifests committed before keep their bytes: compared here on
/// thousands of generated values and on the edge cases.
@Suite struct JSONTextTests {
    struct Point: Codable, Hashable {
        var period: String
        var value: Double?
        var y: Double?
        var n: Double?
    }

    struct Record: Codable {
        var id: String
        var title: String
        var count: Int
        var big: Int64
        var flag: Bool
        var note: String?
        var points: [Point]
        var optionals: [Double?]
        var map: [String: String]
        var nested: [String: [Point]]
        var empty: [String]
        var emptyMap: [String: Int]
    }

    /// A small, seeded generator: the same cases on every machine.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

        mutating func double() -> Double {
            switch int(0...7) {
            case 0: return Double(int(-1000...1000))
            case 1: return Double(int(0...100_000)) / 1000
            case 2: return Double(bitPattern: next() | 0x3FF0_0000_0000_0000 & 0x7FEF_FFFF_FFFF_FFFF)
            case 3:
                return [
                    0.1, 0.30000000000000004, 1e-05, 2.5e-07, 5e20, 1e15, 1e16, 9_007_199_254_740_992,
                    9_007_199_254_740_993, -0.0, 0, 123456789.123,
                ][int(0...11)]
            case 4: return Double(int(1...9)) * pow(10, Double(int(-20...22)))
            case 5: return Double(int(0...1000)) / 7
            case 6: return -Double(next() % 1_000_000_007) / Double(int(1...1000))
            default: return Double(int(0...1)) / 3
            }
        }

        mutating func string() -> String {
            let pool: [Unicode.Scalar] = [
                "a", "Z", "0", " ", "/", "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "\u{7F}",
                "\u{80}", "é", "ø", "Å",
                "\u{2028}", "\u{202E}", "😀", "-", "_", ".", "<", "&", "%",
            ]
            var text = ""
            for _ in 0..<int(0...12) { text.unicodeScalars.append(pool[int(0...(pool.count - 1))]) }
            return text
        }

        mutating func point() -> Point {
            Point(
                period: string(), value: int(0...3) == 0 ? nil : double(), y: int(0...1) == 0 ? nil : double(),
                n: int(0...2) == 0 ? nil : double())
        }

        mutating func record() -> Record {
            var map: [String: String] = [:]
            for _ in 0..<int(0...5) { map[string()] = string() }
            var nested: [String: [Point]] = [:]
            for _ in 0..<int(0...3) { nested["t\(int(0...30))"] = (0..<int(0...3)).map { _ in point() } }
            return Record(
                id: string(), title: string(), count: int(-5...5_000_000), big: Int64(bitPattern: next()),
                flag: int(0...1) == 1,
                note: int(0...1) == 0 ? nil : string(), points: (0..<int(0...6)).map { _ in point() },
                optionals: (0..<int(0...4)).map { _ in int(0...2) == 0 ? nil : double() }, map: map, nested: nested,
                empty: [], emptyMap: [:])
        }
    }

    @Test func generatedValuesGiveJSONEncodersBytes() {
        var generator = Generator(state: 20_261_203)
        for index in 0..<2000 {
            let record = generator.record()
            let ours = JSONText.encode(record), foundations = JSONText.foundationEncode(record)
            #expect(ours == foundations, "case \(index)")
            if ours != foundations { break }
        }
    }

    @Test func edgeCasesGiveJSONEncodersBytes() {
        let doubles: [Double] = [
            0, -0.0, 1, -1, 0.1, 1e-05, 1e15, 1e16, 9_007_199_254_740_991, 9_007_199_254_740_992, 5e20, 1e21, 1e300,
            5e-324, .greatestFiniteMagnitude,
        ]
        #expect(JSONText.encode(doubles) == JSONText.foundationEncode(doubles))
        #expect(JSONText.encode([String]()) == JSONText.foundationEncode([String]()))
        #expect(JSONText.encode([String: [Int]]()) == JSONText.foundationEncode([String: [Int]]()))
        #expect(JSONText.encode(["k": [String: Int]()]) == JSONText.foundationEncode(["k": [String: Int]()]))
        #expect(JSONText.encode([Int8(-3), 4]) == JSONText.foundationEncode([Int8(-3), 4]))
        #expect(JSONText.encode("plain") == JSONText.foundationEncode("plain"))
        // What the small encoder leaves to Foundation still comes out the same.
        #expect(
            JSONText.encode(["when": Date(timeIntervalSince1970: 0)])
                == JSONText.foundationEncode(["when": Date(timeIntervalSince1970: 0)]))
    }
}
