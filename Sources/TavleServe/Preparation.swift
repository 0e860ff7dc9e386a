import Foundation
import TavleEdit
import TavleGit
import TavleImport
import TavleModel
import TavleRun

/// A team's preparation form on the web: the numbers a notebook's `form` cell asks for, checked
/// and written into the workspace's data by `tavle import`'s own code, then recorded as a
/// commit by the team.
extension Site {
    struct PreparationForm: Sendable {
        var entry: WorkspaceNotebooks.Entry
        var form: FormCell

        /// The month the numbers belong to unless the team says otherwise: the default of the
        /// notebook's parameter the form names.
        var defaultPeriod: String {
            form.periodParameter.flatMap { name in
                entry.notebook.parameters.first { $0.name == name }?.defaultValue
            } ?? ""
        }
    }

    /// The preparation forms of the network's notebooks.
    func preparationForms() -> [PreparationForm] {
        teamNotebooks().flatMap { entry in
            entry.notebook.blocks.compactMap { block -> PreparationForm? in
                guard case .form(let form) = block else { return nil }
                return PreparationForm(entry: entry, form: form)
            }
        }
    }

    func preparationForm(notebook: String, form: String) -> PreparationForm? {
        preparationForms().first { $0.entry.notebook.id == notebook && $0.form.id == form }
    }

    static func field(_ indicator: String) -> String { "number-" + indicator }

    func submitPreparation(team: Team, prepared: PreparationForm, fields: FormFields, session: Session) async -> Reply {
        let allowed = Set(prepared.form.fields.map { Self.field($0.indicator) }).union(["form_token", "period"])
        let unknown = fields.unknown(allowed: allowed)
        guard unknown.isEmpty else { return unknownFields(unknown, session: session) }
        let period = fields.trimmed("period") ?? ""
        // The form's field of each line of the file import reads: a problem import finds on a
        // line is shown beside that field.
        var fieldOfLine: [Int: String] = [1: "period"]
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-\(prepared.form.id)-\(UUID().uuidString).yaml")
        func again(_ problems: [Diagnostic]) -> Reply {
            var beside: [String: Diagnostic] = [:]
            var above: [Diagnostic] = []
            for problem in problems {
                // Only a line of the record itself (not of tavle.yaml, the data or the notebook).
                if let location = problem.location, location.file.hasSuffix(file.lastPathComponent),
                    let field = fieldOfLine[location.line], beside[field] == nil
                {
                    beside[field] = problem
                } else {
                    above.append(problem)
                }
            }
            return .page(
                422,
                Pages.formPage(
                    self, team: team, title: Phrase(verbatim: prepared.form.title ?? prepared.form.id),
                    form: Pages.preparationForm(
                        self, team: team, prepared: prepared, values: fields, problems: above, beside: beside,
                        session: session),
                    session: session))
        }
        // The filled-in form as `tavle import` reads it: the period, then the team's numbers.
        var lines = [YAMLScalar.verbatim(period).written(key: "period", indent: 0), "teams:"]
        // The team's id as a key, double-quoted as the journal's values are.
        lines.append("  \(YAMLScalar.quoted(team.key)):")
        var given = 0
        for field in prepared.form.fields {
            guard let number = fields.trimmed(Self.field(field.indicator)) else { continue }
            let written = YAMLScalar.text(number).written(key: field.indicator, indent: 4)
            let first = lines.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false).count + 1
            for line in first..<(first + written.split(separator: "\n").count) {
                fieldOfLine[line] = Self.field(field.indicator)
            }
            lines.append(written)
            given += 1
        }
        guard given > 0 else { return again([.error(at: nil, Phrase("Nothing was filled in."))]) }
        let text = lines.joined(separator: "\n") + "\n"
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8)) else {
            return .page(
                500,
                Pages.message(
                    self, title: Phrase("The change was not saved"),
                    text: Phrase("A temporary file could not be written."), session: session))
        }
        let workspace = workspace, author = author(of: session, team: team)
        let outcome: Result<ObjectID?, Diagnostic> = await withCheckedContinuation { continuation in
            writeQueue.async {
                defer { try? FileManager.default.removeItem(at: file) }
                do throws(Diagnostic) {
                    _ = try FormImport(
                        ImportOptions(file: file.path, workspace: workspace.root, notebooks: [prepared.entry.path])
                    ).run()
                    continuation.resume(
                        returning: .success(
                            try FormRecord.commit(
                                text, team: team, form: prepared.form.id, period: period, workspace: workspace,
                                by: author)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        switch outcome {
        case .success(let commit):
            return .redirect("/teams/\(segment(team.key))" + (commit.map { "?saved=\($0.short)" } ?? ""))
        case .failure(let problem):
            return again([problem] + problem.related)
        }
    }
}
