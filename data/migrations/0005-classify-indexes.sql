-- SPDX-License-Identifier: GPL-3.0-or-later
-- The results with 0 participants: the classification names
-- them as warnings, and without this index it would read every result
-- of the window to find the few there are. Partial, so that an import
-- pays only for the rows it holds (almost none), with the columns that
-- mk_result_judge reads so that SQLite needs no other look-up.
CREATE INDEX IF NOT EXISTS result_no_participants
  ON result (school_id, year, procedure_id, participants, low, low_share, mark,
              non_objective)
  WHERE participants = 0;
