/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test"
#include "config.h"

#include <math.h>
#include <string.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "mk-csv-reader.h"
#include "mk-table-reader.h"
#include "mk-test-table.h"
#include "mk-test-util.h"
#include "mk-xlsx-private.h"

/* The XLSX reader on files written by libxlsxwriter or put together with
 * libzip. No setlocale here: libxlsxwriter formats numbers with LC_NUMERIC. */
static void
check_lxw (lxw_error err)
{
  g_assert_cmpint (err, ==, LXW_NO_ERROR);
}

/* Two sheets; the second has a merged two-row header, numbers with
 * percent and date formats, a gap in its rows and a vertical merge. */
static char *
write_workbook (const char *dir,
                gboolean    constant_memory)
{
  char *path = g_build_filename (dir, "file.xlsx", NULL);
  lxw_workbook_options options = { .constant_memory = constant_memory, .tmpdir = (char *) dir };
  lxw_workbook *wb = workbook_new_opt (path, &options);
  lxw_worksheet *summary = workbook_add_worksheet (wb, "Сводка");
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Данные 2022");
  lxw_format *pct = workbook_add_format (wb);
  lxw_format *pct9 = workbook_add_format (wb);
  lxw_format *date = workbook_add_format (wb);
  lxw_format *date14 = workbook_add_format (wb);
  lxw_datetime d1 = { 2022, 5, 25, 0, 0, 0 }, d2 = { 2023, 1, 31, 12, 30, 0 };

  format_set_num_format (pct, "0.0%");
  format_set_num_format_index (pct9, 9);
  format_set_num_format (date, "dd.mm.yyyy");
  format_set_num_format_index (date14, 14);
  check_lxw (worksheet_write_string (summary, 0, 0, "итого", NULL));
  check_lxw (worksheet_merge_range (ws, 0, 0, 0, 2, "ОГЭ", NULL));
  check_lxw (worksheet_write_string (ws, 0, 3, "ВПР", NULL));
  check_lxw (worksheet_write_string (ws, 1, 0, "Математика", NULL));
  check_lxw (worksheet_write_string (ws, 1, 1, "Русский язык", NULL));
  check_lxw (worksheet_write_string (ws, 1, 2, "Физика", NULL));
  check_lxw (worksheet_write_string (ws, 1, 3, "Русский язык 5 кл", NULL));
  check_lxw (worksheet_write_string (ws, 2, 0, "СШ № 1", NULL));
  check_lxw (worksheet_write_number (ws, 2, 1, 1, NULL));
  check_lxw (worksheet_write_number (ws, 2, 2, 0.333, pct));
  check_lxw (worksheet_write_number (ws, 2, 3, 0.5, pct9));
  check_lxw (worksheet_write_datetime (ws, 3, 0, &d1, date));
  check_lxw (worksheet_write_datetime (ws, 3, 1, &d2, date14));
  check_lxw (worksheet_write_boolean (ws, 3, 2, 1, NULL));
  check_lxw (worksheet_write_number (ws, 3, 4, 1234567.89, NULL));
  /* rows 5 and 6 are absent */
  check_lxw (worksheet_write_string (ws, 6, 1, "x", NULL));
  check_lxw (worksheet_merge_range (ws, 6, 0, 7, 0, "Вертикаль", NULL));
  check_lxw (worksheet_write_string (ws, 7, 1, "y", NULL));
  check_lxw (workbook_close (wb));
  return path;
}

static void
assert_cell (MkTableReader *reader,
             guint          column,
             MkCellType     type,
             const char    *text,
             gboolean       merged)
{
  const MkCell *cell = mk_table_reader_get_cell (reader, column);

  g_assert_cmpint (cell->type, ==, type);
  g_assert_cmpstr (cell->text, ==, text);
  g_assert_cmpint (cell->merged, ==, merged);
}

static void
test_xlsx_workbook (Fixture *f, gconstpointer data)
{
  g_autofree char *path = write_workbook (f->dir, GPOINTER_TO_INT (data));
  g_autoptr(MkTableReader) reader = open_ok (path, "Данные 2022", NULL);
  g_autofree char *location = NULL;
  g_autofree char *expected = g_strdup_printf ("%s:Данные 2022!3", path);

  g_assert_cmpstr (mk_table_reader_get_sheet (reader), ==, "Данные 2022");
  g_assert_null (mk_table_reader_get_encoding (reader));
  assert_row (reader, 1, "ОГЭ", "ОГЭ", "ОГЭ", "ВПР", NULL);
  for (guint i = 0; i < 3; i++)
    assert_cell (reader, i, MK_CELL_TEXT, "ОГЭ", TRUE);
  assert_cell (reader, 3, MK_CELL_TEXT, "ВПР", FALSE);
  assert_row (reader, 2, "Математика", "Русский язык", "Физика", "Русский язык 5 кл", NULL);

  assert_row (reader, 3, "СШ № 1", "1", "0.333", "0.5", NULL);
  location = mk_table_reader_dup_location (reader);
  g_assert_cmpstr (location, ==, expected);
  assert_cell (reader, 1, MK_CELL_NUMBER, "1", FALSE);
  assert_cell (reader, 2, MK_CELL_PERCENT, "0.333", FALSE);
  g_assert_cmpfloat (mk_table_reader_get_cell (reader, 2)->number, ==, 0.333);
  assert_cell (reader, 3, MK_CELL_PERCENT, "0.5", FALSE);

  assert_row (reader, 4, "25.05.2022", "31.01.2023", "1", "", "1234567.89", NULL);
  assert_cell (reader, 0, MK_CELL_DATE, "25.05.2022", FALSE);
  assert_cell (reader, 1, MK_CELL_DATE, "31.01.2023", FALSE);
  assert_cell (reader, 2, MK_CELL_BOOLEAN, "1", FALSE);
  assert_cell (reader, 3, MK_CELL_EMPTY, "", FALSE);
  g_assert_cmpfloat (mk_table_reader_get_cell (reader, 4)->number, ==, 1234567.89);

  assert_row (reader, 7, "Вертикаль", "x", NULL);
  assert_cell (reader, 0, MK_CELL_TEXT, "Вертикаль", TRUE);
  assert_row (reader, 8, "Вертикаль", "y", NULL);
  assert_cell (reader, 0, MK_CELL_TEXT, "Вертикаль", TRUE);
  assert_cell (reader, 1, MK_CELL_TEXT, "y", FALSE);
  assert_end (reader);
}

static void
test_xlsx_sheets (Fixture *f, gconstpointer data)
{
  g_autofree char *path = write_workbook (f->dir, FALSE);
  g_autoptr(MkTableReader) first = open_ok (path, NULL, NULL);
  g_autoptr(MkTableReader) folded = open_ok (path, "данные 2022", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) none = mk_table_reader_open (path, "Нет такого", NULL, &error);

  g_assert_cmpstr (mk_table_reader_get_sheet (first), ==, "Сводка");
  assert_row (first, 1, "итого", NULL);
  assert_end (first);
  g_assert_cmpstr (mk_table_reader_get_sheet (folded), ==, "Данные 2022");
  g_assert_null (none);
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_NO_SHEET);
  g_assert_nonnull (strstr (error->message, "Нет такого"));
  g_assert_nonnull (strstr (error->message, "Сводка, Данные 2022"));
}

static void
test_xlsx_limits (Fixture *f, gconstpointer data)
{
  g_autofree char *path = write_workbook (f->dir, TRUE);
  MkTableLimits rows = { .max_rows = 2 }, columns = { .max_columns = 3 };
  g_autoptr(MkTableReader) reader = open_ok (path, "Данные 2022", &rows);
  g_autoptr(MkTableReader) narrow = open_ok (path, "Данные 2022", &columns);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) narrow_error = NULL;

  next_ok (reader);
  next_ok (reader);
  g_assert_false (mk_table_reader_next_row (reader, &error));
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 2 rows"));
  g_assert_false (mk_table_reader_next_row (narrow, &narrow_error));
  g_assert_error (narrow_error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (narrow_error->message, "more than 3 columns"));
}

#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define PKG_NS "http://schemas.openxmlformats.org/package/2006/relationships"

static const char root_rels[] =
  "<Relationships xmlns=\"" PKG_NS "\"><Relationship Id=\"rId1\" "
  "Type=\"" REL_NS "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
static const char workbook_xml[] =
  "<workbook xmlns=\"" MAIN_NS "\" xmlns:r=\"" REL_NS "\"><workbookPr date1904=\"1\"/>"
  "<sheets><sheet name=\"Данные\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>";
/* An absolute sheet target, a relative one for the shared strings. */
static const char workbook_rels[] =
  "<Relationships xmlns=\"" PKG_NS "\">"
  "<Relationship Id=\"rId7\" Type=\"" REL_NS "/worksheet\" Target=\"/xl/worksheets/data.xml\"/>"
  "<Relationship Id=\"rId8\" Type=\"" REL_NS "/sharedStrings\" Target=\"strings.xml\"/>"
  "</Relationships>";
static const char strings_xml[] =
  "<sst xmlns=\"" MAIN_NS "\"><si><t>plain</t></si>"
  "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Rich </t></r><r><t>text</t></r>"
  "<rPh sb=\"0\" eb=\"1\"><t>ふり</t></rPh></si><si><t/></si></sst>";
/* Found where Excel puts it, without a relationship. */
static const char styles_xml[] =
  "<styleSheet xmlns=\"" MAIN_NS "\"><numFmts count=\"1\">"
  "<numFmt numFmtId=\"164\" formatCode=\"[$-419]d\\ mmmm\\ yyyy&quot;г.&quot;\"/></numFmts>"
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"10\"/></cellStyleXfs>"
  "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs>"
  "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"165\" formatCode=\"0%\"/></dxf></dxfs></styleSheet>";
/* A prefixed namespace, rows and cells without r, every value type. */
static const char data_xml[] =
  "<x:worksheet xmlns:x=\"" MAIN_NS "\"><x:sheetData>"
  "<x:row r=\"2\"><x:c r=\"B2\" t=\"s\"><x:v>1</x:v></x:c>"
  "<x:c t=\"inlineStr\"><x:is><x:t>inline</x:t></x:is></x:c><x:c t=\"s\"><x:v>2</x:v></x:c>"
  "<x:c t=\"s\"><x:v>0</x:v></x:c></x:row>"
  "<x:row><x:c r=\"A3\" t=\"b\"><x:v>0</x:v></x:c><x:c r=\"B3\" t=\"e\"><x:v>#DIV/0!</x:v></x:c>"
  "<x:c r=\"C3\" t=\"str\"><x:f>A1&amp;\"\"</x:f><x:v>formula</x:v></x:c>"
  "<x:c r=\"D3\" t=\"d\"><x:v>2022-05-25T00:00:00</x:v></x:c><x:c r=\"E3\"><x:v>1.5E+2</x:v></x:c>"
  "<x:c r=\"F3\" s=\"1\"><x:v>0</x:v></x:c><x:c r=\"G3\" s=\"2\"><x:v>1.75</x:v></x:c>"
  "<x:c r=\"H3\" s=\"1\"/></x:row>"
  "<x:row r=\"4\"><x:c r=\"A4\" t=\"inlineStr\"><x:is><x:t>m</x:t></x:is></x:c></x:row>"
  "<x:row r=\"5\"/></x:sheetData>"
  "<x:mergeCells count=\"1\"><x:mergeCell ref=\"A4:B5\"/></x:mergeCells></x:worksheet>";

static void
test_xlsx_handmade (Fixture *f, gconstpointer data)
{
  g_autofree char *path = write_zip (f->dir, "hand.bin",
      "_rels/.rels", root_rels, (gssize) -1,
      "xl/workbook.xml", workbook_xml, (gssize) -1,
      "xl/_rels/workbook.xml.rels", workbook_rels, (gssize) -1,
      "xl/strings.xml", strings_xml, (gssize) -1,
      "xl/styles.xml", styles_xml, (gssize) -1,
      "xl/worksheets/data.xml", data_xml, (gssize) -1, NULL);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);

  g_assert_cmpstr (mk_table_reader_get_sheet (reader), ==, "Данные");
  assert_row (reader, 2, "", "Rich text", "inline", "", "plain", NULL);
  assert_cell (reader, 3, MK_CELL_EMPTY, "", FALSE);
  assert_row (reader, 3, "0", "#DIV/0!", "formula", "25.05.2022", "150",
              "01.01.1904", "02.01.1904", NULL);
  assert_cell (reader, 0, MK_CELL_BOOLEAN, "0", FALSE);
  assert_cell (reader, 3, MK_CELL_DATE, "25.05.2022", FALSE);
  assert_cell (reader, 4, MK_CELL_NUMBER, "150", FALSE);
  assert_cell (reader, 6, MK_CELL_DATE, "02.01.1904", FALSE);
  assert_row (reader, 4, "m", "m", NULL);
  assert_cell (reader, 1, MK_CELL_TEXT, "m", TRUE);
  /* Row 5 holds nothing of its own: the merge does not fill it. */
  assert_row (reader, 5, NULL);
  assert_end (reader);
}

static void
test_xlsx_bomb (Fixture *f, gconstpointer data)
{
  gsize size = 50 << 20;
  g_autofree char *zeros = g_malloc0 (size);
  g_autofree char *path = write_zip (f->dir, "bomb.xlsx",
      "xl/workbook.xml", workbook_xml, (gssize) -1,
      "xl/_rels/workbook.xml.rels", workbook_rels, (gssize) -1,
      "xl/strings.xml", strings_xml, (gssize) -1,
      "xl/worksheets/data.xml", zeros, (gssize) size, NULL);
  MkTableLimits small = { .max_uncompressed_size = 1 << 20, .max_ratio = 1000000 };
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) reader = NULL;
  gint64 start = g_get_monotonic_time ();

  /* by the declared size, then by the ratio (about 1000:1) */
  assert_open_fails (path, NULL, &small, MK_TABLE_ERROR_TOO_LARGE);
  reader = mk_table_reader_open (path, NULL, NULL, &error);
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "zip bomb"));
  /* Nothing was inflated. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
}

static void
test_xlsx_refused (Fixture *f, gconstpointer data)
{
  static const char dtd_sheet[] =
    "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
    "<worksheet xmlns=\"" MAIN_NS "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&b;</t>"
    "</is></c></row></sheetData></worksheet>";
  g_autofree char *docx = write_zip (f->dir, "doc.xlsx",
      "word/document.xml", "<document/>", (gssize) -1, NULL);
  g_autofree char *broken = mk_test_write_file (f->dir, "broken.xlsx",
      "PK\x03\x04 this is not really a zip archive", -1);
  g_autofree char *dtd = write_zip (f->dir, "dtd.xlsx",
      "xl/workbook.xml", workbook_xml, (gssize) -1,
      "xl/_rels/workbook.xml.rels", workbook_rels, (gssize) -1,
      "xl/strings.xml", strings_xml, (gssize) -1,
      "xl/worksheets/data.xml", dtd_sheet, (gssize) -1, NULL);
  g_autofree char *bad_xml = write_zip (f->dir, "bad-xml.xlsx",
      "xl/workbook.xml", workbook_xml, (gssize) -1,
      "xl/_rels/workbook.xml.rels", workbook_rels, (gssize) -1,
      "xl/strings.xml", strings_xml, (gssize) -1,
      "xl/worksheets/data.xml", "<worksheet><sheetData><row><c><v>1</v></row>", (gssize) -1, NULL);
  g_autoptr(MkTableReader) reader = open_ok (dtd, NULL, NULL);
  g_autoptr(MkTableReader) bad_reader = open_ok (bad_xml, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) bad_error = NULL;

  assert_open_fails (docx, NULL, NULL, MK_TABLE_ERROR_FORMAT);
  assert_open_fails (broken, NULL, NULL, MK_TABLE_ERROR_FORMAT);
  g_assert_false (mk_table_reader_next_row (reader, &error));
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT);
  g_test_message ("%s", error->message);
  g_assert_false (mk_table_reader_next_row (reader, NULL));
  g_assert_false (mk_table_reader_next_row (bad_reader, &bad_error));
  g_assert_error (bad_error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT);
  g_test_message ("%s", bad_error->message);
}

static void
test_xlsx_formats (void)
{
  struct { guint id; const char *code; MkCellType kind; } cases[] = {
    { 9, NULL, MK_CELL_PERCENT }, { 10, NULL, MK_CELL_PERCENT },
    { 14, NULL, MK_CELL_DATE }, { 22, NULL, MK_CELL_DATE },
    { 0, NULL, MK_CELL_NUMBER }, { 2, NULL, MK_CELL_NUMBER }, { 20, NULL, MK_CELL_NUMBER },
    { 164, "0.0%", MK_CELL_PERCENT }, { 164, "dd.mm.yyyy", MK_CELL_DATE },
    { 164, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", MK_CELL_DATE },
    { 164, "mmmm", MK_CELL_DATE }, { 164, "h:mm", MK_CELL_NUMBER },
    { 164, "[Red]0.00", MK_CELL_NUMBER }, { 164, "0.00\" days\"", MK_CELL_NUMBER },
    { 164, "0\\%", MK_CELL_NUMBER }, { 164, "General", MK_CELL_NUMBER },
    { 164, "#,##0.00\\ \"₽\"", MK_CELL_NUMBER }, { 164, "@", MK_CELL_NUMBER },
  };
  struct { double value; MkCellType kind; const char *text; } numbers[] = {
    { 1, MK_CELL_NUMBER, "1" }, { 0.333, MK_CELL_PERCENT, "0.333" },
    { 0.1 + 0.2, MK_CELL_NUMBER, "0.3" }, { -0.0, MK_CELL_NUMBER, "0" },
    { 44706, MK_CELL_DATE, "25.05.2022" }, { 44706.75, MK_CELL_DATE, "25.05.2022" },
    { 1, MK_CELL_DATE, "01.01.1900" }, { 59, MK_CELL_DATE, "28.02.1900" },
    { 60, MK_CELL_DATE, "29.02.1900" }, { 61, MK_CELL_DATE, "01.03.1900" },
    { 2958465, MK_CELL_DATE, "31.12.9999" }, { -5, MK_CELL_DATE, "-5" },
    { 1e20, MK_CELL_NUMBER, "1e+20" }, { 1e19, MK_CELL_DATE, "1e+19" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (mk_xlsx_format_kind (cases[i].id, cases[i].code), ==, cases[i].kind);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      /* a date out of Excel's range is shown as the number */
      mk_xlsx_number_text (numbers[i].value, numbers[i].kind, FALSE, buf, sizeof buf);
      g_assert_cmpstr (buf, ==, numbers[i].text);
    }
}

static void
test_xlsx_decimal_text (void)
{
  struct { const char *text, *expected; } cases[] = {
    { "1", "1" }, { "0.333", "0.333" }, { "-12.5", "-12.5" }, { "150", "150" },
    { "1.50", "1.5" }, { "1.", "1" }, { "0.0001", "0.0001" }, { "-0", "0" }, { "000", "0" },
    { "0.33300000000000002", "0.333" }, { "227.8571428571429", "227.857142857143" },
    { "0.99999999999999989", "1" }, { "123456789012345", "123456789012345" },
    { "0.00001", NULL }, { "1E+2", NULL }, { "1234567890123456", NULL },
    { "999999999999999.7", NULL }, { "+1", NULL }, { "", NULL }, { "-", NULL },
    { "1.2345678901234550", NULL }, { "1.23456789012345678901", NULL },
  };
  GRand *rand = g_rand_new_with_seed (20240601);
  guint fallbacks = 0, n = 200000;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      gboolean ok = mk_xlsx_decimal_text (cases[i].text, buf, sizeof buf);

      g_assert_cmpint (ok, ==, cases[i].expected != NULL);
      if (ok)
        g_assert_cmpstr (buf, ==, cases[i].expected);
    }
  /* Against printf on the digits Excel (17) and libxlsxwriter (16) write. */
  for (guint i = 0; i < n; i++)
    {
      double value = g_rand_double_range (rand, -1, 1) *
                     pow (10, g_rand_int_range (rand, -4, 15));
      char text[G_ASCII_DTOSTR_BUF_SIZE], ours[G_ASCII_DTOSTR_BUF_SIZE], theirs[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (text, sizeof text, i % 2 ? "%.17g" : "%.16g", value);
      mk_xlsx_number_text (g_ascii_strtod (text, NULL), MK_CELL_NUMBER, FALSE,
                           theirs, sizeof theirs);
      if (mk_xlsx_decimal_text (text, ours, sizeof ours))
        g_assert_cmpstr (ours, ==, theirs);
      else
        fallbacks++;
    }
  g_test_message ("%u of %u numbers printed with printf", fallbacks, n);
  g_assert_cmpuint (fallbacks, <, n / 4);
  g_rand_free (rand);
}

static void
add_xlsx_tests (void)
{
  g_test_add ("/io/xlsx/shared-strings", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_xlsx_workbook, fixture_teardown);
  g_test_add ("/io/xlsx/inline-strings", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_xlsx_workbook, fixture_teardown);
  g_test_add ("/io/xlsx/sheets", Fixture, NULL, fixture_setup, test_xlsx_sheets, fixture_teardown);
  g_test_add ("/io/xlsx/limits", Fixture, NULL, fixture_setup, test_xlsx_limits, fixture_teardown);
  g_test_add ("/io/xlsx/handmade", Fixture, NULL, fixture_setup, test_xlsx_handmade, fixture_teardown);
  g_test_add ("/io/xlsx/zip-bomb", Fixture, NULL, fixture_setup, test_xlsx_bomb, fixture_teardown);
  g_test_add ("/io/xlsx/refused", Fixture, NULL, fixture_setup, test_xlsx_refused, fixture_teardown);
  g_test_add_func ("/io/xlsx/formats", test_xlsx_formats);
  g_test_add_func ("/io/xlsx/decimal-text", test_xlsx_decimal_text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  add_xlsx_tests ();
  return g_test_run ();
}
