/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-crash"
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "mk-test-util.h"

/* An import killed at any moment leaves the database whole and either
 * without the file's results or with all of them: mayak-cli is started on
 * a big results file and sent SIGKILL after delays spread over the time a
 * whole import takes and over its writing, each time on a fresh copy of
 * the same database. The delays come from a fixed seed (MK_TEST_SEED
 * overrides it); the test message prints it so that a failure can be
 * repeated. */

#define N_KILLS      12
#define N_SCHOOLS    2000
#define N_PROCEDURES 30
/* Rows of one year: a sanitizer build imports them in about a second;
 * a faster build gets four years, so that each import lasts long enough
 * to be killed in every phase. */
#define YEAR_ROWS    (N_SCHOOLS * N_PROCEDURES)
#define MIN_DURATION (G_USEC_PER_SEC / 4)
#define DEFAULT_SEED 20261122
/* The WAL holds a frame or two once the command has opened the database;
 * past this the import's transaction is writing rows. */
#define WAL_WRITING  (64 * 1024)

typedef struct {
  char   *dir;
  char   *base;     /* demo data and the schools the big file names */
  char   *db;       /* the copy each import runs on */
  char   *csv;
  gint64  before;   /* results in BASE */
  gint64  n_rows;   /* in CSV, all new */
  gint64  duration; /* microseconds of one whole import */
  goffset wal_end;  /* the WAL it had written when last seen */
} Fixture;

static sqlite3 *
open_db (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return db;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* Opening recovers what a killed writer left in the WAL, as the next run
 * of the app would; the file must then be whole. Returns the results. */
static gint64
check_db (const char *path)
{
  sqlite3 *db = open_db (path);
  g_autofree char *integrity = query_text (db, "PRAGMA integrity_check");
  g_autofree char *count = query_text (db, "SELECT count(*) FROM result");

  g_assert_cmpstr (integrity, ==, "ok");
  sqlite3_close (db);
  return g_ascii_strtoll (count, NULL, 10);
}

/* Only SQLite touches a database file: the copy is a backup, not cp. */
static void
copy_db (const char *from,
         const char *to)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  sqlite3 *src = open_db (from);
  sqlite3 *dst = NULL;
  sqlite3_backup *backup;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (to, suffixes[i], NULL);
      g_remove (path);
    }
  g_assert_cmpint (sqlite3_open (to, &dst), ==, SQLITE_OK);
  backup = sqlite3_backup_init (dst, "main", src, "main");
  g_assert_nonnull (backup);
  g_assert_cmpint (sqlite3_backup_step (backup, -1), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_backup_finish (backup), ==, SQLITE_OK);
  sqlite3_close (dst);
  sqlite3_close (src);
}

/* The first N_PROCEDURES codes of the catalog, from `procedures`. */
static GStrv
procedure_codes (const char *db)
{
  g_auto(MkTestRun) run = { 0 };
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  mk_test_cli (&run, "--db", db, "procedures", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 1; lines[i] != NULL && n < N_PROCEDURES; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", 2);

      if (cells[0] != NULL && *cells[0] != '\0')
        {
          g_strv_builder_add (codes, cells[0]);
          n++;
        }
    }
  g_assert_cmpuint (n, ==, N_PROCEDURES);
  return g_strv_builder_end (codes);
}

static char *
write_schools (const char *dir)
{
  g_autoptr(GString) csv = g_string_new ("region;municipality;name\n");

  for (guint s = 1; s <= N_SCHOOLS; s++)
    g_string_append_printf (csv, "Смоленская область;Рославль;СШ № %u\n", s);
  return mk_test_write_file (dir, "schools.csv", csv->str, -1);
}

/* Every row new, so that the import writes them in one transaction. */
static char *
write_results (const char *dir,
               GStrv       codes,
               guint       n_years)
{
  g_autoptr(GString) csv = g_string_new ("municipality;school;year;procedure;participants;low\n");

  for (guint y = 2019; y < 2019 + n_years; y++)
    for (guint s = 1; s <= N_SCHOOLS; s++)
      for (guint p = 0; codes[p] != NULL; p++)
        g_string_append_printf (csv, "Рославль;СШ № %u;%u;%s;20;%u\n", s, y, codes[p],
                                (s + p) % 7);
  return mk_test_write_file (dir, "results.csv", csv->str, -1);
}

/* mayak-cli --db DB ARGS… must succeed; its output shows if not. */
static void
cli_ok (const char *db,
        const char *command,
        const char *what,
        const char *path)
{
  g_auto(MkTestRun) run = { 0 };

  mk_test_cli (&run, "--db", db, command, what, path, NULL);
  if (run.status != 0)
    g_printerr ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
}

static goffset
wal_size (const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 ? st.st_size : 0;
}

static GPid
spawn_import (Fixture *f)
{
  const char *argv[] = { g_getenv ("MK_CLI"), "--db", f->db, "import", "results", f->csv, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

/* One whole import on a copy, watched every millisecond: how long it
 * takes and how much WAL its transaction writes, to aim the kills. */
static void
time_import (Fixture *f)
{
  gint64 start = g_get_monotonic_time ();
  GPid pid;
  int status = 0;

  copy_db (f->base, f->db);
  pid = spawn_import (f);
  while (waitpid (pid, &status, WNOHANG) == 0)
    {
      f->wal_end = MAX (f->wal_end, wal_size (f->db));
      g_usleep (1000);
    }
  f->duration = g_get_monotonic_time () - start;
  g_spawn_close_pid (pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_cmpint (f->wal_end, >, 2 * WAL_WRITING);
  g_assert_cmpint (check_db (f->db), ==, f->before + f->n_rows);
}

static void
make_results (Fixture *f,
              GStrv    codes,
              guint    n_years)
{
  g_free (f->csv);
  f->csv = write_results (f->dir, codes, n_years);
  f->n_rows = (gint64) YEAR_ROWS * n_years;
  f->wal_end = 0;
  time_import (f);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_auto(GStrv) codes = NULL;
  g_autofree char *schools = NULL;

  f->dir = mk_test_tmpdir_new ();
  f->base = g_build_filename (f->dir, "base.db", NULL);
  f->db = g_build_filename (f->dir, "mayak.db", NULL);
  cli_ok (f->base, "demo", NULL, NULL);
  schools = write_schools (f->dir);
  cli_ok (f->base, "import", "schools", schools);
  codes = procedure_codes (f->base);
  f->before = check_db (f->base);
  g_assert_cmpint (f->before, >, 0);
  make_results (f, codes, 1);
  if (f->duration < MIN_DURATION)
    make_results (f, codes, 4);
  g_test_message ("one import of %" G_GINT64_FORMAT " rows: %.2f s, %.1f MB of WAL",
                  f->n_rows, f->duration / 1e6, f->wal_end / 1e6);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_free (f->csv);
  g_free (f->db);
  g_free (f->base);
  mk_test_tmpdir_free (f->dir);
}

typedef enum { ENDED, KILLED, KILLED_WRITING } Outcome;

/* When to kill: after DELAY µs or, if WAL is set, as soon as the WAL
 * holds that many bytes. */
typedef struct {
  gint64  delay;
  goffset wal;
} Aim;

/* Waits as AIM says; FALSE if the import ended first, with its STATUS. */
static gboolean
wait_for_aim (Fixture   *f,
              GPid       pid,
              const Aim *aim,
              int       *status)
{
  if (aim->wal == 0)
    {
      g_usleep (aim->delay);
      return TRUE;
    }
  while (wal_size (f->db) < aim->wal)
    {
      if (waitpid (pid, status, WNOHANG) == pid)
        return FALSE;
      g_usleep (200);
    }
  return TRUE;
}

/* Starts the import and kills it as AIM says unless it has ended. */
static Outcome
import_and_kill (Fixture   *f,
                 const Aim *aim)
{
  GPid pid = spawn_import (f);
  goffset wal = 0;
  int status = 0;

  if (wait_for_aim (f, pid, aim, &status))
    {
      wal = wal_size (f->db);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
    }
  g_spawn_close_pid (pid);
  /* The status tells a kill from an end that came first. */
  if (!WIFSIGNALED (status))
    {
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      return ENDED;
    }
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  return wal > WAL_WRITING ? KILLED_WRITING : KILLED;
}

static guint32
test_seed (void)
{
  const char *env = g_getenv ("MK_TEST_SEED");

  return env != NULL ? (guint32) g_ascii_strtoull (env, NULL, 10) : DEFAULT_SEED;
}

/* Half the kills fall one in each sixth of the time of a whole import
 * (opening, reading the file, writing, committing); half one in each
 * sixth of the WAL it writes. Time alone would miss the writing in a
 * sanitizer build, where our code slows down ten times and the SQLite
 * library does not, and where one run differs from the next by more
 * than the writing lasts. */
static Aim
kill_aim (Fixture *f,
          GRand   *rand,
          guint    i)
{
  guint half = N_KILLS / 2;
  double slot = (i % half + g_rand_double (rand)) / half;

  if (i < half)
    return (Aim) { .delay = f->duration * slot };
  return (Aim) { .wal = WAL_WRITING + (f->wal_end - WAL_WRITING) * slot };
}

static void
test_kill (Fixture       *f,
           gconstpointer  data)
{
  guint32 seed = test_seed ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint n_killed = 0, n_writing = 0, n_complete = 0;

  g_test_message ("seed %u (MK_TEST_SEED=%u repeats these kills)", seed, seed);
  for (guint i = 0; i < N_KILLS; i++)
    {
      Aim aim = kill_aim (f, rand, i);
      Outcome outcome;
      gint64 count;

      copy_db (f->base, f->db);
      outcome = import_and_kill (f, &aim);
      count = check_db (f->db);
      g_test_message ("kill %u %s %.3f %s: %s, %" G_GINT64_FORMAT " results", i,
                      aim.wal ? "at WAL" : "after", aim.wal ? aim.wal / 1e6 : aim.delay / 1e6,
                      aim.wal ? "MB" : "s", outcome == ENDED ? "had ended" :
                      outcome == KILLED ? "killed" : "killed while writing", count);
      if (count != f->before)
        g_assert_cmpint (count, ==, f->before + f->n_rows);
      n_killed += outcome != ENDED;
      n_writing += outcome == KILLED_WRITING;
      n_complete += count != f->before;
    }
  g_test_message ("%u of %d imports killed, %u while writing; %u complete", n_killed, N_KILLS,
                  n_writing, n_complete);
  /* Kills that all came too late, or all before the transaction began,
   * would prove nothing. */
  g_assert_cmpuint (n_killed, >=, N_KILLS / 3);
  g_assert_cmpuint (n_writing, >=, 1);

  /* The database a kill left behind takes the whole import. */
  cli_ok (f->db, "import", "results", f->csv);
  g_assert_cmpint (check_db (f->db), ==, f->before + f->n_rows);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/import-crash/kill", Fixture, NULL, fixture_setup, test_kill, fixture_teardown);
  return g_test_run ();
}
