-- SPDX-License-Identifier: GPL-3.0-or-later
-- What a classification of a school year did not see (mk-store-changes.c).
-- Every write that can change a computed cluster notes its scope and year
-- with the next number of one sequence: the results, context or listings
-- of a calendar year ('data'), the methodology of a school year
-- ('methodology'), the schools and the procedure catalog ('registry',
-- year 0). A classification records the last number it saw; its clusters
-- are stale when a later change touches its window, its methodology or
-- the registry.
CREATE TABLE data_change (
  scope  TEXT NOT NULL CHECK (scope = 'data' OR scope = 'methodology' OR scope = 'registry'),
  year   INTEGER NOT NULL,
  seq    INTEGER NOT NULL,
  PRIMARY KEY (scope, year)
) WITHOUT ROWID;

CREATE TABLE classification (
  school_year  INTEGER PRIMARY KEY,
  seq          INTEGER NOT NULL
);

-- Years classified before this table existed saw every change so far.
INSERT INTO classification (school_year, seq)
  SELECT DISTINCT school_year, 0 FROM cluster_assignment WHERE computed IS NOT NULL;
