/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-migrations"
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "mk-error.h"
#include "mk-migrations.h"
#include "mk-sqlite-error.h"
#include "mk-core-resources.h"

#define MIGRATIONS_PATH "/ru/mayak/Mayak/core/migrations"

/* Resource names are NNNN-what.sql; their order is the schema history.
 * The resource is used directly (not the global registry) because a static
 * library drops an object file that nothing refers to. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static char **
list_migrations (void)
{
  g_auto(GStrv) names = g_resource_enumerate_children (mk_core_get_resource (),
                                                               MIGRATIONS_PATH, 0, NULL);
  GPtrArray *sorted = g_ptr_array_new ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql"))
      g_ptr_array_add (sorted, g_strdup (names[i]));
  g_ptr_array_sort (sorted, compare_names);
  g_ptr_array_add (sorted, NULL);
  return (char **) g_ptr_array_free (sorted, FALSE);
}

int
mk_migrations_latest (void)
{
  g_auto(GStrv) names = list_migrations ();

  return (int) g_strv_length (names);
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  const char *path = sqlite3_db_filename (db, "main");

  if (sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  return mk_sqlite_error (db, path != NULL && *path != '\0' ? path : ":memory:", error);
}

static gboolean
apply_one (sqlite3     *db,
           const char  *name,
           int          version,
           GError     **error)
{
  g_autofree char *path = g_build_path ("/", MIGRATIONS_PATH, name, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (mk_core_get_resource (),
                                                    path, 0, error);
  g_autofree char *sql = NULL;
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d;", version);

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!exec_sql (db, "BEGIN IMMEDIATE;", error))
    return FALSE;
  if (!exec_sql (db, sql, error) || !exec_sql (db, bump, error))
    {
      sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
      return FALSE;
    }
  return exec_sql (db, "COMMIT;", error);
}

gboolean
mk_migrations_apply (sqlite3  *db,
                     int       from_version,
                     GError  **error)
{
  g_auto(GStrv) names = list_migrations ();
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d;",
                                             MK_APPLICATION_ID);

  /* Only when there is something to do: opening a current database
   * writes nothing. */
  if (from_version >= (int) g_strv_length (names))
    return TRUE;
  if (!exec_sql (db, set_id, error))
    return FALSE;
  for (int i = from_version; names[i] != NULL; i++)
    {
      g_debug ("Applying migration %s", names[i]);
      if (!apply_one (db, names[i], i + 1, error))
        return FALSE;
    }
  return TRUE;
}
