/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-fuzz-xlsx"
#include "config.h"

#include <string.h>

#include "mk-fuzz.h"
#include "mk-table-reader.h"
#include "mk-xlsx-private.h"

/* An XLSX workbook as a user gives it: every sheet the workbook names,
 * the first sheet by default and a sheet that is not there, each read to
 * its end (rows, cells, merged ranges) through the table reader. */

#define MAX_SHEETS 8

/* Small limits keep one input fast and still reach the limit checks;
 * the package wants every field set. */
static const MkTableLimits limits = {
  .max_file_size = 1 << 20,
  .max_uncompressed_size = 16 << 20,
  .max_ratio = 200,
  .max_rows = 2000,
  .max_columns = 200,
};

/* The sheet names of xl/workbook.xml, read with the reader's own parser
 * (the reader has no list of its own to offer). */
static GPtrArray *
list_sheets (const char *path)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MkXlsxPackage) pkg = mk_xlsx_package_open (path, &limits, NULL);
  g_autoptr(MkXlsxXml) xml = NULL;
  const xmlChar *sheet;

  if (pkg == NULL || (xml = mk_xlsx_xml_open (pkg, "xl/workbook.xml", NULL)) == NULL)
    return names;
  sheet = mk_xlsx_xml_intern (xml, "sheet");
  while (names->len < MAX_SHEETS && mk_xlsx_xml_read (xml, NULL) == 1)
    if (mk_xlsx_xml_is_element (xml, sheet))
      {
        char *name = mk_xlsx_xml_dup_attr (xml, "name");

        if (name != NULL)
          g_ptr_array_add (names, name);
      }
  return names;
}

static void
read_sheet (const char *path,
            const char *sheet)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) reader = mk_table_reader_open (path, sheet, &limits, &error);

  if (reader == NULL)
    return;
  while (mk_table_reader_next_row (reader, &error))
    {
      g_autofree char *location = mk_table_reader_dup_location (reader);

      g_assert (g_utf8_validate (location, -1, NULL));
      guint n = mk_table_reader_get_n_cells (reader);

      for (guint i = 0; i <= n; i++)
        {
          const MkCell *cell = mk_table_reader_get_cell (reader, i);

          g_assert (cell->text != NULL);
          g_assert (g_utf8_validate (cell->text, -1, NULL));
        }
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const char *path = mk_fuzz_write_file (".xlsx", data, size);
  g_autoptr(GPtrArray) sheets = list_sheets (path);

  read_sheet (path, NULL);
  read_sheet (path, "no such sheet");
  for (guint i = 0; i < sheets->len; i++)
    read_sheet (path, g_ptr_array_index (sheets, i));
  return 0;
}
