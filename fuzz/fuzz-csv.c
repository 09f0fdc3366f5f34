/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-fuzz-csv"
#include "config.h"

#include "mk-csv-encoding.h"
#include "mk-fuzz.h"
#include "mk-table-reader.h"

/* A CSV file as a user gives it: bytes on disk, opened through the table
 * reader (kind, encoding and delimiter detected), every row and cell
 * read. The sniffer also sees the raw bytes, as for a file cut short. */

/* Small limits keep one input fast and still reach the limit checks. */
static const MkTableLimits limits = {
  .max_file_size = 1 << 20,
  .max_rows = 2000,
  .max_columns = 200,
};

static void
check_cells (MkTableReader *reader)
{
  guint n = mk_table_reader_get_n_cells (reader);

  /* One past the last cell must read as an empty cell. */
  for (guint i = 0; i <= n; i++)
    {
      const MkCell *cell = mk_table_reader_get_cell (reader, i);

      g_assert (cell->text != NULL);
      g_assert (g_utf8_validate (cell->text, -1, NULL));
    }
}

static void
read_all (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) reader = mk_table_reader_open (path, NULL, &limits, &error);

  if (reader == NULL)
    return;
  (void) mk_table_reader_get_encoding (reader);
  while (mk_table_reader_next_row (reader, &error))
    {
      g_autofree char *location = mk_table_reader_dup_location (reader);

      g_assert (g_utf8_validate (location, -1, NULL));

      check_cells (reader);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  read_all (mk_fuzz_write_file (".csv", data, size));
  (void) mk_csv_sniff_delimiter ((const char *) data, size, TRUE, 10);
  (void) mk_csv_sniff_delimiter ((const char *) data, size / 2, FALSE, 3);
  return 0;
}
