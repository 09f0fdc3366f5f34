/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-sqlite-error"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-error.h"
#include "mk-sqlite-error.h"

typedef struct {
  int           primary;   /* SQLite's primary result code */
  MkStoreError  code;
  const char   *message;   /* with one %s: the file */
} Meaning;

/* What each kind of failure means to the person at the keyboard. */
static const Meaning meanings[] = {
  { SQLITE_CORRUPT, MK_STORE_ERROR_DAMAGED,
    N_("The database «%s» is damaged. Open a backup copy or create a new database.") },
  { SQLITE_NOTADB, MK_STORE_ERROR_NOT_MAYAK,
    N_("«%s» is not a Mayak database: it is not a database file at all. Choose another file.") },
  { SQLITE_READONLY, MK_STORE_ERROR_READ_ONLY,
    N_("Cannot write to the database «%s»: the file or its folder may only be read. "
       "Ask for write access, or save a copy of the database and work in the copy.") },
  { SQLITE_BUSY, MK_STORE_ERROR_BUSY,
    N_("The database «%s» is busy: another Mayak window or mayak-cli is writing to it. "
       "Wait until it finishes and try again; nothing was written.") },
  { SQLITE_LOCKED, MK_STORE_ERROR_BUSY,
    N_("The database «%s» is busy: another Mayak window or mayak-cli is writing to it. "
       "Wait until it finishes and try again; nothing was written.") },
  { SQLITE_FULL, MK_STORE_ERROR_IO,
    N_("The database «%s» cannot grow: the disk is full. Free some space and try again; "
       "nothing was written.") },
  { SQLITE_IOERR, MK_STORE_ERROR_IO,
    N_("Cannot read or write the database «%s»: the disk reported an error. Check the "
       "disk or the network folder, then save a copy of the database.") },
  { SQLITE_CANTOPEN, MK_STORE_ERROR_IO,
    N_("Cannot open the database «%s». Check that the file and its folder exist and that "
       "you may read them.") },
  { SQLITE_PERM, MK_STORE_ERROR_IO,
    N_("You may not open the database «%s». Ask for access to the file.") },
  { SQLITE_AUTH, MK_STORE_ERROR_IO,
    N_("You may not open the database «%s». Ask for access to the file.") },
  { SQLITE_NOLFS, MK_STORE_ERROR_IO,
    N_("The database «%s» is too large for this disk. Move it to another disk.") },
  { SQLITE_CONSTRAINT, MK_STORE_ERROR_DUPLICATE,
    N_("The database «%s» refused a value that would repeat one already stored or refer "
       "to nothing. Nothing was written.") },
};

gboolean
mk_sqlite_error_code (int          rc,
                      const char  *detail,
                      const char  *path,
                      GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (meanings); i++)
    if ((rc & 0xff) == meanings[i].primary)
      {
        /* SQLite's English words help a developer, not the user. */
        g_debug ("%s: %s", path, detail);
        g_set_error (error, MK_STORE_ERROR, meanings[i].code, _(meanings[i].message), path);
        return FALSE;
      }
  g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_SQL,
               _("The database «%s» could not do what was asked (%s). Nothing was "
                 "written; save a copy of the database and report this."),
               path, detail);
  return FALSE;
}

gboolean
mk_sqlite_error (sqlite3     *db,
                 const char  *path,
                 GError     **error)
{
  int rc = db != NULL ? sqlite3_extended_errcode (db) : SQLITE_CANTOPEN;

  return mk_sqlite_error_code (rc, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc),
                               path, error);
}
