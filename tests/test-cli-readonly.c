/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-cli-readonly"
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "mk-store.h"
#include "mk-test-util.h"

/* Reading never writes: the commands that only read and every --dry-run
 * leave the database file byte for byte as it was, work on a file nobody
 * may write, do not wait for a writer, and never create a database. */

typedef struct {
  char *dir;
  char *db;
  char *csv;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_auto(MkTestRun) demo = { 0 };

  f->dir = mk_test_tmpdir_new ();
  f->db = g_build_filename (f->dir, "d.db", NULL);
  f->csv = mk_test_write_file (f->dir, "new.csv",
                               "municipality;name\nСмоленск;СШ № 500\n", -1);
  mk_test_cli (&demo, "--db", f->db, "demo", NULL);
  g_assert_cmpint (demo.status, ==, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_free (f->db);
  g_free (f->csv);
  mk_test_tmpdir_free (f->dir);
}

/* Each command that only reads, with the database path put in. */
static const char *const reading[][8] = {
  { "schools", NULL },
  { "clusters", "--year", "2022/2023", NULL },
  { "explain", "--school", "СШ № 9", "--year", "2022/2023", NULL },
  { "statistics", NULL },
  { "procedures", NULL },
  { "report", "cluster-distribution", "--year", "2022/2023", "-o", "@/r.xlsx", NULL },
  { "chart", "cluster-distribution", "--year", "2022/2023", "-o", "@/c.png", NULL },
  { "import", "schools", "@/new.csv", "--dry-run", NULL },
  { "backup", "@/copy.db", NULL },
  { "roadmaps", NULL },
  { "indicators", NULL },
  { "protocols", NULL },
  { "protocol", "1", "-o", "@/p.pdf", NULL },
  { "protocol", "1", "-o", "@/p.docx", NULL },
  { "protocol", "1", "--extract", "1", "-o", "@/e.pdf", NULL },
};

/* Runs ARGS through PREFIX (NULL, or a command that runs the CLI as
 * another user) on DB; "@" in an argument stands for OUT_DIR. */
static void
run_command (MkTestRun          *run,
             const char *const  *prefix,
             const char         *db,
             const char         *out_dir,
             const char *const  *args)
{
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
  g_auto(GStrv) built = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  for (guint i = 0; prefix != NULL && prefix[i] != NULL; i++)
    g_strv_builder_add (argv, prefix[i]);
  g_strv_builder_add_many (argv, g_getenv ("MK_CLI"), "--db", db, NULL);
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autofree char *arg = args[i][0] == '@'
                             ? g_strconcat (out_dir, args[i] + 1, NULL)
                             : g_strdup (args[i]);
      g_strv_builder_add (argv, arg);
    }
  built = g_strv_builder_end (argv);
  g_spawn_sync (NULL, built, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
assert_all_read (const char *const *prefix,
                 const char        *db,
                 const char        *out_dir)
{
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len = 0, after_len = 0;

  before = mk_test_read_file (db, &before_len);
  for (guint i = 0; i < G_N_ELEMENTS (reading); i++)
    {
      g_auto(MkTestRun) run = { 0 };

      run_command (&run, prefix, db, out_dir, reading[i]);
      if (run.status != 0)
        g_test_message ("%s: %s", reading[i][0], run.err);
      g_assert_cmpint (run.status, ==, 0);
    }
  after = mk_test_read_file (db, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_reading_changes_no_byte (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GError) error = NULL;

  assert_all_read (NULL, f->db, f->dir);
  /* The dry run added nothing, the copy has the demo and the new school
   * of the dry run is in neither. */
  store = mk_store_open_to_read (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mk_store_count_schools (store), ==, 74);
  g_clear_object (&store);
  store = mk_store_open_to_read (f->db, &error);
  g_assert_cmpuint (mk_store_count_schools (store), ==, 74);
}

/* A user who may only read the file and its folder: as root, the test
 * drops to nobody, since root may write anywhere. */
static const char *const *
read_only_prefix (void)
{
  static const char *const as_nobody[] = {
    "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", NULL };

  g_autofree char *setpriv = NULL;

  if (getuid () != 0)
    return NULL;
  setpriv = g_find_program_in_path ("setpriv");
  return setpriv != NULL ? as_nobody : NULL;
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *ro_dir = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *ro_db = g_build_filename (ro_dir, "d.db", NULL);
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_autofree char *contents = NULL;
  g_auto(MkTestRun) write = { 0 };
  const char *const import[] = { "import", "schools", f->csv, NULL };
  gsize len = 0;

  if (getuid () == 0 && read_only_prefix () == NULL)
    {
      g_test_skip ("root without setpriv cannot be refused a write");
      return;
    }
  contents = mk_test_read_file (f->db, &len);
  g_assert_cmpint (g_mkdir (ro_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (ro_db, contents, len, NULL));
  g_assert_cmpint (g_mkdir (out, 0777), ==, 0);
  g_assert_cmpint (g_chmod (out, 0777), ==, 0);
  g_free (mk_test_write_file (out, "new.csv", "municipality;name\nСмоленск;СШ № 500\n", -1));
  g_assert_cmpint (g_chmod (f->csv, 0644), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (ro_db, 0444), ==, 0);
  g_assert_cmpint (g_chmod (ro_dir, 0555), ==, 0);
  assert_all_read (read_only_prefix (), ro_db, out);
  /* A write is refused in words that name the file and what to do. */
  run_command (&write, read_only_prefix (), ro_db, out, import);
  g_assert_cmpint (write.status, ==, 3);
  mk_test_assert_has (write.err, ro_db);
  g_assert_null (strstr (write.err, "readonly database"));
  g_chmod (ro_dir, 0755);
}

static goffset
empty_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static void
test_missing_and_empty (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "nodir", "x.db", NULL);
  g_autofree char *nodir = g_path_get_dirname (missing);
  g_autofree char *empty = mk_test_write_file (f->dir, "empty.db", "", 0);

  for (guint i = 0; i < G_N_ELEMENTS (reading); i++)
    {
      g_auto(MkTestRun) absent = { 0 }, zero = { 0 };

      run_command (&absent, NULL, missing, f->dir, reading[i]);
      g_assert_cmpint (absent.status, ==, 3);
      mk_test_assert_has (absent.err, missing);
      g_assert_false (g_file_test (nodir, G_FILE_TEST_EXISTS));
      run_command (&zero, NULL, empty, f->dir, reading[i]);
      g_assert_cmpint (zero.status, ==, 3);
      g_assert_true (g_file_test (empty, G_FILE_TEST_EXISTS));
      g_assert_cmpint (empty_size (empty), ==, 0);
    }
}

/* Under write-ahead logging a reader never waits for a writer: while
 * another connection holds the write lock, reading commands still read. */
static void
test_read_while_another_writes (Fixture       *f,
                                gconstpointer  data)
{
  sqlite3 *writer = NULL;

  g_assert_cmpint (sqlite3_open (f->db, &writer), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (writer, "BEGIN IMMEDIATE;"
                                 "INSERT INTO meta (key, value) VALUES ('k', 'v');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (reading); i++)
    {
      g_auto(MkTestRun) run = { 0 };

      run_command (&run, NULL, f->db, f->dir, reading[i]);
      g_assert_cmpint (run.status, ==, 0);
    }
  sqlite3_exec (writer, "ROLLBACK;", NULL, NULL, NULL);
  sqlite3_close (writer);
}

/* A damaged file is reported, and not touched on the way. */
static void
test_damaged_untouched (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *contents = NULL, *after = NULL;
  gsize len = 0, after_len = 0;

  contents = mk_test_read_file (f->db, &len);
  g_assert_cmpuint (len, >, 4096 * 8);
  memset (contents + 4096, 0x5a, 4096 * 6);
  g_assert_true (g_file_set_contents (f->db, contents, len, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (reading); i++)
    {
      g_auto(MkTestRun) run = { 0 };

      run_command (&run, NULL, f->db, f->dir, reading[i]);
      after = mk_test_read_file (f->db, &after_len);
      g_assert_cmpmem (contents, len, after, after_len);
      g_clear_pointer (&after, g_free);
    }
}

/* The app holds the database with its last writes still in the log; a
 * copy of the file would miss them, mayak-cli backup has them all. */
static void
test_backup_while_open (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) app = mk_store_open (f->db, &error);
  g_autoptr(MkStore) reopened = NULL;
  g_auto(MkTestRun) run = { 0 }, itself = { 0 };

  g_assert_no_error (error);
  mk_test_add_school (app, "Смоленск", "СШ № 501");
  mk_test_cli (&run, "--db", f->db, "backup", copy, NULL);
  g_assert_cmpint (run.status, ==, 0);
  reopened = mk_store_open_to_read (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mk_store_count_schools (reopened), ==, 75);
  mk_test_cli (&itself, "--db", f->db, "backup", f->db, NULL);
  g_assert_cmpint (itself.status, ==, 2);
  g_assert_cmpuint (mk_store_count_schools (app), ==, 75);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/cli-readonly/changes-no-byte", test_reading_changes_no_byte);
  ADD ("/cli-readonly/read-only-file", test_read_only_file);
  ADD ("/cli-readonly/missing-and-empty", test_missing_and_empty);
  ADD ("/cli-readonly/read-while-another-writes", test_read_while_another_writes);
  ADD ("/cli-readonly/damaged-untouched", test_damaged_untouched);
  ADD ("/cli-readonly/backup-while-open", test_backup_while_open);
  return g_test_run ();
}
