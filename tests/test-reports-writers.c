/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reports-writers"
#include "config.h"

#include <math.h>
#include <string.h>

#include "mk-report.h"
#include "mk-test-report.h"
#include "mk-test-util.h"
#include "mk-xlsx-render.h"

/* libxlsxwriter's two modes, in memory for ordinary sheets and constant
 * memory for large ones, must give the same workbook as openpyxl reads it:
 * every value and type, font, alignment, border, fill and number format
 * of every cell, the merges, widths, heights and the print setup. */

static const char style_dump[] =
  "import sys, openpyxl\n"
  "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
  "print('sheet', ws.title)\n"
  "for row in ws.iter_rows():\n"
  "    for c in row:\n"
  "        if c.value is None and not c.has_style:\n"
  "            continue\n"
  "        f, a, b = c.font, c.alignment, c.border\n"
  "        print(c.coordinate, c.data_type, repr(c.value), c.number_format,\n"
  "              f.b, f.i, f.sz, a.horizontal, a.vertical, a.wrap_text,\n"
  "              b.left.style, b.right.style, b.top.style, b.bottom.style,\n"
  "              c.fill.fill_type, c.fill.fgColor.rgb, sep='|')\n"
  "for r in sorted(str(r) for r in ws.merged_cells.ranges):\n"
  "    print('merge', r)\n"
  "for k, d in sorted(ws.column_dimensions.items()):\n"
  "    print('col', k, d.width)\n"
  "for k, d in sorted(ws.row_dimensions.items()):\n"
  "    if d.height is not None:\n"
  "        print('row', k, d.height)\n"
  "p, m = ws.page_setup, ws.page_margins\n"
  "print('page', p.orientation, p.paperSize, p.fitToHeight,\n"
  "      ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,\n"
  "      ws.print_title_rows, m.left, m.right, m.top, m.bottom)\n";

static char *
dump (const char *path)
{
  return mk_test_report_run_python (style_dump, path);
}

/* Writes SHEET in both modes; returns the dump of the constant-memory
 * file after checking it equals the in-memory one's. */
static char *
assert_same (const char *dir,
             MkSheet    *sheet,
             const char *name)
{
  g_autofree char *small = g_strdup_printf ("%s/%s-lxw.xlsx", dir, name);
  g_autofree char *large = g_strdup_printf ("%s/%s-constant.xlsx", dir, name);
  g_autofree char *expected = NULL;
  char *got;
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_xlsx_render_full (sheet, small, G_MAXUINT, &error));
  g_assert_no_error (error);
  g_assert_true (mk_xlsx_render_full (sheet, large, 0, &error));
  g_assert_no_error (error);
  expected = dump (small);
  got = dump (large);
  g_assert_cmpstr (got, ==, expected);
  return got;
}

/* Every report of the catalog on the demo, for all and for one
 * municipality. */
static void
test_reports (Fixture       *f,
              gconstpointer  data)
{
  static const char *municipalities[] = { NULL, "Смоленск" };
  guint n_reports;
  const MkReportInfo *catalog = mk_report_catalog (&n_reports);

  for (guint i = 0; i < n_reports; i++)
    for (guint m = 0; m < G_N_ELEMENTS (municipalities); m++)
      {
        MkReportParams params = { .school_year = 2022, .municipality = municipalities[m] };
        g_autoptr(GError) error = NULL;
        g_autoptr(MkSheet) sheet = mk_report_build (&catalog[i], f->store, &params, &error);
        g_autofree char *name = g_strdup_printf ("%s-%u", catalog[i].id, m);
        g_autofree char *got = NULL;

        g_assert_no_error (error);
        got = assert_same (f->dir, sheet, name);
        g_assert_nonnull (strstr (got, "A1|s|"));
      }
}

/* What no report of the demo has: every kind, fill, italic, sizes,
 * decimals, text that needs escaping (control characters too) or keeps
 * its spaces, a portrait page without fitting, a sheet name with an
 * apostrophe. */
static void
test_features (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("Д'Артаньян");
  MkSheetStyle filled = { .flags = MK_SHEET_FILL | MK_SHEET_ITALIC | MK_SHEET_BORDER,
                          .fill = 0xDDEEFF, .align = MK_SHEET_ALIGN_RIGHT,
                          .valign = MK_SHEET_VALIGN_TOP, .font_size = 9 };
  MkSheetStyle two = { .decimals = 2, .align = MK_SHEET_ALIGN_LEFT };
  guint s1 = mk_sheet_add_style (sheet, &filled), s2 = mk_sheet_add_style (sheet, &two);
  g_autofree char *got = NULL;
  GDate date;

  mk_sheet_set_text (sheet, 0, 0, "A & B <c> \"d\"", s1);
  mk_sheet_set_text (sheet, 0, 1, "  padded ", 0);
  mk_sheet_set_text (sheet, 0, 2, "", s1);
  mk_sheet_set_text (sheet, 0, 3, "line\nbreak", 0);
  mk_sheet_set_text (sheet, 0, 5, "bell\x07tab\tvt\x0b" "end", 0);
  mk_sheet_set_static_text (sheet, 1, 0, "Н", s1);
  mk_sheet_set_decimal (sheet, 1, 1, 3.14159, s2);
  mk_sheet_set_decimal (sheet, 1, 2, 2.5, 0);
  mk_sheet_set_share (sheet, 1, 3, 0.1234, s1);
  mk_sheet_set_integer (sheet, 2, 0, -12345678901, 0);
  g_date_set_dmy (&date, 29, 2, 2024);
  mk_sheet_set_date (sheet, 2, 1, &date, s1);
  mk_sheet_set_blank (sheet, 2, 2, 0);
  mk_sheet_set_blank (sheet, 2, 3, s2);
  mk_sheet_add_footnote (sheet, 4, 4, "Примечание: сноска под таблицей.");
  mk_sheet_set_column_width (sheet, 0, 0.5);
  mk_sheet_set_column_width (sheet, 1, 14.25);
  mk_sheet_set_row_height (sheet, 3, 30);   /* a row with no cells */
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_PORTRAIT;
  mk_sheet_get_page (sheet)->fit_to_width = FALSE;
  mk_sheet_get_page (sheet)->repeat_first = 0;
  mk_sheet_get_page (sheet)->repeat_last = 1;
  got = assert_same (f->dir, sheet, "features");
  g_assert_nonnull (strstr (got, "A1|s|'A & B <c> \"d\"'|General|"));
  g_assert_nonnull (strstr (got, "B1|s|'  padded '|"));
  /* Escaped as Excel escapes them, which openpyxl does not undo. */
  g_assert_nonnull (strstr (got, "F1|s|'bell_x0007_tab\\tvt_x000B_end'|"));
  g_assert_nonnull (strstr (got, "B3|d|datetime.datetime(2024, 2, 29, 0, 0)|dd.mm.yyyy|"));
  g_assert_nonnull (strstr (got, "|solid|FFDDEEFF\n"));
  g_assert_nonnull (strstr (got, "\nrow 4 30.0\n"));
}

/* The sheet model keeps cells sorted however a builder sets them: column
 * by column in a sheet too large to insert in place (it indexes them
 * then), a cell set twice, and rows appended after it sorted again. */
static void
test_sheet_order (void)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("t");
  const guint n_rows = 20000, n_cols = 4;
  const MkSheetCell *cells;
  guint n_cells;

  for (guint col = 0; col < n_cols; col++)
    for (guint row = 0; row < n_rows; row++)
      mk_sheet_set_integer (sheet, row, col, row * 10 + col, 0);
  mk_sheet_set_text (sheet, 5, 2, "again", 0);
  g_assert_cmpstr (mk_sheet_get_cell (sheet, 5, 2)->text, ==, "again");
  g_assert_cmpfloat (mk_sheet_get_cell (sheet, 19999, 1)->number, ==, 199991);
  cells = mk_sheet_get_cells (sheet, &n_cells);
  g_assert_cmpuint (n_cells, ==, n_rows * n_cols);
  for (guint i = 0; i < n_cells; i++)
    {
      g_assert_cmpuint (cells[i].row, ==, i / n_cols);
      g_assert_cmpuint (cells[i].col, ==, i % n_cols);
    }
  g_assert_cmpint (cells[5 * n_cols + 2].kind, ==, MK_SHEET_TEXT);
  mk_sheet_set_integer (sheet, n_rows, 0, 1, 0);
  mk_sheet_set_integer (sheet, 3, 1, 77, 0);
  g_assert_cmpfloat (mk_sheet_get_cell (sheet, 3, 1)->number, ==, 77);
  g_assert_cmpfloat (mk_sheet_get_cell (sheet, n_rows, 0)->number, ==, 1);
  g_assert_null (mk_sheet_get_cell (sheet, n_rows, 1));
  cells = mk_sheet_get_cells (sheet, &n_cells);
  g_assert_cmpuint (n_cells, ==, n_rows * n_cols + 1);
  g_assert_cmpuint (cells[n_cells - 1].row, ==, n_rows);
  g_assert_cmpuint (mk_sheet_get_n_rows (sheet), ==, n_rows + 1);
}

/* Excel's limits, kept by the sheet model for every writer: a text past
 * 32,767 characters is cut with «…» and a warning, a number that is not
 * finite shows «н/д», and both modes write exactly that. */
static void
test_limits_text_numbers (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("limits");
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *got = NULL, *path = NULL, *read = NULL;
  const char *const *warnings;
  const MkSheetCell *cell;

  for (guint i = 0; i < 40000; i++)
    g_string_append (long_text, "я");
  mk_sheet_set_text (sheet, 0, 0, long_text->str, 0);
  mk_sheet_set_static_text (sheet, 0, 1, long_text->str, 0);
  mk_sheet_set_share (sheet, 1, 0, NAN, 0);
  mk_sheet_set_decimal (sheet, 1, 1, INFINITY, 0);
  mk_sheet_set_integer (sheet, 1, 2, 32767, 0);
  cell = mk_sheet_get_cell (sheet, 0, 0);
  g_assert_cmpint (g_utf8_strlen (cell->text, -1), ==, MK_SHEET_MAX_TEXT);
  g_assert_true (g_str_has_suffix (cell->text, "яя…"));
  g_assert_cmpstr (mk_sheet_get_cell (sheet, 0, 1)->text, ==, cell->text);
  g_assert_cmpint (mk_sheet_get_cell (sheet, 1, 0)->kind, ==, MK_SHEET_TEXT);
  g_assert_cmpstr (mk_sheet_get_cell (sheet, 1, 0)->text, ==, MK_SHEET_UNKNOWN);
  g_assert_cmpstr (mk_sheet_get_cell (sheet, 1, 1)->text, ==, MK_SHEET_UNKNOWN);
  warnings = mk_sheet_get_warnings (sheet);
  g_assert_cmpuint (g_strv_length ((char **) warnings), ==, 4);
  mk_test_assert_has (warnings[0], "Cell A1: the text of 40000 characters is cut to 32767");
  mk_test_assert_has (warnings[2], "Cell A2: the number is not finite");
  g_assert_true (mk_sheet_check_limits (sheet, NULL));
  got = assert_same (f->dir, sheet, "limits");
  g_assert_nonnull (strstr (got, "A2|s|'н/д'|"));
  g_assert_nonnull (strstr (got, "B2|s|'н/д'|"));
  path = g_strdup_printf ("%s/limits-lxw.xlsx", f->dir);
  read = mk_test_report_python (path, "print(len(ws['A1'].value), ws['B1'].value[-2:])");
  g_assert_cmpstr (read, ==, "32767 я…");
}

/* A row or column past a spreadsheet's last is not kept, and neither mode
 * writes the sheet: the error names the limit. */
static void
test_limits_size (Fixture       *f,
                  gconstpointer  data)
{
  static const guint rows[] = { MK_SHEET_MAX_ROWS, 0 }, cols[] = { 0, MK_SHEET_MAX_COLS };
  static const char *limits[] = { "at most 1,048,576 rows", "at most 16,384 columns" };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    for (guint large = 0; large < 2; large++)
      {
        g_autoptr(MkSheet) sheet = mk_sheet_new ("big");
        g_autofree char *path = g_strdup_printf ("%s/big-%u-%u.xlsx", f->dir, i, large);
        g_autoptr(GError) error = NULL;

        mk_sheet_set_text (sheet, 0, 0, "x", 0);
        mk_sheet_set_text (sheet, rows[i], cols[i], "past the end", 0);
        g_assert_null (mk_sheet_get_cell (sheet, rows[i], cols[i]));
        g_assert_false (mk_xlsx_render_full (sheet, path, large ? 0 : G_MAXUINT, &error));
        g_assert_error (error, MK_SHEET_ERROR, MK_SHEET_ERROR_TOO_LARGE);
        mk_test_assert_has (error->message, limits[i]);
        mk_test_assert_has (error->message, path);
        g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      }
}

/* A file that cannot be written: the error names it, nothing is left. */
static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("t");
  g_autofree char *path = g_build_filename (f->dir, "no-such-dir", "big.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  mk_sheet_set_text (sheet, 0, 0, "x", 0);
  g_assert_false (mk_xlsx_render_full (sheet, path, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reports-writers/sheet-order", test_sheet_order);
  g_test_add ("/reports-writers/reports", Fixture, NULL, fixture_set_up,
              test_reports, fixture_tear_down);
  g_test_add ("/reports-writers/features", Fixture, NULL, fixture_set_up,
              test_features, fixture_tear_down);
  g_test_add ("/reports-writers/limits-text-numbers", Fixture, NULL, fixture_set_up,
              test_limits_text_numbers, fixture_tear_down);
  g_test_add ("/reports-writers/limits-size", Fixture, NULL, fixture_set_up,
              test_limits_size, fixture_tear_down);
  g_test_add ("/reports-writers/unwritable", Fixture, NULL, fixture_set_up,
              test_unwritable, fixture_tear_down);
  return g_test_run ();
}
