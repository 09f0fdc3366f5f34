/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-store-private.h"
#include "mk-store-results.h"

/* The schools a year's documents list as assessed (the table assessed):
 * a fact of its own, apart from results, so that a row of a marker matrix
 * without marks reads as 0 markers rather than as no data. */

gboolean
mk_store_put_assessed (MkStore  *self,
                       gint64    school_id,
                       int       year,
                       GError  **error)
{
  sqlite3_stmt *stmt;

  if (!mk_store_ensure_school_year (self, year, error) ||
      !mk_store_note_change (self, MK_CHANGE_DATA, year, error))
    return FALSE;
  stmt = mk_store_statement (self,
      "INSERT OR IGNORE INTO assessed (school_id, year) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, school_id);
  sqlite3_bind_int (stmt, 2, year);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_RESULTS);
  return TRUE;
}

gboolean
mk_store_foreach_assessed (MkStore           *self,
                           int                first_year,
                           int                last_year,
                           MkAssessedFunc     func,
                           gpointer           user_data,
                           GError           **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT school_id, year FROM assessed WHERE year BETWEEN ?1 AND ?2 "
      "ORDER BY school_id, year", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, first_year);
  sqlite3_bind_int (stmt, 2, last_year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!func (sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1), user_data))
      break;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return mk_store_fail (self, error);
  return TRUE;
}
