import TavleModel
import TavleRun

/// One table of the research export, with the schema a statistician needs to read it: each
/// field's type, unit and meaning, the key that identifies a row, and the keys that join it to
/// other tables. The same value written as CSV, as a Frictionless Data Package resource and
/// as a codebook section, so the three cannot disagree.
public struct ExportTable: Sendable {
    public enum FieldType: String, Sendable {
        case string, integer, number, boolean, date, datetime
    }

    public struct Field: Sendable {
        public var name: String
        public var type: FieldType
        public var description: String
        /// The unit of a number, when it has one the same for every row (`days`).
        public var unit: String?
        /// Never missing.
        public var required: Bool
        /// The values the field may take, when they are a fixed set.
        public var values: [String]?

        public init(
            _ name: String, _ type: FieldType, _ description: String, unit: String? = nil, required: Bool = false,
            values: [String]? = nil
        ) {
            self.name = name
            self.type = type
            self.description = description
            self.unit = unit
            self.required = required
            self.values = values
        }
    }

    /// One cell. Missing is its own case, written as an empty CSV field and JSON `null`,
    /// never as 0 or an empty text.
    public enum Cell: Sendable, Hashable {
        case missing
        case text(String)
        case integer(Int64)
        case number(Double)
        case boolean(Bool)

        static func text(_ value: String?) -> Cell { value.map { .text($0) } ?? .missing }
        static func integer(_ value: Int?) -> Cell { value.map { .integer(Int64($0)) } ?? .missing }
        static func number(_ value: Double?) -> Cell { value.map { $0.isFinite ? .number($0) : .missing } ?? .missing }

        var isMissing: Bool { self == .missing }
    }

    public struct ForeignKey: Sendable {
        public var fields: [String]
        public var table: String
        public var reference: [String]
    }

    public var name: String
    public var description: String
    public var fields: [Field]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]
    public var rows: [[Cell]]

    init(
        name: String, description: String, fields: [Field], primaryKey: [String], foreignKeys: [ForeignKey] = [],
        rows: [[Cell]] = []
    ) {
        self.name = name
        self.description = description
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.rows = rows
    }

    public var fileName: String { "\(name).csv" }

    // MARK: CSV

    /// RFC 4180 with a header line, LF line ends and UTF-8 without a byte-order mark: a field
    /// is quoted when it holds a comma, a quote or a line break (an answer over several lines
    /// stays one field); numbers are written in full, with a decimal point.
    public func csv() -> String {
        var text = fields.map { Self.csvField($0.name) }.joined(separator: ",") + "\n"
        for row in rows {
            text += row.map { Self.csvField(Self.plain($0)) }.joined(separator: ",") + "\n"
        }
        return text
    }

    /// RFC 4180 quoting, as the report repository's own CSV files are written.
    static func csvField(_ text: String) -> String { ResultCSV.field(text) }

    /// A cell as CSV text: numbers in the shortest spelling that reads back as the same
    /// number, so nothing is rounded away (`0.5238095238095238`).
    static func plain(_ cell: Cell) -> String {
        switch cell {
        case .missing: ""
        case .text(let text): text
        case .integer(let number): String(number)
        case .number(let number): numberText(number)
        case .boolean(let flag): flag ? "true" : "false"
        }
    }

    /// Every digit that reads back as the same double (an exponent for tiny values, `1e-05`,
    /// which CSV readers, JSON and Frictionless all take).
    static func numberText(_ number: Double) -> String { DecimalText.plain(number) }

    // MARK: JSON

    /// The table's rows as JSON objects, fields in schema order, missing as `null`.
    func jsonRows(indent: String) -> String {
        guard !rows.isEmpty else { return "[]" }
        let inner = indent + "  "
        let objects = rows.map { row in
            "{"
                + zip(fields, row).map { field, cell in "\(JSONText.quoted(field.name)): \(Self.json(cell))" }.joined(
                    separator: ", ") + "}"
        }
        return "[\n" + objects.map { inner + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    static func json(_ cell: Cell) -> String {
        switch cell {
        case .missing: "null"
        case .text(let text): JSONText.quoted(text)
        case .integer(let number): String(number)
        case .number(let number): numberText(number)
        case .boolean(let flag): flag ? "true" : "false"
        }
    }

    /// The Table Schema of the table (https://specs.frictionlessdata.io/table-schema/).
    func schemaJSON(indent: String) -> String {
        let inner = indent + "  ", field = inner + "  "
        let fieldLines = fields.map { spec -> String in
            var members = [
                "\"name\": \(JSONText.quoted(spec.name))", "\"type\": \(JSONText.quoted(spec.type.rawValue))",
            ]
            if spec.type == .date { members.append("\"format\": \"%Y-%m-%d\"") }
            members.append("\"description\": \(JSONText.quoted(spec.description))")
            if let unit = spec.unit { members.append("\"unit\": \(JSONText.quoted(unit))") }
            var constraints: [String] = []
            if spec.required || primaryKey.contains(spec.name) { constraints.append("\"required\": true") }
            if let values = spec.values {
                constraints.append("\"enum\": [" + values.map(JSONText.quoted).joined(separator: ", ") + "]")
            }
            if !constraints.isEmpty { members.append("\"constraints\": {" + constraints.joined(separator: ", ") + "}") }
            return field + "{" + members.joined(separator: ", ") + "}"
        }
        var members = [
            "\(inner)\"fields\": [\n" + fieldLines.joined(separator: ",\n") + "\n\(inner)]",
            "\(inner)\"missingValues\": [\"\"]",
            "\(inner)\"primaryKey\": [" + primaryKey.map(JSONText.quoted).joined(separator: ", ") + "]",
        ]
        if !foreignKeys.isEmpty {
            let keys = foreignKeys.map { key in
                "{\"fields\": [" + key.fields.map(JSONText.quoted).joined(separator: ", ")
                    + "], \"reference\": {\"resource\": \(JSONText.quoted(key.table)), \"fields\": ["
                    + key.reference.map(JSONText.quoted).joined(separator: ", ") + "]}}"
            }
            members.append("\(inner)\"foreignKeys\": [" + keys.joined(separator: ", ") + "]")
        }
        return "{\n" + members.joined(separator: ",\n") + "\n\(indent)}"
    }
}
