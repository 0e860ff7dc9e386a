import Foundation
import Testing

/// Generated, not hand-picked: every name in the example notebooks and journals that refers to
/// something else, and every kind of data value, is changed one at a time in a copy of the
/// example workspace, and `tavle check` must refuse the copy at the changed file and line.
@Suite(.serialized) struct ExampleMutationTests {
    struct Mutation: CustomStringConvertible {
        /// The file changed, relative to the workspace.
        var file: String
        /// 1-based line of the change.
        var line: Int
        var original: String
        var mutated: String
        /// The notebook `tavle check` is run on.
        var notebook: String
        var description: String { "\(file):\(line): '\(original)' → '\(mutated)'" }
    }

    /// A name one slip away: still near enough for a "did you mean", never the same.
    static func slip(_ name: String) -> String { name + "x" }

    static func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    /// Every reference in the notebooks: option lines naming a column or an indicator, inline
    /// values naming a query's column, SQL parameters, worksheet sets and library prompts.
    static func notebookMutations(in folder: URL) throws -> [Mutation] {
        var mutations: [Mutation] = []
        let notebooks = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
            .sorted()
        let option = try Regex(#"^--\| (x|y|n|indicator): (\S+)$"#)
        let inline = try Regex(#"\{\{ ?([a-z_0-9]+)\.(last|first|min|max|sum|mean|median)\.([^ |}]+)"#)
        let parameter = try Regex(#":(period|kvartal|team)\b"#)
        let worksheet = try Regex(#"^```worksheet (\S+)$"#)
        for notebook in notebooks {
            let text = try String(contentsOf: folder.appendingPathComponent(notebook), encoding: .utf8)
            var inSQL = false
            for (index, line) in lines(text).enumerated() {
                if line.hasPrefix("```sql ") { inSQL = true } else if line.hasPrefix("```") { inSQL = false }
                var replacements: [(String, String)] = []
                if let match = line.wholeMatch(of: option), let name = match.output[2].substring {
                    replacements.append(
                        (line, line.replacingOccurrences(of: ": \(name)", with: ": \(slip(String(name)))")))
                }
                if let match = line.firstMatch(of: inline), let column = match.output[3].substring {
                    let original = String(line[match.range])
                    replacements.append(
                        (original, original.replacingOccurrences(of: ".\(column)", with: ".\(slip(String(column)))")))
                }
                if inSQL, !line.hasPrefix("--|"), let match = line.firstMatch(of: parameter) {
                    let original = String(line[match.range])
                    replacements.append((original, slip(original)))
                }
                if let match = line.wholeMatch(of: worksheet), let set = match.output[1].substring {
                    replacements.append((line, "```worksheet \(slip(String(set)))"))
                }
                for (original, mutated) in replacements {
                    mutations.append(
                        Mutation(
                            file: notebook, line: index + 1, original: original, mutated: mutated, notebook: notebook))
                }
            }
        }
        return mutations
    }

    /// Every goal's indicator in the journals, checked with a notebook that reads them all.
    static func journalMutations(in folder: URL) throws -> [Mutation] {
        var mutations: [Mutation] = []
        let journals = folder.appendingPathComponent("journals")
        for name in try FileManager.default.contentsOfDirectory(atPath: journals.path).sorted()
        where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: journals.appendingPathComponent(name), encoding: .utf8)
            for (index, line) in lines(text).enumerated() where line.hasPrefix("    indicator: ") {
                mutations.append(
                    Mutation(
                        file: "journals/\(name)", line: index + 1, original: line, mutated: line + "x",
                        notebook: "samling-4.md"))
            }
        }
        return mutations
    }

    /// Each kind of data value, broken in rows spread over the measurements.
    static func dataMutations(in folder: URL) throws -> [Mutation] {
        let text = try String(contentsOf: folder.appendingPathComponent("data/measurements.csv"), encoding: .utf8)
        let rows = lines(text)
        var mutations: [Mutation] = []
        // team_id,indicator_id,period,numerator,denominator,value
        for index in [1, rows.count / 3, rows.count / 2, rows.count - 2] {
            let fields = rows[index].components(separatedBy: ",")
            guard fields.count == 6, !fields[3].isEmpty, Double(fields[3])! > 0 else { continue }
            let variants: [[String]] = [
                [
                    fields[0], fields[1], fields[2].replacingOccurrences(of: "-", with: "/"), fields[3], fields[4],
                    fields[5],
                ],  // a malformed month
                [fields[0], fields[1], fields[2], fields[3] + " fall", fields[4], fields[5]],  // a number with text
                [fields[0], fields[1], fields[2], "-" + fields[3], fields[4], fields[5]],  // a negative count
                [fields[0], fields[1], fields[2], fields[3], "0", fields[5]],  // a denominator of 0
                [fields[0], fields[1], fields[2], fields[3], fields[4], fields[5] + "%"],  // a value with a sign
            ]
            for variant in variants {
                mutations.append(
                    Mutation(
                        file: "data/measurements.csv", line: index + 1, original: rows[index],
                        mutated: variant.joined(separator: ","), notebook: "samling-3.md"))
            }
        }
        return mutations
    }

    @Test func everyReferenceAndDataValueChangedFailsCheckAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-mutation-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Tavle.packageRoot.appendingPathComponent("Notebooks"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".tavle-cache"))

        let notebookMutations = try Self.notebookMutations(in: folder)
        let journalMutations = try Self.journalMutations(in: folder)
        let dataMutations = try Self.dataMutations(in: folder)
        // Each kind is there, so that a change of the example cannot empty the test quietly.
        #expect(notebookMutations.filter { $0.original.contains("--| y:") }.count >= 15)
        #expect(notebookMutations.filter { $0.original.contains("--| n:") }.count >= 4)
        #expect(notebookMutations.filter { $0.original.contains("--| x:") }.count >= 1)
        #expect(notebookMutations.filter { $0.original.contains("--| indicator:") }.count >= 10)
        #expect(notebookMutations.filter { $0.original.hasPrefix("{{") }.count >= 5)
        #expect(notebookMutations.filter { $0.original.hasPrefix(":") }.count >= 10)
        #expect(notebookMutations.filter { $0.original.hasPrefix("```worksheet") }.count >= 3)
        #expect(journalMutations.count >= 3)
        #expect(dataMutations.count >= 15)

        var failures: [String] = []
        for mutation in notebookMutations + journalMutations + dataMutations {
            let url = folder.appendingPathComponent(mutation.file)
            let original = try String(contentsOf: url, encoding: .utf8)
            var lines = Self.lines(original)
            lines[mutation.line - 1] = lines[mutation.line - 1].replacingOccurrences(
                of: mutation.original, with: mutation.mutated)
            try Data(lines.joined(separator: "\n").utf8).write(to: url)
            defer { try? Data(original.utf8).write(to: url) }
            let result = try Tavle.run(
                ["check", mutation.notebook], in: folder,
                environment: ProcessInfo.processInfo.environment.merging(["TAVLE_LANGUAGE": "en"]) { $1 })
            let firstError = result.stderr.split(separator: "\n").first { $0.contains(": error: ") } ?? ""
            if result.status != 1 || !firstError.hasPrefix("\(mutation.file):\(mutation.line):") {
                failures.append(
                    "\(mutation): exit \(result.status), \(firstError.isEmpty ? result.stdout + result.stderr : String(firstError))"
                )
            }
        }
        #expect(
            failures.isEmpty,
            "\(failures.count) mutations were not refused at their line:\n\(failures.joined(separator: "\n"))")
    }
}
