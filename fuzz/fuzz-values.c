/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-fuzz-values"
#include "config.h"

#include "mk-fuzz.h"
#include "mk-import-values.h"
#include "mk-school-year.h"
#include "mk-staff.h"
#include "mk-xlsx-private.h"

/* Every parser of numbers, shares, years, counts and marks, one line of
 * the input at a time: as text (a CSV field) and as a cell of each kind
 * an XLSX reader makes, with the number the line spells. */

static void
parse_text (const char *text)
{
  gint64 decimal;
  int year, count;
  gboolean low, non_objective;
  g_autofree char *note = NULL;
  char buf[64];
  double serial;
  guint column, row;

  for (guint decimals = 0; decimals <= 4; decimals++)
    (void) mk_parse_decimal (text, decimals, &decimal);
  (void) mk_parse_year (text, &year);
  (void) mk_parse_mark (text, &low, &non_objective);
  (void) mk_text_is_blank (text);
  (void) mk_school_year_parse (text, &year);
  (void) mk_staff_parse (text, &count, &note);
  (void) mk_xlsx_parse_ref (text, &column, &row);
  (void) mk_xlsx_decimal_text (text, buf, sizeof buf);
  (void) mk_xlsx_iso_date_text (text, buf, sizeof buf, &serial);
  (void) mk_xlsx_format_kind (164, text);
}

static void
parse_cell (const MkCell *cell)
{
  int share, count, year;
  gint64 decimal;
  gboolean yes;

  (void) mk_cell_get_share (cell, &share);
  (void) mk_cell_get_count (cell, &count);
  (void) mk_cell_get_decimal (cell, 1, &decimal);
  (void) mk_cell_get_decimal (cell, 3, &decimal);
  (void) mk_cell_get_year (cell, &year);
  (void) mk_cell_get_yes_no (cell, &yes);
}

/* The cell kinds a reader can give; a numeric cell carries its number
 * as text too, as the XLSX reader does. */
static void
parse_cells (const char *text)
{
  static const MkCellType kinds[] = { MK_CELL_NUMBER, MK_CELL_PERCENT, MK_CELL_DATE,
                                      MK_CELL_BOOLEAN };
  double number = g_ascii_strtod (text, NULL);
  MkCell cell = { MK_CELL_TEXT, text, 0, FALSE };
  char buf[64];

  parse_cell (&cell);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      MkCell numeric = { kinds[i], buf, number, i % 2 == 0 };

      (void) mk_xlsx_number_text (number, kinds[i], i == 2, buf, sizeof buf);
      parse_cell (&numeric);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_auto(GStrv) lines = mk_fuzz_lines (data, size);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *letter = mk_column_letter (g_str_hash (lines[i]) % 20000);

      g_assert (g_ascii_isupper (letter[0]));

      parse_text (lines[i]);
      parse_cells (lines[i]);
    }
  return 0;
}
