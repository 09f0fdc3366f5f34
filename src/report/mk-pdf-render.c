/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <gio/gio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "mk-document-date.h"
#include "mk-pdf-private.h"

#define MM_TO_PT        (72.0 / 25.4)
#define DEFAULT_WIDTH   8.43    /* characters, as spreadsheets default */
#define DEFAULT_HEIGHT  15.0    /* points */
#define PAD             MK_PDF_PAD
#define LINE_WIDTH      0.5
#define CELL_KEY(self, row, col) GSIZE_TO_POINTER ((gsize) (row) * (self)->n_cols + (col) + 1)

typedef struct { guint row; double y; } Placed;   /* a row as a page shows it */

const MkSheetRange *
mk_pdf_merge_at (MkPdfLayout *self,
                 guint        row,
                 guint        col)
{
  return g_hash_table_lookup (self->merge_at, CELL_KEY (self, row, col));
}

char *
mk_pdf_format_cell (const MkSheetCell  *cell,
                    const MkSheetStyle *style)
{
  return mk_sheet_format_cell (cell, style);
}

/* The height a cell's text needs in a box WIDTH wide; one line of a style
 * is measured once, so that 40,000 plain rows cost no text layout. */
static double
cell_height (MkPdfLayout       *self,
             const MkSheetCell *cell,
             double             width)
{
  const MkSheetStyle *style = mk_sheet_get_style (self->sheet, cell->style);
  g_autofree char *text = NULL;
  double room;
  int height;

  if (cell->kind == MK_SHEET_EMPTY)
    return 0;
  text = mk_sheet_format_cell (cell, style);
  if (mk_pdf_cell_setting (self, cell, text, width, &room) != MK_PDF_WRAP)
    {
      if (self->line_h[cell->style] <= 0)
        {
          mk_pdf_prepare_text (self->measure, style, "Ag", -1);
          pango_layout_get_size (self->measure, NULL, &height);
          self->line_h[cell->style] = (double) height / PANGO_SCALE + 2 * PAD;
        }
      return self->line_h[cell->style];
    }
  mk_pdf_prepare_text (self->measure, style, text, room);
  pango_layout_get_size (self->measure, NULL, &height);
  return (double) height / PANGO_SCALE + 2 * PAD;
}

static double
measure_row (MkPdfLayout *self,
             guint        row)
{
  double height = mk_sheet_get_row_height (self->sheet, row), needed = 0;

  for (guint col = 0; col < self->n_cols; col++)
    {
      const MkSheetCell *cell = mk_sheet_get_cell (self->sheet, row, col);
      const MkSheetRange *m = mk_pdf_merge_at (self, row, col);
      guint last_col = m ? m->last_col : col;

      /* A merge over several rows shares their height (grow_merges);
       * only a one-row merge's origin is measured, across its width. */
      if (cell == NULL || (m && (m->first_row != m->last_row || m->first_col != col)))
        continue;
      needed = MAX (needed, cell_height (self, cell, self->col_x[last_col + 1]
                                                     - self->col_x[col]));
    }
  /* The sheet's height wins, but never clips text: on paper a cut note
   * is lost (footnote heights are an estimate for spreadsheets). */
  return MAX (height > 0 ? height : DEFAULT_HEIGHT, needed);
}

/* A merge over several rows whose text needs more than their height
 * gets the rest in its last row. */
static void
grow_merges (MkPdfLayout *self)
{
  guint n;
  const MkSheetRange *m = mk_sheet_get_merges (self->sheet, &n);

  for (guint i = 0; i < n; i++, m++)
    {
      const MkSheetCell *cell = mk_sheet_get_cell (self->sheet, m->first_row, m->first_col);
      double height = 0, needed;

      if (cell == NULL || m->first_row == m->last_row || m->last_row >= self->n_rows)
        continue;
      for (guint r = m->first_row; r <= m->last_row; r++)
        height += self->row_h[r];
      needed = cell_height (self, cell, self->col_x[m->last_col + 1] - self->col_x[m->first_col]);
      if (needed > height)
        self->row_h[m->last_row] += needed - height;
    }
}

static void
index_merges (MkPdfLayout *self)
{
  guint n;
  const MkSheetRange *merges = mk_sheet_get_merges (self->sheet, &n);

  for (guint i = 0; i < n; i++)
    for (guint r = merges[i].first_row; r <= merges[i].last_row; r++)
      for (guint c = merges[i].first_col; c <= merges[i].last_col; c++)
        {
          g_hash_table_insert (self->merge_at, CELL_KEY (self, r, c), (gpointer) &merges[i]);
          /* No page breaks inside a merge (its cells are set: r < n_rows). */
          self->no_break[r] |= r > merges[i].first_row;
        }
  /* Nor inside rows the sheet keeps together. */
  merges = mk_sheet_get_keeps (self->sheet, &n);
  for (guint i = 0; i < n; i++)
    for (guint r = merges[i].first_row + 1; r <= merges[i].last_row && r < self->n_rows; r++)
      self->no_break[r] = TRUE;
}

/* Column edges in points (a spreadsheet character is 7 px + 5 px of
 * padding at 96 dpi) and the scale that fits them across the page. */
static void
lay_out_columns (MkPdfLayout *self,
                 double       page_width)
{
  const MkSheetPage *page = mk_sheet_get_page (self->sheet);
  double printable = page_width - (page->margin_left + page->margin_right) * MM_TO_PT;

  self->col_x = g_new0 (double, self->n_cols + 1);
  for (guint col = 0; col < self->n_cols; col++)
    {
      double chars = mk_sheet_get_column_width (self->sheet, col);
      self->col_x[col + 1] = self->col_x[col] + ((chars > 0 ? chars : DEFAULT_WIDTH) * 7 + 5) * 0.75;
    }
  mk_pdf_fit_columns (self);
  /* Paper cannot scroll sideways: a wide table shrinks, text and all, as
   * a spreadsheet's fit-to-width prints it; a narrow one keeps its size. */
  self->scale = self->col_x[self->n_cols] > printable && printable > 0
                ? printable / self->col_x[self->n_cols] : 1.0;
  self->origin_x = page->margin_left * MM_TO_PT;
  self->origin_y = page->margin_top * MM_TO_PT;
}

/* The repeated header rows' height on a page whose body starts at START. */
static double
header_height (MkPdfLayout *self,
               guint        start)
{
  return start > self->repeat_last ? self->header_h : 0;
}

static void
paginate (MkPdfLayout *self)
{
  guint start = 0, row = 0;
  double used = 0;

  g_array_append_val (self->starts, start);
  while (row < self->n_rows)
    {
      guint brk = row;

      if (row == start || used + self->row_h[row] <= self->body_height)
        {
          used += self->row_h[row++];
          continue;
        }
      /* Back up to the last row a page may start at, if there is one. */
      while (brk > start + 1 && self->no_break[brk])
        brk--;
      start = row = self->no_break[brk] ? row : brk;
      g_array_append_val (self->starts, start);
      used = header_height (self, start);
    }
}

PangoContext *
mk_pdf_context_new (void)
{
  return mk_pdf_context_new_for_font_map (pango_cairo_font_map_get_default ());
}

PangoContext *
mk_pdf_context_new_for_font_map (PangoFontMap *font_map)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Points as cairo units; no hinting, as a PDF shows at any size. */
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

MkPdfLayout *
mk_pdf_layout_new (MkSheet      *sheet,
                   double        page_width_pt,
                   double        page_height_pt,
                   PangoContext *context)
{
  MkPdfLayout *self = g_new0 (MkPdfLayout, 1);
  const MkSheetPage *page = mk_sheet_get_page (sheet);
  gboolean repeat;

  self->sheet = sheet;
  self->context = context ? g_object_ref (context) : mk_pdf_context_new ();
  self->measure = pango_layout_new (self->context);
  self->n_rows = mk_sheet_get_n_rows (sheet);
  self->n_cols = mk_sheet_get_n_cols (sheet);
  self->merge_at = g_hash_table_new (NULL, NULL);
  self->widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->no_break = g_new0 (gboolean, MAX (self->n_rows, 1));
  self->line_h = g_new0 (double, mk_sheet_get_n_styles (sheet));
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  repeat = page->repeat_first >= 0 && page->repeat_last >= page->repeat_first
           && (guint) page->repeat_last < self->n_rows;
  /* Without repeated rows the range is empty and header_h stays 0. */
  self->repeat_first = repeat ? (guint) page->repeat_first : 1;
  self->repeat_last = repeat ? (guint) page->repeat_last : 0;
  index_merges (self);
  lay_out_columns (self, page_width_pt);
  self->body_height = (page_height_pt - (page->margin_top + page->margin_bottom) * MM_TO_PT)
                      / self->scale;
  self->row_h = g_new0 (double, MAX (self->n_rows, 1));
  for (guint row = 0; row < self->n_rows; row++)
    self->row_h[row] = measure_row (self, row);
  grow_merges (self);
  for (guint r = self->repeat_first; r <= self->repeat_last; r++)
    self->header_h += self->row_h[r];
  paginate (self);
  return self;
}

void
mk_pdf_layout_free (MkPdfLayout *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->measure);
  g_object_unref (self->context);
  g_hash_table_unref (self->merge_at);
  g_hash_table_unref (self->widths);
  g_array_unref (self->starts);
  g_free (self->col_x);
  g_free (self->row_h);
  g_free (self->line_h);
  g_free (self->no_break);
  g_free (self);
}

guint
mk_pdf_layout_get_n_pages (MkPdfLayout *self)
{
  return self->starts->len;
}

/* The rows PAGE shows, with their tops: repeated headers, then its body. */
static GArray *
place_rows (MkPdfLayout *self,
            guint        page)
{
  GArray *placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  guint start = g_array_index (self->starts, guint, page);
  guint end = page + 1 < self->starts->len
              ? g_array_index (self->starts, guint, page + 1) : self->n_rows;
  guint n_head = header_height (self, start) > 0 ? self->repeat_last - self->repeat_first + 1 : 0;
  double y = 0;

  for (guint k = 0; k < n_head + end - start; k++)
    {
      Placed p = { k < n_head ? self->repeat_first + k : start + k - n_head, y };

      g_array_append_val (placed, p);
      y += self->row_h[p.row];
    }
  return placed;
}

/* LAYOUT set up for CELL in BOX as it is printed; *CLIP is the box its
 * ink may take, *X, *Y where the layout goes in BOX. NULL for no text. */
static PangoLayout *
set_cell (MkPdfLayout             *self,
          const MkSheetCell       *cell,
          const cairo_rectangle_t *box,
          cairo_rectangle_t       *clip,
          double                  *x,
          double                  *y)
{
  const MkSheetStyle *style = mk_sheet_get_style (self->sheet, cell->style);
  g_autofree char *text = mk_sheet_format_cell (cell, style);
  MkSheetAlign align = style->align;
  PangoLayout *layout;
  MkPdfSetting setting;
  double room, w, h;
  int pw, ph;

  if (*text == '\0')
    return NULL;
  if (align == MK_SHEET_ALIGN_DEFAULT)
    align = cell->kind == MK_SHEET_TEXT ? MK_SHEET_ALIGN_LEFT : MK_SHEET_ALIGN_RIGHT;
  setting = mk_pdf_cell_setting (self, cell, text, box->width, &room);
  layout = pango_layout_new (self->context);
  mk_pdf_prepare_text (layout, style, text, setting == MK_PDF_WRAP ? room : -1);
  if (setting == MK_PDF_WRAP)
    pango_layout_set_alignment (layout, align == MK_SHEET_ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                : align == MK_SHEET_ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                                : PANGO_ALIGN_LEFT);
  pango_layout_get_size (layout, &pw, &ph);
  w = setting == MK_PDF_WRAP ? room : (double) pw / PANGO_SCALE;
  h = (double) ph / PANGO_SCALE;
  /* Text running on to the right starts where a spreadsheet starts it. */
  if (setting == MK_PDF_OVERFLOW || w > box->width - 2 * PAD)
    align = MK_SHEET_ALIGN_LEFT;
  *x = align == MK_SHEET_ALIGN_LEFT ? PAD
       : align == MK_SHEET_ALIGN_CENTER ? (box->width - w) / 2 : box->width - PAD - w;
  *y = style->valign == MK_SHEET_VALIGN_TOP ? PAD
       : style->valign == MK_SHEET_VALIGN_CENTER ? (box->height - h) / 2
       : box->height - PAD - h;
  *clip = *box;
  if (setting == MK_PDF_OVERFLOW)
    clip->width = MAX (box->width, room + 2 * PAD);
  return layout;
}

static void
draw_text (MkPdfLayout             *self,
           cairo_t                 *cr,
           const MkSheetCell       *cell,
           const cairo_rectangle_t *box)
{
  cairo_rectangle_t clip;
  double x, y;
  g_autoptr(PangoLayout) layout = set_cell (self, cell, box, &clip, &x, &y);

  if (layout == NULL)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, clip.x, clip.y, clip.width, clip.height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, box->x + x, box->y + y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_box (MkPdfLayout             *self,
          cairo_t                 *cr,
          const MkSheetCell       *cell,
          const cairo_rectangle_t *box,
          gboolean                 borders)
{
  const MkSheetStyle *style = mk_sheet_get_style (self->sheet, cell->style);

  if (borders && (style->flags & MK_SHEET_BORDER))
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, box->x, box->y, box->width, box->height);
      cairo_stroke (cr);
    }
  if (borders)
    return;
  if (style->flags & MK_SHEET_FILL)
    {
      cairo_set_source_rgb (cr, ((style->fill >> 16) & 0xff) / 255.0,
                            ((style->fill >> 8) & 0xff) / 255.0, (style->fill & 0xff) / 255.0);
      cairo_rectangle (cr, box->x, box->y, box->width, box->height);
      cairo_fill (cr);
    }
  draw_text (self, cr, cell, box);
}

/* The box of the cell at PLACED[I], COL; NULL when another cell draws it
 * (the inside of a merge). A merge is drawn once, from its first row on
 * the page, over the rows of it the page shows. */
static const MkSheetCell *
cell_box (MkPdfLayout       *self,
          GArray            *placed,
          guint              i,
          guint              col,
          cairo_rectangle_t *box)
{
  const Placed *rows = (const Placed *) placed->data;
  const MkSheetRange *m = mk_pdf_merge_at (self, rows[i].row, col);
  guint last_col = col, j = i;

  if (m != NULL)
    {
      gboolean first_shown = rows[i].row == m->first_row
                             || i == 0 || rows[i - 1].row + 1 != rows[i].row;

      if (col != m->first_col || !first_shown)
        return NULL;
      last_col = m->last_col;
      while (j + 1 < placed->len && rows[j + 1].row == rows[j].row + 1
             && rows[j + 1].row <= m->last_row)
        j++;
    }
  *box = (cairo_rectangle_t) { self->col_x[col], rows[i].y, self->col_x[last_col + 1]
                               - self->col_x[col], rows[j].y + self->row_h[rows[j].row] - rows[i].y };
  return m ? mk_sheet_get_cell (self->sheet, m->first_row, m->first_col)
           : mk_sheet_get_cell (self->sheet, rows[i].row, col);
}

void
mk_pdf_layout_draw_page (MkPdfLayout *self,
                         cairo_t     *cr,
                         guint        page)
{
  g_autoptr(GArray) placed = NULL;

  g_return_if_fail (page < self->starts->len);
  placed = place_rows (self, page);
  cairo_save (cr);
  cairo_translate (cr, self->origin_x, self->origin_y);
  cairo_scale (cr, self->scale, self->scale);
  cairo_set_line_width (cr, LINE_WIDTH);
  /* Borders last, so that no neighbour's fill covers them. */
  for (int borders = 0; borders < 2; borders++)
    for (guint i = 0; i < placed->len; i++)
      for (guint col = 0; col < self->n_cols; col++)
        {
          cairo_rectangle_t box;
          const MkSheetCell *cell = cell_box (self, placed, i, col, &box);

          if (cell != NULL)
            draw_box (self, cr, cell, &box, borders);
        }
  cairo_restore (cr);
}

/* Whether LAYOUT breaks its text only at spaces. */
static gboolean
breaks_at_spaces (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      int start = ((PangoLayoutLine *) l->data)->start_index;

      if (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n')
        return FALSE;
    }
  return TRUE;
}

/* What is wrong with the text of the cell at ROW, COL as printed; NULL
 * when it shows whole. */
static char *
check_cell (MkPdfLayout       *self,
            const MkSheetCell *cell)
{
  const MkSheetRange *m = mk_pdf_merge_at (self, cell->row, cell->col);
  guint last_row = m ? m->last_row : cell->row, last_col = m ? m->last_col : cell->col;
  cairo_rectangle_t box = { self->col_x[cell->col], 0,
                            self->col_x[last_col + 1] - self->col_x[cell->col], 0 };
  cairo_rectangle_t clip;
  PangoRectangle ink, logical;
  double x, y;
  g_autoptr(PangoLayout) layout = NULL;

  for (guint r = cell->row; r <= last_row && r < self->n_rows; r++)
    box.height += self->row_h[r];
  if ((layout = set_cell (self, cell, &box, &clip, &x, &y)) == NULL)
    return NULL;
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  if (!breaks_at_spaces (layout))
    return g_strdup ("a line breaks inside a word");
  if (x + logical.x < -0.5 || x + logical.x + logical.width > clip.width + 0.5)
    return g_strdup_printf ("%.1f pt wide in %.1f pt", (double) logical.width, clip.width);
  if (y + logical.y < -0.5 || y + logical.y + logical.height > box.height + 0.5)
    return g_strdup_printf ("%.1f pt high in %.1f pt", (double) logical.height, box.height);
  return NULL;
}

char *
mk_pdf_layout_check (MkPdfLayout *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_cells;
  const MkSheetCell *cells = mk_sheet_get_cells (self->sheet, &n_cells);

  for (guint i = 0; i < n_cells; i++)
    {
      const MkSheetRange *m = mk_pdf_merge_at (self, cells[i].row, cells[i].col);
      g_autofree char *problem = NULL;
      g_autofree char *text = NULL;

      if (m != NULL && (m->first_row != cells[i].row || m->first_col != cells[i].col))
        continue;
      if ((problem = check_cell (self, &cells[i])) == NULL)
        continue;
      text = mk_sheet_format_cell (&cells[i], mk_sheet_get_style (self->sheet, cells[i].style));
      g_string_append_printf (problems, "row %u, column %u «%s»: %s\n",
                              cells[i].row + 1, cells[i].col + 1, text, problem);
    }
  return problems->len > 0 ? g_strdup (problems->str) : NULL;
}

gboolean
mk_pdf_check_status (cairo_status_t   status,
                     const char      *path,
                     GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Cannot write %s: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

gboolean
mk_pdf_write_pages (const char         *path,
                    double              width,
                    double              height,
                    const char         *title,
                    guint               n_pages,
                    MkPdfDrawPageFunc   draw,
                    gpointer            data,
                    GError            **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr;
  gboolean ok;

  if (!mk_pdf_check_status (cairo_surface_status (surface), path, error))
    return cairo_surface_destroy (surface), FALSE;
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  mk_document_date_set_pdf (surface);
  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      draw (data, cr, page);
      cairo_show_page (cr);
    }
  ok = mk_pdf_check_status (cairo_status (cr), path, error);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = ok && mk_pdf_check_status (cairo_surface_status (surface), path, error);
  cairo_surface_destroy (surface);
  return ok;
}

static void
draw_sheet_page (gpointer  layout,
                 cairo_t  *cr,
                 guint     page)
{
  mk_pdf_layout_draw_page (layout, cr, page);
}

gboolean
mk_pdf_render (MkSheet     *sheet,
               const char  *path,
               GError     **error)
{
  gboolean landscape = mk_sheet_get_page (sheet)->orientation == MK_SHEET_LANDSCAPE;
  double width = landscape ? MK_PDF_A4_HEIGHT : MK_PDF_A4_WIDTH;
  double height = landscape ? MK_PDF_A4_WIDTH : MK_PDF_A4_HEIGHT;
  g_autoptr(MkPdfLayout) layout = NULL;

  if (!mk_sheet_check_limits (sheet, error))
    {
      g_prefix_error (error, _("Cannot write %s: "), path);
      return FALSE;
    }
  layout = mk_pdf_layout_new (sheet, width, height, NULL);
  return mk_pdf_write_pages (path, width, height, mk_sheet_get_name (sheet),
                             mk_pdf_layout_get_n_pages (layout), draw_sheet_page, layout, error);
}
