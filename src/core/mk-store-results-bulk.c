/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-store-private.h"
#include "mk-store-results.h"

/* The partial indexes of result (the markers of migration 0004) cost a
 * fifth of a bulk import when kept up to date row by row; built afresh
 * after the rows are in, they cost half that. They are dropped and built
 * again inside the import's transaction, so a refused import leaves them
 * as they were. */

/* Fewer rows than this are written with the indexes in place. */
#define BULK_MIN_ROWS 10000

/* How many results are stored, counting no further than LIMIT. */
static gint64
count_stored_rows (MkStore  *self,
                   gint64    limit,
                   GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT count(*) FROM (SELECT 1 FROM result LIMIT ?1)", error);
  gint64 n = -1;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, limit);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (n < 0)
    mk_store_fail (self, error);
  return n;
}

static GPtrArray *
partial_index_sql (MkStore  *self,
                   GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT m.name, m.sql FROM pragma_index_list ('result') i "
      "JOIN sqlite_master m ON m.type = 'index' AND m.name = i.name "
      "WHERE i.partial = 1 ORDER BY m.name", error);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (found, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (found, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return mk_store_fail (self, error), NULL;
  return g_steal_pointer (&found);
}

GPtrArray *
mk_store_suspend_result_indexes (MkStore  *self,
                                 gsize     n_rows,
                                 GError  **error)
{
  g_autoptr(GPtrArray) indexes = NULL;
  g_autoptr(GPtrArray) sql = g_ptr_array_new_with_free_func (g_free);
  gint64 stored;

  if (n_rows < BULK_MIN_ROWS)
    return g_steal_pointer (&sql);
  /* Mostly replacing what is stored: few index entries change. */
  if ((stored = count_stored_rows (self, (gint64) n_rows / 2 + 1, error)) < 0)
    return NULL;
  if ((gsize) stored * 2 > n_rows)
    return g_steal_pointer (&sql);
  if ((indexes = partial_index_sql (self, error)) == NULL)
    return NULL;
  for (guint i = 0; i + 1 < indexes->len; i += 2)
    {
      g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\";",
                                               (const char *) indexes->pdata[i]);

      if (!mk_store_exec (self, drop, error))
        return NULL;
      g_ptr_array_add (sql, g_strdup (indexes->pdata[i + 1]));
    }
  return g_steal_pointer (&sql);
}

gboolean
mk_store_restore_result_indexes (MkStore    *self,
                                 GPtrArray  *suspended,
                                 GError    **error)
{
  for (guint i = 0; suspended != NULL && i < suspended->len; i++)
    if (!mk_store_exec (self, suspended->pdata[i], error))
      return FALSE;
  return TRUE;
}
