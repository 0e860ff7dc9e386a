import Foundation
import TavleModel
import TavleRun

extension Pages {
    /// Reloads the preview's frame when the workspace's inputs change: it asks the server,
    /// which answers once they have (or after 10 s, and it asks again). Without it the page
    /// works all the same, reloaded by hand.
    static let reloadScript = """
        (function () {
          var frame = document.getElementById("preview");
          if (!frame || !window.fetch) return;
          var stamp = frame.getAttribute("data-stamp");
          var changes = frame.getAttribute("data-changes");
          var source = frame.getAttribute("data-src");
          var said = document.getElementById("reloaded");
          function wait() {
            fetch(changes + "?since=" + encodeURIComponent(stamp), { credentials: "same-origin", cache: "no-store" })
              .then(function (reply) { if (!reply.ok) throw new Error(String(reply.status)); return reply.text(); })
              .then(function (now) {
                if (now !== stamp) {
                  stamp = now;
                  frame.src = source + "?at=" + Date.now();
                  if (said) said.textContent = new Date().toLocaleTimeString();
                }
                wait();
              })
              .catch(function () { setTimeout(wait, 2000); });
          }
          wait();
        })();
        """

    /// The goal form's check as the team types: the form's fields go to `…/check` a moment
    /// after the last key, and each line of the answer is shown as text in the check box.
    static let checkScript = """
        (function () {
          var form = document.getElementById("goal-form");
          var box = document.getElementById("goal-check");
          if (!form || !box || !window.fetch || !window.URLSearchParams) return;
          var timer = null;
          function check() {
            var body = new URLSearchParams(new FormData(form));
            fetch(form.getAttribute("action") + "/check", {
              method: "POST", credentials: "same-origin", body: body,
              headers: { "Content-Type": "application/x-www-form-urlencoded" }
            })
              .then(function (reply) { return reply.ok ? reply.text() : ""; })
              .then(function (text) {
                var list = document.createElement("ul");
                text.split("\\n").filter(function (line) { return line.length > 0; }).forEach(function (line) {
                  var item = document.createElement("li");
                  item.textContent = line;
                  list.appendChild(item);
                });
                box.replaceChildren(list);
              })
              .catch(function () {});
          }
          form.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(check, 400);
          });
        })();
        """

    static func answersForm(
        _ site: Site, team: Team, gathering: Notebook, values: AnswerFormValues, version: String,
        problem: FormProblem?, session: Session
    ) -> Node {
        let prompts = WorkspaceNotebooks.prompts(of: gathering)
        return Node.el("form", attr("method", "post"), attr("action", "/teams/\(segment(team.key))/journal/answers")) {
            tokenField(session)
            // The gathering the questions were shown for: if the next gathering has moved on
            // since, the answers are not filed under another one.
            Node.void(
                "input", attr("type", "hidden"), attr("name", "gathering"),
                attr("value", String(gathering.gathering ?? 0)))
            Node.void("input", attr("type", "hidden"), attr("name", "version"), attr("value", version))
            formProblem(site, problem)
            Node.el("p", attr("class", "hint")) {
                site.t(
                    Phrase(
                        "Answer what you can. Empty a box to take its answer out; the journal's history keeps it."))
            }
            if prompts.isEmpty {
                Node.el("p") { site.t(Phrase("This gathering's notebook asks no questions.")) }
            }
            for prompt in prompts {
                let name = AnswerFormValues.field(prompt.id)
                Node.el("div") {
                    Node.el("label", attr("for", name)) { prompt.question }
                    if let help = prompt.help {
                        Node.el("p", attr("class", "hint"), attr("id", name + "-hint")) { help }
                    }
                    Node.el(
                        "textarea",
                        attributes: [
                            attr("id", name), attr("name", name),
                            prompt.help == nil ? nil : attr("aria-describedby", name + "-hint"),
                        ]
                    ) { values.answers[prompt.id] ?? "" }
                }
            }
            Node.el("button", attr("type", "submit")) { site.t(Phrase("Save the answers")) }
        }
    }

    /// - Parameter beside: problems of one field (by its name), shown beside it; `problems`
    ///   stand above the form.
    static func preparationForm(
        _ site: Site, team: Team, prepared: Site.PreparationForm, values: FormFields, problems: [Diagnostic],
        beside: [String: Diagnostic] = [:], session: Session
    ) -> Node {
        let form = prepared.form
        let action =
            "/teams/\(segment(team.key))/journal/preparation/\(segment(prepared.entry.notebook.id))/\(segment(form.id))"
        return Node.el("form", attr("method", "post"), attr("action", action)) {
            tokenField(session)
            if !problems.isEmpty || !beside.isEmpty {
                Node.el("div", attr("class", "problem"), attr("role", "alert")) {
                    Node.el("p") { site.t(Phrase("The numbers were not saved:")) }
                    Node.el("ul") {
                        for problem in problems {
                            Node.el("li") {
                                site.t(problem.phrase)
                                if let hint = problem.hintPhrase { " (" + site.t(hint) + ")" }
                            }
                        }
                        if let first = prepared.form.fields.map({ Site.field($0.indicator) }).first(where: {
                            beside[$0] != nil
                        }) ?? (beside["period"] != nil ? "period" : nil) {
                            Node.el("li") {
                                Node.el("a", attr("href", "#\(first)")) {
                                    site.t(Phrase("see the fields marked below"))
                                }
                            }
                        }
                    }
                }
            }
            if let intro = form.intro { Node.el("p", attr("class", "hint")) { intro } }
            Node.el("div") {
                Node.el("label", attr("for", "period")) { site.t(Phrase("The month the numbers are for")) }
                if let problem = beside["period"] {
                    Node.el("p", attr("class", "problem"), attr("id", "period-problem")) { site.t(problem.phrase) }
                }
                Node.void(
                    "input",
                    attributes: [
                        attr("type", "month"), attr("id", "period"), attr("name", "period"),
                        attr("value", values["period"] ?? ""), flag("required"),
                        beside["period"] == nil ? nil : attr("aria-invalid", "true"),
                        beside["period"] == nil ? nil : attr("aria-describedby", "period-problem"),
                    ])
            }
            for field in form.fields {
                let name = Site.field(field.indicator)
                let range = [field.minimum, field.maximum].compactMap { $0 }.map { GoalFormValues.number($0) }
                let problem = beside[name]
                Node.el("div") {
                    Node.el("label", attr("for", name)) { field.label + (field.unit.map { " (\($0))" } ?? "") }
                    if let problem {
                        Node.el("p", attr("class", "problem"), attr("id", name + "-problem")) {
                            site.t(problem.phrase)
                            if let hint = problem.hintPhrase { " (" + site.t(hint) + ")" }
                        }
                    }
                    if range.count == 2 {
                        Node.el("p", attr("class", "hint"), attr("id", name + "-hint")) {
                            site.t(Phrase("Between \(range[0]) and \(range[1]); leave it empty if you have no number."))
                        }
                    }
                    Node.void(
                        "input",
                        attributes: [
                            attr("type", "text"), attr("inputmode", "decimal"), attr("id", name), attr("name", name),
                            attr("value", values[name] ?? ""),
                            problem == nil ? nil : attr("aria-invalid", "true"),
                            problem != nil
                                ? attr(
                                    "aria-describedby",
                                    name + "-problem" + (range.count == 2 ? " " + name + "-hint" : ""))
                                : range.count == 2 ? attr("aria-describedby", name + "-hint") : nil,
                        ])
                }
            }
            Node.el("button", attr("type", "submit")) { site.t(Phrase("Send the numbers")) }
        }
    }

    static func previewChooser(_ site: Site, notebooks: [WorkspaceNotebooks.Entry], session: Session) -> String {
        layout(site, title: Phrase("Preview a report"), session: session) {
            Node.el("p") {
                site.t(
                    Phrase(
                        "A report as a run would make it now, from the notebook, data and journal as they are. It is made again each time one of them is saved."
                    ))
            }
            for entry in notebooks {
                Node.el("h2") { entry.notebook.title }
                Node.el("ul") {
                    for team in site.teams {
                        Node.el("li") {
                            Node.el(
                                "a",
                                attr("href", "/facilitator/preview/\(segment(entry.notebook.id))/\(segment(team.key))")
                            ) {
                                team.name
                            }
                        }
                    }
                }
            }
        }
    }

    static func previewPage(
        _ site: Site, notebook: Notebook, team: Team, warnings: [Diagnostic], stamp: String, session: Session
    ) -> String {
        let base = "/facilitator/preview/\(segment(notebook.id))/\(segment(team.key))"
        return layout(site, title: Phrase("Preview: \(notebook.title), \(team.name)"), session: session) {
            Node.el("p") {
                Node.el("a", attr("href", "/facilitator/preview")) { site.t(Phrase("Other previews")) }
                " · "
                site.t(Phrase("Made again when the workspace changes; last:")) + " "
                Node.el("span", attr("id", "reloaded"), attr("aria-live", "polite")) { site.t(Phrase("now")) }
            }
            if !warnings.isEmpty {
                Node.el("ul", attr("class", "banner")) {
                    for warning in warnings { Node.el("li") { warning.text(in: site.language) } }
                }
            }
            Node.el(
                "iframe", attr("id", "preview"), attr("title", site.t(Phrase("The report"))),
                attr("src", base + "/report.html"), attr("data-src", base + "/report.html"),
                attr("data-changes", base + "/changes"), attr("data-stamp", stamp), attr("class", "preview")
            ) {}
            Node.el("script", attr("src", "/reload.js")) {}
        }
    }

    static func handouts(_ site: Site, notebooks: [WorkspaceNotebooks.Entry], session: Session) -> String {
        layout(site, title: Phrase("Handouts"), session: session) {
            Node.el("p") {
                site.t(
                    Phrase(
                        "Makes a gathering's handouts as 'tavle handout --all-teams --pdf' does: a report for every team, your overview and an index, printed to PDF, in one commit."
                    ))
            }
            Node.el("table") {
                for entry in notebooks {
                    let job = site.handoutJobs.job(entry.notebook.id)
                    Node.el("tr") {
                        Node.el("td") { entry.notebook.title }
                        Node.el("td") {
                            Node.el(
                                "form", attr("method", "post"),
                                attr("action", "/facilitator/handouts/\(segment(entry.notebook.id))")
                            ) {
                                tokenField(session)
                                Node.el("button", attr("type", "submit")) { site.t(Phrase("Make the handouts")) }
                            }
                        }
                        Node.el("td") {
                            if job != nil {
                                Node.el("a", attr("href", "/facilitator/handouts/\(segment(entry.notebook.id))")) {
                                    site.t(Phrase("The last ones made here"))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func handoutJob(_ site: Site, job: HandoutJobs.Job, session: Session) -> String {
        let finished = job.finished
        // Without a script, the page asks again every second until the handouts are made.
        return layout(site, title: Phrase("Handouts: \(job.title)"), session: session, refresh: finished ? nil : 1) {
            if !finished {
                Node.el("p", attr("role", "status")) {
                    if job.total == 0 {
                        site.t(Phrase("Starting: reading the notebook, the data and the journals."))
                    } else if job.done < job.total {
                        site.t(
                            Phrase(
                                "Making the handouts: \(job.done) of \(job.total) reports made (\(job.team)). This page shows how far it has come."
                            ))
                    } else {
                        site.t(Phrase("All \(job.total) reports are made; printing them to PDF."))
                    }
                }
                Node.el("progress", attr("max", String(max(job.total, 1))), attr("value", String(job.done))) {}
            } else if let problem = job.problem {
                Node.el("p", attr("class", "problem"), attr("role", "alert")) { problem.text(in: site.language) }
            } else if let summary = job.summary {
                Node.el("p", attr("class", "saved"), attr("role", "status")) {
                    site.t(
                        Phrase(
                            "Done: \(summary.run.reports.count) reports, \(summary.printed) printed to PDF, commit \(summary.run.commit ?? "–")."
                        ))
                }
                if let why = summary.printingUnavailable { Node.el("p", attr("class", "banner")) { site.t(why) } }
                Node.el("ul") {
                    Node.el("li") {
                        Node.el("a", attr("href", "/facilitator/files/\(summary.index)")) {
                            site.t(Phrase("The index"))
                        }
                    }
                    Node.el("li") {
                        Node.el("a", attr("href", "/facilitator/files/\(summary.overview)")) {
                            site.t(Phrase("Your overview"))
                        }
                    }
                    for report in summary.run.reports {
                        Node.el("li") {
                            (report.team?.name ?? report.relativePath) + ": "
                            Node.el("a", attr("href", "/facilitator/files/\(report.relativePath).html")) { "HTML" }
                            if summary.printed > 0 {
                                " · "
                                Node.el("a", attr("href", "/facilitator/files/\(report.relativePath).pdf")) { "PDF" }
                            }
                        }
                    }
                }
            }
        }
    }
}
