extension TemplateWords {
    static let danish = TemplateWords(
        fallsIndicator: "fald",
        config: """
            # Arbejdsområdet for {{name}}. tavle finder denne fil fra en notesbogs mappe og
            # opefter; stierne i den regnes fra den mappe, den ligger i.
            name: {{name}}
            language: da

            # Data: en mappe med schema.sql og én CSV-fil pr. tabel (teams.csv,
            # measurements.csv). Udskift eksempelrækkerne med en eksport fra jeres regneark,
            # med de samme kolonner.
            data: data/

            # Hvem rapporterne laves til: mindst kolonnerne id og name.
            teams:
              query: SELECT id, name, unit FROM teams ORDER BY name

            # Rapporterne gemmes her, i et git-arkiv, som tavle opretter ved første kørsel.
            output: rapporter

            # I sammenligningen mellem teams vises tal under denne grænse ikke for andre teams.
            privacy:
              min_count: 5

            query_timeout: 10s

            """,
        schema: """
            -- Tabellerne, som tavle bygger fra CSV-filerne ved siden af denne (én fil pr. tabel, med
            -- tabellens navn). Tilføj kolonner og tabeller efter behov.

            CREATE TABLE teams (
                id   TEXT PRIMARY KEY,  -- kort id uden mellemrum: bruges i kommandoer og som mappenavn
                name TEXT NOT NULL,     -- navnet, som rapporterne viser
                unit TEXT               -- afdeling, tjeneste eller kommune
            );

            CREATE TABLE measurements (
                team_id      TEXT NOT NULL REFERENCES teams(id),
                indicator_id TEXT NOT NULL,   -- fald, screening …
                period       TEXT NOT NULL,   -- måned, ÅÅÅÅ-MM
                numerator    NUMERIC,         -- tæller: antal hændelser
                denominator  NUMERIC,         -- nævner: antal døgn, beboere …
                value        REAL,            -- værdien, der vises (tæller / nævner, evt. ganget op)
                PRIMARY KEY (team_id, indicator_id, period)
            );

            """,
        journal: """
            # Logbogen for {{team}}. Teamet skriver selv: mål, indikatorer, PDSA-cyklusser og
            # beslutninger. tavle viser dem i rapporterne og gemmer hver ændring i
            # rapportarkivet. Linjer, der begynder med #, er forklaringer; indrykningen har betydning.

            goals:
              - id: faerre-fald                   # kort id uden mellemrum
                statement: Færre fald blandt beboerne
                what: Registrerede fald           # hvad skal blive bedre?
                for_whom: Beboerne på afdelingen  # for hvem?
                how_much: En tredjedel færre fald # hvor meget?
                indicator: fald                   # indikatoren, målet følges med
                baseline: 6                       # udgangspunktet, i indikatorens enhed
                target: 4                         # målværdien
                direction: down                   # down: lavere er bedre; up: højere er bedre
                due: {{due}}                      # senest hvornår?
                # Ændres målet eller fristen senere, så skriv hvorfor (og hvornår):
                # revisions:
                #   - date: {{revised}}
                #     reason: Hvorfor målet blev ændret

            indicators:
              - id: fald
                name: Fald pr. 1000 døgn
                kind: result                      # result, process eller balancing
                definition: Registrerede fald delt med antal beboerdøgn, gange 1000.
                caveats: Afhænger af, at fald bliver rapporteret; flere rapporterede fald kan betyde en bedre rapporteringskultur.
              - id: screening
                name: Andel beboere med ernæringsscreening
                kind: process
                definition: Beboere screenede for ernæringsrisiko den seneste måned, delt med alle beboere.

            # Én PDSA-cyklus pr. forandring, I afprøver. Fjern # foran linjerne nedenfor
            # (også foran »pdsa:«) og bevar indrykningen:
            #pdsa:
            #  - id: natlys
            #    title: Natlys i fire værelser
            #    goal: faerre-fald
            #    plan: Lys med bevægelsessensor i fire værelser i to måneder.
            #    do: Hvad der faktisk blev gjort
            #    study: Hvad I så
            #    act: Hvad I gør fremover
            #    decision: adapt                 # adopt, adapt eller abandon
            #    started: {{started}}
            #    ended: {{ended}}

            # Beslutninger, som teamet træffer undervejs, på samme måde:
            #decisions:
            #  - id: natlys-alle-stuer
            #    date: {{revised}}
            #    what: Natlys i alle værelser
            #    why: Ingen fald i værelserne med lys i prøveperioden

            """,
        notebook: """
            ---
            id: foerste-rapport
            title: Første rapport
            version: 1
            language: da
            params:
              team: { type: team }
              period: { type: month, default: "{{period}}", description: Sidste måned med data i rapporten }
            ---

            # {{ team.name }}: status til og med {{ period | month }}

            Rapporten viser data til og med den måned, som `period` angiver (standard øverst i filen; ellers
            `--param period=ÅÅÅÅ-MM`). Dette er den første notesbog i arbejdsområdet. Omskriv teksten, som I vil: den er
            almindelig Markdown. Cellerne med `sql` henter tal fra dataene og tegner diagrammer; `goals`,
            `pdsa` og `decisions` viser teamets logbog (`journals/<team>.yaml`), og `worksheet` indsætter
            et arbejdsark fra tavles bibliotek med refleksionsspørgsmål (`tavle prompts` viser dem).

            ## Teamets målinger

            ```sql fald
            --| chart: run
            --| indicator: fald
            --| title: Fald pr. 1000 døgn (seriediagram)
            --| y: per_1000_døgn
            --| decimals: 1
            SELECT period AS måned, numerator AS fald, denominator AS døgn, value AS per_1000_døgn
            FROM measurements
            WHERE team_id = :team AND indicator_id = 'fald' AND period <= :period
            ORDER BY period
            ```

            Seneste måling ({{ fald.last.måned | month }}): {{ fald.last.per_1000_døgn | number(1) }} fald
            pr. 1000 døgn.

            ```sql screening
            --| chart: p
            --| indicator: screening
            --| title: Andel beboere med ernæringsscreening (P-diagram)
            --| y: screenede
            --| n: beboere
            --| decimals: 0
            SELECT period AS måned, numerator AS screenede, denominator AS beboere, 100.0 * value AS procent
            FROM measurements
            WHERE team_id = :team AND indicator_id = 'screening' AND period <= :period
            ORDER BY period
            ```

            Sådan står teamsene med screeningen i den seneste måned. Jeres team er navngivet; de andre er
            anonyme. Diagrammet er ingen rangordning: det viser, hvor stor forskel tilfældigheder alene
            kan give, når teamsene er forskellige i størrelse.

            ```sql screening_netvaerk
            --| chart: funnel
            --| title: Ernæringsscreening i netværket den seneste måned (tragtdiagram)
            --| x: team
            --| y: screenede
            --| n: beboere
            --| decimals: 0
            SELECT team_id AS team, numerator AS screenede, denominator AS beboere
            FROM measurements
            WHERE indicator_id = 'screening' AND period = :period
            ```

            ## Teamets mål, forandringer og beslutninger

            ```goals
            ```

            ### PDSA-cyklusser

            ```pdsa
            ```

            ### Beslutninger

            ```decisions
            ```

            ```worksheet veiledning.fase1
            ```

            """,
        gitignore: """
            # Hvis arbejdsområdet holdes i git, skal disse stå uden for.
            # Rapportarkivet: et selvstændigt git-arkiv, lavet af den første kørsel.
            /rapporter/
            # Hvem der har fået et login-link til tavle serve (linkenes hash og navne).
            /.tavle-access.json
            # En logbogsændring, som tavle serve skriver, eller skrev men ikke nåede at committe,
            # før den blev stoppet (næste ændring registrerer den).
            /journals/.*.tavle-pending
            /journals/.*.tavle-edit
            # Data bygget fra CSV-filerne, laves igen, når de ændres.
            /.tavle-cache/

            """)
}
