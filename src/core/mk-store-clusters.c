/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mk-assignment-private.h"
#include "mk-date.h"
#include "mk-natural.h"
#include "mk-school-year.h"
#include "mk-snro-history.h"
#include "mk-store-clusters-private.h"

#define ASSIGNMENT_COLUMNS(explanation) \
  "SELECT a.school_id, a.school_year, m.name, s.name, a.markers_prev, " \
  "a.markers_cur, a.level, a.isbsh, a.computed, a.override, a.rule, " \
  "a.resilient, " explanation ", a.override_reason, a.override_date " \
  "FROM cluster_assignment a JOIN school s ON s.id = a.school_id " \
  "JOIN municipality m ON m.id = s.municipality_id "
#define ASSIGNMENT_SELECT ASSIGNMENT_COLUMNS ("a.explanation")

/* "06.2023" or "2023-06" → "2023-06", "2022" → "2022": documents often
 * date a decision by month or year only («Июнь, 2023 г.», «Смоленск,
 * 2022»), and a day made up would be false. */
static char *
iso_month (const char *text)
{
  unsigned int month = 0, year;
  char end;

  if (sscanf (text, "%4u%c", &year, &end) == 1 && strlen (text) == 4)
    return year >= 1990 && year <= 2100 ? g_strdup_printf ("%04u", year) : NULL;
  if (sscanf (text, "%2u.%4u%c", &month, &year, &end) != 2 &&
      sscanf (text, "%4u-%2u%c", &year, &month, &end) != 2)
    return NULL;
  if (month < 1 || month > 12 || year < 1990 || year > 2100)
    return NULL;
  return g_strdup_printf ("%04u-%02u", year, month);
}

/* "01.09.2023" or "2023-09-01" → "2023-09-01", a month alone → "2023-06";
 * NULL when not a date; today when none is given. */
static char *
iso_date (const char *text)
{
  g_autoptr(GDateTime) now = NULL;
  GDate date;

  if (text == NULL || *text == '\0')
    {
      now = g_date_time_new_now_local ();
      return g_date_time_format (now, "%Y-%m-%d");
    }
  if (mk_date_from_dmy (text, &date) || mk_date_from_iso (text, &date))
    return mk_date_to_iso (&date);
  return iso_month (text);
}

static gboolean
check_override (MkStore     *self,
                gint64       school_id,
                MkCluster    cluster,
                const char  *reason,
                GError     **error)
{
  g_autoptr(MkSchool) school = NULL;

  if (cluster == MK_CLUSTER_NONE || cluster >= MK_N_CLUSTERS)
    return (g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                                 _("Choose the cluster to set.")), FALSE);
  if (reason == NULL || *reason == '\0')
    return (g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                                 _("Give the reason for setting the cluster by "
                                   "hand: an order, a list, a decision.")), FALSE);
  school = mk_store_get_school (self, school_id, error);
  return school != NULL;
}

gboolean
mk_store_set_override (MkStore     *self,
                       gint64       school_id,
                       int          school_year,
                       MkCluster    cluster,
                       const char  *reason,
                       const char  *date,
                       GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autofree char *iso = iso_date (date);
  sqlite3_stmt *stmt;

  if (!check_override (self, school_id, cluster, trimmed, error))
    return FALSE;
  if (iso == NULL)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("«%s» is not a date: write it as 01.09.2023."), date), FALSE);
  if (!mk_store_ensure_school_year (self, school_year, error) ||
      (stmt = mk_store_statement (self,
         "INSERT INTO cluster_assignment (school_id, school_year, override, "
         "override_reason, override_date) VALUES (?1, ?2, ?3, ?4, ?5) "
         "ON CONFLICT (school_id, school_year) DO UPDATE SET "
         "override = excluded.override, override_reason = excluded.override_reason, "
         "override_date = excluded.override_date", error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, school_id);
  sqlite3_bind_int (stmt, 2, school_year);
  mk_stmt_bind_text (stmt, 3, mk_cluster_to_code (cluster));
  mk_stmt_bind_text (stmt, 4, trimmed);
  mk_stmt_bind_text (stmt, 5, iso);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_CLUSTERS);
  return TRUE;
}

static gboolean
run_keyed (MkStore     *self,
           const char  *sql,
           gint64       school_id,
           int          school_year,
           GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, school_id);
  sqlite3_bind_int (stmt, 2, school_year);
  return mk_store_step_done (self, stmt, error);
}

/* A row that only held the override (never classified: no explanation)
 * goes with it, so that the year does not list an empty assignment. */
gboolean
mk_store_clear_override (MkStore   *self,
                         gint64     school_id,
                         int        school_year,
                         gboolean  *had,
                         GError   **error)
{
  gboolean changed;

  if (!run_keyed (self, "UPDATE cluster_assignment SET override = NULL, "
                  "override_reason = '', override_date = '' WHERE school_id = ?1 "
                  "AND school_year = ?2 AND override IS NOT NULL",
                  school_id, school_year, error))
    return FALSE;
  changed = sqlite3_changes (mk_store_get_db (self)) > 0;
  if (had != NULL)
    *had = changed;
  if (!run_keyed (self, "DELETE FROM cluster_assignment WHERE school_id = ?1 "
                  "AND school_year = ?2 AND override IS NULL AND explanation = ''",
                  school_id, school_year, error))
    return FALSE;
  if (changed)
    mk_store_emit_changed (self, MK_TOPIC_CLUSTERS);
  return TRUE;
}

static void
bind_optional_int (sqlite3_stmt *stmt,
                   int           index,
                   int           value)
{
  if (value >= 0)
    sqlite3_bind_int (stmt, index, value);
}

static void
bind_optional_code (sqlite3_stmt *stmt,
                    int           index,
                    const char   *code)
{
  if (code != NULL)
    mk_stmt_bind_text (stmt, index, code);
}

gboolean
mk_store_restore_assignment (MkStore       *self,
                             MkAssignment  *item,
                             GError       **error)
{
  int level = mk_assignment_get_level (item);
  sqlite3_stmt *stmt;

  if (!mk_store_ensure_school_year (self, mk_assignment_get_school_year (item), error) ||
      (stmt = mk_store_statement (self,
         "INSERT OR REPLACE INTO cluster_assignment (school_id, school_year, "
         "computed, rule, markers_prev, markers_cur, level, resilient, explanation, "
         "isbsh, override, override_reason, override_date) VALUES (?1, ?2, ?3, ?4, "
         "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mk_assignment_get_school_id (item));
  sqlite3_bind_int (stmt, 2, mk_assignment_get_school_year (item));
  bind_optional_code (stmt, 3, mk_cluster_to_code (mk_assignment_get_computed (item)));
  mk_stmt_bind_text (stmt, 4, mk_rule_to_key (mk_assignment_get_rule (item)));
  bind_optional_int (stmt, 5, mk_assignment_get_markers_prev (item));
  bind_optional_int (stmt, 6, mk_assignment_get_markers_cur (item));
  bind_optional_code (stmt, 7, level >= 0 ? mk_level_to_code (level) : NULL);
  sqlite3_bind_int (stmt, 8, mk_assignment_get_resilient (item));
  mk_stmt_bind_text (stmt, 9, mk_assignment_get_facts (item));
  bind_optional_int (stmt, 10, mk_assignment_get_isbsh (item));
  bind_optional_code (stmt, 11, mk_cluster_to_code (mk_assignment_get_override (item)));
  mk_stmt_bind_text (stmt, 12, mk_assignment_get_override_reason (item));
  mk_stmt_bind_text (stmt, 13, mk_assignment_get_override_date (item));
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_CLUSTERS);
  return TRUE;
}

static int
column_int_or (sqlite3_stmt *stmt,
               int           column,
               int           fallback)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return fallback;
  return sqlite3_column_int (stmt, column);
}

static MkCluster
column_cluster (sqlite3_stmt *stmt,
                int           column)
{
  MkCluster cluster = MK_CLUSTER_NONE;

  mk_cluster_from_code (mk_stmt_column_text (stmt, column), &cluster);
  return cluster;
}

static void
read_assignment (sqlite3_stmt     *stmt,
                 MkAssignmentData *d)
{
  MkLevel level;

  d->school_id = sqlite3_column_int64 (stmt, 0);
  d->school_year = sqlite3_column_int (stmt, 1);
  d->municipality = g_strdup (mk_stmt_column_text (stmt, 2));
  d->school_name = g_strdup (mk_stmt_column_text (stmt, 3));
  d->markers_prev = column_int_or (stmt, 4, -1);
  d->markers_cur = column_int_or (stmt, 5, -1);
  d->level = mk_level_from_code (mk_stmt_column_text (stmt, 6), &level) ? (int) level : -1;
  d->isbsh = column_int_or (stmt, 7, -1);
  d->computed = column_cluster (stmt, 8);
  d->override = column_cluster (stmt, 9);
  d->rule = MK_RULE_NONE;
  mk_rule_from_key (mk_stmt_column_text (stmt, 10), &d->rule);
  d->resilient = sqlite3_column_int (stmt, 11);
  d->explanation = g_strdup (mk_stmt_column_text (stmt, 12));
  d->override_reason = g_strdup (mk_stmt_column_text (stmt, 13));
  d->override_date = g_strdup (mk_stmt_column_text (stmt, 14));
}

/* Every school year's ШНРО by final cluster: repeated and streak need
 * the years before, whatever list is asked for. */
/* The ШНРО years of every school, or of the municipality KEY's (the
 * history of a school is its own: a subset of schools counts the same).
 * Over the partial index cluster_snro (migration 0004), which holds only
 * ШНРО rows. */
static MkSnroHistory *
load_snro_history (MkStore     *self,
                   const char  *key,
                   GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, key == NULL
      ? "SELECT school_id, school_year FROM cluster_assignment "
        "WHERE coalesce (override, computed) = 'SNRO'"
      : "SELECT a.school_id, a.school_year FROM municipality m "
        "JOIN school s ON s.municipality_id = m.id "
        "JOIN cluster_assignment a ON a.school_id = s.id "
        "WHERE m.name_key = ?1 AND coalesce (a.override, a.computed) = 'SNRO'", error);
  g_autoptr(MkSnroHistory) history = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  if (key != NULL)
    sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  history = mk_snro_history_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    mk_snro_history_add (history, sqlite3_column_int (stmt, 1),
                         sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&history);
}

static guint
look_back_of (MkStore *self,
              int      school_year)
{
  g_autoptr(MkMethodology) methodology = mk_store_load_methodology (self, school_year,
                                                                    NULL);

  if (methodology == NULL)
    return mk_setting_get_info (MK_SETTING_LOOK_BACK)->default_value;
  return mk_methodology_get (methodology, MK_SETTING_LOOK_BACK);
}

/* "2019\tСмоленск" for each school year and municipality whose clusters
 * the database holds (classified, or a list from documents). */
static GHashTable *
load_known_lists (MkStore  *self,
                  GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT DISTINCT a.school_year, m.name FROM cluster_assignment a "
      "JOIN school s ON s.id = a.school_id JOIN municipality m ON m.id = s.municipality_id "
      "WHERE a.computed IS NOT NULL OR a.override IS NOT NULL", error);
  g_autoptr(GHashTable) known = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (known, g_strdup_printf ("%d\t%s", sqlite3_column_int (stmt, 0),
                                              mk_stmt_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&known);
}

static gboolean
look_back_known (GHashTable   *known,
                 MkAssignment *item,
                 guint         look_back)
{
  int year = mk_assignment_get_school_year (item);

  for (guint k = 1; k <= look_back; k++)
    {
      g_autofree char *key = g_strdup_printf ("%d\t%s", year - (int) k,
                                              mk_assignment_get_municipality (item));
      if (!g_hash_table_contains (known, key))
        return FALSE;
    }
  return TRUE;
}

/* Fills in the ШНРО history of each item; the look-back is the item's
 * year's, read once per year. */
static gboolean
add_history (MkStore    *self,
             GPtrArray  *items,
             GError    **error)
{
  g_autoptr(MkSnroHistory) history = load_snro_history (self, NULL, error);
  g_autoptr(GHashTable) known = history != NULL ? load_known_lists (self, error) : NULL;
  int year = 0;
  guint look_back = 0;

  if (known == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      MkAssignment *item = items->pdata[i];
      gint64 id = mk_assignment_get_school_id (item);
      gboolean repeated;

      if (i == 0 || mk_assignment_get_school_year (item) != year)
        {
          year = mk_assignment_get_school_year (item);
          look_back = look_back_of (self, year);
        }
      repeated = mk_snro_history_is_repeated (history, year, id, look_back);
      mk_assignment_set_history (item, repeated, mk_snro_history_streak (history, year, id),
                                 repeated || look_back_known (known, item, look_back));
    }
  return TRUE;
}

/* Runs STMT (bound) and collects its rows as MkAssignment. */
static GListModel *
collect (MkStore       *self,
         sqlite3_stmt  *stmt,
         GCompareFunc   order,
         GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *list;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkAssignmentData data = { 0 };

      read_assignment (stmt, &data);
      g_ptr_array_add (items, mk_assignment_new_take (&data));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  if (!add_history (self, items, error))
    return NULL;
  if (order != NULL)
    g_ptr_array_sort (items, order);
  list = g_list_store_new (MK_TYPE_ASSIGNMENT);
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (list);
}

/* The order of the school list (mk_store_list_schools). */
static int
compare_schools (gconstpointer a,
                 gconstpointer b)
{
  MkAssignment *x = *(MkAssignment **) a;
  MkAssignment *y = *(MkAssignment **) b;
  const char *x_municipality = mk_assignment_get_municipality (x);
  const char *y_municipality = mk_assignment_get_municipality (y);
  int order = 0;

  /* Most pairs late in the sort share the municipality: skip the slow
   * comparison for them. */
  if (!g_str_equal (x_municipality, y_municipality))
    order = mk_natural_compare (x_municipality, y_municipality);
  if (order == 0)
    order = mk_natural_compare (mk_assignment_get_school_name (x),
                                mk_assignment_get_school_name (y));
  if (order == 0)
    order = (mk_assignment_get_school_id (x) > mk_assignment_get_school_id (y)) -
            (mk_assignment_get_school_id (x) < mk_assignment_get_school_id (y));
  return order;
}

/* Sorted here, not by SQL: SQLite's sorter would carry every explanation
 * along (40,000 rows: 0.2 s of the 0.4 s the list took). */
GListModel *
mk_store_list_assignments (MkStore  *self,
                           int       school_year,
                           GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      ASSIGNMENT_SELECT "WHERE a.school_year = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, school_year);
  return collect (self, stmt, compare_schools, error);
}

/* The explanations are most of a year's assignments: 24 MB of text for
 * 40,000 schools, which a report over every school does not show. */
GListModel *
mk_store_list_assignments_brief (MkStore  *self,
                                 int       school_year,
                                 GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      ASSIGNMENT_COLUMNS ("NULL") "WHERE a.school_year = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, school_year);
  return collect (self, stmt, compare_schools, error);
}

MkAssignment *
mk_store_get_assignment (MkStore  *self,
                         gint64    school_id,
                         int       school_year,
                         GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      ASSIGNMENT_SELECT "WHERE a.school_id = ?1 AND a.school_year = ?2", error);
  g_autoptr(GListModel) found = NULL;
  g_autofree char *year = mk_school_year_format (school_year);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, school_id);
  sqlite3_bind_int (stmt, 2, school_year);
  if ((found = collect (self, stmt, NULL, error)) == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                         _("The school has no cluster for %s: classify the "
                           "year first."), year), NULL);
  return g_list_model_get_item (found, 0);
}

GListModel *
mk_store_list_school_history (MkStore  *self,
                              gint64    school_id,
                              GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      ASSIGNMENT_SELECT "WHERE a.school_id = ?1 ORDER BY a.school_year", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, school_id);
  return collect (self, stmt, NULL, error);
}

gboolean
mk_store_count_clusters (MkStore  *self,
                         int       school_year,
                         guint     counts[MK_N_CLUSTERS],
                         GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT coalesce (override, computed), count(*) FROM cluster_assignment "
      "WHERE school_year = ?1 GROUP BY 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  memset (counts, 0, sizeof (guint) * MK_N_CLUSTERS);
  sqlite3_bind_int (stmt, 1, school_year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    counts[column_cluster (stmt, 0)] += sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

static GArray *
assignment_years (MkStore  *self,
                  GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT start_year FROM school_year y WHERE EXISTS (SELECT 1 FROM cluster_assignment "
      "WHERE school_year = y.start_year) ORDER BY 1", error);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (MkSnroYear));
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkSnroYear year = { .school_year = sqlite3_column_int (stmt, 0) };
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&years);
}

GArray *
mk_store_list_snro_years (MkStore     *self,
                          const char  *municipality,
                          GError     **error)
{
  g_autoptr(GArray) years = assignment_years (self, error);
  g_autoptr(MkSnroHistory) history = NULL;
  g_autofree char *key = municipality != NULL && *municipality != '\0'
                         ? mk_store_municipality_key (municipality) : NULL;

  if (years == NULL || (history = load_snro_history (self, key, error)) == NULL)
    return NULL;
  for (guint i = 0; i < years->len; i++)
    {
      MkSnroYear *year = &g_array_index (years, MkSnroYear, i);

      mk_snro_history_count (history, year->school_year,
                             look_back_of (self, year->school_year),
                             &year->first_time, &year->repeated);
      year->total = year->first_time + year->repeated;
    }
  return g_steal_pointer (&years);
}
