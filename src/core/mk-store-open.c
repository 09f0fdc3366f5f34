/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mk-migrations.h"
#include "mk-natural.h"
#include "mk-sqlite-error.h"
#include "mk-store-open-private.h"
#include "mk-store-private.h"
#include "mk-text.h"

/* Only SQLite ever opens the database file. Closing any descriptor of a
 * file drops every POSIX lock this process holds on it, SQLite's too; then
 * another process believes it is alone, checkpoints and deletes the
 * write-ahead log under a running app, and its writes are lost. So the file
 * is looked at with stat() alone, and judged by SQLite. */

gboolean
mk_store_look_at_file (const char  *path,
              MkFileState *state,
              GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      *state = MK_FILE_MISSING;
      if (saved == ENOENT || saved == ENOTDIR)
        return TRUE;
      return mk_sqlite_error_code (saved == EACCES ? SQLITE_PERM : SQLITE_CANTOPEN,
                                   g_strerror (saved), path, error);
    }
  if (!S_ISREG (st.st_mode))
    return mk_sqlite_error_code (SQLITE_NOTADB, "not a regular file", path, error);
  *state = st.st_size == 0 ? MK_FILE_EMPTY : MK_FILE_PRESENT;
  return TRUE;
}

int
mk_store_pragma_int (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static int
natural_collation (void       *data,
                   int         a_len,
                   const void *a,
                   int         b_len,
                   const void *b)
{
  return mk_natural_compare_n (a, a_len, b, b_len);
}

/* What SQLite keeps per connection, so it is set on every open. Nothing
 * here writes: journal_mode is set where the file is opened to write. */
/* mk_fold (TEXT) in SQL is mk_text_fold: the keys a migration computes
 * are the keys C looks up. */
static void
fold_function (sqlite3_context *context,
               int              argc,
               sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  sqlite3_result_text (context, mk_text_fold (text), -1, g_free);
}

gboolean
mk_store_configure (sqlite3     *db,
           const char  *path,
           GError     **error)
{
  sqlite3_busy_timeout (db, 5000);
  sqlite3_create_collation (db, "mk_natural", SQLITE_UTF8, NULL, natural_collation);
  sqlite3_create_function (db, "mk_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                           fold_function, NULL, NULL);
  if (sqlite3_exec (db, "PRAGMA foreign_keys = ON;", NULL, NULL, NULL) != SQLITE_OK)
    return mk_sqlite_error (db, path, error);
  return TRUE;
}

/* "file:" URI of PATH with every byte that could end or change it escaped. */
static char *
immutable_uri (const char *path)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);

  return g_strconcat ("file:", escaped, "?immutable=1", NULL);
}

/* A database in WAL mode needs its -shm file even to be read. On a
 * read-only mount where none was left behind, SQLite cannot make one; the
 * file cannot change there while nobody can write its log, so it is read
 * as immutable. With a log present the log is read as usual. */
static gboolean
reopen_immutable (sqlite3   **db,
                  const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *uri = NULL;
  int rc = sqlite3_errcode (*db) & 0xff;

  if ((rc != SQLITE_CANTOPEN && rc != SQLITE_READONLY) ||
      g_file_test (wal, G_FILE_TEST_EXISTS))
    return FALSE;
  sqlite3_close_v2 (*db);
  *db = NULL;
  uri = immutable_uri (path);
  return sqlite3_open_v2 (uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
                          SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK;
}

/* The first read tells a foreign file, a damaged one or a missing -shm. */
static int
first_read (sqlite3    *db)
{
  return mk_store_pragma_int (db, "SELECT count(*) FROM sqlite_master;");
}

sqlite3 *
mk_store_open_read_only_db (const char  *path,
                            GError     **error)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK ||
      (first_read (db) < 0 && (!reopen_immutable (&db, path) || first_read (db) < 0)))
    {
      mk_sqlite_error (db, path, error);
      sqlite3_close_v2 (db);
      return NULL;
    }
  if (!mk_store_configure (db, path, error))
    {
      sqlite3_close_v2 (db);
      return NULL;
    }
  return db;
}

/* The schema version of a Mayak database, or -1 with ERROR set. */
int
mk_store_check_identity (sqlite3     *db,
                         const char  *path,
                         GError     **error)
{
  int app_id = mk_store_pragma_int (db, "PRAGMA application_id;");
  int version = mk_store_pragma_int (db, "PRAGMA user_version;");
  int tables = first_read (db);

  if (app_id == -1 || tables == -1)
    return (mk_sqlite_error (db, path, error), -1);
  if (app_id != MK_APPLICATION_ID && (app_id != 0 || tables > 0))
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_MAYAK,
                   _("«%s» is a database of another program, not of Mayak. "
                     "Choose another file."), path);
      return -1;
    }
  if (version > mk_migrations_latest ())
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_TOO_NEW,
                   _("«%s» was written by a newer version of Mayak (schema %d; "
                     "this version knows %d). Update Mayak to open it."),
                   path, version, mk_migrations_latest ());
      return -1;
    }
  return version;
}

gboolean
mk_store_check_integrity (sqlite3     *db,
                          const char  *path,
                          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check;", -1, &stmt, NULL) != SQLITE_OK)
    return mk_sqlite_error (db, path, error);
  ok = sqlite3_step (stmt) == SQLITE_ROW &&
       g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (!ok)
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DAMAGED,
                 _("The database «%s» is damaged. Open a backup copy or "
                   "create a new database."), path);
  return ok;
}

/* Reading commands never create: a missing or empty file is an error. */
static gboolean
refuse_absent (const char  *path,
               MkFileState  state,
               GError     **error)
{
  if (state == MK_FILE_MISSING)
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_MISSING,
                 _("There is no database «%s». Check the path, or create the "
                   "database in Mayak or with «mayak-cli --db FILE init»."), path);
  else if (state == MK_FILE_EMPTY)
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_MISSING,
                 _("«%s» is an empty file, not a Mayak database yet. Create the "
                   "database in Mayak or with «mayak-cli --db FILE init»."), path);
  return state == MK_FILE_PRESENT;
}

/* The existing file PATH, opened read-only and known to be Mayak's. */
static sqlite3 *
open_existing_read_only (const char  *path,
                         int         *version,
                         GError     **error)
{
  MkFileState state;
  sqlite3 *db;

  if (!mk_store_look_at_file (path, &state, error) || !refuse_absent (path, state, error))
    return NULL;
  if ((db = mk_store_open_read_only_db (path, error)) == NULL)
    return NULL;
  if ((*version = mk_store_check_identity (db, path, error)) < 0)
    {
      sqlite3_close_v2 (db);
      return NULL;
    }
  return db;
}

/* Copies SOURCE into a new database in memory, migrated to the current
 * schema. The file behind SOURCE is only read. */
static MkStore *
copy_into_memory (sqlite3     *source,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *page_size = g_strdup_printf ("PRAGMA page_size = %d;",
                                                mk_store_pragma_int (source, "PRAGMA page_size;"));
  sqlite3 *copy = NULL;
  int rc;

  if (sqlite3_open_v2 (":memory:", &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      mk_sqlite_error (copy, path, error);
      sqlite3_close_v2 (copy);
      return NULL;
    }
  sqlite3_exec (copy, page_size, NULL, NULL, NULL);
  rc = mk_store_backup_step (source, copy);
  if (rc != SQLITE_DONE || !mk_store_configure (copy, path, error) ||
      !mk_migrations_apply (copy, mk_store_pragma_int (copy, "PRAGMA user_version;"), error))
    {
      if (rc != SQLITE_DONE)
        mk_sqlite_error_code (rc, sqlite3_errstr (rc), path, error);
      sqlite3_close_v2 (copy);
      return NULL;
    }
  return mk_store_new_for_db (copy, path, mk_store_pragma_int (copy, "PRAGMA user_version;"));
}

MkStore *
mk_store_open_copy (const char  *path,
                    GError     **error)
{
  int version = 0;
  sqlite3 *db = open_existing_read_only (path, &version, error);
  MkStore *store;

  if (db == NULL)
    return NULL;
  store = copy_into_memory (db, path, error);
  sqlite3_close_v2 (db);
  return store;
}

/* A file of an older schema cannot be read as it is and must not be
 * migrated by a reader: it is checked, then read from a migrated copy. */
static MkStore *
read_older_schema (sqlite3     *db,
                   const char  *path,
                   GError     **error)
{
  MkStore *store = NULL;

  if (mk_store_check_integrity (db, path, error))
    store = copy_into_memory (db, path, error);
  sqlite3_close_v2 (db);
  if (store != NULL && !mk_store_exec (store, "PRAGMA query_only = ON;", error))
    g_clear_object (&store);
  return store;
}

MkStore *
mk_store_open_to_read (const char  *path,
                       GError     **error)
{
  int version = 0;
  sqlite3 *db = open_existing_read_only (path, &version, error);

  if (db == NULL)
    return NULL;
  if (version < mk_migrations_latest ())
    return read_older_schema (db, path, error);
  return mk_store_new_for_db (db, path, version);
}

char *
mk_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "mayak", "mayak.db", NULL);
}
