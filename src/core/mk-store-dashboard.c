#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <string.h>

#include "mk-markers.h"
#include "mk-natural.h"
#include "mk-store-dashboard.h"
#include "mk-store-private.h"
#include "mk-store-results-private.h"

/* The filter starts from the municipality (school's unique index leads
 * with it); without one the registry is not joined at all: the join cost
 * 0.4 s over 40,000 schools × 5 years. */
#define FROM_FILTERED \
  "FROM municipality m JOIN school s ON s.municipality_id = m.id " \
  "JOIN cluster_assignment a ON a.school_id = s.id WHERE m.name_key = ?1 "
#define FROM_ALL "FROM cluster_assignment a WHERE ?1 IS NULL "

static gboolean
filtered (const char *municipality)
{
  return municipality != NULL && *municipality != '\0';
}

static sqlite3_stmt *
aggregate_statement (MkStore     *self,
                     const char  *columns,
                     const char  *municipality,
                     GError     **error)
{
  /* Counted in C: SQLite's GROUP BY sorted the 200,000 rows of a
   * national database in a temporary b-tree, three times slower. */
  g_autofree char *sql = g_strdup_printf ("SELECT a.school_year, %s, 1 %s", columns,
                                          filtered (municipality) ? FROM_FILTERED : FROM_ALL);
  sqlite3_stmt *stmt = mk_store_statement (self, sql, error);
  g_autofree char *key = NULL;

  if (stmt == NULL || !filtered (municipality))
    return stmt;
  key = mk_store_municipality_key (municipality);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  return stmt;
}

static MkCluster
cluster_of (const char *code)
{
  MkCluster cluster = MK_CLUSTER_NONE;

  if (code != NULL)
    mk_cluster_from_code (code, &cluster);
  return cluster;
}

/* The entry of SCHOOL_YEAR (every entry starts with its year), inserted
 * in order when new; a database holds a handful of years. */
static gpointer
year_entry (GArray *years,
            int     school_year)
{
  guint size = g_array_get_element_size (years);
  guint i = years->len;
  gpointer entry;

  while (i > 0 && *(int *) (years->data + (i - 1) * size) >= school_year)
    {
      if (*(int *) (years->data + (i - 1) * size) == school_year)
        return years->data + (i - 1) * size;
      i--;
    }
  g_array_set_size (years, years->len + 1);
  memmove (years->data + (i + 1) * size, years->data + i * size, (years->len - 1 - i) * size);
  entry = years->data + i * size;
  memset (entry, 0, size);
  *(int *) entry = school_year;
  return entry;
}

GArray *
mk_store_list_cluster_years (MkStore     *self,
                             const char  *municipality,
                             GError     **error)
{
  sqlite3_stmt *stmt = aggregate_statement (self, "coalesce (a.override, a.computed)",
                                            municipality, error);
  g_autoptr(GArray) years = g_array_new (FALSE, TRUE, sizeof (MkClusterYear));
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkClusterYear *year = year_entry (years, sqlite3_column_int (stmt, 0));
      year->counts[cluster_of (mk_stmt_column_text (stmt, 1))] += sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&years);
}

GArray *
mk_store_list_level_years (MkStore     *self,
                           const char  *municipality,
                           GError     **error)
{
  sqlite3_stmt *stmt = aggregate_statement (self, "a.level", municipality, error);
  g_autoptr(GArray) years = g_array_new (FALSE, TRUE, sizeof (MkLevelYear));
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkLevelYear *year = year_entry (years, sqlite3_column_int (stmt, 0));
      const char *code = (const char *) sqlite3_column_text (stmt, 1);
      MkLevel level;

      if (code != NULL && mk_level_from_code (code, &level))
        year->counts[level] += sqlite3_column_int (stmt, 2);
      else
        year->unknown += sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&years);
}

const char *
mk_procedure_kind_name (MkProcedureKind kind)
{
  static const char *names[] = { "ВПР", "ОГЭ", "ЕГЭ" };

  return names[CLAMP (kind, 0, MK_N_KINDS - 1)];
}

static MkProcedureKind
kind_of (const char *name)
{
  for (guint k = 0; k < MK_N_KINDS; k++)
    if (g_strcmp0 (name, mk_procedure_kind_name (k)) == 0)
      return k;
  return MK_KIND_VPR;
}

static void
marker_year_clear (gpointer item)
{
  MkMarkerYear *year = item;

  for (guint k = 0; k < MK_N_KINDS; k++)
    g_free (year->procedures[k]);
}

static void
add_marker (MkMarkerYear    *year,
            MkProcedureKind  kind,
            const char      *code)
{
  char *old = year->procedures[kind];

  year->counts[kind]++;
  year->procedures[kind] = old != NULL ? g_strconcat (old, ", ", code, NULL) : g_strdup (code);
  g_free (old);
}

/* One school's results are a key prefix of the result table: cheap. */
GArray *
mk_store_list_school_markers (MkStore             *self,
                              gint64               school_id,
                              const MkMethodology *methodology,
                              GError             **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT r.year, p.kind, p.code, r.participants, r.low, r.low_share, "
      "r.mark = 'Н', r.non_objective FROM result r "
      "JOIN procedure p ON p.id = r.procedure_id "
      "WHERE r.school_id = ?1 ORDER BY r.year, p.position", error);
  g_autoptr(GArray) years = g_array_new (FALSE, TRUE, sizeof (MkMarkerYear));
  int rc;

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (years, marker_year_clear);
  sqlite3_bind_int64 (stmt, 1, school_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkMarkerYear *year = year_entry (years, sqlite3_column_int (stmt, 0));
      MkResultRow row = {
        school_id, year->year, 0, mk_stmt_column_text (stmt, 2),
        mk_stmt_column_number (stmt, 3), mk_stmt_column_number (stmt, 4),
        mk_stmt_column_number (stmt, 5), sqlite3_column_int (stmt, 6),
        sqlite3_column_int (stmt, 7) };

      if (mk_result_is_marker (&row, methodology))
        add_marker (year, kind_of (mk_stmt_column_text (stmt, 1)), row.procedure_code);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&years);
}

/* --- Heat map ----------------------------------------------------------- */

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
  g_ptr_array_unref (heatmap->procedures);
  g_ptr_array_unref (heatmap->rows);
  g_free (heatmap);
}

typedef struct {
  MkHeatmap           *heatmap;
  const MkMethodology *methodology;
  GHashTable          *columns;  /* procedure id → column + 1 */
  GHashTable          *schools;  /* school id → MkHeatmapRow */
} HeatmapRun;

static gboolean
load_columns (MkStore     *self,
              HeatmapRun  *run,
              GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT id, code FROM procedure ORDER BY position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (run->heatmap->procedures, g_strdup (mk_stmt_column_text (stmt, 1)));
      g_hash_table_insert (run->columns, GINT_TO_POINTER (sqlite3_column_int (stmt, 0)),
                           GUINT_TO_POINTER (run->heatmap->procedures->len));
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

static gboolean
load_schools (MkStore     *self,
              HeatmapRun  *run,
              const char  *municipality,
              GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT a.school_id, m.name, s.name, coalesce (a.override, a.computed) "
      "FROM cluster_assignment a JOIN school s ON s.id = a.school_id "
      "JOIN municipality m ON m.id = s.municipality_id "
      "WHERE (?1 IS NULL OR m.name_key = ?1) AND a.school_year = ?2", error);
  g_autofree char *key = filtered (municipality) ? mk_store_municipality_key (municipality) : NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, run->heatmap->school_year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkHeatmapRow *row = g_new0 (MkHeatmapRow, 1);

      row->school_id = sqlite3_column_int64 (stmt, 0);
      row->municipality = g_strdup (mk_stmt_column_text (stmt, 1));
      row->name = g_strdup (mk_stmt_column_text (stmt, 2));
      row->cluster = cluster_of ((const char *) sqlite3_column_text (stmt, 3));
      g_hash_table_insert (run->schools, &row->school_id, row);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

static gboolean
count_marker (const MkResultRow *result,
              gpointer           user_data)
{
  HeatmapRun *run = user_data;
  MkHeatmapRow *row = g_hash_table_lookup (run->schools, &result->school_id);
  guint column = GPOINTER_TO_UINT (g_hash_table_lookup (run->columns,
                                                        GINT_TO_POINTER ((int) result->procedure_id)));

  if (row == NULL || column == 0 || !mk_result_is_marker (result, run->methodology))
    return TRUE;
  if (row->cells == NULL)
    row->cells = g_new0 (guint8, run->heatmap->procedures->len);
  row->cells[column - 1]++;
  row->n_markers++;
  return TRUE;
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

/* Moves the schools with markers (of CLUSTER) into the heat map's rows. */
static void
collect_rows (HeatmapRun *run,
              MkCluster   cluster)
{
  GHashTableIter iter;
  MkHeatmapRow *row;

  g_hash_table_iter_init (&iter, run->schools);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    {
      g_hash_table_iter_steal (&iter);
      if (row->n_markers > 0 && (cluster == MK_CLUSTER_NONE || row->cluster == cluster))
        g_ptr_array_add (run->heatmap->rows, row);
      else
        heatmap_row_free (row);
    }
  g_ptr_array_sort (run->heatmap->rows, compare_rows);
}

MkHeatmap *
mk_store_get_heatmap (MkStore     *self,
                      int          school_year,
                      MkCluster    cluster,
                      const char  *municipality,
                      GError     **error)
{
  g_autoptr(MkHeatmap) heatmap = g_new0 (MkHeatmap, 1);
  g_autoptr(MkMethodology) methodology = mk_store_load_methodology (self, school_year, error);
  g_autoptr(GHashTable) columns = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) schools = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                         NULL, heatmap_row_free);
  HeatmapRun run = { heatmap, methodology, columns, schools };

  heatmap->school_year = school_year;
  heatmap->procedures = g_ptr_array_new_with_free_func (g_free);
  heatmap->rows = g_ptr_array_new_with_free_func (heatmap_row_free);
  if (methodology == NULL)
    return NULL;
  heatmap->last_year = school_year;
  heatmap->first_year = school_year - mk_methodology_get (methodology, MK_SETTING_WINDOW) + 1;
  if (!load_columns (self, &run, error) || !load_schools (self, &run, municipality, error) ||
      !mk_store_foreach_result (self, heatmap->first_year, heatmap->last_year,
                                count_marker, &run, error))
    return NULL;
  collect_rows (&run, cluster);
  return g_steal_pointer (&heatmap);
}
