/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <string.h>

#include "mk-markers.h"
#include "mk-store-dashboard.h"
#include "mk-store-private.h"
#include "mk-store-results-private.h"

/* Clusters and levels per school year, counted by SQL over the covering
 * index cluster_summary (migration 0004): no row leaves SQLite but the
 * hundred-odd groups. With a municipality the filter starts from it
 * (school's unique index leads with it). */
#define COUNT_ALL \
  "SELECT school_year, computed, override, level, count(*) FROM cluster_assignment " \
  "GROUP BY school_year, computed, override, level"
#define COUNT_FILTERED \
  "SELECT a.school_year, a.computed, a.override, a.level, count(*) " \
  "FROM municipality m JOIN school s ON s.municipality_id = m.id " \
  "JOIN cluster_assignment a ON a.school_id = s.id WHERE m.name_key = ?1 " \
  "GROUP BY a.school_year, a.computed, a.override, a.level"

static gboolean
filtered (const char *municipality)
{
  return municipality != NULL && *municipality != '\0';
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

static void
add_group (sqlite3_stmt *stmt,
           GArray       *clusters,
           GArray       *levels)
{
  int school_year = sqlite3_column_int (stmt, 0);
  const char *override = (const char *) sqlite3_column_text (stmt, 2);
  const char *code = (const char *) sqlite3_column_text (stmt, 3);
  guint n = sqlite3_column_int (stmt, 4);
  MkClusterYear *cluster_year = year_entry (clusters, school_year);
  MkLevelYear *level_year = year_entry (levels, school_year);
  MkLevel level;
  MkCluster final = cluster_of (override != NULL ? override
                                : (const char *) sqlite3_column_text (stmt, 1));

  cluster_year->counts[final] += n;
  cluster_year->classified |= sqlite3_column_type (stmt, 1) != SQLITE_NULL ||
                              (final != MK_CLUSTER_NONE && final != MK_CLUSTER_SNRO);
  if (code != NULL && mk_level_from_code (code, &level))
    level_year->counts[level] += n;
  else
    level_year->unknown += n;
}

gboolean
mk_cluster_year_knows (const MkClusterYear *year,
                       MkCluster            cluster)
{
  if (year == NULL)
    return FALSE;
  return year->classified || (cluster == MK_CLUSTER_SNRO && year->counts[MK_CLUSTER_SNRO] > 0);
}

gboolean
mk_store_count_schools_of (MkStore     *self,
                           const char  *municipality,
                           guint       *n_schools,
                           GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, filtered (municipality)
      ? "SELECT count(*) FROM municipality m JOIN school s ON s.municipality_id = m.id "
        "WHERE m.name_key = ?1"
      : "SELECT count(*) FROM school", error);
  g_autofree char *key = filtered (municipality) ? mk_store_municipality_key (municipality) : NULL;
  int rc;

  *n_schools = 0;
  if (stmt == NULL)
    return FALSE;
  if (key != NULL)
    sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *n_schools = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_ROW || mk_store_fail (self, error);
}

gboolean
mk_store_count_years (MkStore     *self,
                      const char  *municipality,
                      GArray      *clusters,
                      GArray      *levels,
                      GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, filtered (municipality) ? COUNT_FILTERED
                                                                         : COUNT_ALL, error);
  g_autofree char *key = filtered (municipality) ? mk_store_municipality_key (municipality) : NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (key != NULL)
    sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_group (stmt, clusters, levels);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

GArray *
mk_store_list_cluster_years (MkStore     *self,
                             const char  *municipality,
                             GError     **error)
{
  g_autoptr(GArray) clusters = g_array_new (FALSE, TRUE, sizeof (MkClusterYear));
  g_autoptr(GArray) levels = g_array_new (FALSE, TRUE, sizeof (MkLevelYear));

  if (!mk_store_count_years (self, municipality, clusters, levels, error))
    return NULL;
  return g_steal_pointer (&clusters);
}

GArray *
mk_store_list_level_years (MkStore     *self,
                           const char  *municipality,
                           GError     **error)
{
  g_autoptr(GArray) clusters = g_array_new (FALSE, TRUE, sizeof (MkClusterYear));
  g_autoptr(GArray) levels = g_array_new (FALSE, TRUE, sizeof (MkLevelYear));

  if (!mk_store_count_years (self, municipality, clusters, levels, error))
    return NULL;
  return g_steal_pointer (&levels);
}

static MkProcedureKind
kind_of (const char *name)
{
  MkProcedureKind kind = MK_KIND_VPR;

  mk_procedure_kind_from_name (name, &kind);
  return kind;
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
/* Years known without results: listed as assessed (0 markers) or with a
 * reported total only. They are years with data, not gaps. */
static gboolean
add_known_years (MkStore  *self,
                 gint64    school_id,
                 GArray   *years,
                 GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT year FROM assessed WHERE school_id = ?1 UNION "
      "SELECT year FROM context WHERE school_id = ?1 AND reported_markers IS NOT NULL", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, school_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    year_entry (years, sqlite3_column_int (stmt, 0));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

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
  if (rc != SQLITE_DONE || !add_known_years (self, school_id, years, error))
    return (rc != SQLITE_DONE ? mk_store_fail (self, error) : FALSE, NULL);
  return g_steal_pointer (&years);
}
