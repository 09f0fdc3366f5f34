/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-cli-procedures"
#include "config.h"

#include <string.h>

#include "mk-test-util.h"

/* mayak-cli procedures, procedures add and delete, run as a user runs
 * them: the listing's formats, refusals (status 1) and usage errors (2). */


/* The demo's results: ОГЭ МА has some, ОГЭ ЛИТ none. */
static void
test_list (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_auto(MkTestRun) demo = { 0 }, tsv = { 0 }, csv = { 0 }, json = { 0 }, bad = { 0 };
  g_auto(GStrv) lines = NULL;

  mk_test_cli (&demo, "--db", db, "demo", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  mk_test_cli (&tsv, "--db", db, "procedures", NULL);
  g_assert_cmpint (tsv.status, ==, 0);
  lines = g_strsplit (tsv.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 33 + 1);
  g_assert_cmpstr (lines[0], ==, "code\tkind\tsubject\tgrade\tlevel\ttitle\tresults");
  g_assert_cmpstr (lines[2], ==, "ОГЭ МА\tОГЭ\tМатематика\t\t\tМатематика\t7");
  g_assert_cmpstr (lines[10], ==, "ОГЭ ЛИТ\tОГЭ\tЛитература\t\t\tЛитература\t0");
  g_assert_cmpstr (lines[11], ==, "ЕГЭ МА ПРОФ\tЕГЭ\tМатематика\t\tПРОФ\tМатематика ПРОФ\t16");
  mk_test_assert_has (tsv.out, "\nВПР РУ-5\tВПР\tРусский язык\t5\t\tРусский язык 5 кл\t");
  mk_test_cli (&csv, "--db", db, "procedures", "--format", "csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  mk_test_assert_has (csv.out, "code,kind,subject,grade,level,title,results\nОГЭ РУ,ОГЭ,Русский язык,,,Русский язык,");
  mk_test_cli (&json, "--db", db, "procedures", "--format=json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  mk_test_assert_has (json.out, "{\"code\": \"ЕГЭ МА БАЗ\", \"kind\": \"ЕГЭ\", \"subject\": \"Математика\", "
                        "\"grade\": \"\", \"level\": \"БАЗ\"");
  mk_test_cli (&bad, "--db", db, "procedures", "--format", "xml", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_add_delete (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_auto(MkTestRun) demo = { 0 }, add = { 0 }, again = { 0 }, list = { 0 }, used = { 0 };
  g_auto(MkTestRun) del = { 0 }, gone = { 0 }, unknown = { 0 }, wrong = { 0 }, usage = { 0 };
  g_auto(MkTestRun) action = { 0 }, titled = { 0 };

  mk_test_cli (&demo, "--db", db, "demo", NULL);
  mk_test_cli (&add, "--db", db, "procedures", "add", "ОГЭ англ.", NULL);
  g_assert_cmpint (add.status, ==, 0);
  mk_test_assert_has (add.out, "ОГЭ АНГ «Английский язык»");
  mk_test_cli (&titled, "--db", db, "procedures", "add", "ВПР ИСТ-6", "--title", "История, 6 класс", NULL);
  g_assert_cmpint (titled.status, ==, 0);
  mk_test_cli (&list, "--db", db, "procedures", NULL);
  mk_test_assert_has (list.out, "\nОГЭ АНГ\tОГЭ\tАнглийский язык\t\t\tАнглийский язык\t0\n");
  mk_test_assert_has (list.out, "\nВПР ИСТ-6\tВПР\tИстория\t6\t\tИстория, 6 класс\t0\n");
  /* Refusals of the data: status 1, with what to do. */
  mk_test_cli (&again, "--db", db, "procedures", "add", "ОГЭ английский язык", NULL);
  g_assert_cmpint (again.status, ==, 1);
  mk_test_assert_has (again.err, "«ОГЭ АНГ» is already in the procedure catalog");
  mk_test_cli (&used, "--db", db, "procedures", "delete", "ОГЭ МА", NULL);
  g_assert_cmpint (used.status, ==, 1);
  mk_test_assert_has (used.err, "«ОГЭ МА» cannot be deleted: 7 results use it");
  mk_test_cli (&wrong, "--db", db, "procedures", "add", "ВПР МА-10", NULL);
  g_assert_cmpint (wrong.status, ==, 1);
  mk_test_cli (&unknown, "--db", db, "procedures", "delete", "ОГЭ ЛИТЕРАТУРНОЕ ЧТЕНИЕ", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  mk_test_assert_has (unknown.err, "Did you mean: ");
  /* Any spelling names the procedure to delete. */
  mk_test_cli (&del, "--db", db, "procedures", "delete", "огэ английский", NULL);
  g_assert_cmpint (del.status, ==, 0);
  mk_test_assert_has (del.out, "ОГЭ АНГ");
  mk_test_cli (&gone, "--db", db, "procedures", "delete", "ОГЭ АНГ", NULL);
  g_assert_cmpint (gone.status, ==, 1);
  mk_test_assert_has (gone.err, "ОГЭ АНГ is not in the catalog");
  /* Usage errors: status 2. */
  mk_test_cli (&usage, "--db", db, "procedures", "add", NULL);
  g_assert_cmpint (usage.status, ==, 2);
  mk_test_cli (&action, "--db", db, "procedures", "rename", NULL);
  g_assert_cmpint (action.status, ==, 2);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_help (void)
{
  g_auto(MkTestRun) help = { 0 };

  mk_test_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  mk_test_assert_has (help.out, "procedures [--format tsv|csv|json]");
  mk_test_assert_has (help.out, "procedures add ");
  mk_test_assert_has (help.out, "procedures delete CODE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-procedures/list", test_list);
  g_test_add_func ("/cli-procedures/add-delete", test_add_delete);
  g_test_add_func ("/cli-procedures/help", test_help);
  return g_test_run ();
}
