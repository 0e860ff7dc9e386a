import Foundation
import TavleArchive
import TavleGit
import TavleModel
import TavleParse
import TavleRun

/// `tavle cite`: what names one report exactly, so that a reader can find it and prove it:
/// the run (commit, time, author), the report file and its blob, the notebook and the data and
/// journal it was made from by their blob ids, and the tool. Read from the report repository
/// alone; `tavle verify --file` proves what it names.
public struct ReportCitation: Sendable, Encodable {
    public var team_id: String
    public var team_name: String?
    public var workspace: String?
    public var notebook: String
    public var notebook_title: String
    public var notebook_version: Int
    public var notebook_blob: String
    public var gathering: Int?
    public var run_id: String
    public var time: String
    public var author: String
    public var report_path: String
    public var report_blob: String?
    public var manifest_blob: String
    public var journal_blob: String?
    /// Each query's result by name: the blob id of the CSV the report was drawn from.
    public var data_blobs: [String: String]
    /// The short id of all the data together, as the report's footer shows it.
    public var data_fingerprint: String
    public var parameters: [String: String]
    public var tool: String
    /// The commit of tavle's source that made the report, when its build recorded one.
    public var tool_build: String?
    public var language: String

    /// What to cite: a report file (as the run that last changed it made it, or as `commit`
    /// made it), or a team's report of a notebook (the last, or the one for a gathering).
    public enum Subject: Sendable {
        case file(String)
        /// Without a notebook, the gathering's: the notebook its runs were made from.
        case report(team: String, notebook: String?, gathering: Int?)
    }

    public static func find(_ subject: Subject, commit revision: String?, outputFolder folder: String)
        throws(Diagnostic) -> ReportCitation
    {
        let repository = try ReportRepository.openForReading(folder)
        let base: String
        switch subject {
        case .file(let file):
            base = ReportVerify.reportBase(ReportVerify.repositoryPath(file, in: folder))
            // A mistyped team folder is named as such, with the nearest teams.
            if base.contains("/") {
                try ReportHistory.requireTeam(String(base.prefix { $0 != "/" }), in: repository, outputFolder: folder)
            }
        case .report(let team, let named, let gathering):
            try ReportHistory.requireTeam(team, in: repository, outputFolder: folder)
            let notebook: String
            if let named {
                notebook = named
            } else {
                // The notebook of the gathering's runs that made this team's report.
                let teamFolder = ReportLayout.teamFolder(team)
                let found = try ReportRepository.reading(folder) { () throws(GitError) -> String? in
                    for commit in try repository.history()
                    where commit.trailers.contains(where: {
                        $0.key == "Gathering" && $0.value == gathering.map(String.init)
                    }) {
                        guard let notebook = commit.trailers.first(where: { $0.key == "Notebook" })?.value else {
                            continue
                        }
                        let base = ReportLayout.reportBase(teamFolder: teamFolder, notebook: notebook)
                        if try repository.entryID(atPath: ReportLayout.manifestPath(base: base), inCommit: commit.id)
                            != nil
                        {
                            return notebook
                        }
                    }
                    return nil
                }
                guard let found else {
                    throw .error(
                        at: nil, Phrase("the report repository has no run for gathering \(gathering ?? 0)"),
                        hint: Phrase(
                            "'tavle log' lists the runs and their gatherings; or name the notebook with --notebook"))
                }
                notebook = found
            }
            try ReportHistory.requireNotebook(notebook, in: repository, outputFolder: folder)
            base = ReportLayout.reportBase(teamFolder: ReportLayout.teamFolder(team), notebook: notebook)
        }
        let gathering: Int? = if case .report(_, _, let number) = subject { number } else { nil }
        let manifestPath = ReportLayout.manifestPath(base: base)
        // The run named by --commit must be one of the history's; the report is cited as the
        // run that made it as it stood then (a later run that left it as it was did not make it).
        var upTo: ObjectID?
        if let revision {
            guard
                let commit = try ReportRepository.reading(
                    folder, { () throws(GitError) in try repository.commit(named: revision) })
            else {
                throw .error(
                    at: nil, Phrase("the report repository has no run '\(revision)'"),
                    hint: Phrase("'tavle log' lists the runs; name one by its commit, such as 4be0c21, or HEAD~1"))
            }
            upTo = commit
        }
        let found = try ReportRepository.reading(folder) { () throws(GitError) in
            try ReportRuns.madeBy(manifestPath: manifestPath, upTo: upTo, gathering: gathering, in: repository)
        }
        guard let found else {
            let what = gathering.map { Phrase(" for gathering \($0)") } ?? Phrase(verbatim: "")
            if case .file = subject {
                // A report file the repository never had: the team folder's reports as hints.
                let team = String(base.prefix { $0 != "/" })
                let known = try ReportRepository.reading(folder) { () throws(GitError) -> [String] in
                    guard let head = try repository.headCommit(),
                        let tree = try repository.entryID(atPath: team, inCommit: head)
                    else { return [] }
                    return try repository.entries(ofTree: tree).filter {
                        $0.name.hasSuffix(ReportLayout.manifestSuffix)
                    }
                    .map { "\(team)/\($0.name.dropLast(ReportLayout.manifestSuffix.count)).html" }
                }
                if !known.isEmpty {
                    throw .error(
                        at: nil, Phrase("the report repository has no report '\(base).html'"),
                        hint: Suggestions.hint(for: base + ".html", among: known.sorted(), noun: Phrase("reports")))
                }
            }
            throw .error(
                at: nil,
                Phrase(
                    "the report repository has no report '\(base).html'\(what)\(revision.map { Phrase(" in the run \(Phrase(verbatim: $0))") } ?? Phrase(verbatim: ""))"
                ),
                hint: Phrase(
                    "'tavle log --team ID' lists the runs of a team; name the report as the repository holds it, such as molde-sykehjem-2/samling-3.html"
                ))
        }
        let (manifestData, reportBlob) = try ReportRepository.reading(folder) { () throws(GitError) in
            (
                try repository.blob(found.manifest),
                try repository.entryID(atPath: base + ".html", inCommit: found.commit.id)
            )
        }
        guard let manifest = RunManifest.decode(manifestData) else {
            throw .error(
                at: nil, Phrase("the manifest of '\(base).html' in the run \(found.commit.id.short) cannot be read"),
                hint: Phrase("'tavle verify' says what is wrong with it"))
        }
        var parameters = manifest.parameters
        if let team = manifest.team?.id { parameters = parameters.filter { $0.value != team } }
        return ReportCitation(
            team_id: manifest.team?.id ?? String(base.prefix { $0 != "/" }), team_name: manifest.team?.name,
            workspace: manifest.workspace,
            notebook: manifest.notebook.id, notebook_title: manifest.notebook.title,
            notebook_version: manifest.notebook.version,
            notebook_blob: manifest.notebook.blob, gathering: manifest.gathering, run_id: found.commit.id.hex,
            time: Timestamp.iso8601(found.commit.time, offsetMinutes: found.commit.timeZoneOffset),
            author: found.commit.author.name,
            report_path: base + ".html", report_blob: reportBlob?.hex, manifest_blob: found.manifest.hex,
            journal_blob: manifest.journal?.blob,
            data_blobs: Dictionary(
                manifest.queries.map { ($0.name, $0.blob) }, uniquingKeysWith: { first, _ in first }),
            data_fingerprint: ReportFingerprint.data(manifest.queries.map { ($0.name, $0.blob) }),
            parameters: parameters,
            tool: manifest.tool, tool_build: found.commit.trailers.first { $0.key == "Tool-Build" }?.value,
            language: manifest.language)
    }

    /// The command that proves the cited report.
    public var verifyCommand: String { "tavle verify --file \(report_path) --commit \(run_id.prefix(7))" }

    /// Queries in the order of their names, as `name=blob`.
    var dataList: String {
        data_blobs.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.prefix(12))" }.joined(separator: ", ")
    }

    public func text(in language: Language) -> String {
        let say = { (phrase: Phrase) in phrase.text(in: language) }
        let team = team_name.map { "\($0) (\(team_id))" } ?? team_id
        var lines = [
            say(
                Phrase(
                    "\(Phrase(verbatim: team)). \(Phrase(verbatim: notebook_title)) (\(Phrase(verbatim: notebook)), version \(notebook_version))"
                ))
                + (gathering.map { say(Phrase(", gathering \($0)")) } ?? "") + "."
        ]
        if let workspace { lines.append(workspace + ".") }
        let toolText = tool + (tool_build.map { " (\($0))" } ?? "")
        lines.append(
            say(
                Phrase(
                    "Made \(Phrase(verbatim: time)) by \(Phrase(verbatim: author)) with \(Phrase(verbatim: toolText)).")
            ))
        let blob = report_blob ?? "–"
        lines.append(
            say(
                Phrase(
                    "Report repository: commit \(Phrase(verbatim: run_id)), \(Phrase(verbatim: report_path)) (blob \(Phrase(verbatim: blob)))."
                )))
        let journal = journal_blob ?? "–"
        lines.append(
            say(Phrase("Notebook blob \(Phrase(verbatim: notebook_blob)); journal blob \(Phrase(verbatim: journal)).")))
        lines.append(say(Phrase("Data \(Phrase(verbatim: data_fingerprint)): \(Phrase(verbatim: dataList)).")))
        if !parameters.isEmpty {
            let written = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            lines.append(say(Phrase("Parameters: \(Phrase(verbatim: written)).")))
        }
        lines.append(say(Phrase("Prove it: \(Phrase(verbatim: verifyCommand))")))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A BibTeX `@misc` entry (biblatex reads `date` and `version` too).
    public var bibtex: String {
        let key = "\(team_id)_\(notebook)_\(run_id.prefix(7))".map {
            $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "_"
        }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let month = Int(time.dropFirst(5).prefix(2)).map { months[$0 - 1] } ?? "jan"
        var fields = [
            ("title", "{\(Self.escaped(notebook_title))}: {\(Self.escaped(team_name ?? team_id))}"),
            ("author", "{\(Self.escaped(author))}"),
        ]
        if let workspace { fields.append(("organization", "{\(Self.escaped(workspace))}")) }
        fields += [
            ("year", String(time.prefix(4))), ("date", String(time.prefix(10))), ("version", String(notebook_version)),
            (
                "howpublished",
                "Report repository commit \(run_id), file \(Self.escaped(report_path))\(report_blob.map { ", blob \($0)" } ?? "")"
            ),
            (
                "note",
                Self.escaped(
                    "Notebook \(notebook) version \(notebook_version) (blob \(notebook_blob)); journal blob \(journal_blob ?? "none"); data \(dataList); made with \(tool)\(tool_build.map { " (build \($0))" } ?? ""); prove with: \(verifyCommand)"
                )
            ),
        ]
        let width = fields.map(\.0.count).max() ?? 0
        var entry = "@misc{\(String(key)),\n"
        for (name, value) in fields {
            let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
            entry += name == "year" || name == "version" ? "  \(padded) = \(value),\n" : "  \(padded) = {\(value)},\n"
        }
        entry += "  \("month".padding(toLength: width, withPad: " ", startingAt: 0)) = \(month),\n}\n"
        return entry
    }

    /// TeX's special characters, so that a title with "&" or "%" still reads.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&", "%", "$", "#", "_", "{", "}": out += "\\\(character)"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\\": out += "\\textbackslash{}"
            default: out.append(character)
            }
        }
        return out
    }

    public var json: String { JSONText.encode(self) }
}
