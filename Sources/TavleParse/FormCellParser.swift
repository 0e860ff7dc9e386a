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
                at: location, Phrase("the form '\(id)' has no fields", nb: "skjemaet «\(id)» har ingen felt"),
                hint: Phrase("write its fields inside the cell, for example 'fields:' and then '  - indicator: takst-1j' with 'label: Takst 1j' and 'unit: \"%\"'", nb: "skriv feltene inne i cellen, for eksempel «fields:» og så «  - indicator: takst-1j» med «label: Takst 1j» og «unit: \"%\"»"))
        }
        let root = try YAMLReader(file: body.file, lineOffset: body.firstLine - 1).root(body.lines.joined(separator: "\n"))
        let fields = try root.fields(Phrase("the form '\(id)'", nb: "skjemaet «\(id)»"), known: Self.keys)
        var periodParameter: String?
        if let period = fields["period"] {
            let name = try period.value.string(Phrase("the period of the form '\(id)'", nb: "perioden til skjemaet «\(id)»")).trimmingCharacters(in: .whitespaces)
            guard let parameter = parameters.first(where: { $0.name == name }) else {
                throw .error(
                    at: period.value.location, Phrase("the period of the form '\(id)' names the parameter '\(name)', which the notebook does not have", nb: "perioden til skjemaet «\(id)» viser til parameteren «\(name)», som notatboken ikke har"),
                    hint: parameters.isEmpty
                        ? Phrase("add a month parameter under 'params:' in the front matter, for example 'neste_kvartal: { type: month }'", nb: "legg til en månedsparameter under «params:» i front matter, for eksempel «neste_kvartal: { type: month }»")
                        : Suggestions.hint(for: name, among: parameters.map(\.name), noun: Phrase("parameters", nb: "parametere")))
            }
            guard parameter.type == .month else {
                throw .error(
                    at: period.value.location, Phrase("the period of the form '\(id)' must be a month parameter, but '\(name)' is of type \(parameter.type.rawValue)", nb: "perioden til skjemaet «\(id)» må være en månedsparameter, men «\(name)» har typen \(parameter.type.rawValue)"),
                    hint: Phrase("give '\(name)' 'type: month', or name another parameter", nb: "gi «\(name)» «type: month», eller vis til en annen parameter"))
            }
            periodParameter = name
        }
        guard let list = fields["fields"], !list.value.isNull else {
            throw .error(at: location, Phrase("the form '\(id)' has no 'fields'", nb: "skjemaet «\(id)» har ingen «fields»"), hint: Phrase("list the numbers to write down under 'fields:', one '- indicator: …' each", nb: "list tallene som skal noteres under «fields:», én «- indicator: …» for hvert"))
        }
        guard case .sequence(let sequence) = list.value.node else {
            throw .error(
                at: list.value.location, Phrase("the fields of the form '\(id)' should be a list (lines starting with '- '), but it is \(list.value.kindDescription)", nb: "feltene i skjemaet «\(id)» skal være en liste (linjer som begynner med «- »), men er \(list.value.kindDescription.nb)"),
                hint: Phrase("write each field on its own line starting with '- indicator: …'", nb: "skriv hvert felt på en egen linje som begynner med «- indicator: …»"))
        }
        var formFields: [FormField] = []
        for node in sequence {
            let field = try self.field(YAMLNode(node: node, reader: list.value.reader))
            if let first = formFields.first(where: { $0.indicator == field.indicator }) {
                throw .error(
                    at: field.location, Phrase("the form '\(id)' asks for the indicator '\(field.indicator)' twice (first at line \(first.location.line))", nb: "skjemaet «\(id)» spør etter indikatoren «\(field.indicator)» to ganger (første gang på linje \(first.location.line))"),
                    hint: Phrase("each field is one number per participant; remove one of them", nb: "hvert felt er ett tall per deltaker; fjern ett av dem"))
            }
            formFields.append(field)
        }
        return FormCell(
            id: id, title: try text(fields["title"]?.value, Phrase("the title of the form '\(id)'", nb: "tittelen på skjemaet «\(id)»")),
            intro: try text(fields["intro"]?.value, Phrase("the intro of the form '\(id)'", nb: "innledningen til skjemaet «\(id)»")),
            periodParameter: periodParameter, fields: formFields, location: location)
    }

    private func field(_ node: YAMLNode) throws(Diagnostic) -> FormField {
        let fields = try node.fields(Phrase("a field of the form '\(id)'", nb: "et felt i skjemaet «\(id)»"), known: Self.fieldKeys)
        guard let indicatorField = fields["indicator"] else {
            throw .error(at: node.location, Phrase("a field of the form '\(id)' has no 'indicator'", nb: "et felt i skjemaet «\(id)» har ingen «indicator»"), hint: Phrase("add 'indicator: <id>': the indicator the number is a measurement of", nb: "legg til «indicator: <id>»: indikatoren tallet er en måling av"))
        }
        let indicator = try indicatorField.value.string(Phrase("the indicator of a field", nb: "indikatoren til et felt")).trimmingCharacters(in: .whitespaces)
        guard Identifiers.isSlug(indicator) else {
            throw .error(at: indicatorField.value.location, Phrase("the indicator '\(indicator)' may only hold letters, digits, '-', '_' and '.'", nb: "indikatoren «\(indicator)» kan bare inneholde bokstaver, sifre, «-», «_» og «.»"))
        }
        let minimum = try fields["min"].map { field throws(Diagnostic) in try field.value.number(Phrase("the smallest value of '\(indicator)'", nb: "den minste verdien for «\(indicator)»")) }
        let maximum = try fields["max"].map { field throws(Diagnostic) in try field.value.number(Phrase("the largest value of '\(indicator)'", nb: "den største verdien for «\(indicator)»")) }
        if let minimum, let maximum, minimum > maximum {
            throw .error(at: fields["max"]!.value.location, Phrase("the largest value of '\(indicator)' (\(maximum)) is below its smallest (\(minimum))", nb: "den største verdien for «\(indicator)» (\(maximum)) er under den minste (\(minimum))"), hint: Phrase("swap 'min' and 'max'", nb: "bytt om «min» og «max»"))
        }
        let unit = try text(fields["unit"]?.value, Phrase("the unit of '\(indicator)'", nb: "enheten til «\(indicator)»"))
        let storage = try fields["stored_as"].map { field throws(Diagnostic) in try field.value.oneOf(Phrase("'stored_as' of '\(indicator)'", nb: "«stored_as» for «\(indicator)»"), FormField.Storage.self) } ?? .number
        if storage == .share, unit.map(Units.isPercent) != true {
            throw .error(
                at: fields["stored_as"]!.value.location, Phrase("'\(indicator)' is stored as a share, so the participant writes it in percent, but its unit is \(unit.map { "'\($0)'" } ?? "not given")", nb: "«\(indicator)» lagres som andel, så deltakeren skriver den i prosent, men enheten er \(unit.map { "«\($0)»" } ?? "ikke oppgitt")"),
                hint: Phrase("write 'unit: \"%\"'", nb: "skriv «unit: \"%\"»"))
        }
        return FormField(
            indicator: indicator, label: try text(fields["label"]?.value, Phrase("the label of '\(indicator)'", nb: "etiketten til «\(indicator)»")) ?? indicator,
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
