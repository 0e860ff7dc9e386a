import TavleModel

/// RFC 4180 CSV: comma-separated, `"` quotes fields, `""` is a quote inside one, quoted fields
/// may span lines. Each record remembers the line it starts on, for messages.
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        public var fields: [String]
        public var line: Int
        /// The column each field starts at, for messages that point at one value.
        public var columns: [Int]
    }

    public var header: [String]
    public var records: [Record]
    /// The separator and decimal mark the file was read with.
    public var dialect: CSVDialect

    /// - Parameter separator: `,`, or `;` as spreadsheets write CSV where the decimal mark is a comma.
    public init(parsing text: String, file: String, separator: Character = ",") throws(Diagnostic) {
        var records: [Record] = []
        var fields: [String] = []
        var columns: [Int] = []
        var column = 1
        var fieldColumn = 1
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldWasQuoted = false
        var iterator = text.makeIterator()
        var pending: Character? = nil

        func endRecord() {
            fields.append(field)
            columns.append(fieldColumn)
            // A line with nothing on it is not a record.
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(Record(fields: fields, line: recordLine, columns: columns))
            }
            fields = []
            columns = []
            field = ""
            fieldWasQuoted = false
        }

        while let character = pending ?? iterator.next() {
            pending = nil
            column += 1
            if inQuotes {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\""); column += 1 } else { inQuotes = false; pending = next }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1; column = 1 }
                    field.append(character == "\r\n" ? "\n" : character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case separator:
                fields.append(field)
                columns.append(fieldColumn)
                fieldColumn = column
                field = ""
                fieldWasQuoted = false
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
                column = 1
                fieldColumn = 1
            default:
                field.append(character)
            }
        }
        if inQuotes {
            throw .error(
                at: SourceLocation(file: file, line: quoteLine, column: 1),
                Phrase("a quoted field that starts on this line is never closed"), hint: Phrase("add the closing '\"'"))
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }

        guard let first = records.first else {
            throw .error(
                at: SourceLocation(file: file, line: 1, column: 1), Phrase("the CSV file is empty"),
                hint: Phrase("the first line should name the columns"))
        }
        dialect = CSVDialect(separator: separator)
        header = first.fields.map { $0.trimmingSpaces() }
        self.records = Array(records.dropFirst())
        for record in self.records where record.fields.count != header.count {
            throw .error(
                at: SourceLocation(file: file, line: record.line, column: 1),
                Phrase.count(
                    record.fields.count,
                    one: Phrase("this row has 1 field, but the header names \(header.count) columns"),
                    other: Phrase(
                        "this row has \(record.fields.count) fields, but the header names \(header.count) columns")),
                hint: separator == ","
                    ? Phrase("check for a missing or extra comma; quote values that contain commas")
                    : Phrase(
                        "the header separates its columns with '\(separator == "\t" ? Phrase("a tab") : Phrase(verbatim: String(separator)))'; check for a missing or extra one on this line"
                    ))
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
