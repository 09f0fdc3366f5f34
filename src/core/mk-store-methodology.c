/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-store-clusters-private.h"

/* A value this version refuses (a hand-edited file) keeps the default
 * rather than failing every classification of the year. */
static void
apply_row (MkMethodology *methodology,
           const char    *key,
           int            value)
{
  g_autoptr(GError) error = NULL;
  MkSetting setting;

  if (!mk_setting_from_key (key, &setting))
    return;
  if (!mk_methodology_set (methodology, setting, value, &error))
    g_warning ("Methodology %s = %d ignored: %s", key, value, error->message);
}

MkMethodology *
mk_store_load_methodology (MkStore  *self,
                           int       school_year,
                           GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT key, value FROM methodology WHERE school_year = "
      "(SELECT max (school_year) FROM methodology WHERE school_year <= ?1)", error);
  g_autoptr(MkMethodology) methodology = mk_methodology_new ();
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, school_year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    apply_row (methodology, mk_stmt_column_text (stmt, 0), sqlite3_column_int (stmt, 1));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&methodology);
}

gboolean
mk_store_write_methodology (MkStore             *self,
                int                  school_year,
                const MkMethodology *methodology,
                GError             **error)
{
  const char *sql =
    "INSERT INTO methodology (school_year, key, value) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (school_year, key) DO UPDATE SET value = excluded.value "
    "WHERE value <> excluded.value";
  int changed = 0;

  if (!mk_store_ensure_school_year (self, school_year, error))
    return FALSE;
  for (guint i = 0; i < MK_N_SETTINGS; i++)
    {
      sqlite3_stmt *stmt = mk_store_statement (self, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, school_year);
      mk_stmt_bind_text (stmt, 2, mk_setting_get_info (i)->key);
      sqlite3_bind_int (stmt, 3, mk_methodology_get (methodology, i));
      if (!mk_store_step_done (self, stmt, error))
        return FALSE;
      changed += sqlite3_changes (mk_store_get_db (self));
    }
  /* Saving the same values again leaves the clusters as they are. */
  return changed == 0 || mk_store_note_change (self, MK_CHANGE_METHODOLOGY, school_year, error);
}

gboolean
mk_store_save_methodology (MkStore             *self,
                           int                  school_year,
                           const MkMethodology *methodology,
                           GError             **error)
{
  gboolean ok;

  if (!mk_methodology_validate (methodology, error) ||
      !mk_store_begin (self, error))
    return FALSE;
  ok = mk_store_write_methodology (self, school_year, methodology, error);
  if (ok)
    mk_store_emit_changed (self, MK_TOPIC_METHODOLOGY);
  return mk_store_end (self, ok, error);
}

gboolean
mk_store_end (MkStore  *self,
              gboolean  ok,
              GError  **error)
{
  if (ok && mk_store_commit (self, error))
    return TRUE;
  mk_store_rollback (self);
  return FALSE;
}
