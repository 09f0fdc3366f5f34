/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-store-private.h"

/* School years: the rows of school_year, which every write of a year's
 * data keeps (staff, results, context, classification), and the years
 * known from assignments and external statistics alone. */

gboolean
mk_store_ensure_school_year (MkStore     *self,
                             int          start_year,
                             GError     **error)
{
  sqlite3_stmt *stmt;

  if (start_year < 1990 || start_year > 2100)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("%d is not a school year between 1990 and 2100."),
                         start_year), FALSE);
  stmt = mk_store_statement (self,
      "INSERT OR IGNORE INTO school_year (start_year) VALUES (?1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, start_year);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (mk_store_get_db (self)) > 0)
    mk_store_emit_changed (self, MK_TOPIC_STAFF);
  return TRUE;
}

GArray *
mk_store_list_school_years (MkStore  *self,
                            GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT start_year FROM school_year ORDER BY start_year", error);
  GArray *years;

  if (stmt == NULL)
    return NULL;
  years = g_array_new (FALSE, FALSE, sizeof (int));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  return years;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

GArray *
mk_store_list_data_years (MkStore  *self,
                          GError  **error)
{
  /* DISTINCT over cluster_by_year reads one index entry per school and
   * year, a few milliseconds at 40,000 schools. */
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT start_year FROM school_year "
      "UNION SELECT DISTINCT school_year FROM cluster_assignment "
      "UNION SELECT school_year FROM statistic "
      "UNION SELECT school_year FROM roadmap", error);
  g_autoptr(GArray) years = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  years = g_array_new (FALSE, FALSE, sizeof (int));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  g_array_sort (years, compare_ints);
  return g_steal_pointer (&years);
}
