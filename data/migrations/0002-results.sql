-- SPDX-License-Identifier: GPL-3.0-or-later
-- Assessment procedures, results, school context, methodology and cluster
-- assignments (docs/methodology.md).

-- The catalog of procedures; position is the column order of the marker
-- matrix (Приложение 1 of the Smolensk monitoring report, docs/sources.md:
-- 10 ОГЭ, 10 ЕГЭ, 10 ВПР, then the rest).
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

-- The settings of each school year (keys of mk-methodology.c). Every key is
-- written when a year is first classified or its settings are saved, so an
-- old year keeps the rules it was classified with even when a later
-- version changes a default; a key missing here takes the default.
CREATE TABLE methodology (
  school_year  INTEGER NOT NULL REFERENCES school_year (start_year),
  key          TEXT NOT NULL,
  value        INTEGER NOT NULL,
  PRIMARY KEY (school_year, key)
) WITHOUT ROWID;

-- computed is NULL where there is no data to classify (years known only
-- from documents, or no results in the window); final = coalesce
-- (override, computed). isbsh (tenths) is the value the rules used, from
-- the latest window year that has one. Classification rewrites only the
-- columns up to explanation; the override columns are the user's.
-- override_date is ISO (2023-09-01). The checks are OR chains, not IN
-- lists: SQLite 3.40 builds an ephemeral table for every IN list on every
-- write, which made classifying 40,000 schools take 6 s instead of 0.2 s.
CREATE TABLE cluster_assignment (
  school_id        INTEGER NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  school_year      INTEGER NOT NULL REFERENCES school_year (start_year),
  computed         TEXT CHECK (computed = 'SPU' OR computed = 'SBU' OR
                               computed = 'SNRO' OR computed = 'SFNSU' OR
                               computed = 'SRNR'),
  rule             TEXT NOT NULL DEFAULT '',
  markers_prev     INTEGER,
  markers_cur      INTEGER,
  level            TEXT CHECK (level = 'strong' OR level = 'moderate' OR
                               level = 'basic' OR level = 'single' OR
                               level = 'none'),
  resilient        INTEGER NOT NULL DEFAULT 0 CHECK (resilient = 0 OR resilient = 1),
  explanation      TEXT NOT NULL DEFAULT '',
  isbsh            INTEGER CHECK (isbsh BETWEEN 0 AND 1000),
  override         TEXT CHECK (override = 'SPU' OR override = 'SBU' OR
                               override = 'SNRO' OR override = 'SFNSU' OR
                               override = 'SRNR'),
  override_reason  TEXT NOT NULL DEFAULT '',
  override_date    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (school_id, school_year),
  CHECK (override IS NULL OR override_reason <> '')
) WITHOUT ROWID;

CREATE INDEX cluster_by_year ON cluster_assignment (school_year, school_id);

-- The default catalog: the 30 columns of Приложение 1, Таблица 1 of the
-- Smolensk monitoring report in its order (10 ОГЭ, 10 ЕГЭ, 10 ВПР), then the
-- ЕГЭ subjects the matrix leaves out. Codes are the ones mk_procedure_parse
-- produces.
INSERT INTO procedure (code, kind, subject_code, subject, grade, level, title, position) VALUES
  ('ОГЭ РУ',      'ОГЭ', 'РУ',  'Русский язык',     NULL, '',     'Русский язык',      1),
  ('ОГЭ МА',      'ОГЭ', 'МА',  'Математика',       NULL, '',     'Математика',        2),
  ('ОГЭ ФИЗ',     'ОГЭ', 'ФИЗ', 'Физика',           NULL, '',     'Физика',            3),
  ('ОГЭ ХИМ',     'ОГЭ', 'ХИМ', 'Химия',            NULL, '',     'Химия',             4),
  ('ОГЭ ИНФ',     'ОГЭ', 'ИНФ', 'Информатика',      NULL, '',     'Информатика',       5),
  ('ОГЭ БИО',     'ОГЭ', 'БИО', 'Биология',         NULL, '',     'Биология',          6),
  ('ОГЭ ИСТ',     'ОГЭ', 'ИСТ', 'История',          NULL, '',     'История',           7),
  ('ОГЭ ГЕО',     'ОГЭ', 'ГЕО', 'География',        NULL, '',     'География',         8),
  ('ОГЭ ОБЩ',     'ОГЭ', 'ОБЩ', 'Обществознание',   NULL, '',     'Обществознание',    9),
  ('ОГЭ ЛИТ',     'ОГЭ', 'ЛИТ', 'Литература',       NULL, '',     'Литература',       10),
  ('ЕГЭ МА ПРОФ', 'ЕГЭ', 'МА',  'Математика',       NULL, 'ПРОФ', 'Математика ПРОФ',  11),
  ('ЕГЭ МА БАЗ',  'ЕГЭ', 'МА',  'Математика',       NULL, 'БАЗ',  'Математика БАЗ',   12),
  ('ЕГЭ ФИЗ',     'ЕГЭ', 'ФИЗ', 'Физика',           NULL, '',     'Физика',           13),
  ('ЕГЭ ХИМ',     'ЕГЭ', 'ХИМ', 'Химия',            NULL, '',     'Химия',            14),
  ('ЕГЭ БИО',     'ЕГЭ', 'БИО', 'Биология',         NULL, '',     'Биология',         15),
  ('ЕГЭ ИСТ',     'ЕГЭ', 'ИСТ', 'История',          NULL, '',     'История',          16),
  ('ЕГЭ ГЕО',     'ЕГЭ', 'ГЕО', 'География',        NULL, '',     'География',        17),
  ('ЕГЭ ОБЩ',     'ЕГЭ', 'ОБЩ', 'Обществознание',   NULL, '',     'Обществознание',   18),
  ('ЕГЭ ЛИТ',     'ЕГЭ', 'ЛИТ', 'Литература',       NULL, '',     'Литература',       19),
  ('ЕГЭ ИНФ',     'ЕГЭ', 'ИНФ', 'Информатика',      NULL, '',     'Информатика',      20),
  ('ВПР МА-4',    'ВПР', 'МА',  'Математика',       4,    '',     'Математика 4 кл',  21),
  ('ВПР МА-5',    'ВПР', 'МА',  'Математика',       5,    '',     'Математика 5 кл',  22),
  ('ВПР МА-6',    'ВПР', 'МА',  'Математика',       6,    '',     'Математика 6 кл',  23),
  ('ВПР МА-7',    'ВПР', 'МА',  'Математика',       7,    '',     'Математика 7 кл',  24),
  ('ВПР МА-8',    'ВПР', 'МА',  'Математика',       8,    '',     'Математика 8 кл',  25),
  ('ВПР РУ-4',    'ВПР', 'РУ',  'Русский язык',     4,    '',     'Русский язык 4 кл', 26),
  ('ВПР РУ-5',    'ВПР', 'РУ',  'Русский язык',     5,    '',     'Русский язык 5 кл', 27),
  ('ВПР РУ-6',    'ВПР', 'РУ',  'Русский язык',     6,    '',     'Русский язык 6 кл', 28),
  ('ВПР РУ-7',    'ВПР', 'РУ',  'Русский язык',     7,    '',     'Русский язык 7 кл', 29),
  ('ВПР РУ-8',    'ВПР', 'РУ',  'Русский язык',     8,    '',     'Русский язык 8 кл', 30),
  ('ЕГЭ РУ',      'ЕГЭ', 'РУ',  'Русский язык',     NULL, '',     'Русский язык',     31),
  ('ЕГЭ АНГ',     'ЕГЭ', 'АНГ', 'Английский язык',  NULL, '',     'Английский язык',  32),
  ('ЕГЭ НЕМ',     'ЕГЭ', 'НЕМ', 'Немецкий язык',    NULL, '',     'Немецкий язык',    33);
