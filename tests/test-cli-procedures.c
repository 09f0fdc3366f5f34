#define G_LOG_DOMAIN "mk-test-cli-procedures"
#include "config.h"

#include <string.h>

#include "mk-test-util.h"

/* mayak-cli procedures, procedures add and delete, run as a user runs
 * them: the listing's formats, refusals (status 1) and usage errors (2). */

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
cli (Run        *run,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("MK_CLI"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("«%s» not in:\n%s", needle, text);
}


/* The demo's results: ОГЭ МА has some, ОГЭ ЛИТ none. */
static void
test_list (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_auto(Run) demo = { 0 }, tsv = { 0 }, csv = { 0 }, json = { 0 }, bad = { 0 };
  g_auto(GStrv) lines = NULL;

  cli (&demo, "--db", db, "demo", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  cli (&tsv, "--db", db, "procedures", NULL);
  g_assert_cmpint (tsv.status, ==, 0);
  lines = g_strsplit (tsv.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 33 + 1);
  g_assert_cmpstr (lines[0], ==, "code\tkind\tsubject\tgrade\tlevel\ttitle\tresults");
  g_assert_cmpstr (lines[2], ==, "ОГЭ МА\tОГЭ\tМатематика\t\t\tМатематика\t7");
  g_assert_cmpstr (lines[10], ==, "ОГЭ ЛИТ\tОГЭ\tЛитература\t\t\tЛитература\t0");
  g_assert_cmpstr (lines[11], ==, "ЕГЭ МА ПРОФ\tЕГЭ\tМатематика\t\tПРОФ\tМатематика ПРОФ\t16");
  assert_has (tsv.out, "\nВПР РУ-5\tВПР\tРусский язык\t5\t\tРусский язык 5 кл\t");
  cli (&csv, "--db", db, "procedures", "--format", "csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  assert_has (csv.out, "code,kind,subject,grade,level,title,results\nОГЭ РУ,ОГЭ,Русский язык,,,Русский язык,");
  cli (&json, "--db", db, "procedures", "--format=json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  assert_has (json.out, "{\"code\": \"ЕГЭ МА БАЗ\", \"kind\": \"ЕГЭ\", \"subject\": \"Математика\", "
                        "\"grade\": \"\", \"level\": \"БАЗ\"");
  cli (&bad, "--db", db, "procedures", "--format", "xml", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_add_delete (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_auto(Run) demo = { 0 }, add = { 0 }, again = { 0 }, list = { 0 }, used = { 0 };
  g_auto(Run) del = { 0 }, gone = { 0 }, unknown = { 0 }, wrong = { 0 }, usage = { 0 };
  g_auto(Run) action = { 0 }, titled = { 0 };

  cli (&demo, "--db", db, "demo", NULL);
  cli (&add, "--db", db, "procedures", "add", "ОГЭ англ.", NULL);
  g_assert_cmpint (add.status, ==, 0);
  assert_has (add.out, "ОГЭ АНГ «Английский язык»");
  cli (&titled, "--db", db, "procedures", "add", "ВПР ИСТ-6", "--title", "История, 6 класс", NULL);
  g_assert_cmpint (titled.status, ==, 0);
  cli (&list, "--db", db, "procedures", NULL);
  assert_has (list.out, "\nОГЭ АНГ\tОГЭ\tАнглийский язык\t\t\tАнглийский язык\t0\n");
  assert_has (list.out, "\nВПР ИСТ-6\tВПР\tИстория\t6\t\tИстория, 6 класс\t0\n");
  /* Refusals of the data: status 1, with what to do. */
  cli (&again, "--db", db, "procedures", "add", "ОГЭ английский язык", NULL);
  g_assert_cmpint (again.status, ==, 1);
  assert_has (again.err, "«ОГЭ АНГ» is already in the procedure catalog");
  cli (&used, "--db", db, "procedures", "delete", "ОГЭ МА", NULL);
  g_assert_cmpint (used.status, ==, 1);
  assert_has (used.err, "«ОГЭ МА» cannot be deleted: 7 results use it");
  cli (&wrong, "--db", db, "procedures", "add", "ВПР МА-10", NULL);
  g_assert_cmpint (wrong.status, ==, 1);
  cli (&unknown, "--db", db, "procedures", "delete", "ОГЭ ЛИТЕРАТУРНОЕ ЧТЕНИЕ", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  assert_has (unknown.err, "Did you mean: ");
  /* Any spelling names the procedure to delete. */
  cli (&del, "--db", db, "procedures", "delete", "огэ английский", NULL);
  g_assert_cmpint (del.status, ==, 0);
  assert_has (del.out, "ОГЭ АНГ");
  cli (&gone, "--db", db, "procedures", "delete", "ОГЭ АНГ", NULL);
  g_assert_cmpint (gone.status, ==, 1);
  assert_has (gone.err, "ОГЭ АНГ is not in the catalog");
  /* Usage errors: status 2. */
  cli (&usage, "--db", db, "procedures", "add", NULL);
  g_assert_cmpint (usage.status, ==, 2);
  cli (&action, "--db", db, "procedures", "rename", NULL);
  g_assert_cmpint (action.status, ==, 2);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_help (void)
{
  g_auto(Run) help = { 0 };

  cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  assert_has (help.out, "procedures [--format tsv|csv|json]");
  assert_has (help.out, "procedures add ");
  assert_has (help.out, "procedures delete CODE");
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
