-- SPDX-License-Identifier: GPL-3.0-or-later
-- A school the year's documents list as assessed: a row of a marker
-- matrix, with or without marks. A row without marks says the school took
-- part and had no low result, i.e. 0 markers that year, which no result
-- row says; without this table such a year would read as «no data».
CREATE TABLE assessed (
  school_id  INTEGER NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  year       INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  PRIMARY KEY (school_id, year)
) WITHOUT ROWID;
