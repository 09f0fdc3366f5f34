-- SPDX-License-Identifier: GPL-3.0-or-later
-- Covering indexes of the dashboard (the Overview page): it reads aggregates,
-- and at national scale (40,000 schools) it must not read every row. IF NOT
-- EXISTS because the migrations are counted by name order: a database that
-- ran this file before a lower-numbered one arrived runs it again.

-- Clusters and levels per school year, counted by GROUP BY over the index
-- alone (school_id, the rest of the key, makes it cover the heat map's
-- clusters too).
CREATE INDEX IF NOT EXISTS cluster_summary
  ON cluster_assignment (school_year, computed, override, level);

-- The ШНРО history (Таблица 4 of the Smolensk monitoring report): only the
-- ШНРО rows. override and computed are columns of the index so that SQLite
-- 3.40 sees it covers the query (it does not yet look inside the WHERE of a
-- partial index).
CREATE INDEX IF NOT EXISTS cluster_snro
  ON cluster_assignment (school_year, school_id, override, computed)
  WHERE coalesce (override, computed) = 'SNRO';

-- The heat map's markers: the results at or above the default threshold
-- (30 %, docs/methodology.md), about one in twelve. The expression is the low
-- share in thousandths of a percent as mk_result_judge reads it (counts
-- first, then a share, then a bare «Н»); src/core/mk-store-heatmap.c
-- writes the same expression, and SQLite uses the index only when the
-- query repeats it exactly. Ordered by school so that the counts per
-- school need no sort.
CREATE INDEX IF NOT EXISTS result_marker
  ON result (school_id, year, procedure_id, participants, low, low_share, mark)
  WHERE (CASE WHEN participants > 0 AND low IS NOT NULL THEN 100000 * low / participants
              WHEN participants = 0 THEN NULL
              WHEN low_share IS NOT NULL THEN low_share
              WHEN mark = 'Н' THEN 100000 END) >= 30000;

-- «Необ.» results, which a methodology may count as markers.
CREATE INDEX IF NOT EXISTS result_non_objective
  ON result (school_id, year, procedure_id, participants, low, low_share, mark)
  WHERE non_objective = 1;
