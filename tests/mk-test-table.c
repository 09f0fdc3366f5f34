/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test"
#include "config.h"

#include <string.h>
#include <zip.h>

#include "mk-test-table.h"
#include "mk-test-util.h"

/* Tests of the tabular input layer on real files: CSV written as bytes,
 * XLSX written by libxlsxwriter or put together with libzip. No
 * setlocale here: libxlsxwriter formats numbers with LC_NUMERIC. */


void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = mk_test_tmpdir_new ();
}

void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  mk_test_tmpdir_free (fixture->dir);
}

MkTableReader *
open_ok (const char          *path,
         const char          *sheet,
         const MkTableLimits *limits)
{
  g_autoptr(GError) error = NULL;
  MkTableReader *reader = mk_table_reader_open (path, sheet, limits, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return reader;
}

void
next_ok (MkTableReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_table_reader_next_row (reader, &error));
  g_assert_no_error (error);
}

void
assert_end (MkTableReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (mk_table_reader_next_row (reader, &error));
  g_assert_no_error (error);
}

void
assert_text (MkTableReader *reader,
             guint          column,
             const char    *text)
{
  g_assert_cmpstr (mk_table_reader_get_cell (reader, column)->text, ==, text);
}

/* Reads the next row and compares its cells with the NULL-ended list. */
void
assert_row (MkTableReader *reader,
            guint          line,
            ...)
{
  va_list args;
  guint n = 0;
  const char *text;

  next_ok (reader);
  g_assert_cmpuint (mk_table_reader_get_line (reader), ==, line);
  va_start (args, line);
  while ((text = va_arg (args, const char *)) != NULL)
    assert_text (reader, n++, text);
  va_end (args);
  g_assert_cmpuint (mk_table_reader_get_n_cells (reader), ==, n);
}

void
assert_open_fails (const char          *path,
                   const char          *sheet,
                   const MkTableLimits *limits,
                   MkTableError         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) reader = mk_table_reader_open (path, sheet, limits, &error);

  g_assert_error (error, MK_TABLE_ERROR, (int) code);
  g_assert_null (reader);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_test_message ("%s", error->message);
}

/* --- CSV --- */


/* NAME, CONTENT, LEN (-1 for a string), …, NULL: a ZIP made with libzip. */
char *
write_zip (const char *dir,
           const char *name,
           ...)
{
  char *path = g_build_filename (dir, name, NULL);
  int code = 0;
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &code);
  const char *part;
  va_list args;

  g_assert_nonnull (zip);
  va_start (args, name);
  while ((part = va_arg (args, const char *)) != NULL)
    {
      const char *content = va_arg (args, const char *);
      gssize len = va_arg (args, gssize);
      zip_source_t *source = zip_source_buffer (zip, content,
                                                len < 0 ? strlen (content) : (gsize) len, 0);

      g_assert_cmpint (zip_file_add (zip, part, source, ZIP_FL_OVERWRITE), >=, 0);
    }
  va_end (args);
  g_assert_cmpint (zip_close (zip), ==, 0);
  return path;
}

#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define PKG_NS "http://schemas.openxmlformats.org/package/2006/relationships"

char *
write_book (const char *dir,
            const char *name,
            const char *strings_xml,
            const char *sheet_xml,
            gssize      sheet_len)
{
  static const char workbook[] =
    "<workbook xmlns=\"" MAIN_NS "\" xmlns:r=\"" REL_NS "\">"
    "<sheets><sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  static const char rels[] =
    "<Relationships xmlns=\"" PKG_NS "\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_NS "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL_NS "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "</Relationships>";

  return write_zip (dir, name,
                    "xl/workbook.xml", workbook, (gssize) -1,
                    "xl/_rels/workbook.xml.rels", rels, (gssize) -1,
                    "xl/sharedStrings.xml", strings_xml, (gssize) -1,
                    "xl/worksheets/sheet1.xml", sheet_xml, sheet_len, NULL);
}
