/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-cli"
#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "mk-test-util.h"

/* The methodology end to end, as a specialist runs it: a fresh database,
 * every import of docs/command-line.md from the files a region sends (a
 * Windows-1251 CSV, an XLSX with percent cells, a two-row marker matrix, a
 * context list), then classify and the clusters table. */

typedef struct {
  char *dir;
  char *db;
} Fixture;

static char *
cli (int        *status,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("MK_CLI"));
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  if (*status != 0)
    g_test_message ("stderr: %s", err);
  return out;
}

static void
import_ok (Fixture    *f,
           const char *what,
           const char *path,
           const char *year)
{
  int status = -1;
  g_autofree char *out = year != NULL
    ? cli (&status, "--db", f->db, "import", what, path, "--year", year, NULL)
    : cli (&status, "--db", f->db, "import", what, path, NULL);

  g_assert_cmpint (status, ==, 0);
}

static char *
write_cp1251 (const char *dir,
              const char *name,
              const char *utf8)
{
  gsize len = 0;
  g_autofree char *bytes = g_convert (utf8, -1, "CP1251", "UTF-8", NULL, &len, NULL);

  return mk_test_write_file (dir, name, bytes, len);
}

/* 2022 shares of the XLSX, in percent-formatted cells as Excel keeps them:
 * 0.3 is 30,0 % (a marker), 0.299 is 29,9 % (not one). */
static char *
write_results_xlsx (const char *dir)
{
  char *path = g_build_filename (dir, "results-2022.xlsx", NULL);
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (book, NULL);
  lxw_format *percent = workbook_add_format (book);
  const struct { const char *school, *procedure; double share; } rows[] = {
    { "СШ № 1", "ВПР РУ-5", 0.3 },
    { "СШ № 1", "ОГЭ МА", 0.299 },
    { "СШ № 2", "ЕГЭ ХИМ", 0.333 },
    { "СШ № 3", "ЕГЭ ХИМ", 0.333 },
    { "Лицей № 5", "ЕГЭ ФИЗ", 0.35 },
  };

  format_set_num_format (percent, "0.0%");
  worksheet_write_string (sheet, 0, 0, "Наименование ОО", NULL);
  worksheet_write_string (sheet, 0, 1, "Год", NULL);
  worksheet_write_string (sheet, 0, 2, "Процедура", NULL);
  worksheet_write_string (sheet, 0, 3, "Доля 2", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      worksheet_write_string (sheet, i + 1, 0, rows[i].school, NULL);
      worksheet_write_number (sheet, i + 1, 1, 2022, NULL);
      worksheet_write_string (sheet, i + 1, 2, rows[i].procedure, NULL);
      worksheet_write_number (sheet, i + 1, 3, rows[i].share, percent);
    }
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);
  return path;
}

static const char *schools_csv =
  "Муниципальное образование;Наименование ОО\r\n"
  "Тестовый район;СШ № 1\r\nТестовый район;СШ № 2\r\nТестовый район;СШ № 3\r\n"
  "Тестовый район;СШ № 4\r\nТестовый район;Лицей № 5\r\nТестовый район;СШ № 6\r\n"
  "Тестовый район;СШ № 7\r\n";

/* 2022 results with numbers and marks; Необ. flags do not count. */
static const char *results_csv =
  "МО;ОО;Год;Процедура;Участники;Получили 2;Отметка\r\n"
  "Тестовый район;СШ № 4;2022;ЕГЭ МА ПРОФ;;;Н\r\n"
  "Тестовый район;СШ № 4;2022;ЕГЭ БИО;;;Н\r\n"
  "Тестовый район;СШ № 4;2022;ЕГЭ ИСТ;;;Н\r\n"
  "Тестовый район;СШ № 4;2022;ЕГЭ ОБЩ;;;Н\r\n"
  "Тестовый район;СШ № 6;2022;ОГЭ РУ;;;Н\r\n"
  "Тестовый район;СШ № 7;2022;ОГЭ РУ;20;6;\r\n"
  "Тестовый район;СШ № 7;2022;ВПР МА-4;;;Необ.\r\n"
  "Тестовый район;СШ № 7;2022;ВПР МА-5;;;Необ.\r\n";

/* 2021 as the Smolensk report's matrix: the kind above, the subject below,
 * an empty kind cell repeating the one to its left. */
static const char *markers_csv =
  ";;ВПР;;ОГЭ;ЕГЭ\n"
  "Наименование ОО;Кол-во меток НР;Русский язык 5 кл;Математика 5 кл;Математика;Химия\n"
  "СШ № 2;1;Н;;;\n"
  "СШ № 3;1;;Н;;\n"
  "СШ № 4;4;Н;Н;Н;Н\n";

static const char *context_csv =
  "school;year;isbsh;reported_markers\n"
  "СШ № 2;2022;70,0;\n"
  "СШ № 3;2022;70,1;\n"
  "СШ № 4;2022;65,0;\n"
  "СШ № 6;2022;;7Н\n";

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *schools = NULL, *results = NULL, *markers = NULL;
  g_autofree char *context = NULL, *xlsx = NULL, *out = NULL;
  int status = -1;

  f->dir = mk_test_tmpdir_new ();
  f->db = g_build_filename (f->dir, "fresh.db", NULL);
  schools = write_cp1251 (f->dir, "schools.csv", schools_csv);
  results = write_cp1251 (f->dir, "results-2022.csv", results_csv);
  markers = write_cp1251 (f->dir, "markers-2021.csv", markers_csv);
  context = mk_test_write_file (f->dir, "context.csv", context_csv, -1);
  xlsx = write_results_xlsx (f->dir);
  import_ok (f, "schools", schools, NULL);
  import_ok (f, "results", results, NULL);
  import_ok (f, "results", xlsx, NULL);
  import_ok (f, "markers", markers, "2021");
  import_ok (f, "context", context, NULL);
  out = cli (&status, "--db", f->db, "classify", "--year", "2022/2023", NULL);
  g_assert_cmpint (status, ==, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_free (f->db);
  mk_test_tmpdir_free (f->dir);
}

static char *
clusters (Fixture *f)
{
  int status = -1;
  char *out = cli (&status, "--db", f->db, "clusters", "--year", "2022/2023", NULL);

  g_assert_cmpint (status, ==, 0);
  return out;
}

/* The line of SCHOOL from its markers on: prev, cur, total, level, ИСБШ,
 * computed, final. */
static void
assert_line (const char *tsv,
             const char *school,
             const char *expected)
{
  g_autofree char *prefix = g_strdup_printf ("\nТестовый район\t%s\t", school);
  const char *line = strstr (tsv, prefix);
  g_autofree char *got = NULL;

  g_assert_nonnull (line);
  line += strlen (prefix);
  got = g_strndup (line, strcspn (line, "\n"));
  g_assert_cmpstr (got, ==, expected);
}

static void
test_boundaries (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *tsv = clusters (f);

  g_assert_true (g_str_has_prefix (tsv, "municipality\tschool\tmarkers_prev\t"
                                   "markers_cur\tmarkers_total\tlevel\tisbsh\t"
                                   "computed\tfinal\toverride_reason\n"));
  /* 30,0 % is a marker, 29,9 % is not. */
  assert_line (tsv, "СШ № 1", "\t1\t1\tsingle\t\tSBU\tSBU\t");
  /* ИСБШ 70,0 with two markers is ШФНСУ, 70,1 is ШсРНР. */
  assert_line (tsv, "СШ № 2", "1\t1\t2\tbasic\t70.0\tSFNSU\tSFNSU\t");
  assert_line (tsv, "СШ № 3", "1\t1\t2\tbasic\t70.1\tSRNR\tSRNR\t");
  /* Eight markers and ИСБШ 65,0: ШФНСУ wins over ШНРО. */
  assert_line (tsv, "СШ № 4", "4\t4\t8\tmoderate\t65.0\tSFNSU\tSFNSU\t");
  /* An advanced school with one marker. */
  assert_line (tsv, "Лицей № 5", "\t1\t1\tsingle\t\tSPU\tSPU\t");
  /* A reported total «7Н» replaces the one counted marker of 2022. */
  assert_line (tsv, "СШ № 6", "\t7\t7\tmoderate\t\tSNRO\tSNRO\t");
  /* 30 % of 20 is a marker; Необ. flags do not count. */
  assert_line (tsv, "СШ № 7", "\t1\t1\tsingle\t\tSBU\tSBU\t");
}

/* A refused import leaves the clusters byte for byte as they were. */
static void
test_refused_changes_nothing (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *before = clusters (f);
  g_autofree char *bad = mk_test_write_file (f->dir, "bad.csv",
      "school;year;procedure;mark\n"
      "СШ № 1;2022;ЕГЭ ХИМ;Н\n"
      "СШ № 1;2022;ЕГЭ ХИМИЯ ОРГАНИЧЕСКАЯ;Н\n", -1);
  g_autofree char *reclassify = NULL, *after = NULL, *out = NULL;
  int status = -1;

  out = cli (&status, "--db", f->db, "import", "results", bad, NULL);
  g_assert_cmpint (status, ==, 1);
  reclassify = cli (&status, "--db", f->db, "classify", "--year", "2022/2023", NULL);
  after = clusters (f);
  g_assert_cmpstr (after, ==, before);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_add ("/cli/methodology/boundaries", Fixture, NULL, fixture_setup,
              test_boundaries, fixture_teardown);
  g_test_add ("/cli/methodology/refused-changes-nothing", Fixture, NULL,
              fixture_setup, test_refused_changes_nothing, fixture_teardown);
  return g_test_run ();
}
