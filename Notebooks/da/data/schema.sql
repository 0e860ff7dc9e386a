-- Datamodellen for det danske eksempelnetværk. tavle kører denne fil først, læser derefter
-- hver .csv-fil ind i tabellen med samme navn og gemmer resultatet som en SQLite-database i
-- .tavle-cache/ (ikke i git).

CREATE TABLE teams (
    id           TEXT PRIMARY KEY,   -- kort id uden mellemrum: bruges i kommandoer og som mappenavn
    name         TEXT NOT NULL,      -- navnet, som rapporterne viser
    municipality TEXT NOT NULL,      -- kommunen
    topic        TEXT                -- hvad teamet arbejder med: fald eller medicin
);

CREATE TABLE indicators (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('result', 'process', 'balancing')),
    unit       TEXT,
    definition TEXT,
    caveat     TEXT                  -- hvad tallet ikke kan sige
);

CREATE TABLE measurements (
    team_id      TEXT NOT NULL REFERENCES teams(id),
    indicator_id TEXT NOT NULL REFERENCES indicators(id),
    period       TEXT NOT NULL,      -- måned, ÅÅÅÅ-MM
    numerator    NUMERIC,            -- tæller: antal fald, antal borgere med medicingennemgang
    denominator  NUMERIC,            -- nævner: antal døgn, antal beboere eller borgere
    value        REAL,               -- fald pr. 1000 døgn, eller andel (0–1)
    PRIMARY KEY (team_id, indicator_id, period)
);
