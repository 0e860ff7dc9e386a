import Foundation
import TavleModel
import TavleWorkspace

/// The notebooks beside a workspace's `tavle.yaml`, read as a run reads them (the prompt
/// library's wording filled in), for the pages that list them: the facilitator's preview and
/// handouts, and a team's answers to the next gathering's prompts.
public enum WorkspaceNotebooks {
    public struct Entry: Sendable {
        /// The file, absolute.
        public var path: String
        public var notebook: Notebook
    }

    /// Every notebook that reads, by gathering (those without one last), then id; and why
    /// each of the others does not read.
    public static func list(_ workspace: Workspace) -> (notebooks: [Entry], problems: [Diagnostic]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: workspace.root)) ?? []).filter {
            $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0 != "README.md"
        }
        var notebooks: [Entry] = [], problems: [Diagnostic] = []
        for name in names.sorted() {
            let path = Files.resolve(name, against: workspace.root)
            do throws(Diagnostic) {
                let loaded = try ReportRun(RunOptions(notebookPath: path)).load()
                notebooks.append(Entry(path: path, notebook: loaded.notebook))
            } catch {
                problems.append(error)
            }
        }
        notebooks.sort {
            ($0.notebook.gathering ?? Int.max, $0.notebook.id) < ($1.notebook.gathering ?? Int.max, $1.notebook.id)
        }
        return (notebooks, problems)
    }

    /// The prompts a notebook asks, in order, with their questions.
    public static func prompts(of notebook: Notebook) -> [PromptCell] {
        notebook.blocks.flatMap { block -> [PromptCell] in
            switch block {
            case .prompt(let prompt): [prompt]
            case .worksheet(let worksheet): worksheet.prompts
            default: []
            }
        }
    }
}
