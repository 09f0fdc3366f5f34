/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mk-sqlite-error.h"
#include "mk-store-open-private.h"
#include "mk-store-private.h"

/* Copying mayak.db while the app runs gives a file without what the
 * write-ahead log holds; sqlite3_backup reads through the log, in one read
 * transaction, so the copy is what a reader sees at one moment. */
int
mk_store_backup_step (sqlite3 *source,
                      sqlite3 *copy)
{
  sqlite3_backup *backup = sqlite3_backup_init (copy, "main", source, "main");
  int rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (copy);

  if (backup != NULL && sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_DONE)
    rc = sqlite3_errcode (copy);
  return rc;
}

static gboolean
backup_into (sqlite3     *source,
             sqlite3     *copy,
             const char  *target,
             GError     **error)
{
  int rc = mk_store_backup_step (source, copy);

  if (rc != SQLITE_DONE)
    return mk_sqlite_error_code (rc, sqlite3_errstr (rc), target, error);
  /* The copy is one file, to be carried anywhere: no log beside it. */
  if (sqlite3_exec (copy, "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL) != SQLITE_OK)
    return mk_sqlite_error (copy, target, error);
  return TRUE;
}

gboolean
mk_store_copy_database (sqlite3     *source,
                        const char  *path,
                        const char  *target,
                        GError     **error)
{
  g_autofree char *part = g_strconcat (target, ".part", NULL);
  sqlite3 *copy = NULL;
  gboolean ok;

  g_remove (part);
  ok = sqlite3_open_v2 (part, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)
       == SQLITE_OK
       ? backup_into (source, copy, target, error)
       : mk_sqlite_error (copy, target, error);
  if (sqlite3_close (copy) != SQLITE_OK && ok)
    ok = mk_sqlite_error_code (SQLITE_IOERR, "close", target, error);
  if (ok && g_rename (part, target) != 0)
    ok = mk_sqlite_error_code (SQLITE_CANTOPEN, g_strerror (errno), target, error);
  if (!ok)
    g_remove (part);
  return ok;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

gboolean
mk_store_backup (MkStore     *self,
                 const char  *target,
                 GError     **error)
{
  const char *path = mk_store_get_path (self);

  if (same_file (path, target))
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                   _("«%s» is the database itself. Choose another name for the copy."),
                   target);
      return FALSE;
    }
  return mk_store_copy_database (mk_store_get_db (self), path, target, error);
}
