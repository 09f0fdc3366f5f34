#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-store-private.h"
#include "mk-store-results.h"

/* The marker rule of mk-store-result-matrix.c (cell_is_marker) in SQL, so
 * that SQLite drops the eleven results in twelve that are not markers
 * before they reach C: with participants, 100000·low ≥ threshold·
 * participants (0 participants never); a 'Н'; a counted «Необ.»; the
 * stored share when there are no participants or no count of low results.
 * The common test comes first: every term is evaluated for a non-marker,
 * and the order saves a fifth of the scan. */
#define MARKER_SQL \
  "((r.participants > 0 AND 100000 * r.low >= ?3 * r.participants) " \
  " OR r.mark = 'Н' OR (?4 AND r.non_objective) " \
  " OR (r.low_share >= ?3 " \
  "     AND (r.participants IS NULL OR (r.participants > 0 AND r.low IS NULL))))"

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const MkMarkerCount *x = a, *y = b;

  if (x->school_id != y->school_id)
    return x->school_id < y->school_id ? -1 : 1;
  return (x->procedure_id > y->procedure_id) - (x->procedure_id < y->procedure_id);
}

/* Sorts the marker years and merges those of one school and procedure:
 * in C, as SQLite's GROUP BY would sort them in a temporary b-tree at
 * three times the cost. */
static void
merge_years (GArray *counts)
{
  guint kept = 0;

  g_array_sort (counts, compare_counts);
  for (guint i = 0; i < counts->len; i++)
    {
      MkMarkerCount *count = &g_array_index (counts, MkMarkerCount, i);
      MkMarkerCount *last = kept > 0 ? &g_array_index (counts, MkMarkerCount, kept - 1) : NULL;

      if (last != NULL && compare_counts (last, count) == 0)
        last->n_years += count->n_years;
      else
        g_array_index (counts, MkMarkerCount, kept++) = *count;
    }
  g_array_set_size (counts, kept);
}

GArray *
mk_store_count_markers (MkStore   *self,
                        int        first_year,
                        int        last_year,
                        int        threshold,
                        gboolean   non_objective,
                        GError   **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT r.school_id, r.procedure_id FROM result r "
      "WHERE r.year BETWEEN ?1 AND ?2 AND " MARKER_SQL, error);
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
        .n_years = 1,
      };

      g_array_append_val (counts, count);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return mk_store_fail (self, error), NULL;
  merge_years (counts);
  return g_steal_pointer (&counts);
}
