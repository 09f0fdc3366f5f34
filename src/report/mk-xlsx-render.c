/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "mk-document-date.h"
#include "mk-xlsx-render.h"

#define N_KINDS (MK_SHEET_DATE + 1)
#define MM_PER_INCH 25.4
#define PAPER_A4 9

/* Every sheet is written by libxlsxwriter, in memory when small and in
 * its constant-memory mode when large: one writer, one style mapping. The
 * limits of a spreadsheet are the sheet model's (mk_sheet_check_limits);
 * nothing here checks them again. */

typedef struct {
  MkSheet       *sheet;
  const char    *path;
  gboolean       constant_memory;
  lxw_workbook  *book;
  lxw_worksheet *ws;
  lxw_format   **formats;   /* style id × kind; owned by the workbook */
  const MkSheetCell *cells;
  guint          n_cells, next_cell;
  MkSheetRange  *merges;    /* in the order they are written */
  guint          n_merges, next_merge;
} Render;

static gboolean
fail (Render     *r,
      lxw_error   err,
      GError    **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Cannot write %s: %s"), r->path, lxw_strerror (err));
  return FALSE;
}

/* The number format of a cell of KIND; NULL for General. */
static const char *
number_format (MkSheetKind kind,
               guint       decimals,
               char        buffer[32])
{
  switch (kind)
    {
    case MK_SHEET_INTEGER:
      return "0";
    case MK_SHEET_SHARE:
      /* One decimal, as docs/methodology.md rounds shares: 0.465 shows as
       * 46,5% in a Russian spreadsheet (the decimal separator is the
       * reader's). */
      return "0.0%";
    case MK_SHEET_DATE:
      return "dd.mm.yyyy";
    case MK_SHEET_DECIMAL:
      if (decimals == 0)
        return "0";
      g_snprintf (buffer, 32, "0.%.*s", (int) MIN (decimals, 10u), "0000000000");
      return buffer;
    case MK_SHEET_EMPTY:
    case MK_SHEET_TEXT:
    default:
      return NULL;
    }
}

static void
apply_style (lxw_format         *format,
             const MkSheetStyle *style)
{
  static const guint8 aligns[] = { LXW_ALIGN_NONE, LXW_ALIGN_LEFT,
                                   LXW_ALIGN_CENTER, LXW_ALIGN_RIGHT };
  static const guint8 valigns[] = { LXW_ALIGN_NONE, LXW_ALIGN_VERTICAL_TOP,
                                    LXW_ALIGN_VERTICAL_CENTER };

  if (style->flags & MK_SHEET_BOLD)
    format_set_bold (format);
  if (style->flags & MK_SHEET_ITALIC)
    format_set_italic (format);
  if (style->flags & MK_SHEET_WRAP)
    format_set_text_wrap (format);
  if (style->flags & MK_SHEET_BORDER)
    format_set_border (format, LXW_BORDER_THIN);
  if (style->flags & MK_SHEET_FILL)
    {
      format_set_pattern (format, LXW_PATTERN_SOLID);
      format_set_bg_color (format, style->fill);
    }
  if (style->align < G_N_ELEMENTS (aligns) && aligns[style->align] != LXW_ALIGN_NONE)
    format_set_align (format, aligns[style->align]);
  if (style->valign < G_N_ELEMENTS (valigns) && valigns[style->valign] != LXW_ALIGN_NONE)
    format_set_align (format, valigns[style->valign]);
  if (style->font_size > 0)
    format_set_font_size (format, style->font_size);
}

/* One format per style and kind, made when first needed. NULL (no format)
 * for plain text; *OK is FALSE when the workbook could not make one. */
static lxw_format *
format_for (Render     *r,
            guint       style_id,
            MkSheetKind kind,
            gboolean   *ok)
{
  const MkSheetStyle *style = mk_sheet_get_style (r->sheet, style_id);
  lxw_format **slot = &r->formats[style_id * N_KINDS + kind];
  char buffer[32];
  const char *num = number_format (kind, style->decimals, buffer);

  *ok = TRUE;
  if (*slot != NULL || (style_id == 0 && num == NULL))
    return *slot;
  if ((*slot = workbook_add_format (r->book)) == NULL)
    return (*ok = FALSE), NULL;
  apply_style (*slot, style);
  if (num != NULL)
    format_set_num_format (*slot, num);
  return *slot;
}

static lxw_error
write_cell (Render            *r,
            const MkSheetCell *cell,
            lxw_format        *format)
{
  lxw_datetime when = { 0 };

  switch (cell->kind)
    {
    case MK_SHEET_TEXT:
      /* A string cell is never a formula, whatever its first character
       * (=, +, -, @): nothing here writes a formula. Control characters,
       * which XML cannot hold, libxlsxwriter escapes as Excel does
       * (_x0007_) in both modes. */
      return worksheet_write_string (r->ws, cell->row, cell->col, cell->text, format);
    case MK_SHEET_INTEGER:
    case MK_SHEET_DECIMAL:
    case MK_SHEET_SHARE:
      return worksheet_write_number (r->ws, cell->row, cell->col, cell->number, format);
    case MK_SHEET_DATE:
      when.year = g_date_get_year (&cell->date);
      when.month = g_date_get_month (&cell->date);
      when.day = g_date_get_day (&cell->date);
      return worksheet_write_datetime (r->ws, cell->row, cell->col, &when, format);
    case MK_SHEET_EMPTY:
    default:
      return format ? worksheet_write_blank (r->ws, cell->row, cell->col, format)
                    : LXW_NO_ERROR;
    }
}

static lxw_error
write_merge (Render             *r,
             const MkSheetRange *m)
{
  const MkSheetCell *origin = mk_sheet_get_cell (r->sheet, m->first_row, m->first_col);
  gboolean ok;
  lxw_format *format = format_for (r, origin ? origin->style : 0, MK_SHEET_EMPTY, &ok);

  if (!ok)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;
  /* merge_range also writes "" in the first cell and formatted blanks in
   * the others; the sheet's own cells of the range are written after it
   * over them (the sheet holds every cell of a merged range). */
  return worksheet_merge_range (r->ws, m->first_row, m->first_col,
                                m->last_row, m->last_col, "", format);
}

static int
compare_last_row (const void *a,
                  const void *b)
{
  const MkSheetRange *x = a, *y = b;

  return (x->last_row > y->last_row) - (x->last_row < y->last_row);
}

/* The merges in the order they are written. In memory, all of them come
 * before the cells. In constant memory a row is flushed to disk as soon as
 * a later one is written, and writes to a flushed row are refused: a merge
 * is then written as its last row begins, which records the range, leaves
 * the rows above as they were written and puts formatted blanks in that
 * row, for its own cells to be written over (docs/pitfalls.md,
 * «libxlsxwriter constant_memory»). */
static void
order_merges (Render *r)
{
  const MkSheetRange *merges = mk_sheet_get_merges (r->sheet, &r->n_merges);

  r->merges = g_memdup2 (merges, r->n_merges * sizeof *merges);
  if (r->constant_memory && r->n_merges > 0)
    qsort (r->merges, r->n_merges, sizeof *r->merges, compare_last_row);
}

static gboolean
merge_due (Render *r,
           guint   row)
{
  return r->next_merge < r->n_merges
         && (!r->constant_memory || r->merges[r->next_merge].last_row <= row);
}

/* Sets ROW's height. In constant memory ROW also becomes the row being
 * written before a merge is: otherwise the merge's first write would go
 * to the row before, still open, and blank the value of its first cell.
 * The default height is what a row without one has: it writes the same. */
static lxw_error
begin_row (Render *r,
           guint   row)
{
  double height = mk_sheet_get_row_height (r->sheet, row);

  if (height <= 0 && r->constant_memory && merge_due (r, row))
    height = LXW_DEF_ROW_HEIGHT;
  return height > 0 ? worksheet_set_row (r->ws, row, height, NULL) : LXW_NO_ERROR;
}

/* Writes ROW: its height, the merges due there, then its cells. */
static lxw_error
write_row (Render *r,
           guint   row)
{
  lxw_error err;

  if ((err = begin_row (r, row)) != LXW_NO_ERROR)
    return err;
  for (; merge_due (r, row); r->next_merge++)
    if ((err = write_merge (r, &r->merges[r->next_merge])) != LXW_NO_ERROR)
      return err;
  for (; r->next_cell < r->n_cells && r->cells[r->next_cell].row == row; r->next_cell++)
    {
      const MkSheetCell *cell = &r->cells[r->next_cell];
      gboolean ok;
      lxw_format *format = format_for (r, cell->style, cell->kind, &ok);

      if (!ok)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
      if ((err = write_cell (r, cell, format)) != LXW_NO_ERROR)
        return err;
    }
  return err;
}

/* Row by row, in order: what constant memory needs, and the sheet keeps
 * its cells sorted so. */
static gboolean
write_cells (Render  *r,
             GError **error)
{
  lxw_error err;

  r->cells = mk_sheet_get_cells (r->sheet, &r->n_cells);
  order_merges (r);
  for (guint row = 0; row < mk_sheet_get_n_rows (r->sheet); row++)
    if ((err = write_row (r, row)) != LXW_NO_ERROR)
      return fail (r, err, error);
  return TRUE;
}

static gboolean
set_up_page (Render  *r,
             GError **error)
{
  const MkSheetPage *page = mk_sheet_get_page (r->sheet);
  lxw_error err;

  for (guint col = 0; col < mk_sheet_get_n_cols (r->sheet); col++)
    {
      double width = mk_sheet_get_column_width (r->sheet, col);
      if (width > 0 && (err = worksheet_set_column (r->ws, col, col, width, NULL)) != LXW_NO_ERROR)
        return fail (r, err, error);
    }
  worksheet_set_paper (r->ws, PAPER_A4);
  if (page->orientation == MK_SHEET_LANDSCAPE)
    worksheet_set_landscape (r->ws);
  else
    worksheet_set_portrait (r->ws);
  if (page->fit_to_width)
    worksheet_fit_to_pages (r->ws, 1, 0);
  worksheet_set_margins (r->ws, page->margin_left / MM_PER_INCH,
                         page->margin_right / MM_PER_INCH,
                         page->margin_top / MM_PER_INCH,
                         page->margin_bottom / MM_PER_INCH);
  if (page->repeat_first >= 0 && page->repeat_last >= page->repeat_first
      && (err = worksheet_repeat_rows (r->ws, page->repeat_first, page->repeat_last)) != LXW_NO_ERROR)
    return fail (r, err, error);
  return TRUE;
}

static gboolean
render (Render  *r,
        GError **error)
{
  /* The temporary files (the rows of a constant-memory sheet among them)
   * go where the user's TMPDIR says, not always to /tmp. */
  lxw_workbook_options options = { .constant_memory = r->constant_memory,
                                   .tmpdir = (char *) g_get_tmp_dir () };

  g_autoptr(GDateTime) date = mk_document_date_new ();
  lxw_doc_properties properties = { .created = (time_t) g_date_time_to_unix (date) };
  lxw_error err;
  gboolean ok;

  if ((r->book = workbook_new_opt (r->path, &options)) == NULL)
    return fail (r, LXW_ERROR_CREATING_XLSX_FILE, error);
  workbook_set_properties (r->book, &properties);
  r->ws = workbook_add_worksheet (r->book, mk_sheet_get_name (r->sheet));
  ok = r->ws != NULL || fail (r, LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, error);
  ok = ok && set_up_page (r, error) && write_cells (r, error);
  /* Closing also frees the workbook; it is needed even after a failure. */
  err = workbook_close (r->book);
  if (ok && err != LXW_NO_ERROR)
    ok = fail (r, err, error);
  return ok;
}

gboolean
mk_xlsx_render_full (MkSheet     *sheet,
                     const char  *path,
                     guint        constant_memory_cells,
                     GError     **error)
{
  Render r = { .sheet = sheet, .path = path };
  guint n_cells;
  locale_t c_numeric, previous;
  gboolean ok;

  if (!mk_sheet_check_limits (sheet, error))
    {
      g_prefix_error (error, _("Cannot write %s: "), path);
      return FALSE;
    }
  mk_sheet_get_cells (sheet, &n_cells);
  r.constant_memory = n_cells > constant_memory_cells || constant_memory_cells == 0;
  r.formats = g_new0 (lxw_format *, mk_sheet_get_n_styles (sheet) * N_KINDS);
  /* libxlsxwriter prints numbers with the thread's LC_NUMERIC: under
   * ru_RU a cell would read <v>0,465</v>, which Excel refuses. */
  c_numeric = newlocale (LC_NUMERIC_MASK, "C", (locale_t) 0);
  if (c_numeric == (locale_t) 0)
    {
      g_free (r.formats);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write %s: %s"), path, g_strerror (errno));
      return FALSE;
    }
  previous = uselocale (c_numeric);
  ok = render (&r, error);
  uselocale (previous);
  freelocale (c_numeric);
  g_free (r.formats);
  g_free (r.merges);
  return ok;
}

gboolean
mk_xlsx_render (MkSheet     *sheet,
                const char  *path,
                GError     **error)
{
  return mk_xlsx_render_full (sheet, path, MK_XLSX_CONSTANT_MEMORY_CELLS, error);
}
