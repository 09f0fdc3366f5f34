/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-store-private.h"
#include "mk-store-results.h"
#include "mk-store-share-private.h"

/* The marker rule (docs/methodology.md, «Markers») as mk_result_judge
 * applies it, in SQL, so that SQLite drops the eleven results in twelve
 * that are not markers before they reach C; at the default threshold it
 * reads them from the partial index result_marker alone. The heat map and
 * the marker matrix share it, so that both count what the classification
 * counts. */

#define SHARE MK_STORE_SHARE_SQL

char *
mk_store_markers_sql (int         threshold,
                      gboolean    non_objective,
                      const char *scope)
{
  g_autofree char *low = g_strdup_printf (
      "SELECT school_id, procedure_id FROM result WHERE year BETWEEN ?1 AND ?2 "
      "AND %s AND " SHARE " >= %d", scope, threshold);

  if (!non_objective)
    return g_steal_pointer (&low);
  return g_strdup_printf ("%s UNION ALL SELECT school_id, procedure_id FROM result "
                          "WHERE year BETWEEN ?1 AND ?2 AND %s AND non_objective = 1 "
                          "AND participants IS NOT 0 AND coalesce (" SHARE " >= %d, 0) = 0",
                          low, scope, threshold);
}

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
  g_autofree char *sql = mk_store_markers_sql (threshold, non_objective, "1");
  sqlite3_stmt *stmt = mk_store_statement (self, sql, error);
  g_autoptr(GArray) counts = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  counts = g_array_new (FALSE, FALSE, sizeof (MkMarkerCount));
  sqlite3_bind_int (stmt, 1, first_year);
  sqlite3_bind_int (stmt, 2, last_year);
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
