/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-import-markers"
#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "mk-import.h"
#include "mk-importers.h"
#include "mk-store-clusters.h"
#include "mk-test-import.h"
#include "mk-test-util.h"

/* The import of marker matrices (Приложение 1 of the Smolensk monitoring
 * report): marks, counts of earlier years, rows without marks. */

typedef MkTestImport Fixture;

/* Приложение 1 of the Smolensk monitoring report: kinds merged over their
 * subjects, counts merged over their years, the name merged over both
 * heading rows. */
static char *
write_matrix_xlsx (const char *dir)
{
  char *path = g_build_filename (dir, "markers.xlsx", NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Таблица 1");
  const char *subjects[] = { "2021 год", "2022 год", "Русский язык", "Математика",
                             "Математика 4 кл", "Русский 5 кл" };
  const char *rows[2][7] = {
    { "СШ № 19", "1", "2", "Н", "", "-", "Необ." },
    { "Гимназия № 4", "0", "1", "", "Н", "Н", "" },
  };

  worksheet_merge_range (ws, 0, 0, 1, 0, "Наименование ОО", NULL);
  worksheet_merge_range (ws, 0, 1, 0, 2, "Кол-во меток НР", NULL);
  worksheet_merge_range (ws, 0, 3, 0, 4, "О Г Э", NULL);
  worksheet_merge_range (ws, 0, 5, 0, 6, "ВПР", NULL);
  for (guint c = 0; c < G_N_ELEMENTS (subjects); c++)
    worksheet_write_string (ws, 1, c + 1, subjects[c], NULL);
  for (guint r = 0; r < 2; r++)
    for (guint c = 0; c < 7; c++)
      if (*rows[r][c] != '\0')
        worksheet_write_string (ws, r + 2, c, rows[r][c], NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static void
test_markers_xlsx (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = write_matrix_xlsx (f->dir);
  g_autoptr(GError) error = NULL;
  MkImportOptions options = { NULL, FALSE, FALSE, 2022 };

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_MARKERS, path, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 4);
  g_assert_cmpuint (mk_test_import_count_results (f), ==, 4);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 19", 2022, "ОГЭ РУ", -1, -1, -1, TRUE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 19", 2022, "ВПР РУ-5",
                                -1, -1, -1, FALSE, TRUE);
  mk_test_import_assert_stored (f, "Смоленск", "Гимназия № 4", 2022, "ОГЭ МА",
                                -1, -1, -1, TRUE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "Гимназия № 4", 2022, "ВПР МА-4",
                                -1, -1, -1, TRUE, FALSE);
}

/* The same matrix as CSV: a kind cell is empty where merged cells were. */
static void
test_markers_csv (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "markers.csv",
    "Муниципальное образование;Наименование ОО;Кол-во меток НР;;;О Г Э;;Е Г Э;;В П Р\n"
    ";;2021 год;2022 год;2021 + 2022 годы;Русский язык;Математика;Математика ПРОФ;"
    "Химия;Русский язык 8 кл\n"
    "Смоленск;СШ № 9;1;1;2;Н;;;н;\n"
    "Вязьма;СШ № 9;0;0;0;;;;;\n"
    "Смоленск;СШ № 29;0;2;2;;Необ.;Н;-;Н\n"
    "Итого;;1;3;4;;;;;\n", -1);
  g_autoptr(GError) error = NULL;
  MkImportOptions options = { NULL, FALSE, FALSE, 2021 };

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_MARKERS, path, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 5);
  g_assert_cmpuint (mk_test_import_count_results (f), ==, 5);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 9", 2021, "ОГЭ РУ", -1, -1, -1, TRUE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 9", 2021, "ЕГЭ ХИМ", -1, -1, -1, TRUE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 29", 2021, "ОГЭ МА", -1, -1, -1, FALSE, TRUE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 29", 2021, "ЕГЭ МА ПРОФ",
                                -1, -1, -1, TRUE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 29", 2021, "ВПР РУ-8",
                                -1, -1, -1, TRUE, FALSE);
}

/* A school a marker matrix lists without a mark was assessed and had no
 * low result: 0 markers that year, not «no results». The counts of an
 * earlier year («2021 год») are that year's reported totals. */
static void
test_markers_zero_row (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "markers.csv",
    "Наименование ОО;Кол-во меток НР;;;В П Р\n"
    ";2021 год;2022 год;2021 + 2022 годы;Русский язык 5 кл\n"
    "СШ № 19;1;1;2;Н\n"
    "Гимназия № 4;0;0;0;\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkAssignment) quiet = NULL, marked = NULL;
  MkImportOptions options = { NULL, FALSE, FALSE, 2022 };
  gint64 gymnasium = mk_test_import_school_id (f, "Смоленск", "Гимназия № 4");
  gint64 nineteen = mk_test_import_school_id (f, "Смоленск", "СШ № 19");
  MkClassifySummary summary;
  MkContextRow context;

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_MARKERS, path, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mk_test_import_count_results (f), ==, 1);
  context = mk_test_import_context_of (f, "Смоленск", "СШ № 19", 2021);
  g_assert_cmpint (context.reported_markers, ==, 1);
  g_assert_true (mk_store_classify (f->store, 2022, &summary, &error));
  g_assert_no_error (error);
  quiet = mk_store_get_assignment (f->store, gymnasium, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mk_assignment_get_markers_cur (quiet), ==, 0);
  g_assert_cmpint (mk_assignment_get_markers_prev (quiet), ==, 0);
  g_assert_cmpint (mk_assignment_get_final (quiet), !=, MK_CLUSTER_NONE);
  mk_test_assert_has (mk_assignment_get_explanation (quiet),
                      "2022: 0 markers: listed among the assessed schools with no low result.");
  g_assert_null (strstr (mk_assignment_get_explanation (quiet), "2022: no results"));
  marked = mk_store_get_assignment (f->store, nineteen, 2022, &error);
  g_assert_cmpint (mk_assignment_get_markers_total (marked), ==, 2);
}

/* The count of a year after the matrix's own is not recorded: the import
 * names the wrong year, and says so. */
static void
test_markers_later_count (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "markers.csv",
    "Наименование ОО;Кол-во меток НР;;В П Р\n"
    ";2021 год;2022 год;Русский язык 5 кл\n"
    "Гимназия № 4;0;3;\n", -1);
  g_autoptr(GError) error = NULL;
  MkImportOptions options = { NULL, FALSE, FALSE, 2021 };
  gint64 gymnasium = mk_test_import_school_id (f, "Смоленск", "Гимназия № 4");
  MkContextRow context;

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_MARKERS, path, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mk_import_report_get_warnings (f->report)->len, ==, 1);
  g_assert_false (mk_store_get_context (f->store, gymnasium, 2022, &context, &error));
  g_assert_no_error (error);
}

static void
test_markers_errors (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *cells = mk_test_write_file (f->dir, "cells.csv",
    "ОО;ОГЭ Математика;ЕГЭ Химия\nГимназия № 4;2Н;Н\n", -1);
  g_autofree char *heads = mk_test_write_file (f->dir, "heads.csv",
    "ОО;ОГЭ Астрономия;ЕГЭ Химия;ЕГЭ ХИМ\nГимназия № 4;;Н;\n", -1);
  g_autofree char *at_cell = g_strdup_printf ("%s:2:", cells);
  g_autofree char *at_head = g_strdup_printf ("%s:1:", heads);
  g_autoptr(GError) error = NULL;
  MkImportOptions options = { NULL, FALSE, FALSE, 2022 };

  g_assert_false (mk_test_import_run (f, MK_IMPORT_KIND_MARKERS, cells, &options, &error));
  g_assert_error (error, MK_IMPORT_ERROR, MK_IMPORT_ERROR_REFUSED);
  mk_test_import_assert_has_line (mk_import_report_get_errors (f->report), at_cell,
                   "column B «ОГЭ Математика»: «2Н»");
  g_clear_error (&error);
  g_assert_false (mk_test_import_run (f, MK_IMPORT_KIND_MARKERS, heads, &options, &error));
  mk_test_import_assert_has_line (mk_import_report_get_errors (f->report), at_head, "column B «ОГЭ Астрономия»");
  mk_test_import_assert_has_line (mk_import_report_get_errors (f->report), at_head, "ОГЭ");
  mk_test_import_assert_has_line (mk_import_report_get_errors (f->report), at_head, "same procedure as column C");
  g_assert_cmpuint (mk_test_import_count_results (f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mk_test_import_setup, func, mk_test_import_teardown)
  ADD ("/import-markers/xlsx", test_markers_xlsx);
  ADD ("/import-markers/csv", test_markers_csv);
  ADD ("/import-markers/zero-row", test_markers_zero_row);
  ADD ("/import-markers/later-count", test_markers_later_count);
  ADD ("/import-markers/errors", test_markers_errors);
#undef ADD
  return g_test_run ();
}
