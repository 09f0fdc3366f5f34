#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mk-migrations.h"
#include "mk-natural.h"
#include "mk-store-private.h"

struct _MkStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;  /* SQL text → sqlite3_stmt */
  int         schema_version;
  guint       depth;       /* nesting of mk_store_begin */
  GHashTable *pending;     /* topics to emit when the outer commit ends */
};

G_DEFINE_FINAL_TYPE (MkStore, mk_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char sqlite_magic[16] = "SQLite format 3";

static void
mk_store_finalize (GObject *object)
{
  MkStore *self = MK_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  G_OBJECT_CLASS (mk_store_parent_class)->finalize (object);
}

static void
mk_store_class_init (MkStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_store_finalize;

  /**
   * MkStore::changed:
   * @topic: what changed (MK_TOPIC_SCHOOLS, …), also the signal's detail
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                   G_TYPE_STRING);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
mk_store_init (MkStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static GQuark
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT: return MK_STORE_ERROR_DUPLICATE;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return MK_STORE_ERROR_DAMAGED;
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: return MK_STORE_ERROR_IO;
    default: return MK_STORE_ERROR_SQL;
    }
}

static gboolean
fail_db (sqlite3     *db,
         const char  *path,
         GError     **error)
{
  int rc = sqlite3_extended_errcode (db);

  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DAMAGED,
                 _("The database «%s» is damaged (%s). Open a backup copy "
                   "or create a new database."), path, sqlite3_errmsg (db));
  else
    g_set_error (error, MK_STORE_ERROR, error_code_for (rc), "%s",
                 sqlite3_errmsg (db));
  return FALSE;
}

gboolean
mk_store_fail (MkStore  *self,
               GError  **error)
{
  return fail_db (self->db, self->path, error);
}

sqlite3 *
mk_store_get_db (MkStore *self)
{
  return self->db;
}

sqlite3_stmt *
mk_store_statement (MkStore     *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                          &stmt, NULL) != SQLITE_OK)
    {
      mk_store_fail (self, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
mk_store_step_done (MkStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  return mk_store_fail (self, error);
}

void
mk_stmt_bind_text (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

const char *
mk_stmt_column_text (sqlite3_stmt *stmt,
                     int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
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

static gboolean
exec (MkStore     *self,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  return mk_store_fail (self, error);
}

/* Settings that SQLite keeps per connection, so they are set on every open. */
gboolean
mk_store_exec (MkStore     *self,
               const char  *sql,
               GError     **error)
{
  return exec (self, sql, error);
}

static gboolean
configure_connection (MkStore  *self,
                      GError  **error)
{
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_create_collation (self->db, "mk_natural", SQLITE_UTF8, NULL,
                            natural_collation);
  return exec (self, "PRAGMA foreign_keys = ON;"
                     "PRAGMA journal_mode = WAL;"
                     "PRAGMA synchronous = NORMAL;", error);
}

static int
pragma_int (sqlite3    *db,
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

/* The header tells a foreign file without SQLite touching it. Returns
 * FALSE with ERROR set for a file that is not SQLite; *IS_NEW is TRUE for
 * a missing or empty file. */
static gboolean
check_header (const char  *path,
              gboolean    *is_new,
              GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  char header[100];
  gsize got = 0;

  *is_new = !g_file_test (path, G_FILE_TEST_EXISTS);
  if (*is_new)
    return TRUE;
  in = g_file_read (file, NULL, NULL);
  if (in == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header,
                                &got, NULL, NULL))
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_IO,
                   _("Cannot read «%s». Check that the file exists and that "
                     "you may read it."), path);
      return FALSE;
    }
  *is_new = got == 0;
  if (got == 0 || (got == sizeof header &&
                   memcmp (header, sqlite_magic, sizeof sqlite_magic) == 0))
    return TRUE;
  g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_MAYAK,
               _("«%s» is not a Mayak database: it is not a database file "
                 "at all. Choose another file."), path);
  return FALSE;
}

static gboolean
check_identity (sqlite3     *db,
                const char  *path,
                GError     **error)
{
  int app_id = pragma_int (db, "PRAGMA application_id;");
  int version = pragma_int (db, "PRAGMA user_version;");
  int tables = pragma_int (db, "SELECT count(*) FROM sqlite_master;");

  if (app_id == -1 || tables == -1)
    return fail_db (db, path, error);
  if (app_id != MK_APPLICATION_ID && (app_id != 0 || tables > 0))
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_MAYAK,
                   _("«%s» is a database of another program, not of Mayak. "
                     "Choose another file."), path);
      return FALSE;
    }
  if (version > mk_migrations_latest ())
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_TOO_NEW,
                   _("«%s» was written by a newer version of Mayak (schema %d; "
                     "this version knows %d). Update Mayak to open it."),
                   path, version, mk_migrations_latest ());
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_integrity (sqlite3     *db,
                 const char  *path,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check;", -1, &stmt, NULL) != SQLITE_OK)
    return fail_db (db, path, error);
  ok = sqlite3_step (stmt) == SQLITE_ROW &&
       g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (!ok)
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DAMAGED,
                 _("The database «%s» is damaged. Open a backup copy or "
                   "create a new database."), path);
  return ok;
}

/* Looks at an existing file read-only, so that a refused file is never
 * written to. The whole file is checked before anything may write to it
 * (and before a migration); a store opened only to read skips that scan,
 * which costs a third of a second on a national database: SQLite reports
 * a damaged page when a read reaches it. */
static gboolean
check_existing (const char  *path,
                gboolean     to_read,
                GError     **error)
{
  sqlite3 *db = NULL;
  gboolean ok;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    ok = fail_db (db, path, error);
  else
    ok = check_identity (db, path, error)
         && ((to_read && pragma_int (db, "PRAGMA user_version;") == mk_migrations_latest ())
             || check_integrity (db, path, error));
  sqlite3_close_v2 (db);
  return ok;
}

/* A copy of the database as it was, next to it, before a migration changes
 * its schema: "mayak.db.backup-v1". */
static gboolean
backup_before_migration (MkStore  *self,
                         int       version,
                         GError  **error)
{
  g_autofree char *target = g_strdup_printf ("%s.backup-v%d", self->path, version);
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;

  if (sqlite3_open (target, &copy) != SQLITE_OK)
    {
      sqlite3_close (copy);
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_IO,
                   _("Cannot write the backup copy «%s»."), target);
      return FALSE;
    }
  backup = sqlite3_backup_init (copy, "main", self->db, "main");
  rc = backup != NULL ? sqlite3_backup_step (backup, -1) : SQLITE_ERROR;
  sqlite3_backup_finish (backup);
  sqlite3_close (copy);
  if (rc == SQLITE_DONE)
    return TRUE;
  g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_IO,
               _("Cannot write the backup copy «%s»."), target);
  return FALSE;
}

static gboolean
migrate (MkStore  *self,
         GError  **error)
{
  int version = pragma_int (self->db, "PRAGMA user_version;");

  if (version > 0 && version < mk_migrations_latest () &&
      !backup_before_migration (self, version, error))
    return FALSE;
  if (!mk_migrations_apply (self->db, version, error))
    return FALSE;
  self->schema_version = pragma_int (self->db, "PRAGMA user_version;");
  return TRUE;
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

static MkStore *
open_store (const char  *path,
            gboolean     to_read,
            GError     **error)
{
  g_autoptr(MkStore) self = NULL;
  gboolean is_new = FALSE;

  g_return_val_if_fail (path != NULL, NULL);
  if (!check_header (path, &is_new, error))
    return NULL;
  if (!is_new && !check_existing (path, to_read, error))
    return NULL;
  if (is_new && !ensure_parent_dir (path, error))
    return NULL;
  self = g_object_new (MK_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  if (sqlite3_open_v2 (path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                       /* one store, one thread: SQLite's mutexes only cost */
                       SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      mk_store_fail (self, error);
      return NULL;
    }
  if (!configure_connection (self, error) || !migrate (self, error))
    return NULL;
  /* Not checked whole: nothing may write through this connection. */
  if (to_read && !exec (self, "PRAGMA query_only = ON;", error))
    return NULL;
  return g_steal_pointer (&self);
}

MkStore *
mk_store_open (const char  *path,
               GError     **error)
{
  return open_store (path, FALSE, error);
}

MkStore *
mk_store_open_to_read (const char  *path,
                       GError     **error)
{
  return open_store (path, TRUE, error);
}

char *
mk_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "mayak", "mayak.db", NULL);
}

const char *
mk_store_get_path (MkStore *self)
{
  return self->path;
}

int
mk_store_get_schema_version (MkStore *self)
{
  return self->schema_version;
}

int
mk_store_latest_schema_version (void)
{
  return mk_migrations_latest ();
}

/* Transactions nest: the outer one is BEGIN IMMEDIATE, inner ones are
 * savepoints, so an importer can run inside the demo loader's transaction. */
gboolean
mk_store_begin (MkStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;

  if (self->depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE;");
  else
    sql = g_strdup_printf ("SAVEPOINT mk_%u;", self->depth);
  if (!exec (self, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

static void
emit_pending (MkStore *self)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer topic;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &topic, NULL))
    g_ptr_array_add (topics, g_strdup (topic));
  g_hash_table_remove_all (self->pending);
  for (guint i = 0; i < topics->len; i++)
    g_signal_emit (self, signals[CHANGED],
                   g_quark_from_string (topics->pdata[i]), topics->pdata[i]);
}

gboolean
mk_store_commit (MkStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (self->depth > 0, FALSE);
  if (self->depth == 1)
    sql = g_strdup ("COMMIT;");
  else
    sql = g_strdup_printf ("RELEASE mk_%u;", self->depth - 1);
  if (!exec (self, sql, error))
    return FALSE;
  self->depth--;
  if (self->depth == 0)
    emit_pending (self);
  return TRUE;
}

void
mk_store_rollback (MkStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (self->depth > 0);
  self->depth--;
  if (self->depth == 0)
    {
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      g_hash_table_remove_all (self->pending);
      return;
    }
  sql = g_strdup_printf ("ROLLBACK TO mk_%u; RELEASE mk_%u;", self->depth, self->depth);
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

/* Inside a transaction the signal waits for the outer commit, so that a
 * bulk load makes the views reload once. */
void
mk_store_emit_changed (MkStore    *self,
                       const char *topic)
{
  if (self->depth > 0)
    g_hash_table_add (self->pending, g_strdup (topic));
  else
    g_signal_emit (self, signals[CHANGED], g_quark_from_string (topic), topic);
}

char *
mk_store_get_meta (MkStore    *self,
                   const char *key)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT value FROM meta WHERE key = ?1", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  mk_stmt_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup (mk_stmt_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

gboolean
mk_store_set_meta (MkStore     *self,
                   const char  *key,
                   const char  *value,
                   GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO meta (key, value) VALUES (?1, ?2) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);

  if (stmt == NULL)
    return FALSE;
  mk_stmt_bind_text (stmt, 1, key);
  mk_stmt_bind_text (stmt, 2, value);
  return mk_store_step_done (self, stmt, error);
}
