/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <string.h>

#include "mk-migrations.h"
#include "mk-sqlite-error.h"
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

gboolean
mk_store_fail (MkStore  *self,
               GError  **error)
{
  return mk_sqlite_error (self->db, self->path, error);
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

static gboolean
exec (MkStore     *self,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  return mk_store_fail (self, error);
}

gboolean
mk_store_exec (MkStore     *self,
               const char  *sql,
               GError     **error)
{
  return exec (self, sql, error);
}

/* The store owns DB from now on. */
MkStore *
mk_store_new_for_db (sqlite3    *db,
                     const char *path,
                     int         schema_version)
{
  MkStore *self = g_object_new (MK_TYPE_STORE, NULL);

  self->db = db;
  self->path = g_strdup (path);
  self->schema_version = schema_version;
  return self;
}

/* Everything the write-ahead log holds goes into the file and the log is
 * emptied, so that a copy of the file taken after this has every write. */
gboolean
mk_store_checkpoint (MkStore  *self,
                     GError  **error)
{
  if (sqlite3_db_readonly (self->db, "main") == 1)
    return TRUE;
  return exec (self, "PRAGMA wal_checkpoint(TRUNCATE);", error);
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
