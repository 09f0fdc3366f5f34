/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test"
#include "config.h"

#include <math.h>
#include <string.h>

#include "mk-csv-reader.h"
#include "mk-table-reader.h"
#include "mk-test-table.h"
#include "mk-test-util.h"

/* The CSV reader on real files written as bytes. */
static void
test_csv_utf8_bom (Fixture *f, gconstpointer data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "bom.csv",
      "\xef\xbb\xbfМО,Наименование ОО\r\nСмоленск,СШ № 1\r\n", -1);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);

  g_assert_cmpstr (mk_table_reader_get_encoding (reader), ==, "UTF-8");
  g_assert_null (mk_table_reader_get_sheet (reader));
  g_assert_cmpint (mk_csv_reader_get_delimiter (MK_CSV_READER (reader)), ==, ',');
  assert_row (reader, 1, "МО", "Наименование ОО", NULL);
  assert_row (reader, 2, "Смоленск", "СШ № 1", NULL);
  g_assert_cmpint (mk_table_reader_get_cell (reader, 0)->type, ==, MK_CELL_TEXT);
  g_assert_cmpint (mk_table_reader_get_cell (reader, 7)->type, ==, MK_CELL_EMPTY);
  g_assert_cmpstr (mk_table_reader_get_cell (reader, 7)->text, ==, "");
  assert_end (reader);
  assert_end (reader);
}

static void
test_csv_utf8_semicolon (Fixture *f, gconstpointer data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "data.txt",
      "Школа;Доля, %;Участники\nСШ 1;33,3;10\n\nСШ 2;;\n", -1);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);

  g_assert_cmpstr (mk_table_reader_get_encoding (reader), ==, "UTF-8");
  assert_row (reader, 1, "Школа", "Доля, %", "Участники", NULL);
  assert_row (reader, 2, "СШ 1", "33,3", "10", NULL);
  assert_row (reader, 3, NULL);  /* an empty line is a row of no cells */
  assert_row (reader, 4, "СШ 2", "", "", NULL);
  g_assert_cmpint (mk_table_reader_get_cell (reader, 1)->type, ==, MK_CELL_EMPTY);
  assert_end (reader);
}

static void
test_csv_cp1251 (Fixture *f, gconstpointer data)
{
  const char *utf8 = "Муниципальное образование;Наименование ОО;Профиль\r\n"
                     "г. Смоленск;МБОУ «СШ № 19 имени Героя России Панова»;лицей\r\n"
                     "Ельнинский район;ОШ ёлочка;\r\n";
  gsize len = 0;
  g_autofree char *bytes = g_convert (utf8, -1, "CP1251", "UTF-8", NULL, &len, NULL);
  g_autofree char *path = mk_test_write_file (f->dir, "win.csv", bytes, len);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);

  g_assert_cmpstr (mk_table_reader_get_encoding (reader), ==, "WINDOWS-1251");
  g_assert_cmpint (mk_csv_reader_get_delimiter (MK_CSV_READER (reader)), ==, ';');
  assert_row (reader, 1, "Муниципальное образование", "Наименование ОО", "Профиль", NULL);
  assert_row (reader, 2, "г. Смоленск", "МБОУ «СШ № 19 имени Героя России Панова»", "лицей", NULL);
  assert_row (reader, 3, "Ельнинский район", "ОШ ёлочка", "", NULL);
  assert_end (reader);
}

static void
test_csv_tab (Fixture *f, gconstpointer data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "tab.tsv",
      "name\tshare\tnote\n\"a, b\"\t1,5\tx;y\nc\t2,5\t\n", -1);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);

  g_assert_cmpint (mk_csv_reader_get_delimiter (MK_CSV_READER (reader)), ==, '\t');
  assert_row (reader, 1, "name", "share", "note", NULL);
  assert_row (reader, 2, "a, b", "1,5", "x;y", NULL);
  assert_row (reader, 3, "c", "2,5", "", NULL);
  assert_end (reader);
}

static void
test_csv_quoted (Fixture *f, gconstpointer data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "file.csv",
      "school,comment\n"
      "\"СШ 1, филиал\",\"first line\r\nsecond \"\"quoted\"\" line\n\"\n"
      "СШ 2,plain\n"
      "\"\",\"x\"tail\n", -1);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);
  g_autofree char *location = NULL;
  g_autofree char *expected = g_strdup_printf ("%s:5", path);

  assert_row (reader, 1, "school", "comment", NULL);
  assert_row (reader, 2, "СШ 1, филиал", "first line\nsecond \"quoted\" line\n", NULL);
  assert_row (reader, 5, "СШ 2", "plain", NULL);
  location = mk_table_reader_dup_location (reader);
  g_assert_cmpstr (location, ==, expected);
  assert_row (reader, 6, "", "xtail", NULL);
  assert_end (reader);
}

static void
test_csv_location (Fixture *f, gconstpointer data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "file.csv", "a;b\n1;2\n3;4", -1);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);
  g_autofree char *location = NULL;

  next_ok (reader);
  next_ok (reader);
  next_ok (reader);
  location = mk_table_reader_dup_location (reader);
  g_assert_true (g_str_has_suffix (location, "file.csv:3"));
  assert_text (reader, 1, "4");
  assert_end (reader);
}

static void
test_csv_errors (Fixture *f, gconstpointer data)
{
  g_autofree char *empty = mk_test_write_file (f->dir, "empty.csv", "", 0);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  static const char ole[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0";
  static const char utf16_text[] = "\xff\xfe" "a\0;\0b\0";
  static const char nul_text[] = "a;b\n1;2\n3\0;4\n";
  g_autofree char *binary = mk_test_write_file (f->dir, "pic.csv", png, sizeof png - 1);
  g_autofree char *xls = mk_test_write_file (f->dir, "old.xls", ole, sizeof ole - 1);
  /* 0x98 is undefined in Windows-1251; 0xff 0xfe 0x41 is no UTF-8. */
  g_autofree char *neither = mk_test_write_file (f->dir, "bad.csv", "a;b\nc;\x98\xff\n", -1);
  g_autofree char *utf16 = mk_test_write_file (f->dir, "u16.csv", utf16_text, sizeof utf16_text - 1);
  g_autofree char *nul = mk_test_write_file (f->dir, "nul.csv", nul_text, sizeof nul_text - 1);
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autoptr(GError) error = NULL;

  assert_open_fails (empty, NULL, NULL, MK_TABLE_ERROR_FORMAT);
  assert_open_fails (binary, NULL, NULL, MK_TABLE_ERROR_FORMAT);
  assert_open_fails (xls, NULL, NULL, MK_TABLE_ERROR_FORMAT);
  assert_open_fails (neither, NULL, NULL, MK_TABLE_ERROR_ENCODING);
  assert_open_fails (utf16, NULL, NULL, MK_TABLE_ERROR_ENCODING);
  assert_open_fails (nul, NULL, NULL, MK_TABLE_ERROR_FORMAT);
  assert_open_fails (missing, NULL, NULL, MK_TABLE_ERROR_OPEN);
  assert_open_fails (f->dir, NULL, NULL, MK_TABLE_ERROR_OPEN);

  g_assert_null (mk_table_reader_open (neither, NULL, NULL, &error));
  g_assert_true (g_str_has_suffix (error->message, ":2: the file is not UTF-8 or Windows-1251 text "
                                   "(byte 6 is not valid UTF-8); save the file as UTF-8 or Windows-1251"));
}

static void
assert_refused_at (const char *path,
                   const char *where)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strconcat (path, where, NULL);

  g_assert_null (mk_table_reader_open (path, NULL, NULL, &error));
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, "save the file as UTF-8 or Windows-1251"));
}

/* One bad byte in a UTF-8 file is damage, not a sign of Windows-1251:
 * reading it so would import every Cyrillic letter as mojibake. */
static void
test_csv_utf8_damaged (Fixture *f, gconstpointer data)
{
  static const char stray[] = "МО;Наименование ОО\nСмоленск;СШ \xff№ 1\nЕльня;ОШ\n";
  static const char cut[] = "МО;Наименование ОО\nСмоленск;СШ № 1\nЕльня;О\xd0";
  static const char bom_cut[] = "\xef\xbb\xbfМО;ОО\nЕльня;\xd0\x9e\xd0";
  static const char ascii_stray[] = "a;b\nc;d\xff\n";
  g_autofree char *p1 = mk_test_write_file (f->dir, "stray.csv", stray, -1);
  g_autofree char *p2 = mk_test_write_file (f->dir, "cut.csv", cut, -1);
  g_autofree char *p3 = mk_test_write_file (f->dir, "bom-cut.csv", bom_cut, -1);
  g_autofree char *p4 = mk_test_write_file (f->dir, "ascii.csv", ascii_stray, -1);
  g_autoptr(GError) error = NULL;

  assert_refused_at (p1, ":2: byte 57 is not valid UTF-8");
  assert_refused_at (p2, ":3: byte 76 is not valid UTF-8");
  assert_refused_at (p3, ":2: byte 26 is not valid UTF-8");
  /* No Cyrillic either way: one 0xff is no evidence of Windows-1251. */
  assert_refused_at (p4, ":2: the file is not UTF-8 or Windows-1251 text (byte 7 ");
}

/* Windows-1251 with «», № and a stray well-formed UTF-8 pair («Р«»). */
static void
test_csv_cp1251_typography (Fixture *f, gconstpointer data)
{
  const char *utf8 = "ОО;Примечание\r\nСШ № 19;ПРИКАЗ Р«О мерах»\r\nОШ;—\r\n";
  gsize len = 0;
  g_autofree char *bytes = g_convert (utf8, -1, "CP1251", "UTF-8", NULL, &len, NULL);
  g_autofree char *path = mk_test_write_file (f->dir, "win.csv", bytes, len);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);

  g_assert_cmpstr (mk_table_reader_get_encoding (reader), ==, "WINDOWS-1251");
  assert_row (reader, 1, "ОО", "Примечание", NULL);
  assert_row (reader, 2, "СШ № 19", "ПРИКАЗ Р«О мерах»", NULL);
  assert_row (reader, 3, "ОШ", "—", NULL);
  assert_end (reader);
}

static void
test_csv_unclosed_quote (Fixture *f, gconstpointer data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "q.csv", "a,b\n1,\"open\n2,3\n", -1);
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s:2: ", path);

  assert_row (reader, 1, "a", "b", NULL);
  g_assert_false (mk_table_reader_next_row (reader, &error));
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, prefix));
}

static void
test_csv_limits (Fixture *f, gconstpointer data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "rows.csv", "h\n1\n2\n3\n4\n5\n", -1);
  g_autofree char *wide = mk_test_write_file (f->dir, "wide.csv", "a,b,c,d\n", -1);
  MkTableLimits limits = { .max_rows = 4, .max_columns = 3 };
  g_autoptr(MkTableReader) reader = open_ok (path, NULL, &limits);
  g_autoptr(MkTableReader) wide_reader = open_ok (wide, NULL, &limits);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) wide_error = NULL;
  MkTableLimits tiny = { .max_file_size = 4 };

  for (guint i = 0; i < 4; i++)
    next_ok (reader);
  g_assert_false (mk_table_reader_next_row (reader, &error));
  g_assert_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "rows"));
  g_assert_false (mk_table_reader_next_row (wide_reader, &wide_error));
  g_assert_error (wide_error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (wide_error->message, "columns"));
  assert_end (wide_reader);  /* not the rest of the record as a row */
  assert_open_fails (path, NULL, &tiny, MK_TABLE_ERROR_TOO_LARGE);
}

static void
test_csv_delimiter_choice (Fixture *f, gconstpointer data)
{
  struct { const char *text; char delimiter; } cases[] = {
    { "a;b;c\n1,5;2,5;3,5\n", ';' },
    { "a,b\n\"x;y\",\"1;2\"\n", ',' },
    { "Доля, %;Участники\n33,3;10\n", ';' },
    { "one column\nvalue\n", ',' },
    { "a\tb\n1,5\t2\n", '\t' },
    { "a;b;c\n1;2\n3;4;5\n", ';' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = mk_test_write_file (f->dir, "d.csv", cases[i].text, -1);
      g_autoptr(MkTableReader) reader = open_ok (path, NULL, NULL);

      g_assert_cmpint (mk_csv_reader_get_delimiter (MK_CSV_READER (reader)), ==, cases[i].delimiter);
    }
}

static void
test_header_key (void)
{
  struct { const char *header, *key; } cases[] = {
    { "Наименование ОО", "наименованиеоо" },
    { "наименование-оо", "наименованиеоо" },
    { " «Наименование»  \"ОО\" ", "наименованиеоо" },
    { "Low_Share", "lowshare" },
    { "Доля, %", "доля%" },
    { "%", "%" },
    { "Ёлка", "елка" },
    { "Кол-во меток НР", "колвометокнр" },
    { "500+", "500+" },
    { "„Год“", "год" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = mk_table_header_key (cases[i].header);

      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

/* --- XLSX --- */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/io/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("csv/utf8-bom", test_csv_utf8_bom);
  ADD ("csv/utf8-semicolon", test_csv_utf8_semicolon);
  ADD ("csv/cp1251", test_csv_cp1251);
  ADD ("csv/tab", test_csv_tab);
  ADD ("csv/quoted", test_csv_quoted);
  ADD ("csv/location", test_csv_location);
  ADD ("csv/errors", test_csv_errors);
  ADD ("csv/utf8-damaged", test_csv_utf8_damaged);
  ADD ("csv/cp1251-typography", test_csv_cp1251_typography);
  ADD ("csv/unclosed-quote", test_csv_unclosed_quote);
  ADD ("csv/limits", test_csv_limits);
  ADD ("csv/delimiter-choice", test_csv_delimiter_choice);
  g_test_add_func ("/io/header-key", test_header_key);
#undef ADD

  return g_test_run ();
}
