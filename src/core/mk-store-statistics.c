/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-school-year.h"
#include "mk-store-private.h"
#include "mk-store-statistics.h"

static MkStatistic *
statistic_from_row (sqlite3_stmt *stmt)
{
  return mk_statistic_new (sqlite3_column_int (stmt, 0),
                           mk_stmt_column_text (stmt, 1),
                           (guint) sqlite3_column_int (stmt, 2),
                           (guint) sqlite3_column_int (stmt, 3),
                           mk_stmt_column_text (stmt, 4));
}

GListModel *
mk_store_list_statistics (MkStore  *self,
                          GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT school_year, scope, schools, snro, note FROM statistic "
      "ORDER BY scope_key, school_year", error);
  GListStore *rows;
  int rc;

  if (stmt == NULL)
    return NULL;
  rows = g_list_store_new (MK_TYPE_STATISTIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(MkStatistic) row = statistic_from_row (stmt);
      g_list_store_append (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_object_unref (rows);
      return (mk_store_fail (self, error), NULL);
    }
  return G_LIST_MODEL (rows);
}

MkStatistic *
mk_store_get_statistic (MkStore     *self,
                        int          school_year,
                        const char  *scope,
                        GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT school_year, scope, schools, snro, note FROM statistic "
      "WHERE school_year = ?1 AND scope_key = ?2", error);
  g_autofree char *key = mk_store_municipality_key (scope);
  MkStatistic *found = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, school_year);
  mk_stmt_bind_text (stmt, 2, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = statistic_from_row (stmt);
  sqlite3_reset (stmt);
  return found;
}

/* The scope as it will be stored: without outer spaces, and inner runs
 * of spaces made one, like the key. */
static char *
tidy_scope (const char *scope)
{
  g_auto(GStrv) words = g_strsplit_set (scope, " \t\r\n", -1);
  GString *tidy = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (tidy, tidy->len > 0 ? " %s" : "%s", words[i]);
  return g_string_free (tidy, FALSE);
}

static gboolean
write_statistic (MkStore      *self,
                 MkStatistic  *statistic,
                 const char   *scope,
                 GError      **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO statistic (school_year, scope, scope_key, schools, snro, note) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET "
      "scope = excluded.scope, schools = excluded.schools, snro = excluded.snro, "
      "note = excluded.note", error);
  g_autofree char *key = mk_store_municipality_key (scope);
  g_autofree char *note = g_strstrip (g_strdup (mk_statistic_get_note (statistic)));

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, mk_statistic_get_school_year (statistic));
  mk_stmt_bind_text (stmt, 2, scope);
  mk_stmt_bind_text (stmt, 3, key);
  sqlite3_bind_int (stmt, 4, (int) mk_statistic_get_schools (statistic));
  sqlite3_bind_int (stmt, 5, (int) mk_statistic_get_snro (statistic));
  mk_stmt_bind_text (stmt, 6, note);
  return mk_store_step_done (self, stmt, error);
}

gboolean
mk_store_set_statistic (MkStore       *self,
                        MkStatistic   *statistic,
                        MkPutOutcome  *outcome,
                        GError       **error)
{
  g_autofree char *scope = NULL;
  g_autofree char *note = NULL;
  g_autoptr(MkStatistic) before = NULL;
  g_autoptr(MkStatistic) after = NULL;
  MkPutOutcome result;

  g_return_val_if_fail (MK_IS_STATISTIC (statistic), FALSE);
  if (!mk_statistic_check (statistic, error))
    return FALSE;
  scope = tidy_scope (mk_statistic_get_scope (statistic));
  note = g_strstrip (g_strdup (mk_statistic_get_note (statistic)));
  after = mk_statistic_new (mk_statistic_get_school_year (statistic), scope,
                            mk_statistic_get_schools (statistic),
                            mk_statistic_get_snro (statistic), note);
  before = mk_store_get_statistic (self, mk_statistic_get_school_year (after), scope, NULL);
  if (before == NULL)
    result = MK_PUT_ADDED;
  else if (mk_statistic_equal (before, after))
    result = MK_PUT_UNCHANGED;
  else
    result = MK_PUT_REPLACED;
  if (result != MK_PUT_UNCHANGED && !write_statistic (self, after, scope, error))
    return FALSE;
  if (outcome != NULL)
    *outcome = result;
  if (result != MK_PUT_UNCHANGED)
    mk_store_emit_changed (self, MK_TOPIC_STATISTICS);
  return TRUE;
}

MkStatistic *
mk_store_delete_statistic (MkStore     *self,
                           int          school_year,
                           const char  *scope,
                           GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(MkStatistic) removed = mk_store_get_statistic (self, school_year, scope, &local);
  g_autofree char *key = mk_store_municipality_key (scope);
  g_autofree char *year = mk_school_year_format (school_year);
  sqlite3_stmt *stmt;

  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  if (removed == NULL)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                         _("There are no statistics for «%s» in %s."), scope, year), NULL);
  stmt = mk_store_statement (self,
      "DELETE FROM statistic WHERE school_year = ?1 AND scope_key = ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, school_year);
  mk_stmt_bind_text (stmt, 2, key);
  if (!mk_store_step_done (self, stmt, error))
    return NULL;
  mk_store_emit_changed (self, MK_TOPIC_STATISTICS);
  return g_steal_pointer (&removed);
}
