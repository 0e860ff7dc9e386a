extension TemplateWords {
    static let swedish = TemplateWords(
        config: """
            # Arbetsytan för {{name}}. tavle hittar den här filen från en anteckningsboks mapp och
            # uppåt; sökvägarna i den räknas från mappen den ligger i.
            name: {{name}}
            language: sv

            # Data: en mapp med schema.sql och en CSV-fil per tabell (teams.csv,
            # measurements.csv). Byt ut exempelraderna mot en export från ert kalkylblad,
            # med samma kolumner.
            data: data/

            # Vilka rapporterna görs för: minst kolumnerna id och name.
            teams:
              query: SELECT id, name, unit FROM teams ORDER BY name

            # Rapporterna sparas här, i ett git-arkiv som tavle skapar vid första körningen.
            output: rapporter

            # I jämförelsen mellan team visas inte tal under denna gräns för andra team.
            privacy:
              min_count: 5

            query_timeout: 10s

            """,
        schema: """
            -- Tabellerna som tavle bygger från CSV-filerna bredvid den här (en fil per tabell, med
            -- tabellens namn). Lägg till kolumner och tabeller efter behov.

            CREATE TABLE teams (
                id   TEXT PRIMARY KEY,  -- kort id utan mellanslag: används i kommandon och som mappnamn
                name TEXT NOT NULL,     -- namnet som rapporterna visar
                unit TEXT               -- avdelning, verksamhet eller kommun
            );

            CREATE TABLE measurements (
                team_id      TEXT NOT NULL REFERENCES teams(id),
                indicator_id TEXT NOT NULL,   -- fall, screening …
                period       TEXT NOT NULL,   -- månad, ÅÅÅÅ-MM
                numerator    NUMERIC,         -- täljare: antal händelser
                denominator  NUMERIC,         -- nämnare: antal dygn, boende …
                value        REAL,            -- värdet som visas (täljare / nämnare, eventuellt uppräknat)
                PRIMARY KEY (team_id, indicator_id, period)
            );

            """,
        journal: """
            # Loggboken för {{team}}. Teamet skriver själv: mål, indikatorer, PDSA-cykler och
            # beslut. tavle visar dem i rapporterna och sparar varje ändring i
            # rapportarkivet. Rader som börjar med # är förklaringar; indraget spelar roll.

            goals:
              - id: farre-fall                   # kort id utan mellanslag
                statement: Färre fall bland de boende
                what: Registrerade fall           # vad ska bli bättre?
                for_whom: Boende på avdelningen   # för vem?
                how_much: En tredjedel färre fall # hur mycket?
                indicator: fall                   # indikatorn som målet följs upp med
                baseline: 6                       # utgångsläget, i indikatorns enhet
                target: 4                         # målvärdet
                direction: down                   # down: lägre är bättre; up: högre är bättre
                due: {{due}}                      # senast när?
                # Ändras målet eller slutdatumet senare, skriv varför (och när):
                # revisions:
                #   - date: {{revised}}
                #     reason: Varför målet ändrades

            indicators:
              - id: fall
                name: Fall per 1000 dygn
                kind: result                      # result, process eller balancing
                definition: Registrerade fall dividerat med antal boendedygn, gånger 1000.
                caveats: Beror på att fall rapporteras; fler rapporterade fall kan betyda bättre rapporteringskultur.
              - id: screening
                name: Andel boende med nutritionsscreening
                kind: process
                definition: Boende som screenats för risk för undernäring den senaste månaden, dividerat med alla boende.

            # En PDSA-cykel per förändring som ni testar. Ta bort # framför raderna nedan
            # (även framför ”pdsa:”) och behåll indraget:
            #pdsa:
            #  - id: nattlampor
            #    title: Nattlampor i fyra rum
            #    goal: farre-fall
            #    plan: Belysning med rörelsesensor i fyra rum i två månader.
            #    do: Vad som faktiskt gjordes
            #    study: Vad ni såg
            #    act: Vad ni gör härnäst
            #    decision: adapt                 # adopt, adapt eller abandon
            #    started: {{started}}
            #    ended: {{ended}}

            # Beslut som teamet fattar under arbetets gång, på samma sätt:
            #decisions:
            #  - id: nattlampor-alla-rum
            #    date: {{revised}}
            #    what: Nattlampor i alla rum
            #    why: Inga fall i rummen med nattlampor under testperioden

            """,
        notebook: """
            ---
            id: forsta-rapport
            title: Första rapport
            version: 1
            language: sv
            params:
              team: { type: team }
              period: { type: month, default: "{{period}}", description: Sista månaden med data i rapporten }
            ---

            # {{ team.name }}: status till och med {{ period | month }}

            Rapporten visar data till och med den månad som `period` anger (standardvärdet står överst i filen; annars
            `--param period=ÅÅÅÅ-MM`). Det här är den första anteckningsboken i arbetsytan. Skriv om texten som ni vill: den är
            vanlig Markdown. Cellerna med `sql` hämtar tal från data och ritar diagram; `goals`,
            `pdsa` och `decisions` visar teamets loggbok (`journals/<team>.yaml`), och `worksheet` infogar
            ett arbetsblad från tavles bibliotek med reflektionsfrågor (`tavle prompts` listar dem).

            ## Teamets mätningar

            ```sql fall
            --| chart: run
            --| indicator: fall
            --| title: Fall per 1000 dygn (seriediagram)
            --| y: per_1000_dygn
            --| decimals: 1
            SELECT period AS månad, numerator AS fall, denominator AS dygn, value AS per_1000_dygn
            FROM measurements
            WHERE team_id = :team AND indicator_id = 'fall' AND period <= :period
            ORDER BY period
            ```

            Senaste mätningen ({{ fall.last.månad | month }}): {{ fall.last.per_1000_dygn | number(1) }} fall
            per 1000 dygn.

            ```sql screening
            --| chart: p
            --| indicator: screening
            --| title: Andel boende med nutritionsscreening (P-diagram)
            --| y: screenade
            --| n: boende
            --| decimals: 0
            SELECT period AS månad, numerator AS screenade, denominator AS boende, 100.0 * value AS procent
            FROM measurements
            WHERE team_id = :team AND indicator_id = 'screening' AND period <= :period
            ORDER BY period
            ```

            Så här ligger teamen till med screeningen den senaste månaden. Ert team visas med namn; de andra är
            anonyma. Diagrammet är ingen rangordning: det visar hur stor skillnad slumpen ensam
            kan ge när teamen är olika stora.

            ```sql screening_natverket
            --| chart: funnel
            --| title: Nutritionsscreening i nätverket den senaste månaden (trattdiagram)
            --| x: team
            --| y: screenade
            --| n: boende
            --| decimals: 0
            SELECT team_id AS team, numerator AS screenade, denominator AS boende
            FROM measurements
            WHERE indicator_id = 'screening' AND period = :period
            ```

            ## Teamets mål, förändringar och beslut

            ```goals
            ```

            ### PDSA-cykler

            ```pdsa
            ```

            ### Beslut

            ```decisions
            ```

            ```worksheet veiledning.fase1
            ```

            """,
        gitignore: """
            # Om arbetsområdet hålls i git ska dessa stå utanför.
            # Rapportarkivet: ett eget git-arkiv, skapat av den första körningen.
            /rapporter/
            # Vilka som har fått en inloggningslänk till tavle serve (länkarnas hash och namn).
            /.tavle-access.json
            # En loggboksändring som tavle serve skriver, eller skrev men inte hann committa innan
            # den stoppades (nästa ändring registrerar den).
            /journals/.*.tavle-pending
            /journals/.*.tavle-edit
            # Data byggda från CSV-filerna, skapas på nytt när de ändras.
            /.tavle-cache/

            """)
}
