-- Datamodellen för det svenska exempelnätverket. tavle kör den här filen först, läser sedan in
-- varje .csv-fil i tabellen med samma namn och sparar resultatet som en SQLite-databas i
-- .tavle-cache/ (inte i git).

CREATE TABLE teams (
    id           TEXT PRIMARY KEY,   -- kort id utan mellanslag: används i kommandon och som mappnamn
    name         TEXT NOT NULL,      -- namnet som rapporterna visar
    municipality TEXT NOT NULL,      -- kommunen
    topic        TEXT                -- vad teamet arbetar med: fall eller nutrition
);

CREATE TABLE indicators (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('result', 'process', 'balancing')),
    unit       TEXT,
    definition TEXT,
    caveat     TEXT                  -- vad talet inte kan säga
);

CREATE TABLE measurements (
    team_id      TEXT NOT NULL REFERENCES teams(id),
    indicator_id TEXT NOT NULL REFERENCES indicators(id),
    period       TEXT NOT NULL,      -- månad, ÅÅÅÅ-MM
    numerator    NUMERIC,            -- täljare: antal fall, antal riskbedömda
    denominator  NUMERIC,            -- nämnare: antal vårddygn, antal boende eller brukare
    value        REAL,               -- fall per 1000 vårddygn, eller andel (0–1)
    PRIMARY KEY (team_id, indicator_id, period)
);
