-- SPDX-License-Identifier: GPL-3.0-or-later
-- External statistics (docs/methodology.md): figures per school year for
-- scopes the database has no schools of, such as the whole region in
-- Таблица 3 of the Smolensk monitoring report. scope keeps the name as
-- typed; scope_key is the name casefolded with spaces collapsed, so that
-- «Смоленская область» and «смоленская  область» are one scope. No
-- reference to school_year: a region's figures may come for years the
-- database has no data of.
CREATE TABLE statistic (
  school_year  INTEGER NOT NULL CHECK (school_year BETWEEN 1990 AND 2100),
  scope        TEXT NOT NULL CHECK (scope <> ''),
  scope_key    TEXT NOT NULL CHECK (scope_key <> ''),
  schools      INTEGER NOT NULL CHECK (schools >= 0),
  snro         INTEGER NOT NULL CHECK (snro >= 0 AND snro <= schools),
  note         TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (school_year, scope_key)
) WITHOUT ROWID;
