-- SPDX-License-Identifier: GPL-3.0-or-later
-- Protocols of working-group meetings (docs/protocols.md): the document's
-- parts in order, the tables it embeds (a report and its parameters,
-- frozen with the protocol when it is approved) and its decisions, which
-- are tasks followed up at the next meeting.
CREATE TABLE protocol (
  id                 INTEGER PRIMARY KEY,
  number             TEXT NOT NULL,
  date               TEXT NOT NULL,                 -- yyyy-mm-dd
  body               TEXT NOT NULL DEFAULT '',      -- «муниципальной рабочей группы …»
  municipality       TEXT NOT NULL DEFAULT '',
  place              TEXT NOT NULL DEFAULT '',
  approver_position  TEXT NOT NULL DEFAULT '',
  approver_name      TEXT NOT NULL DEFAULT '',
  chair              TEXT NOT NULL DEFAULT '',
  secretary_position TEXT NOT NULL DEFAULT '',
  secretary          TEXT NOT NULL DEFAULT '',
  closing            TEXT NOT NULL DEFAULT '',
  approved           TEXT                           -- yyyy-mm-dd; NULL: a draft
);

-- Attendees in the order the protocol lists them; INVITED ones are
-- listed under «Приглашены».
CREATE TABLE protocol_attendee (
  protocol_id  INTEGER NOT NULL REFERENCES protocol (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  name         TEXT NOT NULL,
  job          TEXT NOT NULL DEFAULT '',
  invited      INTEGER NOT NULL DEFAULT 0 CHECK (invited IN (0, 1)),
  PRIMARY KEY (protocol_id, position)
) WITHOUT ROWID;

-- The reusable list of people and their positions the editor offers.
CREATE TABLE person (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL,
  job       TEXT NOT NULL DEFAULT '',
  UNIQUE (name, job)
);

CREATE TABLE protocol_item (
  id           INTEGER PRIMARY KEY,
  protocol_id  INTEGER NOT NULL REFERENCES protocol (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  title        TEXT NOT NULL,
  heard        TEXT NOT NULL DEFAULT '',
  UNIQUE (protocol_id, position)
);

-- The text of an item: paragraphs, list entries and tables in order. A
-- table is a report of the catalog with its parameters; FROZEN holds the
-- sheet as it was when the protocol was approved.
CREATE TABLE protocol_block (
  item_id       INTEGER NOT NULL REFERENCES protocol_item (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('paragraph', 'bullet', 'table')),
  text          TEXT NOT NULL DEFAULT '',
  report        TEXT NOT NULL DEFAULT '',
  school_year   INTEGER NOT NULL DEFAULT 0,
  first_year    INTEGER NOT NULL DEFAULT 0,
  municipality  TEXT NOT NULL DEFAULT '',
  school        TEXT NOT NULL DEFAULT '',
  frozen        BLOB,
  PRIMARY KEY (item_id, position)
) WITHOUT ROWID;

-- «Решили:»: numbered decisions of an item, with their sub-items (one per
-- line), and the task each is: who, by when, for which schools, and what
-- the next meeting heard of it.
-- Ids are never reused (AUTOINCREMENT): an undo writes a decision back
-- with its id, which no other decision may have taken meanwhile.
CREATE TABLE protocol_decision (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id      INTEGER NOT NULL REFERENCES protocol_item (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  text         TEXT NOT NULL,
  subitems     TEXT NOT NULL DEFAULT '',
  responsible  TEXT NOT NULL DEFAULT '',
  deadline     TEXT NOT NULL DEFAULT '',              -- yyyy-mm-dd or ''
  schools      TEXT NOT NULL DEFAULT '',              -- names, one per line
  status       TEXT NOT NULL DEFAULT 'open'
               CHECK (status IN ('open', 'done', 'in_progress', 'not_done')),
  UNIQUE (item_id, position)
);
CREATE INDEX protocol_decision_open ON protocol_decision (status, deadline);
