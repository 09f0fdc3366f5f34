/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-store"
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "mk-sqlite-error.h"
#include "mk-store.h"
#include "mk-test-util.h"

typedef struct {
  char    *dir;
  char    *path;
  MkStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = mk_test_tmpdir_new ();
  f->path = g_build_filename (f->dir, "sub", "mayak.db", NULL);
  f->store = mk_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->path);
  mk_test_tmpdir_free (f->dir);
}

static MkSchool *
add (MkStore    *store,
     const char *municipality,
     const char *name)
{
  g_autoptr(GError) error = NULL;
  MkSchool *school = mk_school_new ();

  mk_school_set_municipality (school, municipality);
  mk_school_set_region (school, "Смоленская область");
  mk_school_set_name (school, name);
  g_assert_true (mk_store_add_school (store, school, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mk_school_get_id (school), >, 0);
  return school;
}

static int
sql_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_new_database (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_cmpint (mk_store_get_schema_version (f->store), ==,
                   mk_store_latest_schema_version ());
  g_assert_cmpint (mk_store_get_schema_version (f->store), >=, 1);
  g_clear_object (&f->store);
  g_assert_cmpint (sql_int (f->path, "PRAGMA application_id"), ==, 0x4D594B31);
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version"), ==,
                   mk_store_latest_schema_version ());
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM school"), ==, 0);
}

static void
test_natural_order (Fixture       *f,
                    gconstpointer  data)
{
  const char *names[] = { "СШ № 10", "СШ № 2", "Гимназия № 4", "СШ № 1" };
  const char *sorted[] = { "Гимназия № 4", "СШ № 1", "СШ № 2", "СШ № 10" };
  g_autoptr(GListModel) list = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (add (f->store, "Смоленск", names[i]));
  g_object_unref (add (f->store, "Ельнинский район", "Ельнинская СШ № 2"));
  list = mk_store_list_schools (f->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (list, i + 1);
      g_assert_cmpstr (mk_school_get_name (school), ==, sorted[i]);
      g_assert_cmpstr (mk_school_get_region (school), ==, "Смоленская область");
    }
}

static void
test_duplicate_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MkSchool) first = add (f->store, "Смоленск", "СШ № 19");
  g_autoptr(MkSchool) same = mk_school_new ();
  g_autoptr(MkSchool) empty = mk_school_new ();
  g_autoptr(MkSchool) elsewhere = add (f->store, "Ельнинский район", "СШ № 19");
  g_autoptr(GError) error = NULL;

  mk_school_set_municipality (same, "Смоленск");
  mk_school_set_name (same, "МБОУ «СШ № 19 имени Героя России Панова»");
  g_assert_false (mk_store_add_school (f->store, same, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "СШ № 19"));
  g_clear_error (&error);
  mk_school_set_municipality (empty, "Смоленск");
  mk_school_set_name (empty, "   ");
  g_assert_false (mk_store_add_school (f->store, empty, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  g_assert_cmpuint (mk_store_count_schools (f->store), ==, 2);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(MkSchool) school = add (f->store, "Смоленск", "СШ № 9");
  g_autoptr(MkSchool) other = add (f->store, "Смоленск", "СШ № 11");
  g_autoptr(MkSchool) loaded = NULL;
  g_autoptr(GError) error = NULL;

  mk_school_set_head (school, "Иванова О.В.");
  mk_school_set_profile (school, MK_PROFILE_ADVANCED);
  g_assert_true (mk_store_update_school (f->store, school, &error));
  loaded = mk_store_get_school (f->store, mk_school_get_id (school), &error);
  g_assert_cmpstr (mk_school_get_head (loaded), ==, "Иванова О.В.");
  g_assert_cmpint (mk_school_get_profile (loaded), ==, MK_PROFILE_ADVANCED);
  mk_school_set_name (other, "СОШ №9");
  g_assert_false (mk_store_update_school (f->store, other, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE);
}

static void
test_staff_and_undo (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MkSchool) school = add (f->store, "Смоленск", "СШ № 11");
  gint64 id = mk_school_get_id (school);
  g_autoptr(MkSchoolBackup) backup = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(MkStaffRow) row = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_store_set_staff (f->store, id, 2022, MK_STAFF_PSYCHOLOGISTS,
                                     "2 (РК)", &error));
  g_assert_false (mk_store_set_staff (f->store, id, 2022, MK_STAFF_TEACHERS,
                                      "много", &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  backup = mk_store_delete_school (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mk_store_count_schools (f->store), ==, 0);
  g_assert_true (mk_store_restore_school (f->store, backup, &error));
  g_assert_no_error (error);
  rows = mk_store_list_staff (f->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  row = g_list_model_get_item (rows, 0);
  g_assert_cmpint (mk_staff_row_get_school_year (row), ==, 2022);
  g_assert_cmpstr (mk_staff_row_get_raw (row, MK_STAFF_PSYCHOLOGISTS), ==, "2 (РК)");
  g_assert_cmpstr (mk_staff_row_get_raw (row, MK_STAFF_TEACHERS), ==, "");
}

static void
test_staff_parse (void)
{
  int count = 0;
  g_autofree char *note = NULL;

  g_assert_true (mk_staff_parse ("62 (3 - в декрете)", &count, &note));
  g_assert_cmpint (count, ==, 62);
  g_assert_cmpstr (note, ==, "(3 - в декрете)");
  g_clear_pointer (&note, g_free);
  g_assert_true (mk_staff_parse ("4+6 СОВМ.", &count, &note));
  g_assert_cmpint (count, ==, 4);
  g_assert_cmpstr (note, ==, "+6 СОВМ.");
  g_assert_false (mk_staff_parse ("", &count, NULL));
  g_assert_false (mk_staff_parse ("РК", &count, NULL));
}

static void
count_signal (MkStore    *store,
              const char *topic,
              guint      *count)
{
  (*count)++;
}

static void
test_one_signal_per_transaction (Fixture       *f,
                                 gconstpointer  data)
{
  guint count = 0;

  g_signal_connect (f->store, "changed::schools", G_CALLBACK (count_signal), &count);
  g_assert_true (mk_store_begin (f->store, NULL));
  g_assert_true (mk_store_begin (f->store, NULL));
  g_object_unref (add (f->store, "Смоленск", "СШ № 1"));
  g_assert_true (mk_store_commit (f->store, NULL));
  g_object_unref (add (f->store, "Смоленск", "СШ № 2"));
  g_assert_cmpuint (count, ==, 0);
  g_assert_true (mk_store_commit (f->store, NULL));
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (mk_store_begin (f->store, NULL));
  g_object_unref (add (f->store, "Смоленск", "СШ № 3"));
  mk_store_rollback (f->store);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpuint (mk_store_count_schools (f->store), ==, 2);
}

static void
test_find_candidates (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) found = NULL;
  g_autoptr(MkSchool) missing = NULL;

  g_object_unref (add (f->store, "Смоленск", "СШ № 9"));
  g_object_unref (add (f->store, "Смоленск", "СШ № 19"));
  g_object_unref (add (f->store, "Ельнинский район", "СШ № 9"));
  found = mk_store_find_school (f->store, "смоленск", "МБОУ \"СОШ №19\"", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mk_school_get_name (found), ==, "СШ № 19");
  missing = mk_store_find_school (f->store, NULL, "СШ № 9", &candidates, &error);
  g_assert_null (missing);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (candidates->len, ==, 2);
  g_clear_pointer (&candidates, g_ptr_array_unref);
  g_clear_error (&error);
  g_assert_null (mk_store_find_school (f->store, "Смоленск", "СШ № 91", &candidates, &error));
  g_assert_cmpstr (candidates->pdata[0], ==, "Смоленск: СШ № 9");
}

/* Opening a refused file must leave it byte for byte as it was. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len = 0, after_len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = NULL;

  before = mk_test_read_file (path, &before_len);
  store = mk_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, MK_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  after = mk_test_read_file (path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_foreign_files (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *text = mk_test_write_file (dir, "notes.db", "школа;СШ № 9\n", -1);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  sqlite3 *db = NULL;

  assert_refused (text, MK_STORE_ERROR_NOT_MAYAK);
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL, NULL);
  sqlite3_close (db);
  assert_refused (other, MK_STORE_ERROR_NOT_MAYAK);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_newer_and_damaged (Fixture       *f,
                        gconstpointer  data)
{
  sqlite3 *db = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  for (int i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("СШ № %d", i + 1);
      g_object_unref (add (f->store, "Смоленск", name));
    }
  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;",
                NULL, NULL, NULL);
  sqlite3_close (db);
  assert_refused (f->path, MK_STORE_ERROR_TOO_NEW);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA user_version = 1;", NULL, NULL, NULL);
  sqlite3_close (db);
  contents = mk_test_read_file (f->path, &len);
  g_assert_cmpuint (len, >, 4096 * 3);
  /* Pages 2 and 3 hold the first tables: garbage there is damage. */
  memset (contents + 4096, 0x5a, 4096 * 2);
  g_file_set_contents (f->path, contents, len, NULL);
  assert_refused (f->path, MK_STORE_ERROR_DAMAGED);
  /* Opened only to read, it still has to be migrated: checked whole. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MkStore) reader = mk_store_open_to_read (f->path, &error);

    g_assert_null (reader);
    g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DAMAGED);
  }
}

/* A store opened to read reads as any other, and refuses every write
 * with an error: the school it was asked to add is not there after. */
static void
test_open_to_read (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MkStore) reader = NULL;
  g_autoptr(GListModel) schools = NULL;
  g_autoptr(MkSchool) school = mk_school_new ();
  g_autoptr(GError) error = NULL;

  g_object_unref (add (f->store, "Смоленск", "СШ № 9"));
  g_clear_object (&f->store);
  reader = mk_store_open_to_read (f->path, &error);
  g_assert_no_error (error);
  schools = mk_store_list_schools (reader, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (schools), ==, 1);
  mk_school_set_municipality (school, "Смоленск");
  mk_school_set_name (school, "СШ № 10");
  g_assert_false (mk_store_add_school (reader, school, &error));
  g_assert_nonnull (error);
  g_clear_object (&reader);
  g_clear_error (&error);
  g_clear_object (&schools);
  f->store = mk_store_open (f->path, &error);
  g_assert_no_error (error);
  schools = mk_store_list_schools (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (schools), ==, 1);
}

/* A database of schema 1 (as the first release wrote it) is migrated, and
 * the file as it was is kept next to it. */
static void
test_migration_backup (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autofree char *backup = g_strconcat (path, ".backup-v1", NULL);
  g_autofree char *sql_path = mk_test_source_path ("data/migrations/0001-registry.sql");
  g_autofree char *sql = mk_test_read_file (sql_path, NULL);
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA application_id = 1297697585; PRAGMA user_version = 1;"
                "INSERT INTO municipality (name, name_key) VALUES ('Смоленск', 'смоленск');"
                "INSERT INTO school (municipality_id, name, name_key) VALUES (1, 'СШ № 9', 'сш 9');",
                NULL, NULL, NULL);
  sqlite3_close (db);
  /* Read first: a reader sees it through a migrated copy in memory, and
   * neither the file nor its folder changes. */
  {
    g_autofree char *before = NULL, *after = NULL;
    gsize before_len = 0, after_len = 0;
    g_autoptr(MkStore) reader = NULL;

    before = mk_test_read_file (path, &before_len);
    reader = mk_store_open_to_read (path, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (mk_store_count_schools (reader), ==, 1);
    g_clear_object (&reader);
    after = mk_test_read_file (path, &after_len);
    g_assert_cmpmem (before, before_len, after, after_len);
    g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  }
  store = mk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mk_store_get_schema_version (store), ==, mk_store_latest_schema_version ());
  g_assert_cmpuint (mk_store_count_schools (store), ==, 1);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (sql_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (sql_int (backup, "SELECT count(*) FROM school"), ==, 1);
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* SQLite's errors reach the user as sentences of ours that name the file
 * and say what to do, never in SQLite's English words. */
static void
test_sqlite_errors (void)
{
  static const struct { int rc; int code; } cases[] = {
    { SQLITE_READONLY, MK_STORE_ERROR_READ_ONLY }, { SQLITE_BUSY, MK_STORE_ERROR_BUSY },
    { SQLITE_LOCKED, MK_STORE_ERROR_BUSY }, { SQLITE_IOERR_WRITE, MK_STORE_ERROR_IO },
    { SQLITE_FULL, MK_STORE_ERROR_IO }, { SQLITE_CORRUPT, MK_STORE_ERROR_DAMAGED },
    { SQLITE_NOTADB, MK_STORE_ERROR_NOT_MAYAK }, { SQLITE_CANTOPEN, MK_STORE_ERROR_IO },
    { SQLITE_READONLY_DBMOVED, MK_STORE_ERROR_READ_ONLY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (mk_sqlite_error_code (cases[i].rc, sqlite3_errstr (cases[i].rc),
                                            "/data/mayak.db", &error));
      g_assert_error (error, MK_STORE_ERROR, cases[i].code);
      mk_test_assert_has (error->message, "«/data/mayak.db»");
      g_assert_null (strstr (error->message, sqlite3_errstr (cases[i].rc)));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/new-database", test_new_database);
  ADD ("/store/natural-order", test_natural_order);
  ADD ("/store/duplicate-refused", test_duplicate_refused);
  ADD ("/store/update", test_update);
  ADD ("/store/staff-and-undo", test_staff_and_undo);
  ADD ("/store/one-signal-per-transaction", test_one_signal_per_transaction);
  ADD ("/store/find-candidates", test_find_candidates);
  ADD ("/store/newer-and-damaged", test_newer_and_damaged);
  ADD ("/store/open-to-read", test_open_to_read);
  g_test_add_func ("/store/staff-parse", test_staff_parse);
  g_test_add_func ("/store/foreign-files", test_foreign_files);
  g_test_add_func ("/store/migration-backup", test_migration_backup);
  g_test_add_func ("/store/sqlite-errors", test_sqlite_errors);
  return g_test_run ();
}
