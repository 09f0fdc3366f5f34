/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-store-clusters.h"
#include "mk-store-private.h"

/* Whether a school year's clusters were computed before the data they
 * depend on changed (the tables data_change and classification). */

static const char *const scope_names[] = { "data", "methodology", "registry" };

gboolean
mk_store_note_change (MkStore        *self,
                      MkChangeScope   scope,
                      int             year,
                      GError        **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO data_change (scope, year, seq) "
      "VALUES (?1, ?2, (SELECT coalesce (max (seq), 0) + 1 FROM data_change)) "
      "ON CONFLICT (scope, year) DO UPDATE SET seq = excluded.seq", error);

  if (stmt == NULL)
    return FALSE;
  mk_stmt_bind_text (stmt, 1, scope_names[scope]);
  sqlite3_bind_int (stmt, 2, scope == MK_CHANGE_REGISTRY ? 0 : year);
  return mk_store_step_done (self, stmt, error);
}

gboolean
mk_store_note_classified (MkStore  *self,
                          int       school_year,
                          GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT OR REPLACE INTO classification (school_year, seq) "
      "VALUES (?1, (SELECT coalesce (max (seq), 0) FROM data_change))", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, school_year);
  return mk_store_step_done (self, stmt, error);
}

gboolean
mk_store_clusters_are_stale (MkStore   *self,
                             int        school_year,
                             gboolean  *stale,
                             GError   **error)
{
  g_autoptr(MkMethodology) m = mk_store_load_methodology (self, school_year, error);
  sqlite3_stmt *stmt = m == NULL ? NULL : mk_store_statement (self,
      "SELECT EXISTS (SELECT 1 FROM classification c, data_change d "
      "WHERE c.school_year = ?1 AND d.seq > c.seq AND "
      "((d.scope = 'data' AND d.year BETWEEN ?2 AND ?1) OR "
      "(d.scope = 'methodology' AND d.year = ?1) OR d.scope = 'registry'))", error);
  int rc;

  *stale = FALSE;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, school_year);
  sqlite3_bind_int (stmt, 2, school_year - mk_methodology_get (m, MK_SETTING_WINDOW) + 1);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *stale = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return mk_store_fail (self, error);
  return TRUE;
}
