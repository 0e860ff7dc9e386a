-- The example workspace's data model. Tavle runs this first, then loads each .csv file into
-- the table of the same name, and keeps the result as a cached SQLite database.

CREATE TABLE teams (
    id           TEXT PRIMARY KEY,   -- stable id: used on the command line and in folder names
    name         TEXT NOT NULL,
    municipality TEXT NOT NULL,
    topic        TEXT,               -- what the team works on: fall, ernaering, hvifd, sykmelding
    network      TEXT NOT NULL       -- laeringsnettverk (the learning network) or veiledningsgruppe (GP group)
);

CREATE TABLE indicators (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    name_en    TEXT,
    kind       TEXT NOT NULL CHECK (kind IN ('result', 'process', 'balancing')),
    unit       TEXT,
    multiplier REAL NOT NULL DEFAULT 1, -- value = numerator / denominator * multiplier
    definition TEXT,
    caveat     TEXT                     -- what the number cannot tell
);

CREATE TABLE measurements (
    team_id      TEXT NOT NULL REFERENCES teams(id),
    indicator_id TEXT NOT NULL REFERENCES indicators(id),
    period       TEXT NOT NULL,         -- month, YYYY-MM (quarters by their first month)
    numerator    NUMERIC,               -- counts are whole numbers, hours may have decimals
    denominator  NUMERIC,
    value        REAL,
    PRIMARY KEY (team_id, indicator_id, period)
);

CREATE INDEX measurements_by_indicator ON measurements(indicator_id, period);
