import Foundation
import TavleModel

/// Reads the YAML inside a ```` ```form ID ```` cell:
///
/// ```yaml
/// title: Forberedelse til gruppemøte om kvalitetsarbeid
/// intro: Finn frem siste takstrapport fra Helfo …
/// period: neste_kvartal          # a month parameter: the period the numbers belong to
/// fields:
///   - indicator: takst-1j
///     label: Takst 1j
///     unit: "%"
///     min: 0
///     max: 100
///     stored_as: share             # written in percent, kept as a share from 0 to 1
/// ```
struct FormCellParser {
    static let keys = ["title", "intro", "period", "fields"]
    static let fieldKeys = ["indicator", "label", "unit", "min", "max", "stored_as"]

    let body: CellBody
    let id: String
    let location: SourceLocation
    let parameters: [ParameterSpec]

    func parse() throws(Diagnostic) -> FormCell {
        guard !body.isBlank else {
            throw .error(
                at: location, Phrase("the form '\(id)' has no fields"),
                hint: Phrase(
                    "write its fields inside the cell, for example 'fields:' and then '  - indicator: takst-1j' with 'label: Takst 1j' and 'unit: \"%\"'"
                ))
        }
        let root = try YAMLReader(file: body.file, lineOffset: body.firstLine - 1).root(
            body.lines.joined(separator: "\n"))
        let fields = try root.fields(Phrase("the form '\(id)'"), known: Self.keys)
        var periodParameter: String?
        if let period = fields["period"] {
            let name = try period.value.string(Phrase("the period of the form '\(id)'")).trimmingCharacters(
                in: .whitespaces)
            guard let parameter = parameters.first(where: { $0.name == name }) else {
                throw .error(
                    at: period.value.location,
                    Phrase(
                        "the period of the form '\(id)' names the parameter '\(name)', which the notebook does not have"
                    ),
                    hint: parameters.isEmpty
                        ? Phrase(
                            "add a month parameter under 'params:' in the front matter, for example 'neste_kvartal: { type: month }'"
                        )
                        : Suggestions.hint(for: name, among: parameters.map(\.name), noun: Phrase("parameters")))
            }
            guard parameter.type == .month else {
                throw .error(
                    at: period.value.location,
                    Phrase(
                        "the period of the form '\(id)' must be a month parameter, but '\(name)' is of type \(parameter.type.rawValue)"
                    ),
                    hint: Phrase("give '\(name)' 'type: month', or name another parameter"))
            }
            periodParameter = name
        }
        guard let list = fields["fields"], !list.value.isNull else {
            throw .error(
                at: location, Phrase("the form '\(id)' has no 'fields'"),
                hint: Phrase("list the numbers to write down under 'fields:', one '- indicator: …' each"))
        }
        guard case .sequence(let sequence) = list.value.node else {
            throw .error(
                at: list.value.location,
                Phrase(
                    "the fields of the form '\(id)' should be a list (lines starting with '- '), but it is \(list.value.kindDescription)"
                ),
                hint: Phrase("write each field on its own line starting with '- indicator: …'"))
        }
        var formFields: [FormField] = []
        for node in sequence {
            let field = try self.field(YAMLNode(node: node, reader: list.value.reader))
            if let first = formFields.first(where: { $0.indicator == field.indicator }) {
                throw .error(
                    at: field.location,
                    Phrase(
                        "the form '\(id)' asks for the indicator '\(field.indicator)' twice (first at line \(first.location.line))"
                    ),
                    hint: Phrase("each field is one number per participant; remove one of them"))
            }
            formFields.append(field)
        }
        return FormCell(
            id: id, title: try text(fields["title"]?.value, Phrase("the title of the form '\(id)'")),
            intro: try text(fields["intro"]?.value, Phrase("the intro of the form '\(id)'")),
            periodParameter: periodParameter, fields: formFields, location: location)
    }

    private func field(_ node: YAMLNode) throws(Diagnostic) -> FormField {
        let fields = try node.fields(Phrase("a field of the form '\(id)'"), known: Self.fieldKeys)
        guard let indicatorField = fields["indicator"] else {
            throw .error(
                at: node.location, Phrase("a field of the form '\(id)' has no 'indicator'"),
                hint: Phrase("add 'indicator: <id>': the indicator the number is a measurement of"))
        }
        let indicator = try indicatorField.value.string(Phrase("the indicator of a field")).trimmingCharacters(
            in: .whitespaces)
        guard Identifiers.isSlug(indicator) else {
            throw .error(
                at: indicatorField.value.location,
                Phrase("the indicator '\(indicator)' may only hold letters, digits, '-', '_' and '.'"))
        }
        let minimum = try fields["min"].map { field throws(Diagnostic) in
            try field.value.number(Phrase("the smallest value of '\(indicator)'"))
        }
        let maximum = try fields["max"].map { field throws(Diagnostic) in
            try field.value.number(Phrase("the largest value of '\(indicator)'"))
        }
        if let minimum, let maximum, minimum > maximum {
            throw .error(
                at: fields["max"]!.value.location,
                Phrase("the largest value of '\(indicator)' (\(maximum)) is below its smallest (\(minimum))"),
                hint: Phrase("swap 'min' and 'max'"))
        }
        let unit = try text(fields["unit"]?.value, Phrase("the unit of '\(indicator)'"))
        let storage =
            try fields["stored_as"].map { field throws(Diagnostic) in
                try field.value.oneOf(Phrase("'stored_as' of '\(indicator)'"), FormField.Storage.self)
            } ?? .number
        if storage == .share, unit.map(Units.isPercent) != true {
            throw .error(
                at: fields["stored_as"]!.value.location,
                Phrase(
                    "'\(indicator)' is stored as a share, so the participant writes it in percent, but its unit is \(unit.map(Phrase.quoted) ?? Phrase("not given"))"
                ),
                hint: Phrase("write 'unit: \"%\"'"))
        }
        return FormField(
            indicator: indicator,
            label: try text(fields["label"]?.value, Phrase("the label of '\(indicator)'")) ?? indicator,
            unit: unit, minimum: minimum, maximum: maximum, storage: storage, location: node.location)
    }

    private func text(_ node: YAMLNode?, _ what: Phrase) throws(Diagnostic) -> String? {
        guard let node, !node.isNull else { return nil }
        let text = try node.string(what).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

/// How people write units on a form.
public enum Units {
    static let percentSpellings: Set<String> = ["%", "prosent", "percent", "pst", "pst."]

    public static func isPercent(_ unit: String) -> Bool {
        percentSpellings.contains(unit.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Whether a unit written beside a number means the field's unit: the same word in any
    /// case, and "%" for "prosent".
    public static func same(_ written: String, _ expected: String) -> Bool {
        let a = written.trimmingCharacters(in: .whitespaces).lowercased()
        let b = expected.trimmingCharacters(in: .whitespaces).lowercased()
        return a == b || (isPercent(a) && isPercent(b))
    }
}
