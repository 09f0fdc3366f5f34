#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-store-private.h"
#include "mk-store-results.h"

/* The marker rule of mk-store-result-matrix.c (cell_is_marker) in SQL, so
 * that SQLite drops the eleven results in twelve that are not markers
 * before they reach C: a 'Н'; else, with participants, 100000·low ≥
 * threshold·participants (0 participants never); else the stored share. */
#define MARKER_SQL \
  "(r.mark = 'Н' " \
  " OR (?4 AND r.non_objective) " \
  " OR (r.participants > 0 AND r.low IS NOT NULL " \
  "     AND 100000 * r.low >= ?3 * r.participants) " \
  " OR ((r.participants IS NULL OR (r.participants > 0 AND r.low IS NULL)) " \
  "     AND r.low_share >= 0 AND r.low_share >= ?3))"

GArray *
mk_store_count_markers (MkStore   *self,
                        int        first_year,
                        int        last_year,
                        int        threshold,
                        gboolean   non_objective,
                        GError   **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT r.school_id, r.procedure_id, count(*) FROM result r "
      "WHERE r.year BETWEEN ?1 AND ?2 AND " MARKER_SQL " "
      "GROUP BY r.school_id, r.procedure_id ORDER BY r.school_id, r.procedure_id",
      error);
  g_autoptr(GArray) counts = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  counts = g_array_new (FALSE, FALSE, sizeof (MkMarkerCount));
  sqlite3_bind_int (stmt, 1, first_year);
  sqlite3_bind_int (stmt, 2, last_year);
  sqlite3_bind_int (stmt, 3, threshold);
  sqlite3_bind_int (stmt, 4, non_objective != FALSE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkMarkerCount count = {
        .school_id = sqlite3_column_int64 (stmt, 0),
        .procedure_id = sqlite3_column_int64 (stmt, 1),
        .n_years = sqlite3_column_int (stmt, 2),
      };

      g_array_append_val (counts, count);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return mk_store_fail (self, error), NULL;
  return g_steal_pointer (&counts);
}
