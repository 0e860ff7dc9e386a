/// Every table of the export with every field's type, unit and meaning: the one definition
/// the CSV header, `datapackage.json` and the codebook are written from.
public enum ExportSchema {
    typealias Field = ExportTable.Field
    typealias Key = ExportTable.ForeignKey

    static let order = [
        "runs", "reports", "teams", "measurements", "changes", "indicators", "definition_changes", "goals",
        "goal_revisions", "pdsa_cycles", "decisions", "prompts", "answers",
    ]

    static let runID = Field(
        "run_id", .string,
        "The run's commit in the report repository (40 hexadecimal digits): `git show RUN_ID` shows it.", required: true
    )
    static let teamID = Field(
        "team_id", .string,
        "The team's id, as `tavle run --team` takes it and as its folder in the report repository is named.",
        required: true)
    static let notebook = Field("notebook", .string, "The notebook's id (its front matter's `id`).", required: true)
    static let time = "An ISO 8601 time with the committer's offset from UTC, such as 2021-09-15T09:00:00+02:00."

    static let runs = ExportTable(
        name: "runs",
        description:
            "One row per run of a notebook: a commit in the report repository made by `tavle run` or `tavle handout`.",
        fields: [
            runID,
            Field("time", .datetime, "When the run was committed. \(time)", required: true),
            Field("author", .string, "Who ran it (the commit's author).", required: true),
            notebook,
            Field("notebook_version", .integer, "The notebook's `version` as run."),
            Field("notebook_title", .string, "The notebook's title as run."),
            Field(
                "notebook_blob", .string,
                "The git blob id of the notebook text as run (`notebooks/<id>.md` in the run's commit)."),
            Field(
                "gathering", .integer,
                "The learning network's gathering the run was for; missing for a notebook that is not for a gathering."),
            Field(
                "phase", .integer,
                "The phase of the five-phase model the notebook is about (1–5); missing when it names none."),
            Field(
                "kind", .string,
                "`handout` for `tavle handout` (printed handouts with the facilitator's overview), else `run`.",
                required: true, values: ["run", "handout"]),
            Field(
                "data_cutoff", .string,
                "The last month of data the reports were asked for: the run's `period` parameter (YYYY-MM); missing when the notebook names it otherwise (see `parameters`) or has none."
            ),
            Field(
                "last_period_shown", .string,
                "The latest period any chart of the run's reports showed (YYYY-MM): the data's real cut-off, whatever the parameter is called."
            ),
            Field(
                "parameters", .string,
                "Every parameter of the run but the team, as a JSON object of texts, such as {\"period\": \"2021-08\"}."
            ),
            Field("tool", .string, "The tavle version that made the reports, such as `tavle 0.3.0`."),
            Field(
                "tool_build", .string,
                "The commit of tavle's source the program was built from (the commit's Tool-Build trailer), when its build recorded one."
            ),
            Field("language", .string, "The language of the reports: nb, sv, da or en."),
            Field(
                "reports", .integer,
                "How many teams' reports the run made or changed (after --team). A team whose report came out the same as before is not counted: its earlier report stands, and is in `reports` with the run that made it.",
                required: true),
            Field(
                "previous_run", .string,
                "The run before this one in the repository (the commit's Previous-Run trailer); missing for the first."),
        ],
        primaryKey: ["run_id"])

    static let reports = ExportTable(
        name: "reports",
        description:
            "One row per team's report in a run: what a team received at that run, with the ids that prove it (see `tavle verify`). A run lists the teams whose reports it made or changed; a report that came out the same as before is the earlier run's.",
        fields: [
            runID, teamID, notebook,
            Field(
                "report_path", .string,
                "The report's HTML file in the report repository, such as `molde-sykehjem-2/samling-3.html`."),
            Field(
                "report_blob", .string,
                "The git blob id of that HTML as committed in the run: `git cat-file -p REPORT_BLOB` gives it back byte for byte."
            ),
            Field(
                "manifest_blob", .string,
                "The git blob id of the report's manifest (what it was made from: notebook, parameters, queries, data hashes)."
            ),
            Field(
                "has_journal", .boolean,
                "Whether the team had a journal (`journals/<team>.yaml`) when the report was made. Without one, no goals, PDSA cycles, decisions or answers can be in it: missing rows there are not zeros.",
                required: true),
            Field("journal_file", .string, "The journal's path in the workspace; missing without a journal."),
            Field(
                "journal_blob", .string, "The git blob id of the journal as the run read it; missing without a journal."
            ),
            Field("queries", .integer, "How many queries the report ran."),
            Field(
                "data_blobs", .string,
                "Each query's result as `query=blob` pairs separated by spaces, in the order the notebook ran them: the git blob ids of the CSV files the report was drawn from."
            ),
        ],
        primaryKey: ["run_id", "team_id"],
        foreignKeys: [
            Key(fields: ["run_id"], table: "runs", reference: ["run_id"]),
            Key(fields: ["team_id"], table: "teams", reference: ["team_id"]),
        ])

    static let teams = ExportTable(
        name: "teams",
        description: "One row per team with a report in the export.",
        fields: [
            teamID,
            Field("name", .string, "The team's name as its latest report in the export gave it."),
            Field("municipality", .string, "The team's municipality, when the workspace's teams query gives one."),
            Field("reports", .integer, "How many of its reports are in the export.", required: true),
            Field("first_run", .string, "The first run in the export with a report for the team.", required: true),
            Field("last_run", .string, "The last run in the export with a report for the team.", required: true),
            Field(
                "has_journal", .boolean, "Whether the team had a journal at its last report in the export.",
                required: true),
        ],
        primaryKey: ["team_id"])

    static let measurements = ExportTable(
        name: "measurements",
        description:
            "A panel: one row per point of every run or control chart of every report, as that report showed it. The same team, series and period appears once per run that showed it, so what each gathering's report showed can be compared directly (and `changes` lists where they differ). A period the data had no row for is absent (a gap in the chart); a row without a value has an empty `value`.",
        fields: [
            runID, teamID, notebook,
            Field(
                "series", .string,
                "The indicator the chart shows (its `--| indicator:`), else the query's name: what `changes` and `tavle history` follow a series by.",
                required: true),
            Field("indicator", .string, "The chart's indicator; missing when the chart names none."),
            Field("query", .string, "The name of the notebook's query the chart was drawn from.", required: true),
            Field(
                "chart", .string,
                "The kind of chart: run (run chart) or a control chart (i, p, u, c). Funnel plots compare teams, anonymised, and are not part of a team's series.",
                required: true),
            Field(
                "period", .string,
                "The point's period, as the data wrote it (YYYY-MM for months; the first month of a quarter for quarterly data).",
                required: true),
            Field(
                "granularity", .string,
                "How often the series was measured, from the spacing of its periods: month, quarter (every third month from January, April, July or October) or year; missing for one point or periods that are not months.",
                values: ["month", "quarter", "year"]),
            Field(
                "value", .number,
                "The value the chart plotted, at full precision: a share from 0 to 1 when `unit` is %, else in the chart's own unit (see `title`), such as falls per 1000 days. Missing when the period had no value."
            ),
            Field(
                "numerator", .number,
                "The count behind the value (events, y) on charts that have one; missing otherwise."),
            Field(
                "denominator", .number,
                "The denominator behind the value (cases or exposure, n) on charts that have one; missing otherwise."),
            Field(
                "unit", .string,
                "`%` when `value` is a share the report showed in per cent; missing for a value in the chart's own unit.",
                values: ["%"]),
            Field(
                "scale", .number,
                "What `value` was multiplied by to be shown: 100 for a share shown in per cent, else 1.", required: true
            ),
            Field(
                "shown_value", .number,
                "`value` × `scale`: the number the reader saw, before rounding to the chart's decimals."),
            Field("title", .string, "The chart's title in the report, which names its unit."),
        ],
        primaryKey: ["run_id", "team_id", "query", "period"],
        foreignKeys: [Key(fields: ["run_id", "team_id"], table: "reports", reference: ["run_id", "team_id"])])

    static let changes = ExportTable(
        name: "changes",
        description:
            "Drift and corrections: one row for each value a report showed differently from the report before it for the same team, series and period. Values are compared as shown (`shown_value`) at the precision of the less precisely recorded of the two, so a value recorded as 6.667 and later computed as 6.666666666666667 is not a change, nor is a share shown as 52.38 % and later as 52.380952 %.",
        fields: [
            teamID,
            Field("series", .string, "As in `measurements`.", required: true),
            Field("period", .string, "As in `measurements`.", required: true),
            runID,
            Field("notebook", .string, "The notebook of the run that showed the new value.", required: true),
            Field(
                "previous_run_id", .string, "The run that showed the value before (it may be outside --since).",
                required: true),
            Field("previous_notebook", .string, "The notebook of that run.", required: true),
            Field(
                "previous_shown_value", .number,
                "The value shown before; missing when that report showed the period without a value."),
            Field(
                "shown_value", .number,
                "The value shown now; missing when this report shows the period without a value."),
            Field(
                "change", .string,
                "changed: both had a value and they differ; now missing: a value is no longer shown; now present: a value is shown where there was none.",
                required: true, values: ["changed", "now missing", "now present"]),
            Field("compared_decimals", .integer, "For `changed`: the decimals both values were compared at."),
        ],
        primaryKey: ["team_id", "series", "period", "run_id"],
        foreignKeys: [Key(fields: ["run_id", "team_id"], table: "reports", reference: ["run_id", "team_id"])])

    static let indicators = ExportTable(
        name: "indicators",
        description:
            "One row per indicator a team's journal describes, as last described in the export: what `measurements.indicator` counts.",
        fields: [
            teamID,
            Field(
                "indicator_id", .string,
                "The indicator's id, as `measurements.indicator` and `goals.indicator` name it.", required: true),
            Field("name", .string, "Its name in the reports."),
            Field("kind", .string, "result, process or balancing.", values: ["result", "process", "balancing"]),
            Field("definition", .string, "How it is counted, as written."),
            Field("caveats", .string, "What to bear in mind reading it, as written."),
            Field(
                "definition_changes", .integer,
                "How many changes of its definition the journal records (see `definition_changes`).", required: true),
            Field("first_recorded_run", .string, "The first run whose report had it.", required: true),
            Field("last_changed_run", .string, "The last run in which its description changed.", required: true),
        ],
        primaryKey: ["team_id", "indicator_id"],
        foreignKeys: [Key(fields: ["team_id"], table: "teams", reference: ["team_id"])])

    static let definitionChanges = ExportTable(
        name: "definition_changes",
        description:
            "One row per change in how an indicator is counted, as the team's journal records it: a series that jumps at that date may have changed its meaning, not its level.",
        fields: [
            teamID,
            Field("indicator_id", .string, "As in `indicators`.", required: true),
            Field("date", .date, "The first day counted the new way.", required: true),
            Field("change", .string, "What changed, as written.", required: true),
            Field("first_recorded_run", .string, "The first run whose report had the change.", required: true),
            Field("first_recorded_time", .datetime, "When that run was committed. \(time)", required: true),
        ],
        primaryKey: ["team_id", "indicator_id", "date", "change"],
        foreignKeys: [
            Key(fields: ["team_id", "indicator_id"], table: "indicators", reference: ["team_id", "indicator_id"])
        ])

    static let goals = ExportTable(
        name: "goals",
        description: "A panel of the teams' goals: one row per goal in the team's journal at each of its reports.",
        fields: [
            runID, teamID,
            Field(
                "goal_id", .string, "The goal's id in the journal, which stays the same when the goal is revised.",
                required: true),
            Field("statement", .string, "The goal as the team wrote it.", required: true),
            Field("what", .string, "SMART: what is to improve."),
            Field("for_whom", .string, "SMART: for whom."),
            Field("how_much", .string, "SMART: how much, in words."),
            Field(
                "indicator", .string, "The indicator the goal is followed with (its id in `measurements.indicator`)."),
            Field(
                "baseline", .number,
                "Where the team started: a share from 0 to 1 when `unit` is %, else the number as the team wrote it (in the unit the indicator's chart shows, per cent on a chart in per cent)."
            ),
            Field("target", .number, "The target, in the same form as `baseline`."),
            Field(
                "unit", .string,
                "`%` when the team wrote the target or baseline with a per cent sign (\"80 %\"), so both are stored as shares; missing otherwise.",
                values: ["%"]),
            Field(
                "scale", .number,
                "What `target` and `baseline` are multiplied by to read as the team wrote them, which is also how `measurements.shown_value` reads: 100 for a share, else 1.",
                required: true),
            Field("direction", .string, "down: lower is better; up: higher is better.", values: ["down", "up"]),
            Field("due", .date, "The date the target is to be reached by."),
            Field("revisions", .integer, "How many revisions (with a reason) the goal had by then.", required: true),
        ],
        primaryKey: ["run_id", "team_id", "goal_id"],
        foreignKeys: [Key(fields: ["run_id", "team_id"], table: "reports", reference: ["run_id", "team_id"])])

    static let goalRevisions = ExportTable(
        name: "goal_revisions",
        description:
            "One row per revision of a goal (a changed target or due date, with the team's reason) and per goal set aside, with the target before and after and what the indicator measured at the revision's date.",
        fields: [
            teamID,
            Field("goal_id", .string, "As in `goals`.", required: true),
            Field(
                "kind", .string, "revision: the goal was changed; retirement: the team set it aside.", required: true,
                values: ["revision", "retirement"]),
            Field("date", .date, "The date the team gave for the revision or retirement.", required: true),
            Field("sequence", .integer, "The revision's number for the goal: 1 for its first.", required: true),
            Field("reason", .string, "The team's reason, as written.", required: true),
            Field("recorded_run", .string, "The first run that recorded it.", required: true),
            Field("recorded_time", .datetime, "When that run was committed. \(time)", required: true),
            Field(
                "target_before", .number,
                "The target in the team's report before that run; missing when there was none."),
            Field("target_after", .number, "The target after the revision; missing for a retirement."),
            Field("due_before", .date, "The due date before."),
            Field("due_after", .date, "The due date after; missing for a retirement."),
            Field(
                "unit", .string,
                "`%` when the team wrote the goal's target in per cent, so `target_before` and `target_after` are shares (0.7 for 70 %); missing when they are numbers as the team wrote them (which on a chart in per cent are per cent: 50 for 50 %).",
                values: ["%"]),
            Field(
                "scale", .number,
                "What `target_before` and `target_after` are multiplied by to read as the team wrote them, and as `measured_shown_value` reads: 100 for shares, else 1.",
                required: true),
            Field("indicator", .string, "The goal's indicator."),
            Field(
                "measured_period", .string,
                "The period of the indicator's value at the revision: the last period with a value in or before the revision date's month."
            ),
            Field(
                "measured_value", .number,
                "That value, as the recording run's report showed it (else the team's latest report before it that showed the indicator), in `measurements.value`'s scale."
            ),
            Field(
                "measured_shown_value", .number,
                "The same as the reader saw it (`measurements.shown_value`: per cent for a share). Compare it with `target_before` × `goals.scale` and `target_after` × `goals.scale`, which are the targets as the team wrote them."
            ),
            Field("measured_run", .string, "The run whose report gave `measured_value`."),
        ],
        primaryKey: ["team_id", "goal_id", "kind", "date", "sequence"],
        foreignKeys: [Key(fields: ["team_id"], table: "teams", reference: ["team_id"])])

    static let cycles = ExportTable(
        name: "pdsa_cycles",
        description:
            "One row per PDSA cycle, as the team's journal last described it in the export, with when it was first recorded and when its decision was.",
        fields: [
            teamID,
            Field("cycle_id", .string, "The cycle's id in the journal.", required: true),
            Field("title", .string, "What the cycle tests.", required: true),
            Field("goal_id", .string, "The goal the cycle works towards."),
            Field("plan", .string, "Plan, as written."),
            Field("do", .string, "Do, as written."),
            Field("study", .string, "Study, as written."),
            Field("act", .string, "Act, as written."),
            Field(
                "decision", .string, "adopt, adapt or abandon; missing while undecided.",
                values: ["adopt", "adapt", "abandon"]),
            Field(
                "decided", .date,
                "The day of the decision, as the team wrote it (`decided:`); missing when it did not write one (then see `decision_recorded_time`)."
            ),
            Field(
                "follows", .string,
                "The cycle this one builds on (`follows:`), by its `cycle_id`: a PDSA ramp; missing for a first cycle."),
            Field("started", .date, "The day the cycle started, as written."),
            Field("ended", .date, "The day the cycle ended, as written."),
            Field("first_recorded_run", .string, "The first run whose report had the cycle.", required: true),
            Field("first_recorded_time", .datetime, "When that run was committed. \(time)", required: true),
            Field(
                "decision_recorded_run", .string,
                "The first run whose report had the cycle's decision; missing while undecided."),
            Field(
                "decision_recorded_time", .datetime,
                "When that run was committed: the decision was made by then (and after the run before it)."),
            Field("last_changed_run", .string, "The last run in which anything of the cycle changed.", required: true),
        ],
        primaryKey: ["team_id", "cycle_id"],
        foreignKeys: [Key(fields: ["team_id"], table: "teams", reference: ["team_id"])])

    static let decisions = ExportTable(
        name: "decisions",
        description: "One row per decision in a team's journal.",
        fields: [
            teamID,
            Field("decision_id", .string, "The decision's id (its date when it has no id of its own).", required: true),
            Field("date", .date, "The date the team gave.", required: true),
            Field("what", .string, "What was decided.", required: true),
            Field("why", .string, "Why, as written."),
            Field("first_recorded_run", .string, "The first run whose report had the decision.", required: true),
            Field("first_recorded_time", .datetime, "When that run was committed. \(time)", required: true),
        ],
        primaryKey: ["team_id", "decision_id"],
        foreignKeys: [Key(fields: ["team_id"], table: "teams", reference: ["team_id"])])

    static let prompts = ExportTable(
        name: "prompts",
        description:
            "One row per reflection prompt a run's notebook asked (its own prompt cells and every prompt of the worksheets it included), so that a team without an answer can be told from a prompt not asked.",
        fields: [
            runID,
            Field(
                "prompt_id", .string,
                "The id answers give: the prompt cell's id, or `<set>.<prompt>` for a worksheet's prompt.",
                required: true),
            Field(
                "set_id", .string, "The worksheet set the prompt belongs to; missing for the notebook's own prompts."),
            Field("gathering", .integer, "The run's gathering."),
            Field("text", .string, "The prompt as the reports asked it, in their language.", required: true),
        ],
        primaryKey: ["run_id", "prompt_id"],
        foreignKeys: [Key(fields: ["run_id"], table: "runs", reference: ["run_id"])])

    static let answers = ExportTable(
        name: "answers",
        description:
            "One row per answer a team wrote in its journal to a prompt for a gathering, as last written in the export.",
        fields: [
            teamID,
            Field("prompt_id", .string, "As in `prompts`.", required: true),
            Field("gathering", .integer, "The gathering the answer is for.", required: true),
            Field("date", .date, "The date the team gave, if any."),
            Field(
                "text", .string, "The answer as written; line breaks are kept (a CSV field in quotes).", required: true),
            Field("first_recorded_run", .string, "The first run whose report had the answer.", required: true),
            Field("first_recorded_time", .datetime, "When that run was committed. \(time)", required: true),
            Field(
                "last_changed_run", .string, "The last run in which the answer's text or date changed.", required: true),
        ],
        primaryKey: ["team_id", "prompt_id", "gathering"],
        foreignKeys: [Key(fields: ["team_id"], table: "teams", reference: ["team_id"])])
}
