#define G_LOG_DOMAIN "test-reports-markers"
#include "config.h"

#include <string.h>

#include "mk-demo.h"
#include "mk-report-private.h"
#include "mk-table-reader.h"
#include "mk-test-util.h"
#include "mk-xlsx-render.h"

/* The reports marker-matrix (Приложение 1, Таблица 1) and snro-repeats
 * (Таблица 6) on the demo, read back with the project's reader and with
 * python3-openpyxl. */

typedef struct {
  char    *dir;
  MkStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = mk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "demo.db", NULL);
  f->store = mk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mk_demo_load (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

/* Builds report ID for 2022/2023 in Smolensk and writes DIR/ID.xlsx. */
static char *
export (Fixture    *f,
        const char *id)
{
  MkReportParams params = { .school_year = 2022, .municipality = "Смоленск" };
  const MkReportInfo *info = mk_report_find (id);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSheet) sheet = NULL;
  char *path = g_strdup_printf ("%s/%s.xlsx", f->dir, id);

  g_assert_nonnull (info);
  sheet = mk_report_build (info, f->store, &params, &error);
  g_assert_no_error (error);
  g_assert_true (mk_xlsx_render (sheet, path, &error));
  g_assert_no_error (error);
  return path;
}

/* The own reader's text of the cell at 1-based ROW, 0-based COL. */
static char *
read_own_cell (const char *path,
               guint       row,
               guint       col)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) reader = mk_table_reader_open (path, NULL, NULL, &error);

  g_assert_no_error (error);
  while (mk_table_reader_next_row (reader, &error))
    if (mk_table_reader_get_line (reader) == row && col < mk_table_reader_get_n_cells (reader))
      return g_strdup (mk_table_reader_get_cell (reader, col)->text);
  g_assert_no_error (error);
  return NULL;
}

static void
assert_own (const char *path,
            guint       row,
            guint       col,
            const char *expected)
{
  g_autofree char *text = read_own_cell (path, row, col);

  g_assert_cmpstr (text, ==, expected);
}

/* openpyxl: "A1<TAB>type<TAB>format<TAB>value" per cell, "merge<TAB>A1:B2"
 * per merged range, then "page<TAB>orientation". */
static const char openpyxl_dump[] =
  "import sys, openpyxl\n"
  "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
  "for row in ws.iter_rows():\n"
  "    for c in row:\n"
  "        if c.value is not None:\n"
  "            print('%s\\t%s\\t%s\\t%r' % (c.coordinate, c.data_type, c.number_format, c.value))\n"
  "for r in sorted(str(r) for r in ws.merged_cells.ranges):\n"
  "    print('merge\\t' + r)\n"
  "print('page\\t%s' % ws.page_setup.orientation)\n";

static char *
read_openpyxl (const char *path)
{
  const char *argv[] = { "/usr/bin/python3", "-c", openpyxl_dump, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    argv[0] = "python3";
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl could not read %s: %s", path, err);
  return out;
}

static void
assert_line (const char *dump,
             const char *line)
{
  g_autofree char *needle = g_strconcat ("\n", line, "\n", NULL);
  g_autofree char *haystack = g_strconcat ("\n", dump, NULL);

  if (strstr (haystack, needle) == NULL)
    g_error ("openpyxl: no line «%s» in\n%s", line, dump);
}

/* Window 2021 + 2022. СШ № 19 (data/demo/results.csv): ОГЭ МА and ЕГЭ БИО
 * low in 2021 only, ЕГЭ ХИМ and ОГЭ ГЕО in 2022 only, ЕГЭ МА ПРОФ in both;
 * ЕГЭ РУ and ВПР МА-6 of 2020 lie outside the window. */
static void
test_marker_matrix (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = export (f, "marker-matrix");
  g_autofree char *dump = read_openpyxl (path);

  assert_line (dump, "A1\ts\tGeneral\t'Таблица 1'");
  assert_line (dump, "A3\ts\tGeneral\t'Наименование ОО'");
  assert_line (dump, "B3\ts\tGeneral\t'Кол-во меток НР'");
  assert_line (dump, "B4\ts\tGeneral\t'2021 год'");
  assert_line (dump, "C4\ts\tGeneral\t'2022 год'");
  assert_line (dump, "D4\ts\tGeneral\t'2021 + 2022 годы'");
  assert_line (dump, "E3\ts\tGeneral\t'ОГЭ'");
  assert_line (dump, "E4\ts\tGeneral\t'Русский язык'");
  assert_line (dump, "O3\ts\tGeneral\t'ЕГЭ'");
  assert_line (dump, "O4\ts\tGeneral\t'Математика ПРОФ'");
  assert_line (dump, "R4\ts\tGeneral\t'Химия'");
  assert_line (dump, "AB3\ts\tGeneral\t'ВПР'");
  assert_line (dump, "AB4\ts\tGeneral\t'Математика 4 кл'");
  assert_line (dump, "merge\tA3:A4");
  assert_line (dump, "merge\tB3:D3");
  assert_line (dump, "merge\tE3:N3");
  assert_line (dump, "merge\tO3:AA3");
  assert_line (dump, "merge\tAB3:AK3");
  assert_line (dump, "page\tlandscape");
  /* СШ № 9: 5/2/7 as the seed's row. */
  assert_line (dump, "A17\ts\tGeneral\t'СШ № 9'");
  assert_line (dump, "B17\tn\t0\t5");
  assert_line (dump, "D17\tn\t0\t7");
  assert_line (dump, "A27\ts\tGeneral\t'СШ № 19'");
  assert_line (dump, "B27\tn\t0\t5");
  assert_line (dump, "C27\tn\t0\t4");
  assert_line (dump, "D27\tn\t0\t9");
  assert_line (dump, "F27\ts\tGeneral\t'Н'");     /* ОГЭ Математика, 2021 */
  assert_line (dump, "L27\ts\tGeneral\t'Н'");     /* ОГЭ География, 2022 */
  assert_line (dump, "O27\ts\tGeneral\t'2Н'");    /* ЕГЭ МА ПРОФ, both */
  assert_line (dump, "S27\ts\tGeneral\t'Н'");     /* ЕГЭ Биология, 2021 */
  g_assert_null (strstr (dump, "\nY27\t"));       /* ЕГЭ РУ: 2020 only */
  g_assert_null (strstr (dump, "\nAD27\t"));      /* ВПР МА-6: 2020 only */
  g_assert_null (strstr (dump, "\nE27\t"));
  assert_own (path, 27, 17, "Н");                 /* ЕГЭ Химия, 2022 */
  assert_own (path, 27, 14, "2Н");
  assert_own (path, 27, 3, "9");
}

/* Таблица 6: СШ № 9 in ШНРО 2019-2020 … 2022-2023 (the history from the
 * documents, then the classification), four years in a row; СШ № 9 and
 * СШ № 10 were schools of «500+» in 2020, СШ № 21 and № 36 in 2021. */
static void
test_snro_repeats (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = export (f, "snro-repeats");
  g_autofree char *dump = read_openpyxl (path);

  assert_line (dump, "A1\ts\tGeneral\t'Таблица 6'");
  assert_line (dump, "A3\ts\tGeneral\t'№'");
  assert_line (dump, "B3\ts\tGeneral\t'ОО'");
  assert_line (dump, "C3\ts\tGeneral\t'ШНРО 2018-2019'");
  assert_line (dump, "G3\ts\tGeneral\t'ШНРО 2022-2023'");
  assert_line (dump, "H3\ts\tGeneral\t'Федерал'");
  assert_line (dump, "H4\ts\tGeneral\t'ШНРО 2020/500+'");
  assert_line (dump, "I4\ts\tGeneral\t'ШНРО 2021/500+'");
  assert_line (dump, "J3\ts\tGeneral\t'Подряд'");
  assert_line (dump, "merge\tC3:C4");
  assert_line (dump, "merge\tJ3:J4");
  assert_line (dump, "A5\ts\tGeneral\t'1.'");
  assert_line (dump, "B7\ts\tGeneral\t'МБОУ «СШ № 9»'");
  g_assert_null (strstr (dump, "\nC7\t"));
  for (char c = 'D'; c <= 'G'; c++)
    {
      g_autofree char *line = g_strdup_printf ("%c7\ts\tGeneral\t'+'", c);
      assert_line (dump, line);
    }
  assert_line (dump, "H7\ts\tGeneral\t'500'");
  assert_line (dump, "J7\tn\t0\t4");
  assert_line (dump, "B8\ts\tGeneral\t'МБОУ «СШ № 10»'");
  assert_line (dump, "H8\ts\tGeneral\t'500'");
  g_assert_null (strstr (dump, "\nJ8\t"));        /* not in ШНРО now */
  assert_own (path, 7, 9, "4");
  assert_own (path, 8, 7, "500");
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reports-markers/catalog", test_catalog);
  g_test_add ("/reports-markers/marker-matrix", Fixture, NULL, fixture_set_up,
              test_marker_matrix, fixture_tear_down);
  g_test_add ("/reports-markers/snro-repeats", Fixture, NULL, fixture_set_up,
              test_snro_repeats, fixture_tear_down);
  return g_test_run ();
}
