extension TemplateWords {
    static let english = TemplateWords(
        config: """
            # The workspace of {{name}}. tavle finds this file from a notebook's folder upwards;
            # paths in it count from the folder it is in.
            name: {{name}}
            language: en

            # The data: a folder with schema.sql and one CSV file per table (teams.csv,
            # measurements.csv). Replace the example rows with an export from your spreadsheet,
            # with the same columns.
            data: data/

            # Who the reports are made for: at least the columns id and name.
            teams:
              query: SELECT id, name, unit FROM teams ORDER BY name

            # Reports are kept here, in a git repository tavle makes on the first run.
            output: reports

            # In the comparison between teams, counts below this are not shown for other teams.
            privacy:
              min_count: 5

            query_timeout: 10s

            """,
        schema: """
            -- The tables tavle builds from the CSV files beside this one (one file per table,
            -- named after it). Add columns and tables as you need them.

            CREATE TABLE teams (
                id   TEXT PRIMARY KEY,  -- a short id without spaces: used in commands and as a folder name
                name TEXT NOT NULL,     -- the name the reports show
                unit TEXT               -- ward, service or municipality
            );

            CREATE TABLE measurements (
                team_id      TEXT NOT NULL REFERENCES teams(id),
                indicator_id TEXT NOT NULL,   -- fall, screening …
                period       TEXT NOT NULL,   -- month, YYYY-MM
                numerator    NUMERIC,         -- the count of events
                denominator  NUMERIC,         -- days, residents …
                value        REAL,            -- the value shown (numerator / denominator, scaled if need be)
                PRIMARY KEY (team_id, indicator_id, period)
            );

            """,
        journal: """
            # The journal of {{team}}. The team writes it: goals, indicators, PDSA cycles and
            # decisions. tavle shows them in the reports and keeps every change in the report
            # repository. Lines that start with # explain; the indentation matters.

            goals:
              - id: fewer-falls                   # a short id without spaces
                statement: Fewer falls among the residents
                what: Recorded falls              # what is to get better?
                for_whom: The ward's residents    # for whom?
                how_much: A third fewer falls     # how much?
                indicator: fall                   # the indicator the goal is followed with
                baseline: 6                       # where it starts, in the indicator's unit
                target: 4                         # the goal
                direction: down                   # down: lower is better; up: higher is better
                due: {{due}}                      # by when?
                # When the goal or its date changes later, write why (and when):
                # revisions:
                #   - date: {{revised}}
                #     reason: Why the goal changed

            indicators:
              - id: fall
                name: Falls per 1000 days
                kind: result                      # result, process or balancing
                definition: Recorded falls divided by resident days, times 1000.
                caveats: Depends on falls being reported; more reported falls may mean a better reporting culture.
              - id: screening
                name: Share of residents screened for nutrition
                kind: process
                definition: Residents screened for nutritional risk in the month, divided by all residents.

            # One PDSA cycle for each change you try. Remove the # before the lines below
            # (the one before "pdsa:" too) and keep the indentation:
            #pdsa:
            #  - id: night-lights
            #    title: Night lights in four rooms
            #    goal: fewer-falls
            #    plan: Motion-sensor lights in four rooms for two months.
            #    do: What was actually done
            #    study: What you saw
            #    act: What you do next
            #    decision: adapt                 # adopt, adapt or abandon
            #    started: {{started}}
            #    ended: {{ended}}

            # Decisions the team takes along the way, the same way:
            #decisions:
            #  - id: night-lights-everywhere
            #    date: {{revised}}
            #    what: Night lights in every room
            #    why: No falls in the rooms with lights during the trial

            """,
        notebook: """
            ---
            id: first-report
            title: First report
            version: 1
            language: en
            params:
              team: { type: team }
              period: { type: month, default: "{{period}}", description: The last month of data in the report }
            ---

            # {{ team.name }}: status up to {{ period | month }}

            The report shows data up to the month `period` says (its default is at the top of this
            file; or `--param period=YYYY-MM`). This is the workspace's first notebook. Rewrite the text as you like: it is plain
            Markdown. The `sql` cells fetch numbers from the data and draw charts; `goals`, `pdsa` and
            `decisions` show the team's journal (`journals/<team>.yaml`), and `worksheet` puts in a
            worksheet from tavle's prompt library (`tavle prompts` lists them).

            ## The team's measurements

            ```sql fall
            --| chart: run
            --| indicator: fall
            --| title: Falls per 1000 days (run chart)
            --| y: per_1000_days
            --| decimals: 1
            SELECT period AS month, numerator AS falls, denominator AS days, value AS per_1000_days
            FROM measurements
            WHERE team_id = :team AND indicator_id = 'fall' AND period <= :period
            ORDER BY period
            ```

            Last measurement ({{ fall.last.month | month }}): {{ fall.last.per_1000_days | number(1) }}
            falls per 1000 days.

            ```sql screening
            --| chart: p
            --| indicator: screening
            --| title: Share of residents screened for nutrition (P chart)
            --| y: screened
            --| n: residents
            --| decimals: 0
            SELECT period AS month, numerator AS screened, denominator AS residents, 100.0 * value AS percent
            FROM measurements
            WHERE team_id = :team AND indicator_id = 'screening' AND period <= :period
            ORDER BY period
            ```

            This is how the teams stand with screening in the last month. Your team is named; the others
            are anonymous. The chart is not a ranking: it shows how much difference chance alone can
            make when teams differ in size.

            ```sql screening_network
            --| chart: funnel
            --| title: Nutrition screening in the network, last month (funnel plot)
            --| x: team
            --| y: screened
            --| n: residents
            --| decimals: 0
            SELECT team_id AS team, numerator AS screened, denominator AS residents
            FROM measurements
            WHERE indicator_id = 'screening' AND period = :period
            ```

            ## The team's goals, changes and decisions

            ```goals
            ```

            ### PDSA cycles

            ```pdsa
            ```

            ### Decisions

            ```decisions
            ```

            ```worksheet veiledning.fase1
            ```

            """,
        gitignore: """
            # If this workspace is kept in git, these stay out of it.
            # The report repository: a git repository of its own, made by the first run.
            /reports/
            # Who was given a sign-in link to tavle serve (hashes of the links, and names).
            /.tavle-access.json
            # A journal change tavle serve is writing, or wrote but had not committed when it
            # was stopped (the next change records it).
            /journals/.*.tavle-pending
            /journals/.*.tavle-edit
            # The data built from the CSV files, made again when they change.
            /.tavle-cache/

            """)
}
