import Foundation
import Testing

/// The JSON of log, history, trace, diff, verify and cite on the example history, each checked
/// against its JSON Schema in docs/schemas/: one style (snake_case, ISO times with offset,
/// numbers as numbers, lists as arrays), held to by the tests rather than by hope.
@Suite struct JSONSchemaTests {
    static let schemas = Tavle.packageRoot.appendingPathComponent("docs/schemas")

    func output(_ arguments: [String]) throws -> Any {
        let result = try Tavle.run(arguments + ["--output", ResearchExportTests.history.path], in: Tavle.packageRoot)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
    }

    @Test(arguments: [
        ("log.schema.json", ["log", "--format", "json"]),
        ("event.schema.json", ["trace", "--format", "json"]),
        ("event.schema.json", ["history", "goals", "--team", "molde-sykehjem-2", "--format", "json"]),
        ("event.schema.json", ["history", "measurements", "--team", "alesund-sjukeheim-a", "--format", "json"]),
        ("diff.schema.json", ["diff", "HEAD~4", "HEAD~3", "--format", "json"]),
        ("verify.schema.json", ["verify", "--format", "json", "--reports-only"]),
        (
            "verify.schema.json",
            ["verify", "--file", "molde-sykehjem-2/samling-3.html", "--format", "json", "--workspace", "Notebooks"]
        ),
        (
            "cite.schema.json",
            ["cite", "--team", "molde-sykehjem-2", "--notebook", "samling-3", "--gathering", "3", "--format", "json"]
        ),
    ])
    func theOutputFollowsItsSchema(schema: String, arguments: [String]) throws {
        let document = try output(arguments)
        let validator = try SchemaValidator(file: Self.schemas.appendingPathComponent(schema))
        let problems = validator.problems(document)
        #expect(problems.isEmpty, "\(arguments): \(problems.prefix(5))")
        if let array = document as? [Any] { #expect(!array.isEmpty, "\(arguments) gives something to check") }
    }

    /// The validator itself finds what it is for.
    @Test func theValidatorFindsWrongTypesMissingFieldsAndStrayOnes() throws {
        let validator = try SchemaValidator(file: Self.schemas.appendingPathComponent("log.schema.json"))
        let good: [String: Any] = [
            "commit": String(repeating: "a", count: 40), "time": "2021-09-15T09:00:00+02:00", "author": "K",
            "email": "k@x", "subject": "s", "teams": ["t1"],
        ]
        #expect(validator.problems([good]).isEmpty)
        var wrong = good
        wrong["notebook_version"] = "2"
        wrong["teams"] = "t1, t2"
        wrong["notebookVersion"] = 2
        wrong["time"] = "1631689200"
        wrong.removeValue(forKey: "author")
        let found = validator.problems([wrong]).joined(separator: "\n")
        for expected in [
            "notebook_version: not integer", "teams: not array", "notebookVersion: not allowed", "time: not date-time",
            "author: required",
        ] {
            #expect(found.contains(expected), "\(found)")
        }
    }
}

/// The part of JSON Schema (2020-12) tavle's schemas use: type, enum, pattern, format
/// (date-time, date), properties, required, additionalProperties, items and $ref (within the
/// file, or to another schema file beside it).
struct SchemaValidator {
    let root: [String: Any]
    let folder: URL

    init(file: URL) throws {
        root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        folder = file.deletingLastPathComponent()
    }

    func problems(_ value: Any) -> [String] {
        var found: [String] = []
        check(value, against: root, in: root, at: "$", into: &found)
        return found
    }

    private func check(
        _ value: Any, against schema: [String: Any], in document: [String: Any], at path: String,
        into found: inout [String]
    ) {
        if let reference = schema["$ref"] as? String {
            if reference.hasPrefix("#/$defs/"), let defs = document["$defs"] as? [String: Any],
                let target = defs[String(reference.dropFirst(8))] as? [String: Any]
            {
                check(value, against: target, in: document, at: path, into: &found)
            } else if let data = try? Data(contentsOf: folder.appendingPathComponent(reference)),
                let other = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            {
                check(value, against: other, in: other, at: path, into: &found)
            } else {
                found.append("\(path): unresolved $ref \(reference)")
            }
            return
        }
        if let allowed = schema["enum"] as? [Any] {
            if !allowed.contains(where: { "\($0)" == "\(value)" }) { found.append("\(path): \(value) not in enum") }
        }
        if let type = schema["type"] as? String, !Self.has(type, value) {
            found.append("\(path): not \(type)")
            return
        }
        if let text = value as? String {
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): '\(text)' does not match \(pattern)")
            }
            switch schema["format"] as? String {
            case "date-time"?:
                if text.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$"#, options: .regularExpression)
                    == nil
                {
                    found.append("\(path): not date-time")
                }
            case "date"?:
                if text.range(of: #"^\d{4}-\d\d-\d\d$"#, options: .regularExpression) == nil {
                    found.append("\(path): not date")
                }
            default: break
            }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                found.append("\(path).\(name): required")
            }
            for (name, member) in object {
                if let property = properties[name] as? [String: Any] {
                    check(member, against: property, in: document, at: "\(path).\(name)", into: &found)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    check(member, against: additional, in: document, at: "\(path).\(name)", into: &found)
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path).\(name): not allowed")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                check(item, against: items, in: document, at: "\(path)[\(index)]", into: &found)
            }
        }
    }

    static func has(_ type: String, _ value: Any) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "integer":
            guard let number = value as? NSNumber, !isBoolean(value) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber && !isBoolean(value)
        case "null": return value is NSNull
        default: return true
        }
    }

    /// JSONSerialization gives true and false as NSNumber too; their type code tells them apart.
    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        let code = String(cString: number.objCType)
        return code == "c" || code == "B"
    }
}
