/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-doc-layout-private.h"

/* A column without a width of its own: a spreadsheet's default. */
#define DEFAULT_COLUMN_WIDTH 8.43

struct _MkDocTable {
  const MkDocPart *part;
  PangoContext    *context;
  guint            n_cols, n_rows;
  double          *col_x;      /* N_COLS + 1 edges, from the table's left */
  double          *row_h;
  guint           *group_end;
  GHashTable      *merges;     /* top-left cell key → MkSheetRange */
  GHashTable      *covered;    /* keys of the other cells of a merge */
  GHashTable      *layouts;    /* cell key → PangoLayout: measured once,
                                  drawn from the same layout */
};

static gpointer
cell_key (guint row,
          guint col)
{
  return (gpointer) (((gsize) row << 16) | (col + 1));
}

PangoLayout *
mk_doc_text_layout (PangoContext   *context,
                    const char     *text,
                    double          size,
                    gboolean        bold,
                    PangoAlignment  align,
                    double          width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (MK_DOC_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
set_columns (MkDocTable *self,
             double      width)
{
  MkSheet *sheet = self->part->sheet;
  double total = 0;

  self->col_x = g_new0 (double, self->n_cols + 1);
  for (guint c = 0; c < self->n_cols; c++)
    {
      double w = mk_sheet_get_column_width (sheet, c);

      total += w > 0 ? w : DEFAULT_COLUMN_WIDTH;
      self->col_x[c + 1] = total;
    }
  for (guint c = 0; c <= self->n_cols; c++)
    self->col_x[c] *= width / MAX (total, 1);
}

static void
find_merges (MkDocTable *self)
{
  guint n = 0;
  const MkSheetRange *merges = mk_sheet_get_merges (self->part->sheet, &n);

  self->merges = g_hash_table_new (NULL, NULL);
  self->covered = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      const MkSheetRange *m = &merges[i];

      if (m->first_row < self->part->first_row || m->last_row > self->part->last_row)
        continue;
      g_hash_table_insert (self->merges, cell_key (m->first_row, m->first_col), (gpointer) m);
      for (guint r = m->first_row; r <= m->last_row; r++)
        for (guint c = m->first_col; c <= m->last_col; c++)
          if (r != m->first_row || c != m->first_col)
            g_hash_table_add (self->covered, cell_key (r, c));
    }
}

/* The box of the cell at sheet ROW, COL: its columns and last row. */
static void
cell_span (MkDocTable *self,
           guint       row,
           guint       col,
           guint      *last_col,
           guint      *last_row)
{
  const MkSheetRange *m = g_hash_table_lookup (self->merges, cell_key (row, col));

  *last_col = m != NULL ? m->last_col : col;
  *last_row = m != NULL ? m->last_row : row;
}

static PangoAlignment
cell_alignment (const MkSheetCell  *cell,
                const MkSheetStyle *style)
{
  switch (style->align)
    {
    case MK_SHEET_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case MK_SHEET_ALIGN_RIGHT:
      return PANGO_ALIGN_RIGHT;
    case MK_SHEET_ALIGN_LEFT:
      return PANGO_ALIGN_LEFT;
    default:
      return cell->kind == MK_SHEET_TEXT || cell->kind == MK_SHEET_EMPTY ? PANGO_ALIGN_LEFT
                                                                         : PANGO_ALIGN_RIGHT;
    }
}

/* The layout of the cell's text in its box WIDTH points wide, owned by
 * the table; NULL for an empty cell. */
static PangoLayout *
cell_layout (MkDocTable        *self,
             const MkSheetCell *cell,
             double             width)
{
  const MkSheetStyle *style = mk_sheet_get_style (self->part->sheet, cell->style);
  gpointer key = cell_key (cell->row, cell->col);
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);
  g_autofree char *text = NULL;

  if (layout != NULL || cell->kind == MK_SHEET_EMPTY)
    return layout;
  text = mk_sheet_format_cell (cell, style);
  layout = mk_doc_text_layout (self->context, text, MK_DOC_TABLE_FONT_SIZE,
                               (style->flags & MK_SHEET_BOLD) != 0, cell_alignment (cell, style),
                               width - 2 * MK_DOC_CELL_PAD_X);
  g_hash_table_insert (self->layouts, key, layout);
  return layout;
}

static double
cell_height (MkDocTable        *self,
             const MkSheetCell *cell,
             double             width)
{
  PangoLayout *layout = cell_layout (self, cell, width);
  int height = 0;

  if (layout == NULL)
    return 0;
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE + 2 * MK_DOC_CELL_PAD_Y;
}

/* Each row as high as its tallest cell; a merged cell taller than its
 * rows makes its last row taller. */
static void
measure_rows (MkDocTable *self,
              gboolean    merged)
{
  guint first = self->part->first_row;

  for (guint r = 0; r < self->n_rows; r++)
    for (guint c = 0; c < self->n_cols; c++)
      {
        const MkSheetCell *cell = mk_sheet_get_cell (self->part->sheet, first + r, c);
        guint last_col, last_row;
        double need, have = 0;

        if (cell == NULL || g_hash_table_contains (self->covered, cell_key (first + r, c)))
          continue;
        cell_span (self, first + r, c, &last_col, &last_row);
        if ((last_row > first + r) != merged)
          continue;
        need = cell_height (self, cell, self->col_x[last_col + 1] - self->col_x[c]);
        for (guint k = r; k <= last_row - first; k++)
          have += self->row_h[k];
        self->row_h[last_row - first] += MAX (need - have, 0);
      }
}

static void
find_groups (MkDocTable *self)
{
  guint n = 0;
  const MkSheetRange *merges = mk_sheet_get_merges (self->part->sheet, &n);
  guint first = self->part->first_row;
  g_autofree guint *reach = g_new0 (guint, self->n_rows);

  for (guint r = 0; r < self->n_rows; r++)
    reach[r] = r + 1;
  for (guint i = 0; i < n; i++)
    if (merges[i].first_row >= first && merges[i].last_row <= self->part->last_row)
      reach[merges[i].first_row - first] = MAX (reach[merges[i].first_row - first],
                                                merges[i].last_row - first + 1);
  self->group_end = g_new0 (guint, self->n_rows);
  for (guint r = 0; r < self->n_rows;)
    {
      guint end = reach[r];

      for (guint k = r; k < end; k++)
        end = MAX (end, reach[k]);
      for (guint k = r; k < end; k++)
        self->group_end[k] = end;
      r = end;
    }
}

MkDocTable *
mk_doc_table_new (const MkDocPart *part,
                  PangoContext    *context,
                  double           width)
{
  MkDocTable *self = g_new0 (MkDocTable, 1);

  self->part = part;
  self->context = g_object_ref (context);
  self->n_cols = mk_sheet_get_n_cols (part->sheet);
  self->n_rows = part->last_row - part->first_row + 1;
  self->row_h = g_new0 (double, self->n_rows);
  self->layouts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  set_columns (self, width);
  find_merges (self);
  measure_rows (self, FALSE);
  measure_rows (self, TRUE);
  find_groups (self);
  return self;
}

void
mk_doc_table_free (MkDocTable *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->context);
  g_free (self->col_x);
  g_free (self->row_h);
  g_free (self->group_end);
  g_hash_table_unref (self->merges);
  g_hash_table_unref (self->covered);
  g_hash_table_unref (self->layouts);
  g_free (self);
}

guint
mk_doc_table_get_n_rows (MkDocTable *self)
{
  return self->n_rows;
}

guint
mk_doc_table_get_n_header (MkDocTable *self)
{
  return MIN (self->part->header_rows, self->n_rows);
}

guint
mk_doc_table_group_end (MkDocTable *self,
                        guint       row)
{
  return self->group_end[row];
}

double
mk_doc_table_height (MkDocTable *self,
                     guint       first,
                     guint       end)
{
  double height = 0;

  for (guint r = first; r < end; r++)
    height += self->row_h[r];
  return height;
}

static void
draw_cell (MkDocTable        *self,
           cairo_t           *cr,
           const MkSheetCell *cell,
           double             x,
           double             y,
           double             width,
           double             height)
{
  const MkSheetStyle *style = mk_sheet_get_style (self->part->sheet, cell->style);
  PangoLayout *layout = cell_layout (self, cell, width);
  int text_h = 0;
  double top = MK_DOC_CELL_PAD_Y;

  if ((style->flags & MK_SHEET_BORDER) != 0)
    {
      cairo_rectangle (cr, x, y, width, height);
      cairo_stroke (cr);
    }
  if (layout == NULL)
    return;
  pango_layout_get_size (layout, NULL, &text_h);
  if (style->valign == MK_SHEET_VALIGN_CENTER)
    top = (height - (double) text_h / PANGO_SCALE) / 2;
  cairo_move_to (cr, x + MK_DOC_CELL_PAD_X, y + top);
  pango_cairo_show_layout (cr, layout);
}

double
mk_doc_table_draw (MkDocTable *self,
                   cairo_t    *cr,
                   double      x,
                   double      y,
                   guint       first,
                   guint       end)
{
  guint sheet_first = self->part->first_row;
  double top = y;

  cairo_save (cr);
  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint r = first; r < end; top += self->row_h[r], r++)
    for (guint c = 0; c < self->n_cols; c++)
      {
        const MkSheetCell *cell = mk_sheet_get_cell (self->part->sheet, sheet_first + r, c);
        guint last_col, last_row;

        if (cell == NULL || g_hash_table_contains (self->covered, cell_key (sheet_first + r, c)))
          continue;
        cell_span (self, sheet_first + r, c, &last_col, &last_row);
        draw_cell (self, cr, cell, x + self->col_x[c], top,
                   self->col_x[last_col + 1] - self->col_x[c],
                   mk_doc_table_height (self, r, MIN (last_row - sheet_first + 1, end)));
      }
  cairo_restore (cr);
  return top - y;
}
