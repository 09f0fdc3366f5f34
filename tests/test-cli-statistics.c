/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-cli-statistics"
#include "config.h"

#include <string.h>

#include "mk-test-util.h"

/* mayak-cli statistics, statistics set/delete and import statistics, run
 * as a user runs them. */

/* The demo brings the region figures of Таблица 3 of the
 * Smolensk monitoring report. */
static void
test_demo_list (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_auto(MkTestRun) demo = { 0 }, tsv = { 0 }, csv = { 0 }, json = { 0 };

  mk_test_cli (&demo, "--db", db, "demo", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  mk_test_cli (&tsv, "--db", db, "statistics", NULL);
  g_assert_cmpint (tsv.status, ==, 0);
  g_assert_cmpstr (tsv.out, ==,
                   "school_year\tscope\tschools\tsnro\n"
                   "2018/2019\tСмоленская область\t385\t75\n"
                   "2019/2020\tСмоленская область\t362\t44\n"
                   "2020/2021\tСмоленская область\t357\t23\n"
                   "2021/2022\tСмоленская область\t351\t68\n"
                   "2022/2023\tСмоленская область\t341\t29\n");
  mk_test_cli (&csv, "--db", db, "statistics", "--format", "csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  mk_test_assert_has (csv.out, "school_year,scope,schools,snro\n2018/2019,Смоленская область,385,75\n");
  mk_test_cli (&json, "--db", db, "statistics", "--format=json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  mk_test_assert_has (json.out, "\"scope\": \"Смоленская область\"");
  mk_test_assert_has (json.out, "\"schools\": \"341\"");
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_set_delete (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_auto(MkTestRun) add = { 0 }, replace = { 0 }, same = { 0 }, bad = { 0 }, usage = { 0 };
  g_auto(MkTestRun) list = { 0 }, del = { 0 }, missing = { 0 }, empty = { 0 };

  mk_test_cli (&add, "--db", db, "statistics", "set", "--year", "2022/2023", "--scope",
               "Смоленская область", "--schools", "341", "--snro", "29", NULL);
  g_assert_cmpint (add.status, ==, 0);
  mk_test_assert_has (add.out, "Added");
  mk_test_cli (&replace, "--db", db, "statistics", "set", "--year", "2022", "--scope",
               "смоленская область", "--schools", "341", "--snro", "30", NULL);
  g_assert_cmpint (replace.status, ==, 0);
  mk_test_assert_has (replace.out, "Replaced");
  mk_test_cli (&same, "--db", db, "statistics", "set", "--year", "2022-2023", "--scope",
               "смоленская область", "--schools=341", "--snro=30", NULL);
  g_assert_cmpint (same.status, ==, 0);
  mk_test_assert_has (same.out, "unchanged");
  /* More ШНРО than schools: the data is refused (1); a missing number is
   * a usage error (2). */
  mk_test_cli (&bad, "--db", db, "statistics", "set", "--year", "2021/2022", "--scope",
               "Смоленская область", "--schools", "10", "--snro", "11", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  mk_test_assert_has (bad.err, "11");
  mk_test_cli (&usage, "--db", db, "statistics", "set", "--year", "2021/2022", "--scope",
               "Смоленская область", "--schools", "десять", "--snro", "1", NULL);
  g_assert_cmpint (usage.status, ==, 2);
  mk_test_assert_has (usage.err, "--schools");
  mk_test_cli (&list, "--db", db, "statistics", NULL);
  g_assert_cmpstr (list.out, ==, "school_year\tscope\tschools\tsnro\n"
                                 "2022/2023\tсмоленская область\t341\t30\n");
  mk_test_cli (&del, "--db", db, "statistics", "delete", "--year", "2022/2023", "--scope",
               "Смоленская область", NULL);
  g_assert_cmpint (del.status, ==, 0);
  mk_test_cli (&missing, "--db", db, "statistics", "delete", "--year", "2022/2023", "--scope",
               "Смоленская область", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  mk_test_assert_has (missing.err, "2022/2023");
  mk_test_cli (&empty, "--db", db, "statistics", NULL);
  g_assert_cmpstr (empty.out, ==, "school_year\tscope\tschools\tsnro\n");
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* A bad row refuses the whole file: exit 1, FILE:LINE errors, nothing
 * written; the good file then reports what it added and replaced. */
static void
test_import (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_autofree char *bad = mk_test_write_file (dir, "bad.csv",
      "Учебный год;Регион;ОО в мониторинге;ШНРО\n"
      "2020/2021;Смоленская область;357;23\n"
      "2021/2022;Смоленская область;351;-\n", -1);
  g_autofree char *good = mk_test_write_file (dir, "good.csv",
      "Учебный год;Регион;ОО в мониторинге;ШНРО\n"
      "2020/2021;Смоленская область;357;23\n"
      "2021/2022;Смоленская область;351;68\n", -1);
  g_autofree char *bad_line = g_strdup_printf ("%s:3: ", bad);
  g_auto(MkTestRun) refused = { 0 }, list = { 0 }, dry = { 0 }, ok = { 0 }, set = { 0 };
  g_auto(MkTestRun) again = { 0 }, help = { 0 };

  mk_test_cli (&refused, "--db", db, "import", "statistics", bad, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  mk_test_assert_has (refused.err, bad_line);
  mk_test_cli (&list, "--db", db, "statistics", NULL);
  g_assert_cmpstr (list.out, ==, "school_year\tscope\tschools\tsnro\n");
  mk_test_cli (&dry, "--db", db, "import", "statistics", good, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  mk_test_assert_has (dry.out, "added 2");
  mk_test_cli (&ok, "--db", db, "import", "statistics", good, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  mk_test_assert_has (ok.out, "added 2");
  mk_test_cli (&set, "--db", db, "statistics", "set", "--year", "2021/2022", "--scope",
               "Смоленская область", "--schools", "351", "--snro", "60", NULL);
  mk_test_cli (&again, "--db", db, "import", "statistics", good, NULL);
  g_assert_cmpint (again.status, ==, 0);
  mk_test_assert_has (again.out, "replaced 1");
  mk_test_assert_has (again.out, "unchanged 1");
  mk_test_cli (&help, "--help", NULL);
  mk_test_assert_has (help.out, "import statistics FILE");
  mk_test_assert_has (help.out, "statistics set --year 2022/2023 --scope NAME --schools N --snro N");
  mk_test_assert_has (help.out, "statistics delete --year 2022/2023 --scope NAME");
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_add_func ("/cli-statistics/demo-list", test_demo_list);
  g_test_add_func ("/cli-statistics/set-delete", test_set_delete);
  g_test_add_func ("/cli-statistics/import", test_import);
  return g_test_run ();
}
