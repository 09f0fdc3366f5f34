/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test"
#include "config.h"

#include <string.h>

#include "mk-table-reader.h"
#include "mk-test-table.h"
#include "mk-test-util.h"

/* Workbooks no spreadsheet writes, made with libzip: each is refused with
 * its place, or read with work bounded by what it holds. */

#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define SHEET_START "<worksheet xmlns=\"" MAIN_NS "\"><sheetData>"
#define SST(...) "<sst xmlns=\"" MAIN_NS "\">" __VA_ARGS__ "</sst>"

static const char strings_amz[] = SST ("<si><t>a</t></si><si><t>m</t></si><si><t>z</t></si>");

/* Reads every row; FALSE with ERROR at the first that fails. */
static gboolean
read_all (MkTableReader  *reader,
          guint          *n_cells,
          GError        **error)
{
  *n_cells = 0;
  while (mk_table_reader_next_row (reader, error))
    *n_cells += mk_table_reader_get_n_cells (reader);
  return *error == NULL;
}

/* The first rows fail at PLACE ("Лист1!2") with a message holding WHAT. */
static void
assert_sheet_refused (Fixture    *f,
                      const char *strings_xml,
                      const char *sheet_xml,
                      const char *place,
                      const char *what)
{
  g_autofree char *path = write_book (f->dir, "bad.xlsx", strings_xml, sheet_xml, -1);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s:%s: ", path, place);
  guint n_cells = 0;

  g_assert_false (read_all (reader, &n_cells, &error));
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, what));
}

/* 1,000 copies of a merge to the sheet's last cell over 140,000 empty
 * rows: the values are those of the cells the sheet holds, and the
 * merge fills only the columns in use, only in rows with values. */
static void
test_merge_bomb (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) sheet = g_string_new (SHEET_START);
  g_autofree char *path = NULL;
  g_autoptr(MkTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint n_cells = 0, n_rows = 0;

  g_string_append (sheet, "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
                          "<c r=\"I2\" t=\"s\"><v>1</v></c></row>");
  for (guint r = 3; r < 140003; r++)
    g_string_append_printf (sheet, "<row r=\"%u\"/>", r);
  g_string_append (sheet, "<row r=\"140003\"><c r=\"A140003\" t=\"s\"><v>2</v></c></row>"
                          "</sheetData><mergeCells count=\"1000\">");
  for (guint i = 0; i < 1000; i++)
    g_string_append (sheet, "<mergeCell ref=\"I2:XFD1048576\"/>");
  g_string_append (sheet, "</mergeCells></worksheet>");
  path = write_book (f->dir, "merges.xlsx", strings_amz, sheet->str, sheet->len);
  reader = open_ok (path, NULL, NULL);

  next_ok (reader);
  g_assert_cmpuint (mk_table_reader_get_line (reader), ==, 2);
  assert_text (reader, 0, "a");
  assert_text (reader, 8, "m");
  g_assert_true (mk_table_reader_get_cell (reader, 8)->merged);
  g_assert_cmpuint (mk_table_reader_get_n_cells (reader), ==, 9);
  while (mk_table_reader_next_row (reader, &error) && mk_table_reader_get_line (reader) < 140003)
    n_cells += mk_table_reader_get_n_cells (reader), n_rows++;
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 140000);
  g_assert_cmpuint (n_cells, ==, 0);
  assert_text (reader, 0, "z");
  assert_text (reader, 8, "m");
  g_assert_cmpuint (mk_table_reader_get_n_cells (reader), ==, 9);
  assert_end (reader);
}

static void
test_merge_overlap (Fixture *f, gconstpointer data)
{
  assert_sheet_refused (f, strings_amz,
      SHEET_START "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
      "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\" t=\"s\"><v>2</v></c></row>"
      "</sheetData><mergeCells><mergeCell ref=\"A1:B2\"/><mergeCell ref=\"B2:C3\"/>"
      "</mergeCells></worksheet>",
      "Лист1!2", "cell B2 is in two merged ranges that overlap");
}

static void
test_merge_malformed (Fixture *f, gconstpointer data)
{
  const char *refs[] = { "A1:B", "A1", "A1:XFE2", "A0:B2", "A1:B1048577", "A1:B2x" };

  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    {
      g_autofree char *sheet = g_strdup_printf (SHEET_START "<row r=\"1\"><c r=\"A1\" t=\"s\">"
                                                "<v>0</v></c></row></sheetData><mergeCells>"
                                                "<mergeCell ref=\"%s\"/></mergeCells></worksheet>",
                                                refs[i]);
      g_autofree char *path = write_book (f->dir, "merge.xlsx", strings_amz, sheet, -1);
      g_autoptr(GError) error = NULL;
      g_autoptr(MkTableReader) reader = mk_table_reader_open (path, NULL, NULL, &error);
      g_autofree char *expected = g_strdup_printf ("%s: the merged range «%s» is not a range",
                                                   path, refs[i]);

      g_assert_null (reader);
      g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT);
      g_assert_true (g_str_has_prefix (error->message, expected));
    }
}

/* Row numbers that are not Excel's, or that go back, are refused at the
 * row after the last good one. */
static void
test_row_numbers (Fixture *f, gconstpointer data)
{
  const char *numbers[] = { "0", "-1", "abc", "1048577", "99999999999", "2 ", "1", "2" };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *sheet = g_strdup_printf (SHEET_START "<row r=\"2\"><c r=\"A2\" t=\"s\">"
                                                "<v>0</v></c></row><row r=\"%s\"/>"
                                                "</sheetData></worksheet>", numbers[i]);
      g_autofree char *what = g_strdup_printf ("the row number «%s» is not valid", numbers[i]);

      assert_sheet_refused (f, strings_amz, sheet, "Лист1!3", what);
    }
}

static void
test_cell_refs (Fixture *f, gconstpointer data)
{
  struct { const char *ref, *what; } cases[] = {
    { "A", "the cell reference «A» is not a cell of a sheet" },
    { "2B", "the cell reference «2B» is not a cell of a sheet" },
    { "XFE2", "the cell reference «XFE2» is not a cell of a sheet" },
    { "A0", "the cell reference «A0» is not a cell of a sheet" },
    { "B2:C2", "the cell reference «B2:C2» is not a cell of a sheet" },
    { "C3", "cell C3 is written in row 2" },
    { "A2", "cell A2 repeats a cell or comes after a cell to its right" },
    { "B2", "cell B2 repeats a cell or comes after a cell to its right" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sheet = g_strdup_printf (SHEET_START "<row r=\"2\"><c r=\"B2\" t=\"s\">"
                                                "<v>0</v></c><c r=\"%s\"><v>1</v></c></row>"
                                                "</sheetData></worksheet>", cases[i].ref);

      assert_sheet_refused (f, strings_amz, sheet, "Лист1!2", cases[i].what);
    }
  assert_sheet_refused (f, strings_amz,
      SHEET_START "<row r=\"1\"><c r=\"A1\" s=\"x1\"><v>1</v></c></row></sheetData></worksheet>",
      "Лист1!1", "cell A1 has the style number «x1», which is not a number");
}

static void
test_shared_index (Fixture *f, gconstpointer data)
{
  const char *indices[] = { "abc", "3", "-1", "1.0", "", " 1", "4294967296" };

  for (guint i = 0; i < G_N_ELEMENTS (indices); i++)
    {
      g_autofree char *sheet = g_strdup_printf (SHEET_START "<row r=\"4\"><c r=\"A4\" t=\"s\">"
                                                "<v>0</v></c><c r=\"C4\" t=\"s\"><v>%s</v></c>"
                                                "</row></sheetData></worksheet>", indices[i]);
      g_autofree char *what = g_strdup_printf ("cell C4 refers to shared string «%s», which the "
                                               "workbook does not have", indices[i]);

      assert_sheet_refused (f, strings_amz, sheet, "Лист1!4", what);
    }
}

/* Two parts named alike: libzip cannot write that, so a second part is
 * renamed in the archive's bytes (names are stored as they are). */
static void
test_duplicate_parts (Fixture *f, gconstpointer data)
{
  static const char sheet[] = SHEET_START "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                              "</sheetData></worksheet>";
  g_autofree char *path = write_zip (f->dir, "dup.xlsx",
      "xl/worksheets/sheet1.xml", sheet, (gssize) -1,
      "xl/worksheets/sheet2.xml", "<worksheet/>", (gssize) -1, NULL);
  g_autofree char *bytes = NULL;
  gsize len = 0;
  guint renamed = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) reader = NULL;

  g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
  for (gsize i = 0; i + 10 <= len; i++)
    if (memcmp (bytes + i, "sheet2.xml", 10) == 0)
      memcpy (bytes + i, "sheet1.xml", 10), renamed++;
  g_assert_cmpuint (renamed, ==, 2);  /* the local header and the directory */
  g_assert_true (g_file_set_contents (path, bytes, len, NULL));
  reader = mk_table_reader_open (path, NULL, NULL, &error);
  g_assert_null (reader);
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "two parts named xl/worksheets/sheet1.xml"));
}

static void
test_long_cell (Fixture *f, gconstpointer data)
{
  g_autofree char *text = g_strnfill (40000, 'x');
  g_autofree char *sheet = g_strdup_printf (SHEET_START "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v>"
                                            "</c><c r=\"B3\" t=\"inlineStr\"><is><t>%s</t></is></c>"
                                            "</row></sheetData></worksheet>", text);
  g_autofree char *path = write_book (f->dir, "long.xlsx", strings_amz, sheet, -1);
  g_autofree char *csv = g_strdup_printf ("a;b\n1;\"%s\"\n", text);
  g_autofree char *csv_path = mk_test_write_file (f->dir, "long.csv", csv, -1);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);
  g_autoptr(MkTableReader) csv_reader = open_ok (csv_path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) csv_error = NULL;
  g_autofree char *expected = g_strdup_printf ("%s:Лист1!3: column B holds 40000 characters",
                                               path);
  g_autofree char *csv_expected = g_strdup_printf ("%s:2: column 2 holds 40000 characters",
                                                   csv_path);

  g_assert_false (mk_table_reader_next_row (reader, &error));
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, expected));
  next_ok (csv_reader);
  g_assert_false (mk_table_reader_next_row (csv_reader, &csv_error));
  g_assert_error (csv_error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE);
  g_test_message ("%s", csv_error->message);
  g_assert_true (g_str_has_prefix (csv_error->message, csv_expected));
}

/* Each part within its own limits, together past the package's; the
 * sheet, read twice, counts once. */
static void
test_total_inflated (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) strings = g_string_new ("<sst xmlns=\"" MAIN_NS "\"><si><t>a</t></si>");
  g_autoptr(GString) sheet = g_string_new (SHEET_START);
  MkTableLimits limits = { .max_total_uncompressed = 1 << 20, .max_ratio = 100000 };
  g_autofree char *small = NULL;
  g_autofree char *large = NULL;
  g_autoptr(MkTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  for (guint r = 1; r <= 20000; r++)
    g_string_append_printf (sheet, "<row r=\"%u\"><c r=\"A%u\" t=\"s\"><v>0</v></c></row>", r, r);
  g_string_append (sheet, "</sheetData></worksheet>");
  while (strings->len < 600000)
    g_string_append (strings, "<si><t>padding padding padding</t></si>");
  g_string_append (strings, "</sst>");
  g_assert_cmpuint (sheet->len, >, 600000);
  small = write_book (f->dir, "small.xlsx", strings_amz, sheet->str, sheet->len);
  large = write_book (f->dir, "large.xlsx", strings->str, sheet->str, sheet->len);

  reader = open_ok (small, NULL, &limits);
  for (guint r = 0; r < 20000; r++)
    next_ok (reader);
  assert_end (reader);
  g_clear_object (&reader);
  reader = mk_table_reader_open (large, NULL, &limits, &error);
  g_assert_null (reader);
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "the workbook inflates to"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/io/xlsx-safety/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("merge-bomb", test_merge_bomb);
  ADD ("merge-overlap", test_merge_overlap);
  ADD ("merge-malformed", test_merge_malformed);
  ADD ("row-numbers", test_row_numbers);
  ADD ("cell-refs", test_cell_refs);
  ADD ("shared-index", test_shared_index);
  ADD ("duplicate-parts", test_duplicate_parts);
  ADD ("long-cell", test_long_cell);
  ADD ("total-inflated", test_total_inflated);
#undef ADD

  return g_test_run ();
}
