extension TemplateWords {
    static let norwegian = TemplateWords(
        config: """
            # Arbeidsområdet til {{name}}. tavle finner denne filen fra en notatboks mappe og
            # oppover; stiene i den regnes fra mappen den ligger i.
            name: {{name}}
            language: nb

            # Dataene: en mappe med schema.sql og én CSV-fil per tabell (teams.csv,
            # measurements.csv). Bytt eksempelradene ut med en eksport fra regnearket deres,
            # med de samme kolonnene.
            data: data/

            # Hvem rapportene lages for: minst kolonnene id og name.
            teams:
              query: SELECT id, name, unit FROM teams ORDER BY name

            # Rapportene lagres her, i et git-arkiv tavle lager ved første kjøring.
            output: rapporter

            # I sammenligningen mellom team vises ikke tall under dette for andre team.
            privacy:
              min_count: 5

            query_timeout: 10s

            """,
        schema: """
            -- Tabellene tavle bygger fra CSV-filene ved siden av denne (én fil per tabell, med
            -- tabellens navn). Legg til kolonner og tabeller etter behov.

            CREATE TABLE teams (
                id   TEXT PRIMARY KEY,  -- kort id uten mellomrom: brukes i kommandoer og som mappenavn
                name TEXT NOT NULL,     -- navnet rapportene viser
                unit TEXT               -- avdeling, tjeneste eller kommune
            );

            CREATE TABLE measurements (
                team_id      TEXT NOT NULL REFERENCES teams(id),
                indicator_id TEXT NOT NULL,   -- fall, screening …
                period       TEXT NOT NULL,   -- måned, ÅÅÅÅ-MM
                numerator    NUMERIC,         -- teller: antall hendelser
                denominator  NUMERIC,         -- nevner: antall døgn, beboere …
                value        REAL,            -- verdien som vises (teller / nevner, eventuelt ganget opp)
                PRIMARY KEY (team_id, indicator_id, period)
            );

            """,
        journal: """
            # Journalen til {{team}}. Teamet skriver selv: mål, indikatorer, PDSA-sirkler og
            # beslutninger. tavle viser dem i rapportene og tar vare på hver endring i
            # rapportarkivet. Linjer som begynner med # er forklaringer; innrykket betyr noe.

            goals:
              - id: faerre-fall                   # kort id uten mellomrom
                statement: Færre fall blant beboerne
                what: Registrerte fall            # hva skal bli bedre?
                for_whom: Beboerne på avdelingen  # for hvem?
                how_much: En tredjedel færre fall # hvor mye?
                indicator: fall                   # indikatoren målet følges med
                baseline: 6                       # utgangspunktet, i indikatorens enhet
                target: 4                         # målet
                direction: down                   # down: lavere er bedre; up: høyere er bedre
                due: {{due}}                      # innen når?
                # Endres målet eller fristen senere, skriv hvorfor (og når):
                # revisions:
                #   - date: {{revised}}
                #     reason: Hvorfor målet ble endret

            indicators:
              - id: fall
                name: Fall per 1000 døgn
                kind: result                      # result, process eller balancing
                definition: Registrerte fall delt på antall beboerdøgn, ganger 1000.
                caveats: Avhenger av at fall blir meldt; flere meldte fall kan bety bedre meldekultur.
              - id: screening
                name: Andel beboere med ernæringsscreening
                kind: process
                definition: Beboere screenet for ernæringsrisiko siste måned, delt på alle beboere.

            # En PDSA-sirkel per endring dere prøver ut. Fjern # foran linjene under
            # (også foran «pdsa:») og behold innrykket:
            #pdsa:
            #  - id: nattlys
            #    title: Nattlys i fire rom
            #    goal: faerre-fall
            #    plan: Lys med bevegelsessensor i fire rom i to måneder.
            #    do: Hva som faktisk ble gjort
            #    study: Hva dere så
            #    act: Hva dere gjør videre
            #    decision: adapt                 # adopt, adapt eller abandon
            #    started: {{started}}
            #    ended: {{ended}}

            # Beslutninger teamet tar underveis, på samme måte:
            #decisions:
            #  - id: nattlys-alle-rom
            #    date: {{revised}}
            #    what: Nattlys i alle rom
            #    why: Ingen fall i rommene med lys i prøveperioden

            """,
        notebook: """
            ---
            id: forste-rapport
            title: Første rapport
            version: 1
            language: nb
            params:
              team: { type: team }
              period: { type: month, default: "{{period}}", description: Siste måned med data i rapporten }
            ---

            # {{ team.name }}: status til og med {{ period | month }}

            Rapporten viser data til og med måneden `period` sier (standard øverst i filen; ellers
            `--param period=ÅÅÅÅ-MM`). Dette er den første notatboken i arbeidsområdet. Skriv om teksten slik dere vil: den er
            vanlig Markdown. Cellene med `sql` henter tall fra dataene og tegner diagrammer; `goals`,
            `pdsa` og `decisions` viser teamets journal (`journals/<team>.yaml`), og `worksheet` setter
            inn et arbeidsark fra tavles spørsmålsbibliotek (`tavle prompts` lister dem).

            ## Teamets målinger

            ```sql fall
            --| chart: run
            --| indicator: fall
            --| title: Fall per 1000 døgn (seriediagram)
            --| y: per_1000_døgn
            --| decimals: 1
            SELECT period AS måned, numerator AS fall, denominator AS døgn, value AS per_1000_døgn
            FROM measurements
            WHERE team_id = :team AND indicator_id = 'fall' AND period <= :period
            ORDER BY period
            ```

            Siste måling ({{ fall.last.måned | month }}): {{ fall.last.per_1000_døgn | number(1) }} fall
            per 1000 døgn.

            ```sql screening
            --| chart: p
            --| indicator: screening
            --| title: Andel beboere med ernæringsscreening (P-diagram)
            --| y: screenet
            --| n: beboere
            --| decimals: 0
            SELECT period AS måned, numerator AS screenet, denominator AS beboere, 100.0 * value AS prosent
            FROM measurements
            WHERE team_id = :team AND indicator_id = 'screening' AND period <= :period
            ORDER BY period
            ```

            Slik ligger teamene an med screeningen siste måned. Teamet deres er navngitt; de andre er
            anonyme. Diagrammet er ingen rangering: det viser hvor mye forskjell tilfeldighetene alene
            kan gi når teamene er ulikt store.

            ```sql screening_nettverket
            --| chart: funnel
            --| title: Ernæringsscreening i nettverket siste måned (traktdiagram)
            --| x: team
            --| y: screenet
            --| n: beboere
            --| decimals: 0
            SELECT team_id AS team, numerator AS screenet, denominator AS beboere
            FROM measurements
            WHERE indicator_id = 'screening' AND period = :period
            ```

            ## Teamets mål, tiltak og beslutninger

            ```goals
            ```

            ### PDSA-sirkler

            ```pdsa
            ```

            ### Beslutninger

            ```decisions
            ```

            ```worksheet veiledning.fase1
            ```

            """,
        gitignore: """
            # Hvis arbeidsområdet holdes i git, skal disse stå utenfor.
            # Rapportarkivet: et eget git-arkiv, laget av den første kjøringen.
            /rapporter/
            # Hvem som har fått en innloggingslenke til tavle serve (lenkenes hash og navn).
            /.tavle-access.json
            # En journalendring tavle serve skriver, eller skrev men ikke rakk å committe før den
            # ble stoppet (neste endring registrerer den).
            /journals/.*.tavle-pending
            /journals/.*.tavle-edit
            # Dataene bygget fra CSV-filene, laget på nytt når de endres.
            /.tavle-cache/

            """)
}
