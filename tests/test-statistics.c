/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-statistics"
#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "mk-import.h"
#include "mk-importers.h"
#include "mk-store-statistics.h"
#include "mk-test-util.h"

/* External statistics in the store and their import: a real SQLite file,
 * real CSV and XLSX files. */

typedef struct {
  char    *dir;
  MkStore *store;
  guint    changed;
} Fixture;

static void
on_changed (MkStore    *store,
            const char *topic,
            Fixture    *f)
{
  f->changed++;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = mk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "mayak.db", NULL);
  f->store = mk_store_open (path, &error);
  g_assert_no_error (error);
  g_signal_connect (f->store, "changed::" MK_TOPIC_STATISTICS, G_CALLBACK (on_changed), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

static MkPutOutcome
set (Fixture    *f,
     int         year,
     const char *scope,
     guint       schools,
     guint       snro)
{
  g_autoptr(MkStatistic) statistic = mk_statistic_new (year, scope, schools, snro, "Таблица 3");
  g_autoptr(GError) error = NULL;
  MkPutOutcome outcome = 99;

  g_assert_true (mk_store_set_statistic (f->store, statistic, &outcome, &error));
  g_assert_no_error (error);
  return outcome;
}

/* "2018/2019 Смоленская область 385 75;…" of the whole list. */
static char *
dump (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = mk_store_list_statistics (f->store, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MkStatistic) row = g_list_model_get_item (rows, i);
      g_autofree char *year = mk_statistic_dup_year_label (row);

      g_string_append_printf (out, "%s %s %u %u;", year, mk_statistic_get_scope (row),
                              mk_statistic_get_schools (row), mk_statistic_get_snro (row));
    }
  return g_string_free (out, FALSE);
}

static void
test_set_list_replace (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *first = NULL, *after = NULL;

  g_assert_cmpint (set (f, 2019, "Смоленская область", 362, 44), ==, MK_PUT_ADDED);
  g_assert_cmpint (set (f, 2018, "Смоленская область", 385, 75), ==, MK_PUT_ADDED);
  g_assert_cmpint (set (f, 2018, "Брянская область", 400, 20), ==, MK_PUT_ADDED);
  g_assert_cmpuint (f->changed, ==, 3);
  /* Sorted by scope, then year. */
  first = dump (f);
  g_assert_cmpstr (first, ==, "2018/2019 Брянская область 400 20;"
                              "2018/2019 Смоленская область 385 75;"
                              "2019/2020 Смоленская область 362 44;");
  /* The same figures again: unchanged, and no "changed". */
  g_assert_cmpint (set (f, 2018, "Смоленская область", 385, 75), ==, MK_PUT_UNCHANGED);
  g_assert_cmpuint (f->changed, ==, 3);
  /* The key is the year and the scope without case and extra spaces: the
   * row is replaced, and keeps the scope as last written. */
  g_assert_cmpint (set (f, 2018, "  смоленская   ОБЛАСТЬ ", 385, 76), ==, MK_PUT_REPLACED);
  after = dump (f);
  g_assert_cmpstr (after, ==, "2018/2019 Брянская область 400 20;"
                              "2018/2019 смоленская ОБЛАСТЬ 385 76;"
                              "2019/2020 Смоленская область 362 44;");
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(MkStatistic) removed = NULL;
  g_autoptr(MkStatistic) again = NULL;
  g_autoptr(MkStatistic) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  set (f, 2021, "Смоленская область", 351, 68);
  set (f, 2022, "Смоленская область", 341, 29);
  removed = mk_store_delete_statistic (f->store, 2021, "СМОЛЕНСКАЯ ОБЛАСТЬ", &error);
  g_assert_no_error (error);
  /* What was removed comes back whole, for undo. */
  g_assert_cmpint (mk_statistic_get_school_year (removed), ==, 2021);
  g_assert_cmpstr (mk_statistic_get_scope (removed), ==, "Смоленская область");
  g_assert_cmpuint (mk_statistic_get_schools (removed), ==, 351);
  g_assert_cmpuint (mk_statistic_get_snro (removed), ==, 68);
  g_assert_cmpstr (mk_statistic_get_note (removed), ==, "Таблица 3");
  left = dump (f);
  g_assert_cmpstr (left, ==, "2022/2023 Смоленская область 341 29;");
  gone = mk_store_get_statistic (f->store, 2021, "Смоленская область", &error);
  g_assert_no_error (error);
  g_assert_null (gone);
  again = mk_store_delete_statistic (f->store, 2021, "Смоленская область", &error);
  g_assert_null (again);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2021/2022"));
  g_clear_error (&error);
  g_assert_true (mk_store_set_statistic (f->store, removed, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&left, g_free);
  left = dump (f);
  g_assert_cmpstr (left, ==, "2021/2022 Смоленская область 351 68;"
                             "2022/2023 Смоленская область 341 29;");
}

static void
assert_refused (Fixture    *f,
                int         year,
                const char *scope,
                guint       schools,
                guint       snro,
                const char *says)
{
  g_autoptr(MkStatistic) statistic = mk_statistic_new (year, scope, schools, snro, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (mk_store_set_statistic (f->store, statistic, NULL, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  if (strstr (error->message, says) == NULL)
    g_error ("«%s» does not say «%s»", error->message, says);
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *empty = NULL;

  assert_refused (f, 1989, "Смоленская область", 10, 1, "1989");
  assert_refused (f, 2022, "   ", 10, 1, "scope");
  assert_refused (f, 2022, "Смоленская область", 10, 11, "11");
  empty = dump (f);
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpuint (f->changed, ==, 0);
}

static guint
import (Fixture        *f,
        const char     *path,
        gboolean        dry_run,
        MkImportReport *report)
{
  MkImportOptions options = { NULL, dry_run };
  g_autoptr(GError) error = NULL;
  gboolean ok = mk_import (MK_IMPORT_KIND_STATISTICS, f->store, path, &options, report, &error);

  if (!ok)
    g_assert_error (error, MK_IMPORT_ERROR, MK_IMPORT_ERROR_REFUSED);
  return ok;
}

/* The Smolensk report's own heading and cells («75/19,9%» is a count and a
 * share). */
static void
test_import_report_table (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "t3.csv",
      "Год;Территория;Количество ОО, участвовавших в мониторинге выявления ШНРО, ед.;"
      "Количество/ доля ШНРО;Источник\n"
      "2018;Смоленская область;385;75/19,9%;Таблица 3\n"
      "2019/2020;Смоленская область;362;44;\n", -1);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  g_autoptr(MkImportReport) again = mk_import_report_new ();
  g_autofree char *listed = NULL;

  g_assert_true (import (f, path, FALSE, report));
  g_assert_cmpuint (mk_import_report_get_added (report), ==, 2);
  listed = dump (f);
  g_assert_cmpstr (listed, ==, "2018/2019 Смоленская область 385 75;"
                               "2019/2020 Смоленская область 362 44;");
  g_assert_true (import (f, path, FALSE, again));
  g_assert_cmpuint (mk_import_report_get_unchanged (again), ==, 2);
}

/* One bad row refuses the file: nothing of it is written, and each error
 * says FILE:LINE. */
static void
test_import_all_or_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "bad.csv",
      "school_year,scope,schools,snro\n"
      "2020/2021,Смоленская область,357,23\n"
      "2021/2022,Смоленская область,351,400\n"
      "2022/2023,Смоленская область,много,29\n"
      "2020-2021,смоленская область,357,23\n", -1);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  g_autofree char *line3 = g_strdup_printf ("%s:3: ", path);
  g_autofree char *line4 = g_strdup_printf ("%s:4: ", path);
  g_autofree char *line5 = g_strdup_printf ("%s:5: ", path);
  g_autofree char *listed = NULL;
  GPtrArray *errors;

  g_assert_false (import (f, path, FALSE, report));
  errors = mk_import_report_get_errors (report);
  g_assert_cmpuint (errors->len, ==, 3);
  g_assert_true (g_str_has_prefix (errors->pdata[0], line3));
  g_assert_nonnull (strstr (errors->pdata[0], "400"));
  g_assert_true (g_str_has_prefix (errors->pdata[1], line4));
  g_assert_nonnull (strstr (errors->pdata[1], "много"));
  g_assert_true (g_str_has_prefix (errors->pdata[2], line5));
  listed = dump (f);
  g_assert_cmpstr (listed, ==, "");
}

static char *
write_xlsx (const char *dir)
{
  char *path = g_build_filename (dir, "stats.xlsx", NULL);
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (book, "Статистика");

  worksheet_write_string (sheet, 0, 0, "Учебный год", NULL);
  worksheet_write_string (sheet, 0, 1, "Регион", NULL);
  worksheet_write_string (sheet, 0, 2, "ОО в мониторинге", NULL);
  worksheet_write_string (sheet, 0, 3, "ШНРО", NULL);
  worksheet_write_number (sheet, 1, 0, 2022, NULL);
  worksheet_write_string (sheet, 1, 1, "Смоленская область", NULL);
  worksheet_write_number (sheet, 1, 2, 341, NULL);
  worksheet_write_number (sheet, 1, 3, 29, NULL);
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);
  return path;
}

static void
test_import_xlsx_dry_run (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = write_xlsx (f->dir);
  g_autoptr(MkImportReport) dry = mk_import_report_new ();
  g_autoptr(MkImportReport) real = mk_import_report_new ();
  g_autofree char *before = NULL, *after = NULL;

  g_assert_true (import (f, path, TRUE, dry));
  g_assert_cmpuint (mk_import_report_get_added (dry), ==, 1);
  before = dump (f);
  g_assert_cmpstr (before, ==, "");
  g_assert_true (import (f, path, FALSE, real));
  after = dump (f);
  g_assert_cmpstr (after, ==, "2022/2023 Смоленская область 341 29;");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/statistics/set-list-replace", test_set_list_replace);
  ADD ("/statistics/delete", test_delete);
  ADD ("/statistics/invalid", test_invalid);
  ADD ("/statistics/import-report-table", test_import_report_table);
  ADD ("/statistics/import-all-or-nothing", test_import_all_or_nothing);
  ADD ("/statistics/import-xlsx-dry-run", test_import_xlsx_dry_run);
#undef ADD
  return g_test_run ();
}
