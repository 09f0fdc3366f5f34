/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-natural.h"
#include "mk-store-dashboard.h"
#include "mk-store-private.h"

/* The heat map reads only the results that are markers: SQL counts them
 * per school over the partial index result_marker (migration 0004), and
 * only the schools shown are read procedure by procedure. */

#define IN_MUNICIPALITY \
  "school_id IN (SELECT s.id FROM school s JOIN municipality m " \
  "ON m.id = s.municipality_id WHERE m.name_key = ?3)"

/* The marker results of the window ?1 … ?2 of the schools SCOPE. */
static char *
markers_sql (const MkMethodology *methodology,
             const char          *scope)
{
  return mk_store_markers_sql (1000 * mk_methodology_get (methodology,
                                                          MK_SETTING_MARKER_THRESHOLD),
                               mk_methodology_get (methodology,
                                                   MK_SETTING_COUNT_NON_OBJECTIVE) != 0,
                               scope);
}

static void
heatmap_row_free (gpointer item)
{
  MkHeatmapRow *row = item;

  g_free (row->municipality);
  g_free (row->name);
  g_free (row->cells);
  g_free (row);
}

void
mk_heatmap_free (MkHeatmap *heatmap)
{
  if (heatmap == NULL)
    return;
  g_clear_pointer (&heatmap->procedures, g_ptr_array_unref);
  g_clear_pointer (&heatmap->rows, g_ptr_array_unref);
  g_clear_pointer (&heatmap->procedure_ids, g_array_unref);
  g_free (heatmap);
}

/* A school of the year's assignments and its markers in the window. */
typedef struct {
  gint64    school_id;
  MkCluster cluster;
  guint     n_markers;
} Candidate;

typedef struct {
  MkStore             *store;
  MkHeatmap           *heatmap;
  const MkMethodology *methodology;
  char                *municipality_key;  /* NULL for all */
  GArray              *candidates;        /* Candidate, by school id */
} HeatmapRun;

static gboolean
load_columns (HeatmapRun  *run,
              GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (run->store,
      "SELECT id, code FROM procedure ORDER BY position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (run->heatmap->procedure_ids, id);
      g_ptr_array_add (run->heatmap->procedures, g_strdup (mk_stmt_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (run->store, error);
}

static MkCluster
cluster_of (const char *code)
{
  MkCluster cluster = MK_CLUSTER_NONE;

  if (code != NULL)
    mk_cluster_from_code (code, &cluster);
  return cluster;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = ((const Candidate *) a)->school_id, y = ((const Candidate *) b)->school_id;

  return x < y ? -1 : x > y;
}

/* The schools of the year (and municipality) with their final cluster;
 * over the covering index cluster_summary when all are read. */
static gboolean
load_candidates (HeatmapRun  *run,
                 GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (run->store, run->municipality_key == NULL
      ? "SELECT school_id, coalesce (override, computed) FROM cluster_assignment "
        "WHERE school_year = ?1"
      : "SELECT a.school_id, coalesce (a.override, a.computed) FROM municipality m "
        "JOIN school s ON s.municipality_id = m.id JOIN cluster_assignment a "
        "ON a.school_id = s.id AND a.school_year = ?1 WHERE m.name_key = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, run->heatmap->school_year);
  if (run->municipality_key != NULL)
    sqlite3_bind_text (stmt, 2, run->municipality_key, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Candidate candidate = { sqlite3_column_int64 (stmt, 0),
                              cluster_of (mk_stmt_column_text (stmt, 1)), 0 };
      g_array_append_val (run->candidates, candidate);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return mk_store_fail (run->store, error);
  g_array_sort (run->candidates, compare_ids);
  return TRUE;
}

static Candidate *
find_candidate (GArray *candidates,
                gint64  school_id)
{
  Candidate key = { school_id, 0, 0 };
  guint index;

  if (!g_array_binary_search (candidates, &key, compare_ids, &index))
    return NULL;
  return &g_array_index (candidates, Candidate, index);
}

static void
bind_window (HeatmapRun   *run,
             sqlite3_stmt *stmt)
{
  sqlite3_bind_int (stmt, 1, run->heatmap->first_year);
  sqlite3_bind_int (stmt, 2, run->heatmap->last_year);
}

/* Markers per school: the index is ordered by school, so the GROUP BY
 * streams without a sort. */
static gboolean
count_markers (HeatmapRun  *run,
               GError     **error)
{
  g_autofree char *markers = markers_sql (run->methodology,
                                          run->municipality_key != NULL ? IN_MUNICIPALITY : "1");
  g_autofree char *sql = g_strdup_printf ("SELECT school_id, count(*) FROM (%s) "
                                          "GROUP BY school_id", markers);
  sqlite3_stmt *stmt = mk_store_statement (run->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_window (run, stmt);
  if (run->municipality_key != NULL)
    sqlite3_bind_text (stmt, 3, run->municipality_key, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Candidate *candidate = find_candidate (run->candidates, sqlite3_column_int64 (stmt, 0));

      if (candidate == NULL)
        continue;
      candidate->n_markers = sqlite3_column_int (stmt, 1);
      run->heatmap->n_schools[candidate->cluster]++;
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE || mk_store_fail (run->store, error);
}

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->n_markers != y->n_markers)
    return x->n_markers > y->n_markers ? -1 : 1;
  return compare_ids (a, b);
}

static gboolean
read_row (HeatmapRun    *run,
          MkHeatmapRow  *row,
          GError       **error)
{
  sqlite3_stmt *stmt = mk_store_statement (run->store,
      "SELECT m.name, s.name FROM school s JOIN municipality m "
      "ON m.id = s.municipality_id WHERE s.id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->school_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      row->municipality = g_strdup (mk_stmt_column_text (stmt, 0));
      row->name = g_strdup (mk_stmt_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE || mk_store_fail (run->store, error);
}

static guint
column_of (MkHeatmap *heatmap,
           gint64     procedure_id)
{
  for (guint c = 0; c < heatmap->procedure_ids->len; c++)
    if (g_array_index (heatmap->procedure_ids, gint64, c) == procedure_id)
      return c;
  return G_MAXUINT;
}

static gboolean
read_cells (HeatmapRun    *run,
            MkHeatmapRow  *row,
            GError       **error)
{
  /* Counted in C: a GROUP BY would sort a handful of rows, 200 times. */
  g_autofree char *sql = markers_sql (run->methodology, "school_id = ?3");
  sqlite3_stmt *stmt = mk_store_statement (run->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_window (run, stmt);
  sqlite3_bind_int64 (stmt, 3, row->school_id);
  row->cells = g_new0 (guint8, run->heatmap->procedures->len);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint column = column_of (run->heatmap, sqlite3_column_int64 (stmt, 1));

      if (column != G_MAXUINT)
        row->cells[column]++;
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE || mk_store_fail (run->store, error);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const MkHeatmapRow *x = *(MkHeatmapRow **) a, *y = *(MkHeatmapRow **) b;

  if (x->n_markers != y->n_markers)
    return x->n_markers > y->n_markers ? -1 : 1;
  return mk_natural_compare (x->name, y->name);
}

/* Of each cluster the MAX_ROWS schools with the most markers (ties by
 * id, so the choice is stable), read in full. */
static gboolean
collect_rows (HeatmapRun  *run,
              guint        max_rows,
              GError     **error)
{
  guint taken[MK_N_CLUSTERS] = { 0 };

  g_array_sort (run->candidates, compare_markers);
  for (guint i = 0; i < run->candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (run->candidates, Candidate, i);
      MkHeatmapRow *row;

      if (candidate->n_markers == 0)
        break;
      if (max_rows > 0 && taken[candidate->cluster] >= max_rows)
        continue;
      taken[candidate->cluster]++;
      row = g_new0 (MkHeatmapRow, 1);
      row->school_id = candidate->school_id;
      row->cluster = candidate->cluster;
      row->n_markers = candidate->n_markers;
      g_ptr_array_add (run->heatmap->rows, row);
      if (!read_row (run, row, error) || !read_cells (run, row, error))
        return FALSE;
    }
  g_ptr_array_sort (run->heatmap->rows, compare_rows);
  return TRUE;
}

MkHeatmap *
mk_store_get_heatmap (MkStore     *self,
                      int          school_year,
                      const char  *municipality,
                      guint        max_rows,
                      GError     **error)
{
  g_autoptr(MkHeatmap) heatmap = g_new0 (MkHeatmap, 1);
  g_autoptr(MkMethodology) methodology = mk_store_load_methodology (self, school_year, error);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autofree char *key = municipality != NULL && *municipality != '\0'
                         ? mk_store_municipality_key (municipality) : NULL;
  HeatmapRun run = { self, heatmap, methodology, key, candidates };

  heatmap->school_year = school_year;
  heatmap->procedures = g_ptr_array_new_with_free_func (g_free);
  heatmap->procedure_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  heatmap->rows = g_ptr_array_new_with_free_func (heatmap_row_free);
  if (methodology == NULL)
    return NULL;
  heatmap->last_year = school_year;
  heatmap->first_year = school_year - mk_methodology_get (methodology, MK_SETTING_WINDOW) + 1;
  if (!load_columns (&run, error) || !load_candidates (&run, error) ||
      !count_markers (&run, error) || !collect_rows (&run, max_rows, error))
    return NULL;
  return g_steal_pointer (&heatmap);
}
