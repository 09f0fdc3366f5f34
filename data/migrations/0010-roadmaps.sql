-- SPDX-License-Identifier: GPL-3.0-or-later
-- Roadmaps (дорожные карты, планы мероприятий): a plan of measures for some
-- clusters of a school year, approved by an order; its items in document
-- order; and what each school (or, for a municipal plan, the municipality)
-- reported of each item (docs/roadmaps.md).
CREATE TABLE roadmap (
  id                 INTEGER PRIMARY KEY,
  school_year        INTEGER NOT NULL CHECK (school_year BETWEEN 1990 AND 2100),
  number             INTEGER NOT NULL CHECK (number > 0),
  title              TEXT NOT NULL DEFAULT '',
  -- A municipal plan is reported by the municipality as a whole, a school
  -- plan by every school of its clusters.
  level              TEXT NOT NULL DEFAULT 'school' CHECK (level IN ('school', 'municipal')),
  municipality_id    INTEGER REFERENCES municipality (id),
  order_number       TEXT NOT NULL DEFAULT '',
  order_date         TEXT NOT NULL DEFAULT '',
  order_title        TEXT NOT NULL DEFAULT '',
  -- «1. Организационно-управленческое направление» (numbered) or a plain
  -- heading with the items numbered straight through.
  numbered_sections  INTEGER NOT NULL DEFAULT 1 CHECK (numbered_sections IN (0, 1)),
  archived           INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE UNIQUE INDEX roadmap_key ON roadmap (school_year, number, IFNULL (municipality_id, 0));

CREATE TABLE roadmap_cluster (
  roadmap_id  INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
  cluster     TEXT NOT NULL CHECK (cluster IN ('SPU', 'SBU', 'SNRO', 'SFNSU', 'SRNR')),
  PRIMARY KEY (roadmap_id, cluster)
) WITHOUT ROWID;

-- Items in document order (position); the code («1.5.2.») follows from
-- the order, the depth and the headings, so it is never stored.
CREATE TABLE roadmap_item (
  id               INTEGER PRIMARY KEY,
  roadmap_id       INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  depth            INTEGER NOT NULL DEFAULT 0 CHECK (depth BETWEEN 0 AND 5),
  heading          INTEGER NOT NULL DEFAULT 0 CHECK (heading IN (0, 1)),
  title            TEXT NOT NULL DEFAULT '',
  deadline         TEXT NOT NULL DEFAULT '',
  date_from        TEXT NOT NULL DEFAULT '',
  date_to          TEXT NOT NULL DEFAULT '',
  responsible      TEXT NOT NULL DEFAULT '',
  expected_result  TEXT NOT NULL DEFAULT '',
  UNIQUE (roadmap_id, position)
);

-- School 0 is the municipality of a municipal plan.
CREATE TABLE roadmap_status (
  item_id      INTEGER NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
  school_id    INTEGER NOT NULL DEFAULT 0,
  status       TEXT NOT NULL DEFAULT 'unknown'
               CHECK (status IN ('yes', 'no', 'partly', 'not_needed', 'unknown')),
  information  TEXT NOT NULL DEFAULT '',
  evidence     TEXT NOT NULL DEFAULT '',
  reported     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (item_id, school_id)
) WITHOUT ROWID;
