import TavleModel
import TavleParse

/// A notebook's query as PostgreSQL takes it: `:name` parameters become `$1`, `$2`, … in the
/// order they first appear, and a position the server reports can be traced back to the
/// notebook's text.
struct PostgresSQL {
    /// The SQL with numbered parameters.
    var text: String
    /// The parameter names, `$1` first.
    var names: [String]
    /// Where each replacement stands: its offset in `text`, and how many characters longer
    /// the notebook's spelling was.
    private var shifts: [(offset: Int, delta: Int)]

    init(_ sql: String) {
        let scan = SQLScan(sql)
        var names: [String] = []
        var text = ""
        var shifts: [(offset: Int, delta: Int)] = []
        var characters = Array(sql)[...]
        var consumed = 0
        for parameter in scan.parameters {
            let before = characters.prefix(parameter.offset - consumed)
            text += String(before)
            let index: Int
            if let known = names.firstIndex(of: parameter.name) {
                index = known + 1
            } else {
                names.append(parameter.name)
                index = names.count
            }
            let replacement = "$\(index)"
            let original = parameter.name.count + 1
            shifts.append((text.count, original - replacement.count))
            text += replacement
            characters = characters.dropFirst(before.count + original)
            consumed = parameter.offset + original
        }
        text += String(characters)
        self.text = text
        self.names = names
        self.shifts = shifts
    }

    /// The notebook's offset (0-based characters) of a 1-based position in `text`.
    func originalOffset(ofPosition position: Int) -> Int {
        let offset = position - 1
        return offset + shifts.filter { $0.offset < offset }.reduce(0) { $0 + $1.delta }
    }
}
