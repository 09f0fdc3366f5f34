/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-import-results"
#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "mk-import-values.h"
#include "mk-import.h"
#include "mk-importers.h"
#include "mk-store-clusters.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"
#include "mk-test-import.h"
#include "mk-test-util.h"

typedef MkTestImport Fixture;

static char *
write_cp1251 (const char *dir,
              const char *name,
              const char *utf8)
{
  gsize len = 0;
  g_autofree char *bytes = g_convert (utf8, -1, "CP1251", "UTF-8", NULL, &len, NULL);

  g_assert_nonnull (bytes);
  return mk_test_write_file (dir, name, bytes, len);
}

static void
test_cp1251_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = write_cp1251 (f->dir, "results.csv",
    "Муниципальное образование;Наименование ОО;Год;Процедура;Количество участников;"
    "Получили 2;Доля 2;Отметка\r\n"
    "Смоленск;МБОУ «СШ № 9»;2022;ВПР РУС-5;30;9;;\r\n"
    "Смоленск;СШ № 9;2022;ОГЭ математика;20;;33,3%;\r\n"
    "смоленск ;СШ 19;2022;ЕГЭ МАТ. Проф;;;;Н\r\n"
    "Смоленск;Гимназия № 4;2021;ВПР РУ5(4);;;;Необ.\r\n"
    "Смоленск;СШ № 29;2022;ЕГЭ ИНФ.;12;1;;-\r\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(MkResultMatrix) matrix = NULL;
  g_autoptr(GArray) years = NULL;
  MkImportOptions options = { NULL, FALSE };
  MkResultMatrixRow *row;

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 5);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 9", 2022, "ВПР РУ-5",
                                30, 9, 30000, FALSE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 9", 2022, "ОГЭ МА",
                                20, -1, 33300, FALSE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 19", 2022, "ЕГЭ МА ПРОФ",
                                -1, -1, -1, TRUE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "Гимназия № 4", 2021, "ВПР РУ-5",
                                -1, -1, -1, FALSE, TRUE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 29", 2022, "ЕГЭ ИНФ",
                                12, 1, 8333, FALSE, FALSE);

  years = mk_store_list_result_years (f->store, &error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2021);
  g_assert_cmpint (g_array_index (years, int, 1), ==, 2022);
  matrix = mk_store_get_result_matrix (f->store, 2022, 30000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (matrix->procedures), ==, 33);
  g_assert_cmpuint (matrix->rows->len, ==, 3);
  row = matrix->rows->pdata[0];
  g_assert_cmpstr (row->school, ==, "СШ № 9");
  g_assert_cmpuint (row->n_markers, ==, 2);
  g_assert_true (row->cells[26].present && row->cells[26].marker);  /* ВПР РУ-5 */
  g_assert_false (row->cells[0].present);
  row = matrix->rows->pdata[2];
  g_assert_cmpstr (row->school, ==, "СШ № 29");
  g_assert_cmpuint (row->n_markers, ==, 0);
  g_assert_cmpint (row->cells[19].low_share, ==, 8333);             /* ЕГЭ ИНФ */
}

/* A percent-formatted 0.3 is 30 %, and 0.299 must not become 29.899…%. */
static char *
write_percent_xlsx (const char *dir)
{
  char *path = g_build_filename (dir, "results.xlsx", NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "ВПР 2022");
  lxw_format *pct = workbook_add_format (wb);
  lxw_format *pct10 = workbook_add_format (wb);
  const char *heads[] = { "МО", "ОО", "Год", "Вид", "Предмет", "Класс", "Доля 2" };

  format_set_num_format (pct, "0.0%");
  format_set_num_format_index (pct10, 10);
  for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
    worksheet_write_string (ws, 0, c, heads[c], NULL);
  for (guint r = 1; r <= 3; r++)
    {
      worksheet_write_string (ws, r, 0, "Смоленск", NULL);
      worksheet_write_string (ws, r, 1, r == 3 ? "СШ № 19" : "СШ № 9", NULL);
      worksheet_write_number (ws, r, 2, 2022, NULL);
      worksheet_write_string (ws, r, 3, r == 3 ? "ОГЭ" : "ВПР", NULL);
    }
  worksheet_write_string (ws, 1, 4, "Математика", NULL);
  worksheet_write_number (ws, 1, 5, 5, NULL);
  worksheet_write_number (ws, 1, 6, 0.3, pct);
  worksheet_write_string (ws, 2, 4, "Русский язык", NULL);
  worksheet_write_number (ws, 2, 5, 6, NULL);
  worksheet_write_number (ws, 2, 6, 0.299, pct10);
  worksheet_write_string (ws, 3, 4, "Физика", NULL);
  worksheet_write_string (ws, 3, 6, "29,9", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static void
test_percent_xlsx (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = write_percent_xlsx (f->dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkResultMatrix) matrix = NULL;
  MkImportOptions options = { NULL, FALSE };

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &options, &error));
  g_assert_no_error (error);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 9", 2022, "ВПР МА-5",
                                -1, -1, 30000, FALSE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 9", 2022, "ВПР РУ-6",
                                -1, -1, 29900, FALSE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 19", 2022, "ОГЭ ФИЗ",
                                -1, -1, 29900, FALSE, FALSE);
  matrix = mk_store_get_result_matrix (f->store, 2022, 30000, &error);
  g_assert_cmpuint (((MkResultMatrixRow *) matrix->rows->pdata[0])->n_markers, ==, 1);
  g_assert_cmpuint (((MkResultMatrixRow *) matrix->rows->pdata[1])->n_markers, ==, 0);
}

static void
test_context (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *first = mk_test_write_file (f->dir, "context.csv",
    "municipality;school;year;ИСБШ;Обучающихся;500+;Число маркеров НР\n"
    "Смоленск;СШ № 9;2022;70,0;512;да;3Н\n"
    "Смоленск;СШ № 19;2022;68,45;;нет;\n", -1);
  g_autofree char *second = mk_test_write_file (f->dir, "isbsh.csv",
    "МО,ОО,Год,ИСБШ\nСмоленск,СШ № 9,2022,\"71,5\"\nСмоленск,СШ № 19,2022,\"68,5\"\n", -1);
  g_autoptr(GError) error = NULL;
  MkImportOptions options = { NULL, FALSE };
  MkContextRow row;

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_CONTEXT, first, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 2);
  row = mk_test_import_context_of (f, "Смоленск", "СШ № 9", 2022);
  g_assert_cmpint (row.isbsh, ==, 700);
  g_assert_cmpint (row.students, ==, 512);
  g_assert_cmpint (row.project_500, ==, 1);
  g_assert_cmpint (row.reported_markers, ==, 3);
  row = mk_test_import_context_of (f, "Смоленск", "СШ № 19", 2022);
  g_assert_cmpint (row.isbsh, ==, 685);
  g_assert_cmpint (row.students, ==, -1);
  g_assert_cmpint (row.project_500, ==, 0);
  g_assert_cmpint (row.reported_markers, ==, -1);

  /* A file with only ИСБШ leaves the other columns as they were. */
  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_CONTEXT, second, &options, &error));
  g_assert_cmpuint (mk_import_report_get_replaced (f->report), ==, 1);
  g_assert_cmpuint (mk_import_report_get_unchanged (f->report), ==, 1);
  row = mk_test_import_context_of (f, "Смоленск", "СШ № 9", 2022);
  g_assert_cmpint (row.isbsh, ==, 715);
  g_assert_cmpint (row.students, ==, 512);
  g_assert_cmpint (row.reported_markers, ==, 3);
}

static void
test_reimport_counts (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *first = mk_test_write_file (f->dir, "a.csv",
    "МО,ОО,Год,Процедура,Участники,Получили 2\n"
    "Смоленск,СШ № 9,2022,ОГЭ МА,20,5\nСмоленск,СШ № 9,2022,ОГЭ РУ,20,1\n", -1);
  g_autofree char *second = mk_test_write_file (f->dir, "b.csv",
    "МО,ОО,Год,Процедура,Участники,Получили 2\n"
    "Смоленск,СШ № 9,2022,ОГЭ МА,20,5\nСмоленск,СШ № 9,2022,ОГЭ РУ,20,7\n"
    "Смоленск,СШ № 9,2022,ОГЭ ХИМ,4,0\n", -1);
  MkImportOptions options = { NULL, FALSE };
  MkImportOptions dry = { NULL, TRUE };

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, first, &options, NULL));
  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, second, &dry, NULL));
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 1);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 9", 2022, "ОГЭ РУ", 20, 1, 5000, FALSE, FALSE);
  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, second, &options, NULL));
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 1);
  g_assert_cmpuint (mk_import_report_get_replaced (f->report), ==, 1);
  g_assert_cmpuint (mk_import_report_get_unchanged (f->report), ==, 1);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 9", 2022, "ОГЭ РУ",
                                20, 7, 35000, FALSE, FALSE);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 9", 2022, "ОГЭ ХИМ", 4, 0, 0, FALSE, FALSE);
}

/* Runs mayak-cli the way a user would; returns the exit status. */
static int
cli (char      **err,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("MK_CLI"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                NULL, NULL, err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_bad_row_refuses_all (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "bad.csv",
    "school,year,procedure,participants,low\n"
    "Гимназия № 4,2022,ОГЭ МА,25,5\n"
    "Гимназия № 4,2022,ОГЭ ФИЗ,10,12\n"
    "Гимназия № 4,2022,ОГЭ ХИМ,10,x\n", -1);
  g_autofree char *line3 = g_strdup_printf ("%s:3: ", path);
  g_autofree char *line4 = g_strdup_printf ("%s:4: ", path);
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  MkImportOptions options = { NULL, FALSE };

  g_assert_cmpint (cli (&err, "--db", f->db, "import", "results", path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, line3));
  g_assert_nonnull (strstr (err, line4));
  g_assert_cmpuint (mk_test_import_count_results (f), ==, 0);
  g_assert_false (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &options, &error));
  g_assert_error (error, MK_IMPORT_ERROR, MK_IMPORT_ERROR_REFUSED);
  mk_test_import_assert_has_line (mk_import_report_get_errors (f->report), line3, "more than the 10");
  mk_test_import_assert_has_line (mk_import_report_get_errors (f->report), line4, "«x»");
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 0);
  g_assert_cmpuint (mk_test_import_count_results (f), ==, 0);
  g_free (err);
  g_assert_cmpint (cli (&err, "--db", f->db, "import", "markers", path, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--year"));
}

static void
test_repeats_in_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "twice.csv",
    "school;year;procedure;mark\n"
    "Гимназия № 4;2022;ВПР РУ-5;Н\n"
    "Гимназия № 4;2022;ОГЭ МА;Н\n"
    "Гимназия №4;2022;ВПР РУС 5;Необ.\n", -1);
  g_autofree char *line4 = g_strdup_printf ("%s:4: ", path);
  MkImportOptions options = { NULL, FALSE };

  g_assert_false (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &options, NULL));
  mk_test_import_assert_has_line (mk_import_report_get_errors (f->report), line4, "as on line 2");
  g_assert_cmpuint (mk_import_report_get_errors (f->report)->len, ==, 1);
  g_assert_cmpuint (mk_test_import_count_results (f), ==, 0);
}

static void
test_unknown_names (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "unknown.csv",
    "municipality;school;year;procedure;mark\n"
    "Смоленск;СШ № 90;2022;ОГЭ МА;Н\n"
    ";СШ № 9;2022;ОГЭ МА;Н\n"
    "Смоленск;СШ № 19;2022;ВПР БИО-5;Н\n"
    "Смоленск;СШ № 19;2022;ЕГЭ математика;Н\n", -1);
  g_autofree char *line2 = g_strdup_printf ("%s:2: ", path);
  g_autofree char *line3 = g_strdup_printf ("%s:3: ", path);
  g_autofree char *line4 = g_strdup_printf ("%s:4: ", path);
  g_autofree char *line5 = g_strdup_printf ("%s:5: ", path);
  MkImportOptions options = { NULL, FALSE, TRUE };
  GPtrArray *errors;

  g_assert_false (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &options, NULL));
  errors = mk_import_report_get_errors (f->report);
  g_assert_cmpuint (errors->len, ==, 3);
  mk_test_import_assert_has_line (errors, line3, "Вязьма: СШ № 9");
  mk_test_import_assert_has_line (errors, line3, "Смоленск: СШ № 9");
  mk_test_import_assert_has_line (errors, line4, "ВПР БИО-5 is not in the catalog");
  mk_test_import_assert_has_line (errors, line5, "ЕГЭ МА БАЗ, ЕГЭ МА ПРОФ");
  options.create_missing = FALSE;
  g_assert_false (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &options, NULL));
  mk_test_import_assert_has_line (mk_import_report_get_errors (f->report), line2, "Did you mean: Смоленск: ");
  mk_test_import_assert_has_line (mk_import_report_get_errors (f->report), line2, "СШ № 19");
}

static void
test_create_missing (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "new.csv",
    "municipality;school;year;procedure;participants;low\n"
    "Смоленск;Лицей № 1;2022;ОГЭ МА;10;3\n"
    "Смоленск;Лицей № 1;2022;ОГЭ РУ;10;0\n"
    "Новый район;МКОУ «Павловская ООШ»;2022;ОГЭ МА;0;0\n", -1);
  g_autoptr(MkSchool) lyceum = NULL;
  g_autoptr(MkSchool) basic = NULL;
  MkImportOptions dry = { NULL, TRUE, TRUE };
  MkImportOptions options = { NULL, FALSE, TRUE };

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &dry, NULL));
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 3);
  g_assert_cmpuint (mk_store_count_schools (f->store), ==, 5);
  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &options, NULL));
  g_assert_cmpuint (mk_store_count_schools (f->store), ==, 7);
  mk_test_import_assert_has_line (mk_import_report_get_warnings (f->report), path, "created 2 schools");
  lyceum = mk_store_find_school (f->store, "Смоленск", "Лицей № 1", NULL, NULL);
  basic = mk_store_find_school (f->store, "Новый район", "Павловская ООШ", NULL, NULL);
  g_assert_cmpint (mk_school_get_profile (lyceum), ==, MK_PROFILE_ADVANCED);
  g_assert_cmpint (mk_school_get_profile (basic), ==, MK_PROFILE_BASIC);
  mk_test_import_assert_stored (f, "Смоленск", "Лицей № 1", 2022, "ОГЭ МА",
                                10, 3, 30000, FALSE, FALSE);
  mk_test_import_assert_stored (f, "Новый район", "Павловская ООШ", 2022, "ОГЭ МА",
                                0, 0, -1, FALSE, FALSE);
}

static void
test_zero_participants (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "zero.csv",
    "school;procedure;participants;low\nГимназия № 4;ЕГЭ НЕМ;0;0\n", -1);
  g_autofree char *line2 = g_strdup_printf ("%s:2: ", path);
  g_autoptr(MkResultMatrix) matrix = NULL;
  MkImportOptions options = { NULL, FALSE, FALSE, 2021 };
  MkResultCell *cell;

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &options, NULL));
  mk_test_import_assert_has_line (mk_import_report_get_warnings (f->report), line2, "no participants");
  mk_test_import_assert_stored (f, "Смоленск", "Гимназия № 4", 2021, "ЕГЭ НЕМ",
                                0, 0, -1, FALSE, FALSE);
  matrix = mk_store_get_result_matrix (f->store, 2021, 30000, NULL);
  cell = &((MkResultMatrixRow *) matrix->rows->pdata[0])->cells[32];
  g_assert_true (cell->present);
  g_assert_false (cell->marker);
}

static void
count_signal (guint *count)
{
  (*count)++;
}

static void
test_delete_result (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "results.csv",
    "school;year;procedure;participants;low\n"
    "СШ № 19;2022;ВПР РУ-5;30;9\n"
    "СШ № 19;2022;ОГЭ МА;20;10\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkResultMatrix) matrix = NULL;
  MkImportOptions options = { NULL, FALSE };
  gint64 school = mk_test_import_school_id (f, "Смоленск", "СШ № 19");
  MkResultRow gone;
  MkResultMatrixRow *row;
  guint changed = 0;

  g_assert_true (mk_test_import_run (f, MK_IMPORT_KIND_RESULTS, path, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mk_test_import_count_results (f), ==, 2);
  gone = mk_test_import_result_of (f, "Смоленск", "СШ № 19", 2022, "ВПР РУ-5");
  g_signal_connect_swapped (f->store, "changed::" MK_TOPIC_RESULTS,
                            G_CALLBACK (count_signal), &changed);

  g_assert_true (mk_store_delete_result (f->store, school, 2022, gone.procedure_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (mk_test_import_count_results (f), ==, 1);
  g_assert_cmpuint (mk_test_import_count_of (f, school, 2022, "ВПР РУ-5"), ==, 0);
  mk_test_import_assert_stored (f, "Смоленск", "СШ № 19", 2022, "ОГЭ МА",
                                20, 10, 50000, FALSE, FALSE);

  matrix = mk_store_get_result_matrix (f->store, 2022, 30000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matrix->rows->len, ==, 1);
  row = matrix->rows->pdata[0];
  g_assert_cmpint (row->school_id, ==, school);
  g_assert_false (row->cells[26].present);                          /* ВПР РУ-5 */
  g_assert_cmpuint (row->n_markers, ==, 1);

  /* Deleting it again: nothing to delete, and no signal. */
  g_assert_false (mk_store_delete_result (f->store, school, 2022, gone.procedure_id, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (changed, ==, 1);
}

static void
test_values (void)
{
  MkCell text = { MK_CELL_TEXT, "", 0, FALSE };
  MkCell percent = { MK_CELL_PERCENT, "0.299", 0.299, FALSE };
  gboolean mark = FALSE, non_objective = FALSE;
  g_autofree char *letter = NULL;
  gint64 value = 0;
  int share = 0, count = 0;

  g_assert_true (mk_parse_decimal ("33,35", 3, &value) && value == 33350);
  g_assert_true (mk_parse_decimal (" 33.3 % ", 3, &value) && value == 33300);
  g_assert_true (mk_parse_decimal ("68,45", 1, &value) && value == 685);
  g_assert_true (mk_parse_decimal ("1\xc2\xa0" "234", 0, &value) && value == 1234);
  g_assert_false (mk_parse_decimal ("3Н", 0, &value));
  g_assert_false (mk_parse_decimal ("-5", 0, &value));
  g_assert_true (mk_cell_get_share (&percent, &share) && share == 29900);
  text.text = "100,1";
  g_assert_false (mk_cell_get_share (&text, &share));
  text.text = "12,5";
  g_assert_false (mk_cell_get_count (&text, &count));
  g_assert_false (mk_cell_get_count (&percent, &count));
  g_assert_true (mk_parse_mark ("Н, Необ.", &mark, &non_objective) && mark && non_objective);
  g_assert_true (mk_parse_mark (" - ", &mark, &non_objective) && !mark && !non_objective);
  g_assert_false (mk_parse_mark ("2Н", &mark, &non_objective));
  g_assert_true (mk_parse_year ("2022 г.", &count) && count == 2022);
  g_assert_false (mk_parse_year ("2022/2023", &count));
  letter = mk_column_letter (27);
  g_assert_cmpstr (letter, ==, "AB");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-results/values", test_values);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mk_test_import_setup, func, mk_test_import_teardown)
  ADD ("/import-results/cp1251-csv", test_cp1251_csv);
  ADD ("/import-results/percent-xlsx", test_percent_xlsx);
  ADD ("/import-results/context", test_context);
  ADD ("/import-results/reimport-counts", test_reimport_counts);
  ADD ("/import-results/bad-row-refuses-all", test_bad_row_refuses_all);
  ADD ("/import-results/repeats-in-file", test_repeats_in_file);
  ADD ("/import-results/unknown-names", test_unknown_names);
  ADD ("/import-results/create-missing", test_create_missing);
  ADD ("/import-results/zero-participants", test_zero_participants);
  ADD ("/import-results/delete-result", test_delete_result);
#undef ADD
  return g_test_run ();
}
