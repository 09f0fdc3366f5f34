/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mk-migrations.h"
#include "mk-sqlite-error.h"
#include "mk-store-open-private.h"
#include "mk-store-private.h"

/* The whole file is checked, read-only, before anything may write to it or
 * migrate it, so that a refused file is never written to. */
static gboolean
check_existing (const char  *path,
                GError     **error)
{
  sqlite3 *db = mk_store_open_read_only_db (path, error);
  gboolean ok;

  if (db == NULL)
    return FALSE;
  ok = mk_store_check_identity (db, path, error) >= 0 &&
       mk_store_check_integrity (db, path, error);
  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
ensure_parent_dir (const char  *path,
                   GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) == 0)
    return TRUE;
  g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_IO,
               _("Cannot create the folder «%s» for the database."), dir);
  return FALSE;
}

/* A copy of the database as it was, next to it, before a migration changes
 * its schema: "mayak.db.backup-v1". */
static gboolean
migrate (sqlite3     *db,
         const char  *path,
         GError     **error)
{
  int version = mk_store_pragma_int (db, "PRAGMA user_version;");
  g_autofree char *target = g_strdup_printf ("%s.backup-v%d", path, version);

  if (version > 0 && version < mk_migrations_latest () &&
      !mk_store_copy_database (db, path, target, error))
    return FALSE;
  return mk_migrations_apply (db, version, error);
}

static gboolean
open_writable (const char  *path,
               sqlite3    **db,
               GError     **error)
{
  if (sqlite3_open_v2 (path, db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                       /* one store, one thread: SQLite's mutexes only cost */
                       SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    return mk_sqlite_error (*db, path, error);
  if (!mk_store_configure (*db, path, error))
    return FALSE;
  if (sqlite3_exec (*db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
                    NULL, NULL, NULL) != SQLITE_OK)
    return mk_sqlite_error (*db, path, error);
  return migrate (*db, path, error);
}

MkStore *
mk_store_open (const char  *path,
               GError     **error)
{
  MkFileState state;
  sqlite3 *db = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  if (!mk_store_look_at_file (path, &state, error))
    return NULL;
  if (state == MK_FILE_PRESENT && !check_existing (path, error))
    return NULL;
  if (state == MK_FILE_MISSING && !ensure_parent_dir (path, error))
    return NULL;
  if (!open_writable (path, &db, error))
    {
      sqlite3_close_v2 (db);
      return NULL;
    }
  return mk_store_new_for_db (db, path, mk_store_pragma_int (db, "PRAGMA user_version;"));
}
