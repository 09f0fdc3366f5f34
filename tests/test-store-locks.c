/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-store-locks"
#include "config.h"

#include <string.h>

#include "mk-store.h"
#include "mk-test-util.h"

/* The app keeps its store open and opens a second one on the same file for
 * an export or a classification, while mayak-cli comes and goes in another
 * process. SQLite's locks are POSIX locks, which belong to the process: if
 * anything but SQLite opened and closed the file here, the locks of the
 * first store would be gone, the other process would think it is alone,
 * checkpoint and delete the write-ahead log under us, and the next write
 * would go to a log nobody else sees. */

/* The schools another process sees, as mayak-cli prints them. */
static guint
schools_seen_by_another_process (const char *path)
{
  g_auto(MkTestRun) run = { 0 };
  guint n = 0;

  mk_test_cli (&run, "--db", path, "schools", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (const char *p = run.out; (p = strstr (p, "\nСмоленск\t")) != NULL; p++)
    n++;
  return n;
}

static void
test_second_store_keeps_locks (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "mayak.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) app = mk_store_open (path, &error);
  g_autoptr(MkStore) export = NULL;

  g_assert_no_error (error);
  mk_test_add_school (app, "Смоленск", "СШ № 1");
  export = mk_store_open_to_read (path, &error);
  g_assert_no_error (error);
  g_clear_object (&export);
  export = mk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (schools_seen_by_another_process (path), ==, 1);

  mk_test_add_school (app, "Смоленск", "СШ № 2");
  g_assert_cmpuint (schools_seen_by_another_process (path), ==, 2);
  g_clear_object (&export);
  g_clear_object (&app);
  app = mk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mk_store_count_schools (app), ==, 2);
  g_clear_object (&app);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store-locks/second-store-keeps-locks",
                   test_second_store_keeps_locks);
  return g_test_run ();
}
