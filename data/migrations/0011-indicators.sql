-- SPDX-License-Identifier: GPL-3.0-or-later
-- Monitoring indicators (docs/indicators.md): a set of indicators of a
-- municipality, under numbered criteria or sections, and the values the
-- municipality and each school wrote for them, year by year.
CREATE TABLE indicator_set (
  id               INTEGER PRIMARY KEY,
  title            TEXT NOT NULL,
  title_key        TEXT NOT NULL,          -- mk_fold (title)
  municipality_id  INTEGER REFERENCES municipality (id)
);
CREATE UNIQUE INDEX indicator_set_key ON indicator_set (title_key, IFNULL (municipality_id, 0));

-- The rows of a set in document order: a section (a heading with no
-- values), or an indicator under the criterion (or section) CODE and
-- CRITERION, with its unit as written («Процент», «Доля», «Единицы»).
-- A paired indicator is written as a count and a share («Количество
-- единиц», «в %») each year.
CREATE TABLE indicator (
  id         INTEGER PRIMARY KEY,
  set_id     INTEGER NOT NULL REFERENCES indicator_set (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  code       TEXT NOT NULL DEFAULT '',
  criterion  TEXT NOT NULL DEFAULT '',
  title      TEXT NOT NULL,
  title_key  TEXT NOT NULL,
  unit       TEXT NOT NULL DEFAULT '',
  section    INTEGER NOT NULL DEFAULT 0 CHECK (section IN (0, 1)),
  paired     INTEGER NOT NULL DEFAULT 0 CHECK (paired IN (0, 1)),
  UNIQUE (set_id, position)
);
CREATE INDEX indicator_by_title ON indicator (set_id, title_key);

-- The raw text exactly as written; what it means is read from it
-- (mk_indicator_value_read), never stored in its place. School 0 is the
-- municipality. SHARE_RAW is the «в %» cell of a paired indicator.
CREATE TABLE indicator_value (
  indicator_id  INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  school_id     INTEGER NOT NULL DEFAULT 0,
  year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  raw           TEXT NOT NULL DEFAULT '',
  share_raw     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (indicator_id, school_id, year)
) WITHOUT ROWID;

-- The rows each table has, in its own order and with its criterion and
-- unit as that table writes them: a school's table (or the
-- municipality's, school 0) lists its indicators even where it gives no
-- value, and only those.
CREATE TABLE indicator_entity (
  indicator_id  INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  school_id     INTEGER NOT NULL DEFAULT 0,
  position      INTEGER NOT NULL DEFAULT 0,
  code          TEXT NOT NULL DEFAULT '',
  criterion     TEXT NOT NULL DEFAULT '',
  unit          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (indicator_id, school_id)
) WITHOUT ROWID;
