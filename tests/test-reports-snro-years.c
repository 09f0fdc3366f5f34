/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reports-snro-years"
#include "config.h"

#include <string.h>

#include "mk-pdf-render.h"
#include "mk-report.h"
#include "mk-store-statistics.h"
#include "mk-test-report.h"
#include "mk-test-util.h"

/* Таблица 3 «Сравнение числа ШНРО за 5 лет» of the Smolensk monitoring
 * report on the demo, read back from XLSX with the project's reader and
 * with python3-openpyxl, and from PDF with pdftotext.
 *
 * Known differences from the printed table, all of its own arithmetic
 * (the app shows the computed share, docs/methodology.md):
 * - region 2018: the table prints 75/19,9%, 75 of 385 is 19,5 %;
 * - region 2021: the table prints 68/19,7%, 68 of 351 is 19,4 %;
 * - Smolensk 2020 and 2021: the table prints 9/21%, 9 of 43 is 20,9 %
 *   (the same difference as Таблица 4, test-reports.c);
 * - Smolensk 2022: the table prints 6/14%, the app 6/14,0%.
 * The table's «2018» is the school year 2018/2019; the app writes it as
 * Таблица 4 does, «2018-2019». */

static void
test_smolensk (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "snro-years", "Смоленск");
  g_autofree char *dump = mk_test_report_openpyxl (path);
  static const char *rows[][4] = {
    { "2018-2019", "385", "75/19,5%", "5/11,6%" },   /* printed: 75/19,9% */
    { "2019-2020", "362", "44/12,2%", "8/18,6%" },
    { "2020-2021", "357", "23/6,4%", "9/20,9%" },    /* printed: 9/21% */
    { "2021-2022", "351", "68/19,4%", "9/20,9%" },   /* printed: 68/19,7%, 9/21% */
    { "2022-2023", "341", "29/8,5%", "6/14,0%" },    /* printed: 6/14% */
  };

  mk_test_report_assert_line (dump, "A1\ts\tGeneral\t'Таблица 3'");
  mk_test_report_assert_line (dump, "A2\ts\tGeneral\t'Сравнение числа ШНРО за 5 лет'");
  mk_test_report_assert_line (dump, "merge\tA2:D2");
  /* The printed table's headings, in its order. */
  mk_test_report_assert_line (dump, "A3\ts\tGeneral\t'Год'");
  mk_test_report_assert_line (dump, "B3\ts\tGeneral\t'Количество ОО, участвовавших в "
                                    "мониторинге выявления ШНРО, ед.'");
  mk_test_report_assert_line (dump, "C3\ts\tGeneral\t'Количество/ доля ШНРО в Смоленской "
                                    "области, ед./%'");
  mk_test_report_assert_line (dump, "D3\ts\tGeneral\t'Количество ШНРО в городе Смоленске, "
                                    "ед./% от 43 ОО'");
  mk_test_report_assert_line (dump, "B4\tn\t0\t385");
  mk_test_report_assert_line (dump, "C4\ts\tGeneral\t'75/19,5%'");
  mk_test_report_assert_line (dump, "D4\ts\tGeneral\t'5/11,6%'");
  mk_test_report_assert_line (dump, "D8\ts\tGeneral\t'6/14,0%'");
  mk_test_report_assert_line (dump, "titles\t$3:$3");
  /* Five rows, then the note naming the denominators; every year is
   * known, so no «н/д». */
  g_assert_nonnull (strstr (dump, "\nA9\ts\tGeneral\t'Доля в последнем столбце — от всех ОО "
                                  "в базе (43)"));
  g_assert_null (strstr (dump, "н/д"));
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint c = 0; c < 4; c++)
      mk_test_report_assert_own (path, r + 4, c, rows[r][c]);
}

/* Without a municipality the column counts every school in the database,
 * and every share of it is of the 74 schools the heading names (2021/2022
 * was 9 of the 43 classified, under a heading «от 74»). */
static void
test_all_municipalities (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "snro-years", NULL);
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "D3\ts\tGeneral\t'Количество ШНРО в базе, ед./% от 74 ОО'");
  mk_test_report_assert_line (dump, "D4\ts\tGeneral\t'5/6,8%'");
  mk_test_report_assert_line (dump, "D7\ts\tGeneral\t'9/12,2%'");
  mk_test_report_assert_line (dump, "D8\ts\tGeneral\t'6/8,1%'");
  g_assert_nonnull (strstr (dump, "от всех ОО в базе (74)"));
  mk_test_report_assert_line (dump, "C8\ts\tGeneral\t'29/8,5%'");
}

static MkSheet *
build (Fixture *f,
       int      first_year)
{
  MkReportParams params = { .school_year = 2022, .first_year = first_year,
                            .municipality = "Смоленск" };
  g_autoptr(GError) error = NULL;
  MkSheet *sheet = mk_report_build (mk_report_find ("snro-years"), f->store, &params, &error);

  g_assert_no_error (error);
  return sheet;
}

static const char *
text_at (MkSheet *sheet,
         guint    row,
         guint    col)
{
  const MkSheetCell *cell = mk_sheet_get_cell (sheet, row, col);

  if (cell == NULL || cell->kind == MK_SHEET_EMPTY)
    return "";
  return cell->kind == MK_SHEET_TEXT ? cell->text : "(number)";
}

/* Several scopes: the first alphabetically is shown; a year it has no
 * figures for reads «н/д», explained under the table; --from trims the
 * years. */
static void
test_scopes_and_gaps (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MkStatistic) bryansk = mk_statistic_new (2022, "Брянская область", 400, 40, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSheet) all = NULL;
  g_autoptr(MkSheet) three = NULL;

  g_assert_true (mk_store_set_statistic (f->store, bryansk, NULL, &error));
  g_assert_no_error (error);
  all = build (f, 0);
  g_assert_cmpstr (text_at (all, 2, 2), ==, "Количество/ доля ШНРО в Брянской области, ед./%");
  g_assert_cmpstr (text_at (all, 3, 0), ==, "2018-2019");
  g_assert_cmpstr (text_at (all, 3, 1), ==, "н/д");
  g_assert_cmpstr (text_at (all, 3, 2), ==, "н/д");
  g_assert_nonnull (strstr (text_at (all, 8, 0), "н/д — нет данных"));
  g_assert_cmpstr (text_at (all, 3, 3), ==, "5/11,6%");
  g_assert_cmpstr (text_at (all, 7, 2), ==, "40/10,0%");
  three = build (f, 2020);
  g_assert_cmpstr (text_at (three, 1, 0), ==, "Сравнение числа ШНРО за 3 года");
  g_assert_cmpstr (text_at (three, 3, 0), ==, "2020-2021");
  g_assert_cmpstr (text_at (three, 5, 0), ==, "2022-2023");
  g_assert_nonnull (strstr (text_at (three, 6, 0), "н/д — нет данных"));
  g_assert_null (mk_sheet_get_cell (three, 7, 0));
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(MkSheet) sheet = build (f, 0);
  g_autofree char *path = g_build_filename (f->dir, "snro-years.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (mk_pdf_render (sheet, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  mk_test_assert_has (text, "Сравнение числа ШНРО за 5 лет");
  mk_test_assert_has (text, "Смоленской");
  mk_test_assert_has (text, "2018-2019");
  mk_test_assert_has (text, "385");
  mk_test_assert_has (text, "75/19,5%");
  mk_test_assert_has (text, "5/11,6%");
  mk_test_assert_has (text, "29/8,5%");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/reports/snro-years/smolensk", test_smolensk);
  ADD ("/reports/snro-years/all-municipalities", test_all_municipalities);
  ADD ("/reports/snro-years/scopes-and-gaps", test_scopes_and_gaps);
  ADD ("/reports/snro-years/pdf", test_pdf);
#undef ADD
  return g_test_run ();
}
