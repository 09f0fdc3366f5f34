/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart"
#include "config.h"

#include <math.h>

#include "mk-chart-private.h"

guint32
mk_chart_role_color (MkChartStyle style,
                     MkChartRole  role)
{
  static const guint32 light[] = { 0xFFFFFF, 0x1A1A1A, 0x5E5C64, 0xDEDDDA, 0x77767B, 0xF1F0EE };
  static const guint32 dark[] = { 0x1E1E1E, 0xEEEEEE, 0xB0AFB5, 0x3D3D3D, 0x9A9996, 0x2C2C2C };

  return style == MK_CHART_DARK ? dark[role] : light[role];
}

void
mk_chart_set_color (cairo_t *cr,
                    guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0,
                        (rgb & 0xFF) / 255.0);
}

typedef enum { ALIGN_START, ALIGN_CENTER, ALIGN_END } Align;

/* Writes TEXT with its top at Y, aligned on X. */
static void
draw_text (MkChartContext *ctx,
           const char     *text,
           MkTextFlags     flags,
           MkChartRole     role,
           double          x,
           double          y,
           Align           align)
{
  g_autoptr(PangoLayout) layout = mk_chart_text_layout (ctx, text, flags);
  int w, h;

  pango_layout_set_alignment (layout, align == ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                      : align == ALIGN_END ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_get_size (layout, &w, &h);
  mk_chart_set_color (ctx->cr, mk_chart_role_color (ctx->style, role));
  cairo_move_to (ctx->cr, x - (align == ALIGN_CENTER ? w / 2.0 : align == ALIGN_END ? w : 0) / PANGO_SCALE, y);
  pango_cairo_show_layout (ctx->cr, layout);
}

static void
fill_rect (cairo_t           *cr,
           const MkChartRect *r,
           guint32            rgb)
{
  mk_chart_set_color (cr, rgb);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  cairo_fill (cr);
}

/* Diagonal stripes over a filled rectangle, in the background colour:
 * the part stays its own even in print or for a colour-blind reader. */
static void
hatch_rect (MkChartContext    *ctx,
            const MkChartRect *r)
{
  cairo_save (ctx->cr);
  cairo_rectangle (ctx->cr, r->x, r->y, r->width, r->height);
  cairo_clip (ctx->cr);
  mk_chart_set_color (ctx->cr, mk_chart_role_color (ctx->style, MK_COLOR_BACKGROUND));
  cairo_set_line_width (ctx->cr, 1.5);
  for (double x = r->x - r->height; x < r->x + r->width; x += 6)
    {
      cairo_move_to (ctx->cr, x, r->y + r->height);
      cairo_line_to (ctx->cr, x + r->height, r->y);
    }
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

static void
fill_series_rect (MkChartContext      *ctx,
                  const MkChartRect   *r,
                  const MkChartSeries *series)
{
  fill_rect (ctx->cr, r, series->color);
  if (series->hatched)
    hatch_rect (ctx, r);
}

static void
draw_wrapped (MkChartContext    *ctx,
              const char        *text,
              MkTextFlags        flags,
              MkChartRole        role,
              const MkChartRect *rect,
              double             y)
{
  g_autoptr(PangoLayout) layout = mk_chart_wrapped_layout (ctx, text, flags, rect->width);

  mk_chart_set_color (ctx->cr, mk_chart_role_color (ctx->style, role));
  cairo_move_to (ctx->cr, rect->x, y);
  pango_cairo_show_layout (ctx->cr, layout);
}

static void
draw_title (MkChartContext      *ctx,
            const MkChartData   *data,
            const MkChartLayout *layout)
{
  const MkChartRect *r = &layout->title;
  double h;

  draw_wrapped (ctx, data->title, MK_TEXT_TITLE, MK_COLOR_TEXT, r, r->y);
  if (data->subtitle == NULL || *data->subtitle == '\0')
    return;
  h = mk_chart_wrapped_height (ctx, data->title, MK_TEXT_TITLE, r->width);
  draw_wrapped (ctx, data->subtitle, MK_TEXT_SMALL, MK_COLOR_SECONDARY, r,
                r->y + h + MK_CHART_SUBTITLE_GAP);
}

static void
draw_legend (MkChartContext      *ctx,
             const MkChartData   *data,
             const MkChartLayout *layout)
{
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const MkChartLegendItem *item = &g_array_index (layout->legend, MkChartLegendItem, i);
      const MkChartSeries *series;

      if (item->series >= data->series->len)
        {
          draw_text (ctx, MK_CHART_UNKNOWN_LEGEND, MK_TEXT_PLAIN, MK_COLOR_TEXT,
                     item->label.x, item->label.y, ALIGN_START);
          continue;
        }
      series = data->series->pdata[item->series];
      fill_series_rect (ctx, &item->swatch, series);
      draw_text (ctx, series->name, MK_TEXT_PLAIN, MK_COLOR_TEXT,
                 item->label.x, item->label.y, ALIGN_START);
    }
}

static void
hline (cairo_t *cr,
       double   x0,
       double   x1,
       double   y)
{
  cairo_move_to (cr, x0, round (y) + 0.5);
  cairo_line_to (cr, x1, round (y) + 0.5);
  cairo_stroke (cr);
}

/* Grid lines and tick labels on the left of vertical bars. */
static void
draw_value_axis (MkChartContext      *ctx,
                 const MkChartData   *data,
                 const MkChartLayout *layout)
{
  const MkChartScale *scale = &layout->stats.scale;
  const MkChartRect *p = &layout->plot;
  double w, h;

  cairo_set_line_width (ctx->cr, 1);
  for (guint i = 0; i < scale->n_ticks; i++)
    {
      double v = mk_chart_scale_tick (scale, i);
      double y = p->y + p->height * (1 - (v - scale->min) / (scale->max - scale->min));
      g_autofree char *text = mk_chart_format_number (v, scale->decimals);

      mk_chart_set_color (ctx->cr, mk_chart_role_color (ctx->style, i == 0 ? MK_COLOR_AXIS : MK_COLOR_GRID));
      hline (ctx->cr, p->x, p->x + p->width, y);
      mk_chart_text_size (ctx, text, MK_TEXT_SMALL, &w, &h);
      draw_text (ctx, text, MK_TEXT_SMALL, MK_COLOR_SECONDARY, p->x - MK_CHART_GAP, y - h / 2, ALIGN_END);
    }
  if (data->units == NULL)
    return;
  mk_chart_text_size (ctx, data->units, MK_TEXT_SMALL, &w, &h);
  draw_text (ctx, data->units, MK_TEXT_SMALL, MK_COLOR_SECONDARY, MK_CHART_MARGIN,
             p->y - h - 4 - layout->category_label_height / 2, ALIGN_START);
}

static void
draw_category_labels (MkChartContext      *ctx,
                      const MkChartData   *data,
                      const MkChartLayout *layout)
{
  double slot = layout->plot.width / MAX (data->categories->len, 1);

  for (guint c = 0; c < data->categories->len; c += layout->category_label_every)
    draw_text (ctx, data->categories->pdata[c], MK_TEXT_SMALL, MK_COLOR_TEXT,
               layout->plot.x + slot * (c + 0.5),
               layout->plot.y + layout->plot.height + MK_CHART_GAP / 2, ALIGN_CENTER);
}

/* A grouped bar's value above it, where the bar is wide enough to carry
 * it (a stack's total: draw_stack_totals). */
static void
draw_column_values (MkChartContext      *ctx,
                    const MkChartData   *data,
                    const MkChartLayout *layout)
{
  int decimals = data->integral ? 0 : 1;

  for (guint i = 0; i < layout->bars->len; i++)
    {
      const MkChartBar *bar = &g_array_index (layout->bars, MkChartBar, i);
      double v = mk_chart_data_get (data, bar->series, bar->category);
      g_autofree char *text = NULL;
      double w, h;

      if (data->kind == MK_CHART_STACKED || v == 0)
        continue;
      text = mk_chart_format_number (v, decimals);
      mk_chart_text_size (ctx, text, MK_TEXT_SMALL, &w, &h);
      if (w > bar->rect.width + MK_CHART_GAP)
        continue;
      draw_text (ctx, text, MK_TEXT_SMALL, MK_COLOR_TEXT, bar->rect.x + bar->rect.width / 2,
                 bar->rect.y - h - 1, ALIGN_CENTER);
    }
}

/* Above each stack its known total, and «н/д» where a part is not known:
 * «8 + н/д», never a total that passes for the whole. */
static void
draw_stack_totals (MkChartContext      *ctx,
                   const MkChartData   *data,
                   const MkChartLayout *layout)
{
  const MkChartScale *scale = &layout->stats.scale;
  double slot = layout->plot.width / MAX (data->categories->len, 1);

  for (guint c = 0; c < data->categories->len; c++)
    {
      double total = mk_chart_data_total (data, c), w, h;
      double y = layout->plot.y + layout->plot.height
                 * (1 - (total - scale->min) / (scale->max - scale->min));
      gboolean unknown = !data->totals_known && mk_chart_data_category_unknown (data, c);
      g_autofree char *number = mk_chart_format_number (total, data->integral ? 0 : 1);
      g_autofree char *text = !unknown ? g_strdup (number) : total > 0
                              ? g_strdup_printf ("%s + %s", number, MK_CHART_UNKNOWN)
                              : g_strdup (MK_CHART_UNKNOWN);

      if (total == 0 && !unknown)
        continue;
      /* A part not known inside a known total: «н/д» on the stack. */
      if (data->totals_known && mk_chart_data_category_unknown (data, c))
        draw_text (ctx, MK_CHART_UNKNOWN, MK_TEXT_SMALL, MK_COLOR_SECONDARY,
                   layout->plot.x + slot * (c + 0.5), y + 2, ALIGN_CENTER);
      mk_chart_text_size (ctx, text, MK_TEXT_SMALL, &w, &h);
      if (w > slot && !unknown)
        continue;
      draw_text (ctx, text, MK_TEXT_SMALL, MK_COLOR_TEXT, layout->plot.x + slot * (c + 0.5),
                 y - h - 1, ALIGN_CENTER);
    }
}

/* «н/д» on the axis where a grouped bar is not known. */
static void
draw_unknown_bars (MkChartContext      *ctx,
                   const MkChartData   *data,
                   const MkChartLayout *layout)
{
  guint n_series = MAX (data->series->len, 1);
  double slot = layout->plot.width / MAX (data->categories->len, 1);
  double bar = slot * 0.7 / n_series, w, h;

  mk_chart_text_size (ctx, MK_CHART_UNKNOWN, MK_TEXT_SMALL, &w, &h);
  for (guint c = 0; c < data->categories->len; c++)
    for (guint s = 0; s < data->series->len; s++)
      if (isnan (mk_chart_data_get (data, s, c)))
        draw_text (ctx, MK_CHART_UNKNOWN, MK_TEXT_SMALL, MK_COLOR_SECONDARY,
                   layout->plot.x + slot * c + slot * 0.15 + bar * (s + 0.5),
                   layout->plot.y + layout->plot.height - h - 1, ALIGN_CENTER);
}

static void
draw_columns (MkChartContext      *ctx,
              const MkChartData   *data,
              const MkChartLayout *layout)
{
  draw_value_axis (ctx, data, layout);
  for (guint i = 0; i < layout->bars->len; i++)
    {
      const MkChartBar *bar = &g_array_index (layout->bars, MkChartBar, i);

      fill_series_rect (ctx, &bar->rect, data->series->pdata[bar->series]);
    }
  draw_column_values (ctx, data, layout);
  if (data->kind == MK_CHART_STACKED)
    draw_stack_totals (ctx, data, layout);
  else
    draw_unknown_bars (ctx, data, layout);
  draw_category_labels (ctx, data, layout);
}

static guint32
hbar_color (const MkChartData *data,
            guint              category)
{
  guint32 color = category < data->category_colors->len
                  ? g_array_index (data->category_colors, guint32, category) : 0;

  return color != 0 ? color : ((MkChartSeries *) data->series->pdata[0])->color;
}

static void
draw_hbars (MkChartContext      *ctx,
            const MkChartData   *data,
            const MkChartLayout *layout)
{
  const MkChartRect *p = &layout->plot;
  double w, h;

  for (guint i = 0; i < layout->bars->len; i++)
    {
      const MkChartBar *bar = &g_array_index (layout->bars, MkChartBar, i);
      g_autofree char *value = mk_chart_hbar_label (data, bar->category);
      double mid = bar->rect.y + bar->rect.height / 2;

      fill_rect (ctx->cr, &bar->rect, hbar_color (data, bar->category));
      mk_chart_text_size (ctx, data->categories->pdata[bar->category], MK_TEXT_PLAIN, &w, &h);
      draw_text (ctx, data->categories->pdata[bar->category], MK_TEXT_PLAIN, MK_COLOR_TEXT,
                 p->x - MK_CHART_GAP, mid - h / 2, ALIGN_END);
      draw_text (ctx, value, MK_TEXT_BOLD, MK_COLOR_TEXT,
                 bar->rect.x + bar->rect.width + MK_CHART_GAP / 2, mid - h / 2, ALIGN_START);
    }
  mk_chart_set_color (ctx->cr, mk_chart_role_color (ctx->style, MK_COLOR_AXIS));
  cairo_set_line_width (ctx->cr, 1);
  cairo_move_to (ctx->cr, round (p->x) + 0.5, p->y);
  cairo_line_to (ctx->cr, round (p->x) + 0.5, p->y + p->height);
  cairo_stroke (ctx->cr);
}

/* Marker cells: a stronger colour for a marker in more years. */
static void
draw_cells (MkChartContext      *ctx,
            const MkChartData   *data,
            const MkChartLayout *layout)
{
  double top = MAX (layout->stats.largest, 1);
  double pad = layout->cell_height > 4 ? 1 : 0;

  for (guint s = 0; s < data->series->len; s++)
    for (guint c = 0; c < data->categories->len; c++)
      {
        double v = mk_chart_data_get (data, s, c);
        MkChartRect r = { layout->plot.x + layout->cell_width * c + pad,
                          layout->plot.y + layout->cell_height * s + pad,
                          layout->cell_width - 2 * pad, layout->cell_height - 2 * pad };

        if (v <= 0)
          {
            fill_rect (ctx->cr, &r, mk_chart_role_color (ctx->style, MK_COLOR_EMPTY_CELL));
            continue;
          }
        mk_chart_set_color (ctx->cr, 0xD55E00);
        cairo_rectangle (ctx->cr, r.x, r.y, r.width, r.height);
        cairo_save (ctx->cr);
        cairo_clip (ctx->cr);
        cairo_paint_with_alpha (ctx->cr, 0.45 + 0.55 * MIN (v / top, 1));
        cairo_restore (ctx->cr);
      }
}

static void
draw_heatmap (MkChartContext      *ctx,
              const MkChartData   *data,
              const MkChartLayout *layout)
{
  const MkChartRect *p = &layout->plot;
  double w, h;

  draw_cells (ctx, data, layout);
  for (guint c = 0; c < data->categories->len; c += layout->category_label_every)
    {
      mk_chart_text_size (ctx, data->categories->pdata[c], MK_TEXT_SMALL, &w, &h);
      cairo_save (ctx->cr);
      cairo_translate (ctx->cr, p->x + layout->cell_width * (c + 0.5) - h / 2, p->y - MK_CHART_GAP / 2);
      cairo_rotate (ctx->cr, -G_PI / 2);
      draw_text (ctx, data->categories->pdata[c], MK_TEXT_SMALL, MK_COLOR_TEXT, 0, 0, ALIGN_START);
      cairo_restore (ctx->cr);
    }
  if (layout->category_label_width <= 0)
    return;
  for (guint s = 0; s < data->series->len; s++)
    {
      const char *name = ((MkChartSeries *) data->series->pdata[s])->name;

      mk_chart_text_size (ctx, name, MK_TEXT_SMALL, &w, &h);
      /* Names read down a left edge, as in a list. */
      draw_text (ctx, name, MK_TEXT_SMALL, MK_COLOR_TEXT, MK_CHART_MARGIN,
                 p->y + layout->cell_height * (s + 0.5) - h / 2, ALIGN_START);
    }
}

void
mk_chart_draw (MkChartContext      *ctx,
               const MkChartData   *data,
               const MkChartLayout *layout)
{
  cairo_save (ctx->cr);
  pango_cairo_update_context (ctx->cr, ctx->pango);
  mk_chart_set_color (ctx->cr, mk_chart_role_color (ctx->style, MK_COLOR_BACKGROUND));
  cairo_paint (ctx->cr);
  draw_title (ctx, data, layout);
  if (data->kind == MK_CHART_HBARS)
    draw_hbars (ctx, data, layout);
  else if (data->kind == MK_CHART_HEATMAP)
    draw_heatmap (ctx, data, layout);
  else
    draw_columns (ctx, data, layout);
  draw_legend (ctx, data, layout);
  cairo_restore (ctx->cr);
}

gboolean
mk_chart_hit_test (const MkChartData   *data,
                   const MkChartLayout *layout,
                   double               x,
                   double               y,
                   int                 *series,
                   int                 *category)
{
  *series = *category = -1;
  if (data->kind == MK_CHART_HEATMAP && mk_chart_rect_contains (&layout->plot, x, y))
    {
      *category = (int) ((x - layout->plot.x) / layout->cell_width);
      *series = (int) ((y - layout->plot.y) / layout->cell_height);
      return *series < (int) data->series->len && *category < (int) data->categories->len;
    }
  for (guint i = 0; i < layout->bars->len; i++)
    {
      const MkChartBar *bar = &g_array_index (layout->bars, MkChartBar, i);

      if (mk_chart_rect_contains (&bar->rect, x, y))
        return (*series = bar->series, *category = bar->category, TRUE);
    }
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const MkChartLegendItem *item = &g_array_index (layout->legend, MkChartLegendItem, i);

      if (item->series >= data->series->len)  /* the «н/д» entry: no series */
        continue;
      if (mk_chart_rect_contains (&item->swatch, x, y) || mk_chart_rect_contains (&item->label, x, y))
        return (*series = item->series, TRUE);
    }
  return FALSE;
}
