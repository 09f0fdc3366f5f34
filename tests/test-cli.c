/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-cli"
#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "mk-test-util.h"

static char *
profile_of (const char *tsv,
            const char *municipality,
            const char *name)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (cells) == 4 && g_str_equal (cells[0], municipality) &&
          g_str_equal (cells[1], name))
        return g_strdup (cells[3]);
    }
  return NULL;
}

static guint
count_smolensk_profile (const char *tsv,
                        const char *profile)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);
  g_autofree char *suffix = g_strconcat ("\t", profile, NULL);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], "Смоленск\t") && g_str_has_suffix (lines[i], suffix);
  return n;
}

static void
assert_profile (const char *tsv,
                const char *name,
                const char *expected)
{
  g_autofree char *profile = profile_of (tsv, "Смоленск", name);

  g_assert_cmpstr (profile, ==, expected);
}

static guint
count_lines_with (const char *text,
                  const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], prefix);
  return n;
}

static void
test_demo_schools (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  const char *advanced[] = { "Гимназия № 1", "Гимназия № 4", "Лицей № 1",
                             "СШ № 8", "СШ № 29" };
  g_auto(MkTestRun) demo = { 0 };
  g_auto(MkTestRun) list = { 0 };
  g_auto(MkTestRun) json = { 0 };

  mk_test_cli (&demo, "--db", db, "demo", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  mk_test_cli (&list, "--db", db, "schools", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_true (g_str_has_prefix (list.out, "municipality\tname\tfull_name\tprofile\n"));
  g_assert_cmpuint (count_lines_with (list.out, "Смоленск\t"), ==, 43);
  for (guint i = 0; i < G_N_ELEMENTS (advanced); i++)
    assert_profile (list.out, advanced[i], "advanced");
  assert_profile (list.out, "О(с)Ш № 1", "evening");
  assert_profile (list.out, "О(с)Ш № 2", "evening");
  assert_profile (list.out, "СШ № 9", "secondary");
  /* "the rest secondary": 43 less 5 advanced and 2 evening schools. */
  g_assert_cmpuint (count_smolensk_profile (list.out, "secondary"), ==, 36);
  g_assert_cmpuint (count_lines_with (list.out, "Смоленск\t"), ==, 43);
  g_assert_nonnull (strstr (list.out, "СШ № 2\t"));
  g_assert_true (strstr (list.out, "Смоленск\tСШ № 2\t") <
                 strstr (list.out, "Смоленск\tСШ № 10\t"));
  mk_test_cli (&json, "schools", "--format", "json", "--db", db, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "\"profile\": \"evening\""));
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* `explain` leads with the final cluster, the one the reports use, then
 * the hand-set reason and the computed cluster where they differ; and it
 * speaks the reader's language whatever the language of the run that
 * classified (here the C locale: English). */
static void
test_explain_final_first (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_auto(MkTestRun) demo = { 0 };
  g_auto(MkTestRun) classify = { 0 };
  g_auto(MkTestRun) computed = { 0 };
  g_auto(MkTestRun) by_hand = { 0 };
  g_auto(MkTestRun) russian = { 0 };
  g_auto(MkTestRun) first = { 0 };

  mk_test_cli (&demo, "--db", db, "demo", NULL);
  mk_test_cli (&classify, "--db", db, "classify", "--year", "2022/2023", NULL);
  g_assert_cmpint (classify.status, ==, 0);
  mk_test_cli (&computed, "--db", db, "explain", "--school", "СШ № 5",
               "--municipality", "Смоленск", "--year", "2022/2023", NULL);
  g_assert_true (g_str_has_prefix (computed.out, "Смоленск, СШ № 5, 2022/2023\n"
                                   "Cluster: SRNR (Schools at risk of low results, cluster 5), "
                                   "as computed.\n"));
  mk_test_cli (&by_hand, "--db", db, "explain", "--school", "СШ № 16",
               "--municipality", "Смоленск", "--year", "2022/2023", NULL);
  g_assert_true (g_str_has_prefix (by_hand.out, "Смоленск, СШ № 16, 2022/2023\n"
                                   "Cluster: SRNR (Schools at risk of low results, cluster 5), "
                                   "set by hand on 06.2023.\n"));
  mk_test_assert_has (by_hand.out, "\nReason: Приложение 2 отчёта 2022/2023");
  mk_test_assert_has (by_hand.out, "\nComputed cluster: none");
  /* 2018/2019 is the first year in the database: first time or repeated
   * is not known, and the year was never classified. */
  mk_test_cli (&first, "--db", db, "explain", "--school", "СШ № 19",
               "--municipality", "Смоленск", "--year", "2018/2019", NULL);
  mk_test_assert_has (first.out, "\nComputed cluster: none: the year was not classified.\n");
  mk_test_assert_has (first.out, "\nWhether the school was in SNRO before is not known");
  g_assert_null (strstr (first.out, "for the first time"));
  g_setenv ("LANGUAGE", "ru", TRUE);
  g_setenv ("LC_ALL", "ru_RU.UTF-8", TRUE);
  mk_test_cli (&russian, "--db", db, "explain", "--school", "СШ № 5",
               "--municipality", "Смоленск", "--year", "2022/2023", NULL);
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  mk_test_assert_has (russian.out, "Маркеров за 2021–2022: 6.");
  mk_test_assert_has (russian.out, "Правило 2, ШНРО (не менее 7 маркеров): не выполняется");
  g_assert_null (strstr (russian.out, "markers"));
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_import_exit_codes (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_autofree char *good = mk_test_write_file (dir, "good.csv",
      "municipality;name\nСмоленск;СШ № 1\nСмоленск;СШ № 2\n", -1);
  g_autofree char *bad = mk_test_write_file (dir, "bad.csv",
      "municipality;name;profile\nСмоленск;СШ № 3;\nСмоленск;СШ № 4;никакой\n", -1);
  g_autofree char *missing = g_build_filename (dir, "nope.csv", NULL);
  g_autofree char *bad_line = g_strdup_printf ("%s:3: ", bad);
  g_auto(MkTestRun) dry = { 0 }, ok = { 0 }, refused = { 0 }, unreadable = { 0 }, list = { 0 };

  /* A dry run only reads: with no database there is nothing to check
   * against, and none is created. */
  mk_test_cli (&dry, "--db", db, "import", "schools", good, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 3);
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
  mk_test_cli (&ok, "--db", db, "import", "schools", good, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_nonnull (strstr (ok.out, "2"));
  mk_test_cli (&refused, "--db", db, "import", "schools", bad, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, bad_line));
  mk_test_cli (&unreadable, "--db", db, "import", "schools", missing, NULL);
  g_assert_cmpint (unreadable.status, ==, 2);
  mk_test_cli (&list, "--db", db, "schools", NULL);
  g_assert_cmpuint (count_lines_with (list.out, "Смоленск\t"), ==, 2);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_foreign_database (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = mk_test_write_file (dir, "report.xlsx.db", "not a database\n", -1);
  g_autofree char *after = NULL;
  g_auto(MkTestRun) run = { 0 };

  mk_test_cli (&run, "--db", db, "schools", NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_nonnull (strstr (run.err, db));
  after = mk_test_read_file (db, NULL);
  g_assert_cmpstr (after, ==, "not a database\n");
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_usage (void)
{
  g_auto(MkTestRun) version = { 0 }, help = { 0 }, unknown = { 0 }, init = { 0 };
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "new.db", NULL);

  mk_test_cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "mayak-cli " PACKAGE_VERSION));
  mk_test_cli (&help, "--help", NULL);
  g_assert_nonnull (strstr (help.out, "import schools"));
  mk_test_cli (&unknown, "--db", db, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  mk_test_cli (&init, "--db", db, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);
  g_assert_true (g_str_has_prefix (init.out, "schema "));
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_add_func ("/cli/demo-schools", test_demo_schools);
  g_test_add_func ("/cli/import-exit-codes", test_import_exit_codes);
  g_test_add_func ("/cli/explain-final-first", test_explain_final_first);
  g_test_add_func ("/cli/foreign-database", test_foreign_database);
  g_test_add_func ("/cli/usage", test_usage);
  return g_test_run ();
}
