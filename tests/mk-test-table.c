#define G_LOG_DOMAIN "mk-test"
#include "config.h"

#include <string.h>

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

