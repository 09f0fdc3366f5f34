/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reports-markers"
#include "config.h"

#include <string.h>

#include "mk-demo.h"
#include "mk-pdf-render.h"
#include "mk-report-private.h"
#include "mk-table-reader.h"
#include "mk-store-clusters.h"
#include "mk-test-report.h"
#include "mk-test-util.h"
#include "mk-xlsx-render.h"

/* The reports marker-matrix (Приложение 1, Таблица 1) and snro-repeats
 * (Таблица 6) on the demo, read back with the project's reader and with
 * python3-openpyxl. */


/* Window 2021 + 2022. СШ № 19 (data/demo/results.csv): ОГЭ МА and ЕГЭ БИО
 * low in 2021 only, ЕГЭ ХИМ and ОГЭ ГЕО in 2022 only, ЕГЭ МА ПРОФ in both;
 * ЕГЭ РУ and ВПР МА-6 of 2020 lie outside the window. A cell holds the year
 * its column group names: 2022 in E–AK, 2021 in AL–BR, never «2Н». */
static void
test_marker_matrix (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "marker-matrix", "Смоленск");
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "A1\ts\tGeneral\t'Таблица 1'");
  mk_test_report_assert_line (dump, "A3\ts\tGeneral\t'Наименование ОО'");
  mk_test_report_assert_line (dump, "B3\ts\tGeneral\t'Кол-во меток НР'");
  mk_test_report_assert_line (dump, "B4\ts\tGeneral\t'2021 год'");
  mk_test_report_assert_line (dump, "C4\ts\tGeneral\t'2022 год'");
  mk_test_report_assert_line (dump, "D4\ts\tGeneral\t'2021 + 2022 годы'");
  mk_test_report_assert_line (dump, "E3\ts\tGeneral\t'ОГЭ, 2022 год'");
  mk_test_report_assert_line (dump, "AL3\ts\tGeneral\t'ОГЭ, 2021 год'");
  mk_test_report_assert_line (dump, "AL4\ts\tGeneral\t'Русский язык'");
  mk_test_report_assert_line (dump, "merge\tAL3:AU3");
  mk_test_report_assert_line (dump, "E4\ts\tGeneral\t'Русский язык'");
  mk_test_report_assert_line (dump, "O3\ts\tGeneral\t'ЕГЭ, 2022 год'");
  mk_test_report_assert_line (dump, "O4\ts\tGeneral\t'Математика ПРОФ'");
  mk_test_report_assert_line (dump, "R4\ts\tGeneral\t'Химия'");
  mk_test_report_assert_line (dump, "AB3\ts\tGeneral\t'ВПР, 2022 год'");
  mk_test_report_assert_line (dump, "AB4\ts\tGeneral\t'Математика 4 кл'");
  mk_test_report_assert_line (dump, "merge\tA3:A4");
  mk_test_report_assert_line (dump, "merge\tB3:D3");
  mk_test_report_assert_line (dump, "merge\tE3:N3");
  mk_test_report_assert_line (dump, "merge\tO3:AA3");
  mk_test_report_assert_line (dump, "merge\tAB3:AK3");
  mk_test_report_assert_line (dump, "page\tlandscape");
  /* СШ № 9: 5/2/7 as the Smolensk report's row. */
  mk_test_report_assert_line (dump, "A17\ts\tGeneral\t'СШ № 9'");
  mk_test_report_assert_line (dump, "B17\tn\t0\t5");
  mk_test_report_assert_line (dump, "D17\tn\t0\t7");
  mk_test_report_assert_line (dump, "A27\ts\tGeneral\t'СШ № 19'");
  mk_test_report_assert_line (dump, "B27\tn\t0\t5");
  mk_test_report_assert_line (dump, "C27\tn\t0\t4");
  mk_test_report_assert_line (dump, "D27\tn\t0\t9");
  mk_test_report_assert_line (dump, "AM27\ts\tGeneral\t'Н'");    /* ОГЭ Математика, 2021 */
  g_assert_null (strstr (dump, "\nF27\t"));
  mk_test_report_assert_line (dump, "L27\ts\tGeneral\t'Н'");     /* ОГЭ География, 2022 */
  g_assert_null (strstr (dump, "\nAW27\t"));
  mk_test_report_assert_line (dump, "O27\ts\tGeneral\t'Н'");     /* ЕГЭ МА ПРОФ, 2022 */
  mk_test_report_assert_line (dump, "AZ27\ts\tGeneral\t'Н'");    /* ЕГЭ Биология, 2021 */
  mk_test_report_assert_line (dump, "AV27\ts\tGeneral\t'Н'");    /* ЕГЭ МА ПРОФ, 2021 */
  g_assert_null (strstr (dump, "2Н"));
  g_assert_null (strstr (dump, "\nY27\t"));       /* ЕГЭ РУ: 2020 only */
  g_assert_null (strstr (dump, "\nAD27\t"));      /* ВПР МА-6: 2020 only */
  g_assert_null (strstr (dump, "\nE27\t"));
  mk_test_report_assert_own (path, 27, 17, "Н");                 /* ЕГЭ Химия, 2022 */
  mk_test_report_assert_own (path, 27, 14, "Н");
  g_assert_nonnull (strstr (dump, "Н — низкий результат в году, названном в заголовке"));
  /* One municipality: names without it. */
  g_assert_null (strstr (dump, "СШ № 9 (Смоленск)"));
  mk_test_report_assert_own (path, 27, 3, "9");
}

/* One cluster only: ШНРО of 2022/2023 is six schools of Смоленск, in the
 * order of the school list, each with its row as in the full matrix. */
static void
test_marker_matrix_cluster (Fixture       *f,
                            gconstpointer  data)
{
  MkReportParams params = { .school_year = 2022, .cluster = MK_CLUSTER_SNRO };
  static const char *names[] = { "СШ № 9", "СШ № 11", "СШ № 14", "СШ № 19",
                                 "СШ № 36", "СШ № 39" };
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSheet) sheet = mk_report_build (mk_report_find ("marker-matrix"),
                                              f->store, &params, &error);
  g_autofree char *path = g_build_filename (f->dir, "snro-matrix.xlsx", NULL);
  g_autofree char *dump = NULL;

  g_assert_no_error (error);
  g_assert_true (mk_xlsx_render (sheet, path, &error));
  g_assert_no_error (error);
  dump = mk_test_report_openpyxl (path);
  mk_test_report_assert_line (dump, "A2\ts\tGeneral\t'Результаты выявления низких "
                              "образовательных результатов (ШНРО)'");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *line = g_strdup_printf ("A%u\ts\tGeneral\t'%s'", 5 + i, names[i]);
      mk_test_report_assert_line (dump, line);
    }
  g_assert_cmpuint (mk_sheet_get_n_rows (sheet), ==, 4 + G_N_ELEMENTS (names) + 1);
  /* СШ № 19 as in test_marker_matrix; СШ № 11 has no results for 2021:
   * its count and its 2021 cells are «н/д», not 0 or blank, and the sum
   * over the window is partial, «≥8»; the note explains both. */
  mk_test_report_assert_line (dump, "D8\tn\t0\t9");
  mk_test_report_assert_line (dump, "O8\ts\tGeneral\t'Н'");
  mk_test_report_assert_line (dump, "L8\ts\tGeneral\t'Н'");
  mk_test_report_assert_line (dump, "C6\tn\t0\t8");
  mk_test_report_assert_line (dump, "B6\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "D6\ts\tGeneral\t'≥8'");
  mk_test_report_assert_line (dump, "AL6\ts\tGeneral\t'н/д'");
  g_assert_nonnull (strstr (dump, "н/д — нет данных"));
  g_assert_nonnull (strstr (dump, "≥ — неполная сумма"));
}

/* Over all municipalities every school names its own: «СШ № 1» is in
 * Смоленск, and the schools of Каменск-Уральский, which have no results in
 * the window, read «н/д». */
static void
test_marker_matrix_municipalities (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "marker-matrix", NULL);
  g_autofree char *dump = mk_test_report_openpyxl (path);

  g_assert_nonnull (strstr (dump, "\t'СШ № 1 (Смоленск)'\n"));
  g_assert_nonnull (strstr (dump, "\t'Средняя школа № 2 (Каменск-Уральский городской округ)'\n"));
  g_assert_null (strstr (dump, "\t'СШ № 1'\n"));
  mk_test_report_assert_line (dump, "A14\ts\tGeneral\t'Средняя школа № 2 "
                                    "(Каменск-Уральский городской округ)'");
  mk_test_report_assert_line (dump, "D14\ts\tGeneral\t'н/д'");
}

/* Таблица 6: СШ № 9 in ШНРО 2019-2020 … 2022-2023 (the history from the
 * documents, then the classification), four years in a row; СШ № 9 and
 * СШ № 10 were schools of «500+» in 2020, СШ № 21 and № 36 in 2021. */
static void
test_snro_repeats (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "snro-repeats", "Смоленск");
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "A1\ts\tGeneral\t'Таблица 6'");
  mk_test_report_assert_line (dump, "A3\ts\tGeneral\t'№'");
  mk_test_report_assert_line (dump, "B3\ts\tGeneral\t'ОО'");
  mk_test_report_assert_line (dump, "C3\ts\tGeneral\t'ШНРО 2018-2019'");
  mk_test_report_assert_line (dump, "G3\ts\tGeneral\t'ШНРО 2022-2023'");
  mk_test_report_assert_line (dump, "H3\ts\tGeneral\t'Федерал'");
  mk_test_report_assert_line (dump, "H4\ts\tGeneral\t'ШНРО 2020/500+'");
  mk_test_report_assert_line (dump, "I4\ts\tGeneral\t'ШНРО 2021/500+'");
  mk_test_report_assert_line (dump, "J3\ts\tGeneral\t'Подряд'");
  mk_test_report_assert_line (dump, "merge\tC3:C4");
  mk_test_report_assert_line (dump, "merge\tJ3:J4");
  mk_test_report_assert_line (dump, "A5\ts\tGeneral\t'1.'");
  mk_test_report_assert_line (dump, "B7\ts\tGeneral\t'МБОУ «СШ № 9»'");
  g_assert_null (strstr (dump, "\nC7\t"));
  for (char c = 'D'; c <= 'G'; c++)
    {
      g_autofree char *line = g_strdup_printf ("%c7\ts\tGeneral\t'+'", c);
      mk_test_report_assert_line (dump, line);
    }
  mk_test_report_assert_line (dump, "H7\ts\tGeneral\t'500'");
  mk_test_report_assert_line (dump, "J7\tn\t0\t4");
  mk_test_report_assert_line (dump, "B8\ts\tGeneral\t'МБОУ «СШ № 10»'");
  mk_test_report_assert_line (dump, "H8\ts\tGeneral\t'500'");
  g_assert_null (strstr (dump, "\nJ8\t"));        /* not in ШНРО now */
  mk_test_report_assert_own (path, 7, 9, "4");
  mk_test_report_assert_own (path, 8, 7, "500");
}

/* Over every municipality a school is named with its own: «СШ № 9» of
 * Смоленск is not a «СШ № 9» of Каменск-Уральский. */
static void
test_snro_repeats_municipalities (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "snro-repeats", NULL);
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "B5\ts\tGeneral\t'МБОУ «СШ № 1» (Смоленск)'");
  mk_test_report_assert_line (dump, "B7\ts\tGeneral\t'МБОУ «СШ № 9» (Смоленск)'");
  mk_test_report_assert_line (dump, "J7\tn\t0\t4");
}

/* A school whose municipality has no ШНРО list for a year: not «not in
 * ШНРО» that year (a blank), but «н/д», with the legend. */
static void
test_snro_repeats_unknown_year (Fixture       *f,
                                gconstpointer  data)
{
  const char *town = "Каменск-Уральский городской округ";
  g_autoptr(MkSchool) school = mk_store_find_school (f->store, town, "Средняя школа № 2",
                                                     NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *dump = NULL, *line = NULL;

  g_assert_nonnull (school);
  g_assert_true (mk_store_set_override (f->store, mk_school_get_id (school), 2022,
                                        MK_CLUSTER_SNRO, "Приказ № 1", "2022", &error));
  g_assert_no_error (error);
  path = mk_test_report_export (f, "snro-repeats", NULL);
  dump = mk_test_report_openpyxl (path);
  /* Smolensk's lists go back to 2018/2019; Kamensk-Uralsky's is 2022/2023 only. */
  mk_test_report_assert_line (dump, "B5\ts\tGeneral\t'Муниципальное автономное "
                              "общеобразовательное учреждение «Средняя школа №2» "
                              "(Каменск-Уральский городской округ)'");
  mk_test_report_assert_line (dump, "C5\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "F5\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "G5\ts\tGeneral\t'+'");
  /* A Smolensk school not in a known list stays blank: not in ШНРО. */
  mk_test_report_assert_line (dump, "B7\ts\tGeneral\t'МБОУ «СШ № 5» (Смоленск)'");
  g_assert_null (strstr (dump, "\nC7\t"));
  g_assert_nonnull (strstr (dump, "н/д — нет данных"));
}

static void
test_catalog (void)
{
  static const char *ids[] = { "marker-matrix", "snro-repeats" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const MkReportInfo *info = mk_report_find (ids[i]);

      g_assert_nonnull (info);
      g_assert_nonnull (info->description);
    }
}

/* A preview asks for the first rows only: every report gives them as the
 * whole report has them, and says it is full when the report is longer. */
static void
test_preview_rows (Fixture       *f,
                   gconstpointer  data)
{
  guint n_reports;
  const MkReportInfo *catalog = mk_report_catalog (&n_reports);

  for (guint r = 0; r < n_reports; r++)
    {
      MkReportParams params = { .school_year = 2022, .cluster = MK_CLUSTER_NONE };
      g_autoptr(GError) error = NULL;
      g_autoptr(MkSheet) whole = mk_report_build (&catalog[r], f->store, &params, &error);
      g_autoptr(MkSheet) preview = NULL;
      const MkSheetCell *cells;
      guint n_cells;

      params.max_rows = 10;
      preview = mk_report_build (&catalog[r], f->store, &params, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (mk_sheet_get_n_rows (preview), <=, 10);
      if (mk_sheet_get_n_rows (whole) > 10)
        g_assert_true (mk_sheet_is_full (preview));
      else if (mk_sheet_get_n_rows (whole) < 10)
        g_assert_false (mk_sheet_is_full (preview));
      cells = mk_sheet_get_cells (preview, &n_cells);
      for (guint i = 0; i < n_cells; i++)
        {
          const MkSheetCell *same = mk_sheet_get_cell (whole, cells[i].row, cells[i].col);
          g_autofree char *shown = mk_pdf_format_cell (&cells[i],
                                                       mk_sheet_get_style (preview, cells[i].style));
          g_autofree char *printed = NULL;

          g_assert_nonnull (same);
          printed = mk_pdf_format_cell (same, mk_sheet_get_style (whole, same->style));
          g_assert_cmpstr (shown, ==, printed);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reports-markers/catalog", test_catalog);
  g_test_add ("/reports-markers/snro-repeats-municipalities", Fixture, NULL, fixture_set_up,
              test_snro_repeats_municipalities, fixture_tear_down);
  g_test_add ("/reports-markers/snro-repeats-unknown-year", Fixture, NULL, fixture_set_up,
              test_snro_repeats_unknown_year, fixture_tear_down);
  g_test_add ("/reports-markers/marker-matrix", Fixture, NULL, fixture_set_up,
              test_marker_matrix, fixture_tear_down);
  g_test_add ("/reports-markers/marker-matrix-municipalities", Fixture, NULL, fixture_set_up,
              test_marker_matrix_municipalities, fixture_tear_down);
  g_test_add ("/reports-markers/marker-matrix-cluster", Fixture, NULL, fixture_set_up,
              test_marker_matrix_cluster, fixture_tear_down);
  g_test_add ("/reports-markers/snro-repeats", Fixture, NULL, fixture_set_up,
              test_snro_repeats, fixture_tear_down);
  g_test_add ("/reports-markers/preview-rows", Fixture, NULL, fixture_set_up,
              test_preview_rows, fixture_tear_down);
  return g_test_run ();
}
