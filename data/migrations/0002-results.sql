-- Assessment procedures, results, school context, methodology and cluster
-- assignments (DOMAIN.md §2–3).

-- The catalog of procedures; position is the column order of the marker
-- matrix (seed 003 Приложение 1: 10 ОГЭ, 10 ЕГЭ, 10 ВПР, then the rest).
CREATE TABLE procedure (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,            -- 'ВПР РУ-5', 'ЕГЭ МА ПРОФ'
  kind          TEXT NOT NULL CHECK (kind IN ('ВПР', 'ОГЭ', 'ЕГЭ')),
  subject_code  TEXT NOT NULL,                   -- 'РУ', 'МА', 'ГЕО'
  subject       TEXT NOT NULL,                   -- 'Русский язык'
  grade         INTEGER CHECK (grade BETWEEN 4 AND 11),
  level         TEXT NOT NULL DEFAULT '' CHECK (level IN ('', 'ПРОФ', 'БАЗ')),
  title         TEXT NOT NULL,                   -- heading in the matrix
  position      INTEGER NOT NULL
);

-- low_share is in thousandths of a percent (33.3 % = 33300) so that the
-- 30 % rule is exact; a bare mark 'Н' has no numbers.
CREATE TABLE result (
  school_id      INTEGER NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  procedure_id   INTEGER NOT NULL REFERENCES procedure (id),
  participants   INTEGER CHECK (participants >= 0),
  low            INTEGER CHECK (low >= 0),
  low_share      INTEGER CHECK (low_share BETWEEN 0 AND 100000),
  mark           TEXT NOT NULL DEFAULT '' CHECK (mark IN ('', 'Н')),
  non_objective  INTEGER NOT NULL DEFAULT 0 CHECK (non_objective IN (0, 1)),
  PRIMARY KEY (school_id, year, procedure_id)
) WITHOUT ROWID;

-- isbsh in tenths (70.0 = 700) for the same reason.
CREATE TABLE context (
  school_id         INTEGER NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  year              INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  isbsh             INTEGER CHECK (isbsh BETWEEN 0 AND 1000),
  students          INTEGER CHECK (students >= 0),
  project_500       INTEGER CHECK (project_500 IN (0, 1)),
  reported_markers  INTEGER CHECK (reported_markers >= 0),
  PRIMARY KEY (school_id, year)
) WITHOUT ROWID;

-- One row per setting that differs from the default, per school year, so
-- that an old year keeps the rules it was classified with.
CREATE TABLE methodology (
  school_year  INTEGER NOT NULL REFERENCES school_year (start_year),
  key          TEXT NOT NULL,
  value        INTEGER NOT NULL,
  PRIMARY KEY (school_year, key)
) WITHOUT ROWID;

-- computed is NULL where there is no data to classify (years known only
-- from documents); final = coalesce (override, computed).
CREATE TABLE cluster_assignment (
  school_id        INTEGER NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  school_year      INTEGER NOT NULL REFERENCES school_year (start_year),
  computed         TEXT CHECK (computed IN ('SPU', 'SBU', 'SNRO', 'SFNSU', 'SRNR')),
  rule             TEXT NOT NULL DEFAULT '',
  markers_prev     INTEGER,
  markers_cur      INTEGER,
  level            TEXT CHECK (level IN ('strong', 'moderate', 'basic', 'single', 'none')),
  resilient        INTEGER NOT NULL DEFAULT 0 CHECK (resilient IN (0, 1)),
  explanation      TEXT NOT NULL DEFAULT '',
  override         TEXT CHECK (override IN ('SPU', 'SBU', 'SNRO', 'SFNSU', 'SRNR')),
  override_reason  TEXT NOT NULL DEFAULT '',
  override_date    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (school_id, school_year),
  CHECK (override IS NULL OR override_reason <> '')
) WITHOUT ROWID;

CREATE INDEX cluster_by_year ON cluster_assignment (school_year, school_id);
