/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-result-matrix"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mk-result-matrix-view-private.h"

/* Drawing of one frame from a layout and a grid: the body first, then the
 * frozen column and the header over it, each clipped to its area. Only
 * the rows and columns that show are visited. */

#define PAD_X 8
#define HATCH_STEP 6

typedef struct {
  guint first_row, end_row;
  guint first_column, end_column;
} Visible;

static void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      double         x,
      double         y,
      double         width,
      double         height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

/* Draws TEXT in RECT: centred when CENTER, else from the left, cut with
 * «…» when it does not fit. */
static void
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *pango,
           const char    *text,
           const GdkRectangle *rect,
           gboolean       center,
           const GdkRGBA *color)
{
  int width = 0;
  int height = 0;
  double x = rect->x + PAD_X;

  pango_layout_set_text (pango, text, -1);
  pango_layout_set_width (pango, center ? -1 : MAX (rect->width - 2 * PAD_X, 1) * PANGO_SCALE);
  pango_layout_set_ellipsize (pango, center ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (pango, &width, &height);
  if (center)
    x = rect->x + (rect->width - width) / 2.0;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, rect->y + (rect->height - height) / 2.0));
  gtk_snapshot_append_layout (snapshot, pango, color);
  gtk_snapshot_restore (snapshot);
}

static guint
column_at (const MkMatrixLayout *layout,
           double                x)
{
  guint n = layout->column_x->len > 0 ? layout->column_x->len - 1 : 0;
  guint column = 0;

  while (column < n && g_array_index (layout->column_x, int, column + 1) <= x)
    column++;
  return column;
}

static Visible
visible_range (const MkMatrixDrawContext *ctx)
{
  const MkMatrixLayout *layout = ctx->layout;
  guint n_rows = mk_result_grid_get_n_rows (ctx->grid);
  double body_height = MAX (ctx->height - layout->header_height, 0);
  double body_width = MAX (ctx->width - layout->frozen_width, 0);
  Visible v;

  v.first_row = MIN ((guint) (ctx->voffset / layout->row_height), n_rows);
  v.end_row = MIN ((guint) ((ctx->voffset + body_height) / layout->row_height) + 1, n_rows);
  v.first_column = column_at (layout, ctx->hoffset);
  v.end_column = MIN (column_at (layout, ctx->hoffset + body_width) + 1,
                      mk_result_grid_get_n_columns (ctx->grid));
  return v;
}

static void
draw_cell (GtkSnapshot               *snapshot,
           const MkMatrixDrawContext *ctx,
           const MkResultCell        *cell,
           const GdkRectangle        *rect)
{
  g_autofree char *text = NULL;

  if (!cell->present)
    return;
  text = mk_result_cell_dup_text (cell);
  if (cell->marker)
    {
      fill (snapshot, &ctx->palette->marker_fill, rect->x + 1, rect->y + 1,
            rect->width - 1, rect->height - 1);
      draw_text (snapshot, ctx->bold, text, rect, TRUE, &ctx->palette->marker_text);
      return;
    }
  draw_text (snapshot, ctx->text, text, rect, TRUE, &ctx->palette->fg);
}

/* Hatching and an outline mark a non-objective result, so that it reads
 * without colour too; one cairo node serves every such cell of a frame. */
static void
draw_non_objective (GtkSnapshot               *snapshot,
                    const MkMatrixDrawContext *ctx,
                    GArray                    *rects)
{
  GdkRGBA hatch = ctx->palette->non_objective;
  cairo_t *cr;

  if (rects->len == 0)
    return;
  hatch.alpha = 0.45f;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, ctx->width, ctx->height));
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < rects->len; i++)
    {
      const GdkRectangle *r = &g_array_index (rects, GdkRectangle, i);

      cairo_save (cr);
      cairo_rectangle (cr, r->x + 1, r->y + 1, r->width - 1, r->height - 1);
      cairo_clip (cr);
      gdk_cairo_set_source_rgba (cr, &hatch);
      for (int d = -r->height; d < r->width; d += HATCH_STEP)
        {
          cairo_move_to (cr, r->x + d, r->y + r->height);
          cairo_line_to (cr, r->x + d + r->height, r->y);
        }
      cairo_stroke (cr);
      gdk_cairo_set_source_rgba (cr, &ctx->palette->non_objective);
      cairo_set_line_width (cr, 4);
      cairo_rectangle (cr, r->x + 1, r->y + 1, r->width - 1, r->height - 1);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  cairo_destroy (cr);
}

static void
draw_grid_lines (GtkSnapshot               *snapshot,
                 const MkMatrixDrawContext *ctx,
                 const Visible             *v)
{
  const MkMatrixLayout *layout = ctx->layout;
  GdkRectangle rect;

  for (guint i = v->first_row; i < v->end_row; i++)
    {
      mk_matrix_cell_rect (layout, ctx->hoffset, ctx->voffset, i, 0, &rect);
      fill (snapshot, &ctx->palette->line, 0, rect.y + rect.height - 1, ctx->width, 1);
    }
  for (guint j = v->first_column; j < v->end_column; j++)
    {
      mk_matrix_cell_rect (layout, ctx->hoffset, ctx->voffset, 0, j, &rect);
      fill (snapshot, &ctx->palette->line, rect.x + rect.width - 1, 0, 1, ctx->height);
    }
}

static void
draw_body (GtkSnapshot               *snapshot,
           const MkMatrixDrawContext *ctx,
           const Visible             *v)
{
  const MkMatrixLayout *layout = ctx->layout;
  g_autoptr(GArray) hatched = g_array_new (FALSE, FALSE, sizeof (GdkRectangle));
  GdkRectangle rect;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (layout->frozen_width, layout->header_height,
                                                         ctx->width, ctx->height));
  if (ctx->cursor_row >= 0)
    {
      mk_matrix_cell_rect (layout, ctx->hoffset, ctx->voffset, ctx->cursor_row, 0, &rect);
      fill (snapshot, &ctx->palette->cursor_band, 0, rect.y, ctx->width, rect.height);
    }
  for (guint i = v->first_row; i < v->end_row; i++)
    for (guint j = v->first_column; j < v->end_column; j++)
      {
        const MkResultCell *cell = mk_result_grid_get_cell (ctx->grid, i, j);

        mk_matrix_cell_rect (layout, ctx->hoffset, ctx->voffset, i, j, &rect);
        draw_cell (snapshot, ctx, cell, &rect);
        if (cell->present && cell->non_objective)
          g_array_append_val (hatched, rect);
      }
  draw_non_objective (snapshot, ctx, hatched);
  draw_grid_lines (snapshot, ctx, v);
  gtk_snapshot_pop (snapshot);
}

static void
draw_name (GtkSnapshot               *snapshot,
           const MkMatrixDrawContext *ctx,
           const MkResultMatrixRow   *row,
           GdkRectangle              *rect)
{
  g_autofree char *count = g_strdup_printf ("%u", row->n_markers);
  GdkRectangle name = *rect;
  GdkRectangle markers = *rect;

  name.width = ctx->layout->name_width;
  markers.x = name.width;
  markers.width = ctx->layout->count_width;
  if (ctx->show_municipality)
    {
      g_autofree char *text = g_strdup_printf ("%s · %s", row->school, row->municipality);
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
      PangoAttribute *dim = pango_attr_foreground_alpha_new (36000);

      dim->start_index = strlen (row->school);
      pango_attr_list_insert (attrs, dim);
      pango_layout_set_attributes (ctx->text, attrs);
      draw_text (snapshot, ctx->text, text, &name, FALSE, &ctx->palette->fg);
      pango_layout_set_attributes (ctx->text, NULL);
    }
  else
    draw_text (snapshot, ctx->text, row->school, &name, FALSE, &ctx->palette->fg);
  draw_text (snapshot, row->n_markers > 0 ? ctx->bold : ctx->text, count, &markers, TRUE,
             row->n_markers > 0 ? &ctx->palette->fg : &ctx->palette->dim);
}

static void
draw_frozen_column (GtkSnapshot               *snapshot,
                    const MkMatrixDrawContext *ctx,
                    const Visible             *v)
{
  const MkMatrixLayout *layout = ctx->layout;
  GdkRectangle rect;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, layout->header_height,
                                                         layout->frozen_width, ctx->height));
  fill (snapshot, &ctx->palette->bg, 0, 0, layout->frozen_width, ctx->height);
  for (guint i = v->first_row; i < v->end_row; i++)
    {
      mk_matrix_cell_rect (layout, ctx->hoffset, ctx->voffset, i, 0, &rect);
      rect.x = 0;
      rect.width = layout->frozen_width;
      if ((int) i == ctx->cursor_row)
        fill (snapshot, &ctx->palette->cursor_band, 0, rect.y, rect.width, rect.height);
      draw_name (snapshot, ctx, mk_result_grid_get_row (ctx->grid, i), &rect);
      fill (snapshot, &ctx->palette->line, 0, rect.y + rect.height - 1, rect.width, 1);
    }
  fill (snapshot, &ctx->palette->line, layout->name_width - 1, 0, 1, ctx->height);
  fill (snapshot, &ctx->palette->fg, layout->frozen_width - 1, 0, 1, ctx->height);
  gtk_snapshot_pop (snapshot);
}

static void
draw_heading (GtkSnapshot               *snapshot,
              const MkMatrixDrawContext *ctx,
              guint                      column)
{
  MkProcedure *procedure = mk_result_grid_get_column (ctx->grid, column);
  PangoLayout *pango = (int) column == ctx->cursor_column ? ctx->bold : ctx->text;
  GdkRectangle rect;

  mk_matrix_cell_rect (ctx->layout, ctx->hoffset, 0, 0, column, &rect);
  rect.y = 0;
  rect.height = ctx->layout->header_height / 2;
  if ((int) column == ctx->cursor_column)
    fill (snapshot, &ctx->palette->cursor_band, rect.x, 0, rect.width, ctx->layout->header_height);
  draw_text (snapshot, pango, mk_procedure_get_kind (procedure), &rect, TRUE, &ctx->palette->dim);
  rect.y = rect.height;
  draw_text (snapshot, pango, mk_matrix_code_rest (procedure), &rect, TRUE, &ctx->palette->fg);
  fill (snapshot, &ctx->palette->line, rect.x + rect.width - 1, 0, 1, ctx->layout->header_height);
}

static void
draw_header (GtkSnapshot               *snapshot,
             const MkMatrixDrawContext *ctx,
             const Visible             *v)
{
  const MkMatrixLayout *layout = ctx->layout;
  GdkRectangle corner = { 0, 0, layout->name_width, layout->header_height };

  fill (snapshot, &ctx->palette->header_bg, 0, 0, ctx->width, layout->header_height);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (layout->frozen_width, 0,
                                                         ctx->width, layout->header_height));
  for (guint j = v->first_column; j < v->end_column; j++)
    draw_heading (snapshot, ctx, j);
  gtk_snapshot_pop (snapshot);
  /* Translators: heading of the column of school names in the results matrix */
  draw_text (snapshot, ctx->bold, _("School"), &corner, FALSE, &ctx->palette->fg);
  corner.x = layout->name_width;
  corner.width = layout->count_width;
  draw_text (snapshot, ctx->text, _("Markers"), &corner, TRUE, &ctx->palette->dim);
  fill (snapshot, &ctx->palette->fg, 0, layout->header_height - 1, ctx->width, 1);
  fill (snapshot, &ctx->palette->fg, layout->frozen_width - 1, 0, 1, layout->header_height);
}

static void
draw_cursor (GtkSnapshot               *snapshot,
             const MkMatrixDrawContext *ctx)
{
  const MkMatrixLayout *layout = ctx->layout;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4];
  GskRoundedRect outline;
  GdkRectangle rect;

  if (ctx->cursor_row < 0 || ctx->cursor_column < 0)
    return;
  for (guint i = 0; i < 4; i++)
    colors[i] = ctx->palette->fg;
  if (!ctx->focused)
    for (guint i = 0; i < 4; i++)
      colors[i].alpha *= 0.4f;
  mk_matrix_cell_rect (layout, ctx->hoffset, ctx->voffset, ctx->cursor_row, ctx->cursor_column, &rect);
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (rect.x - 1, rect.y - 1,
                                                                  rect.width + 1, rect.height + 1), 0);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (layout->frozen_width, layout->header_height,
                                                         ctx->width, ctx->height));
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
  gtk_snapshot_pop (snapshot);
}

void
mk_matrix_draw (GtkSnapshot               *snapshot,
                const MkMatrixDrawContext *ctx)
{
  Visible v = visible_range (ctx);

  draw_body (snapshot, ctx, &v);
  draw_cursor (snapshot, ctx);
  draw_frozen_column (snapshot, ctx, &v);
  draw_header (snapshot, ctx, &v);
}

void
mk_matrix_draw_swatch (cairo_t               *cr,
                       const MkMatrixPalette *palette,
                       MkMatrixSwatch         swatch,
                       int                    width,
                       int                    height)
{
  GdkRGBA hatch = palette->non_objective;

  hatch.alpha = 0.45f;
  cairo_set_line_width (cr, 1);
  gdk_cairo_set_source_rgba (cr, &palette->line);
  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  cairo_stroke (cr);
  if (swatch == MK_MATRIX_SWATCH_MARKER)
    {
      gdk_cairo_set_source_rgba (cr, &palette->marker_fill);
      cairo_rectangle (cr, 1, 1, width - 2, height - 2);
      cairo_fill (cr);
    }
  else if (swatch == MK_MATRIX_SWATCH_NON_OBJECTIVE)
    {
      gdk_cairo_set_source_rgba (cr, &hatch);
      for (int d = -height; d < width; d += HATCH_STEP)
        {
          cairo_move_to (cr, d, height);
          cairo_line_to (cr, d + height, 0);
        }
      cairo_stroke (cr);
      gdk_cairo_set_source_rgba (cr, &palette->non_objective);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, 1, 1, width - 2, height - 2);
      cairo_stroke (cr);
    }
  else if (swatch == MK_MATRIX_SWATCH_RESULT)
    {
      gdk_cairo_set_source_rgba (cr, &palette->dim);
      cairo_rectangle (cr, width / 2.0 - 3, height / 2.0 - 1, 6, 2);
      cairo_fill (cr);
    }
}
