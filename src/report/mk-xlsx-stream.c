#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <errno.h>
#include <string.h>

#include "mk-xlsx-stream.h"

/* xl/worksheets/sheet1.xml of the large-sheet writer, formatted by hand
 * from the sorted cells into a buffer flushed a megabyte at a time. What
 * it writes follows libxlsxwriter's constant-memory output: inline
 * strings, an empty string as a blank, a blank only when it has a format,
 * a date as its serial number under a date format. */

#define FLUSH_AT (1 << 20)

typedef struct {
  MkSheet      *sheet;
  MkXlsxStyles *styles;
  FILE         *file;
  GString      *out;
  char        **columns;   /* "A", "B" … of each column */
  guint         date_base; /* Julian day of 1899-12-30, Excel's day 0 */
} Writer;

/* Appends N bytes of S: a memcpy when they fit, as the 40 MB of a large
 * sheet are written a few bytes at a time (g_string_append is a call and a
 * strlen each in this GLib). */
static inline void
put (GString    *out,
     const char *s,
     gsize       n)
{
  if (out->len + n < out->allocated_len)
    {
      memcpy (out->str + out->len, s, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, s, n);
}

#define PUT(out, literal) put ((out), "" literal, sizeof (literal) - 1)

static gboolean
flush (Writer  *w,
       GError **error)
{
  if (w->out->len > 0 && fwrite (w->out->str, 1, w->out->len, w->file) != w->out->len)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errno),
                           g_strerror (errno));
      return FALSE;
    }
  g_string_truncate (w->out, 0);
  return TRUE;
}

static char *
column_name (guint col)
{
  char name[8];
  int i = G_N_ELEMENTS (name) - 1;

  name[i] = '\0';
  for (col++; col > 0; col = (col - 1) / 26)
    name[--i] = 'A' + (col - 1) % 26;
  return g_strdup (&name[i]);
}

static void
append_uint (GString *out,
             guint    n)
{
  char digits[16];
  int i = G_N_ELEMENTS (digits);

  do
    digits[--i] = '0' + n % 10;
  while ((n /= 10) > 0);
  put (out, &digits[i], G_N_ELEMENTS (digits) - i);
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.16G", value));
}

/* Writes <c r="B5" s="3"…>: the start of a cell with its format. */
static void
open_cell (Writer            *w,
           const MkSheetCell *cell,
           guint              xf)
{
  PUT (w->out, "<c r=\"");
  put (w->out, w->columns[cell->col], strlen (w->columns[cell->col]));
  append_uint (w->out, cell->row + 1);
  g_string_append_c (w->out, '"');
  if (xf > 0)
    {
      PUT (w->out, " s=\"");
      append_uint (w->out, xf);
      g_string_append_c (w->out, '"');
    }
}

static void
write_text (Writer     *w,
            const char *text)
{
  gsize n = strlen (text);
  gboolean keep = g_ascii_isspace (text[0]) || g_ascii_isspace (text[n - 1]);

  g_string_append (w->out, keep ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                                : " t=\"inlineStr\"><is><t>");
  mk_xlsx_escape (w->out, text);
  PUT (w->out, "</t></is></c>");
}

/* FALSE when the cell writes nothing (a blank with no format). */
static gboolean
write_cell (Writer            *w,
            const MkSheetCell *cell)
{
  MkSheetKind kind = cell->kind;
  guint xf;

  if (kind == MK_SHEET_TEXT && (cell->text == NULL || cell->text[0] == '\0'))
    kind = MK_SHEET_EMPTY;
  xf = mk_xlsx_styles_xf (w->styles, cell->style, kind);
  if (kind == MK_SHEET_EMPTY && xf == 0)
    return FALSE;
  open_cell (w, cell, xf);
  switch (kind)
    {
    case MK_SHEET_TEXT:
      write_text (w, cell->text);
      return TRUE;
    case MK_SHEET_INTEGER:
    case MK_SHEET_DECIMAL:
    case MK_SHEET_SHARE:
      PUT (w->out, "><v>");
      append_number (w->out, cell->number);
      PUT (w->out, "</v></c>");
      return TRUE;
    case MK_SHEET_DATE:
      PUT (w->out, "><v>");
      append_uint (w->out, g_date_get_julian (&cell->date) - w->date_base);
      PUT (w->out, "</v></c>");
      return TRUE;
    case MK_SHEET_EMPTY:
    default:
      PUT (w->out, "/>");
      return TRUE;
    }
}

static void
open_row (Writer *w,
          guint   row)
{
  double height = mk_sheet_get_row_height (w->sheet, row);

  g_string_append (w->out, "<row r=\"");
  append_uint (w->out, row + 1);
  g_string_append_c (w->out, '"');
  if (height > 0)
    {
      g_string_append (w->out, " ht=\"");
      append_number (w->out, height);
      g_string_append (w->out, "\" customHeight=\"1\"");
    }
  g_string_append_c (w->out, '>');
}

static gboolean
write_rows (Writer  *w,
            GError **error)
{
  guint n_cells, i = 0;
  const MkSheetCell *cells = mk_sheet_get_cells (w->sheet, &n_cells);

  g_string_append (w->out, "<sheetData>");
  for (guint row = 0; row < mk_sheet_get_n_rows (w->sheet); row++)
    {
      gboolean open = mk_sheet_get_row_height (w->sheet, row) > 0;

      if (open)
        open_row (w, row);
      for (; i < n_cells && cells[i].row == row; i++)
        {
          gsize mark = w->out->len;

          if (!open)
            open_row (w, row);
          if (write_cell (w, &cells[i]))
            open = TRUE;
          else if (!open)
            g_string_truncate (w->out, mark);
        }
      if (open)
        g_string_append (w->out, "</row>");
      if (w->out->len > FLUSH_AT && !flush (w, error))
        return FALSE;
    }
  g_string_append (w->out, "</sheetData>");
  return TRUE;
}

/* A width in characters as spreadsheets store it: whole pixels of a
 * 7-pixel digit plus 5 pixels of padding, in 1/256 of a character, the
 * rounding libxlsxwriter does. */
static double
stored_width (double width)
{
  guint pixels = width < 1 ? (guint) (width * 12 + 0.5) : (guint) (width * 7 + 0.5) + 5;

  return (guint) (pixels / 7.0 * 256.0) / 256.0;
}

static void
write_head (Writer *w)
{
  const MkSheetPage *page = mk_sheet_get_page (w->sheet);
  guint n_cells, last_col = 0;
  const MkSheetCell *cells = mk_sheet_get_cells (w->sheet, &n_cells);
  gboolean cols = FALSE;

  for (guint i = 0; i < n_cells; i++)
    last_col = MAX (last_col, cells[i].col);
  g_string_append (w->out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
  if (page->fit_to_width)
    g_string_append (w->out, "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
  g_string_append (w->out, "<dimension ref=\"A1");
  if (n_cells > 0)
    {
      g_string_append_printf (w->out, ":%s", w->columns[last_col]);
      append_uint (w->out, cells[n_cells - 1].row + 1);
    }
  g_string_append (w->out, "\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/>"
                   "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
  for (guint col = 0; col < mk_sheet_get_n_cols (w->sheet); col++)
    {
      double width = mk_sheet_get_column_width (w->sheet, col);

      if (width <= 0)
        continue;
      if (!cols)
        g_string_append (w->out, "<cols>");
      cols = TRUE;
      g_string_append_printf (w->out, "<col min=\"%u\" max=\"%u\" width=\"", col + 1, col + 1);
      append_number (w->out, stored_width (width));
      g_string_append (w->out, "\" customWidth=\"1\"/>");
    }
  if (cols)
    g_string_append (w->out, "</cols>");
}

static void
write_tail (Writer *w)
{
  const MkSheetPage *page = mk_sheet_get_page (w->sheet);
  guint n_merges;
  const MkSheetRange *merges = mk_sheet_get_merges (w->sheet, &n_merges);
  const double margins[] = { page->margin_left, page->margin_right,
                             page->margin_top, page->margin_bottom };
  static const char *const sides[] = { "left", "right", "top", "bottom" };

  if (n_merges > 0)
    g_string_append_printf (w->out, "<mergeCells count=\"%u\">", n_merges);
  for (guint i = 0; i < n_merges; i++)
    {
      g_string_append_printf (w->out, "<mergeCell ref=\"%s", w->columns[merges[i].first_col]);
      append_uint (w->out, merges[i].first_row + 1);
      g_string_append_printf (w->out, ":%s", w->columns[merges[i].last_col]);
      append_uint (w->out, merges[i].last_row + 1);
      g_string_append (w->out, "\"/>");
    }
  if (n_merges > 0)
    g_string_append (w->out, "</mergeCells>");
  g_string_append (w->out, "<pageMargins");
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      g_string_append_printf (w->out, " %s=\"", sides[i]);
      append_number (w->out, margins[i] / 25.4);
      g_string_append_c (w->out, '"');
    }
  g_string_append_printf (w->out, " header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"9\" "
                          "orientation=\"%s\"%s/></worksheet>",
                          page->orientation == MK_SHEET_LANDSCAPE ? "landscape" : "portrait",
                          page->fit_to_width ? " fitToHeight=\"0\"" : "");
}

gboolean
mk_xlsx_stream_sheet (MkSheet      *sheet,
                      MkXlsxStyles *styles,
                      FILE         *file,
                      GError      **error)
{
  g_autoptr(GString) out = g_string_sized_new (2 * FLUSH_AT);
  guint n_merges, n_cols = mk_sheet_get_n_cols (sheet);
  const MkSheetRange *merges = mk_sheet_get_merges (sheet, &n_merges);
  g_autoptr(GDate) day0 = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);
  g_auto(GStrv) columns = NULL;
  Writer w = { .sheet = sheet, .styles = styles, .file = file, .out = out,
               .date_base = g_date_get_julian (day0) };

  for (guint i = 0; i < n_merges; i++)
    n_cols = MAX (n_cols, merges[i].last_col + 1);
  columns = g_new0 (char *, n_cols + 1);
  for (guint col = 0; col < n_cols; col++)
    columns[col] = column_name (col);
  w.columns = columns;
  write_head (&w);
  if (!write_rows (&w, error))
    return FALSE;
  write_tail (&w);
  return flush (&w, error);
}
