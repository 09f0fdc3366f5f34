-- SPDX-License-Identifier: GPL-3.0-or-later
-- Registry: regions, municipalities, schools, school years, staff.
CREATE TABLE region (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE
);

-- name_key is the name casefolded with spaces collapsed: spreadsheets
-- write «смоленск» and «Смоленск » for the same municipality.
CREATE TABLE municipality (
  id         INTEGER PRIMARY KEY,
  region_id  INTEGER REFERENCES region (id) ON DELETE SET NULL,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL UNIQUE CHECK (name_key <> '')
);

-- name_key is the normalised name (docs/command-line.md, «Names»): two
-- schools of one municipality may not share it.
CREATE TABLE school (
  id               INTEGER PRIMARY KEY,
  municipality_id  INTEGER NOT NULL REFERENCES municipality (id),
  name             TEXT NOT NULL CHECK (name <> ''),
  name_key         TEXT NOT NULL CHECK (name_key <> ''),
  full_name        TEXT NOT NULL DEFAULT '',
  legal_form       TEXT NOT NULL DEFAULT '',
  profile          TEXT NOT NULL DEFAULT 'secondary'
                   CHECK (profile IN ('secondary', 'basic', 'advanced', 'evening')),
  rural            INTEGER NOT NULL DEFAULT 0 CHECK (rural IN (0, 1)),
  head             TEXT NOT NULL DEFAULT '',
  deputy           TEXT NOT NULL DEFAULT '',
  curator          TEXT NOT NULL DEFAULT '',
  UNIQUE (municipality_id, name_key)
);

CREATE INDEX school_by_key ON school (name_key);

CREATE TABLE school_year (
  start_year  INTEGER PRIMARY KEY CHECK (start_year BETWEEN 1990 AND 2100)
);

-- raw keeps the cell exactly as the official staff tables write it
-- ("2 (РК)"); count is the number it starts with.
CREATE TABLE staff (
  school_id    INTEGER NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  school_year  INTEGER NOT NULL REFERENCES school_year (start_year),
  role         TEXT NOT NULL CHECK (role IN ('teachers', 'administrators',
                 'psychologists', 'speech_therapists', 'defectologists')),
  count        INTEGER NOT NULL CHECK (count >= 0),
  raw          TEXT NOT NULL,
  PRIMARY KEY (school_id, school_year, role)
) WITHOUT ROWID;

CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) WITHOUT ROWID;
