/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart"
#include "config.h"

#include <math.h>

#include "mk-chart-private.h"

PangoLayout *
mk_chart_text_layout (MkChartContext *ctx,
                      const char     *text,
                      MkTextFlags     flags)
{
  PangoLayout *layout = pango_layout_new (ctx->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (ctx->font);
  int size = pango_font_description_get_size (font);

  if (flags & MK_TEXT_TITLE)
    size = (int) (size * MK_CHART_TITLE_SCALE);
  if (flags & MK_TEXT_SMALL)
    size = (int) (size * MK_CHART_SMALL_SCALE);
  pango_font_description_set_size (font, size);
  if (flags & (MK_TEXT_BOLD | MK_TEXT_TITLE))
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

void
mk_chart_text_size (MkChartContext *ctx,
                    const char     *text,
                    MkTextFlags     flags,
                    double         *width,
                    double         *height)
{
  g_autoptr(PangoLayout) layout = mk_chart_text_layout (ctx, text, flags);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  *width = (double) w / PANGO_SCALE;
  *height = (double) h / PANGO_SCALE;
}

gboolean
mk_chart_rect_contains (const MkChartRect *rect,
                        double             x,
                        double             y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

char *
mk_chart_hbar_label (const MkChartData *data,
                     guint              category)
{
  double value = mk_chart_data_get (data, 0, category);
  double total = mk_chart_data_total (data, -1);
  g_autofree char *number = mk_chart_format_number (value, data->integral ? 0 : 1);
  g_autofree char *share = NULL;

  /* A share of a total with unknown parts would pass for the whole's. */
  if (!data->show_shares || total <= 0 || isnan (value) || mk_chart_data_has_unknown (data))
    return g_steal_pointer (&number);
  share = mk_chart_format_share (100.0 * value / total);
  return g_strdup_printf ("%s · %s", number, share);
}

/* The widest and tallest of LABELS (a sample when there are many). */
static void
measure_labels (MkChartContext *ctx,
                GPtrArray      *labels,
                double         *width,
                double         *height)
{
  guint step = MAX (1, labels->len / MK_CHART_MEASURE_MAX);

  *width = *height = 0;
  for (guint i = 0; i < labels->len; i += step)
    {
      double w, h;

      mk_chart_text_size (ctx, labels->pdata[i], MK_TEXT_SMALL, &w, &h);
      *width = MAX (*width, w);
      *height = MAX (*height, h);
    }
}

/* A title or subtitle wrapped to WIDTH: at most two lines, then an
 * ellipsis, so a narrow chart keeps the end of «…, 2022/2023». */
PangoLayout *
mk_chart_wrapped_layout (MkChartContext *ctx,
                         const char     *text,
                         MkTextFlags     flags,
                         double          width)
{
  PangoLayout *layout = mk_chart_text_layout (ctx, text != NULL ? text : "", flags);

  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -MK_CHART_TITLE_LINES);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

double
mk_chart_wrapped_height (MkChartContext *ctx,
                         const char     *text,
                         MkTextFlags     flags,
                         double          width)
{
  g_autoptr(PangoLayout) layout = mk_chart_wrapped_layout (ctx, text, flags, width);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static double
title_height (MkChartContext    *ctx,
              const MkChartData *data,
              double             width)
{
  double h = mk_chart_wrapped_height (ctx, data->title, MK_TEXT_TITLE, width);

  if (data->subtitle != NULL && *data->subtitle != '\0')
    h += MK_CHART_SUBTITLE_GAP + mk_chart_wrapped_height (ctx, data->subtitle, MK_TEXT_SMALL, width);
  return h;
}

static void
add_legend_item (MkChartContext *ctx,
                 MkChartLayout  *layout,
                 guint           index,
                 const char     *name,
                 double         *x,
                 double         *y,
                 double         *row_height)
{
  MkChartLegendItem item = { .series = index };
  double w, h;

  mk_chart_text_size (ctx, name, MK_TEXT_PLAIN, &w, &h);
  if (*x > MK_CHART_MARGIN &&
      *x + MK_CHART_SWATCH + 6 + w > layout->width - MK_CHART_MARGIN)
    *x = MK_CHART_MARGIN, *y += *row_height + 4, *row_height = 0;
  item.swatch = (MkChartRect) { *x, *y + (h - MK_CHART_SWATCH) / 2,
                                MK_CHART_SWATCH, MK_CHART_SWATCH };
  item.label = (MkChartRect) { *x + MK_CHART_SWATCH + 6, *y, w, h };
  g_array_append_val (layout->legend, item);
  *x += MK_CHART_SWATCH + 6 + w + MK_CHART_LEGEND_GAP;
  *row_height = MAX (*row_height, h);
}

/* Flows the entries from the top left; returns their height. HBARS name
 * their colours per category, the heat map needs no legend. */
static double
layout_legend (MkChartContext    *ctx,
               const MkChartData *data,
               MkChartLayout     *layout)
{
  double x = MK_CHART_MARGIN, y = 0, row_height = 0;

  if (data->kind == MK_CHART_HEATMAP)
    return 0;
  for (guint s = 0; s < data->series->len && data->kind != MK_CHART_HBARS; s++)
    add_legend_item (ctx, layout, s, ((MkChartSeries *) data->series->pdata[s])->name,
                     &x, &y, &row_height);
  /* «н/д» in the plot is explained as an entry of its own (its series is
   * one past the last). */
  if (mk_chart_data_has_unknown (data))
    add_legend_item (ctx, layout, data->series->len, MK_CHART_UNKNOWN_LEGEND,
                     &x, &y, &row_height);
  return layout->legend->len > 0 ? y + row_height : 0;
}

static void
move_legend (MkChartLayout *layout,
             double         top)
{
  for (guint i = 0; i < layout->legend->len; i++)
    {
      MkChartLegendItem *item = &g_array_index (layout->legend, MkChartLegendItem, i);
      item->swatch.y += top;
      item->label.y += top;
    }
}

static double
widest_tick (MkChartContext *ctx,
             const MkChartScale *scale)
{
  double widest = 0;

  for (guint i = 0; i < scale->n_ticks; i++)
    {
      g_autofree char *text = mk_chart_format_number (mk_chart_scale_tick (scale, i),
                                                      scale->decimals);
      double w, h;

      mk_chart_text_size (ctx, text, MK_TEXT_SMALL, &w, &h);
      widest = MAX (widest, w);
    }
  return widest;
}

static double
value_y (const MkChartLayout *layout,
         double               value)
{
  const MkChartScale *scale = &layout->stats.scale;

  return layout->plot.y + layout->plot.height *
         (1 - (value - scale->min) / (scale->max - scale->min));
}

static void
add_bar (MkChartLayout *layout,
         guint          series,
         guint          category,
         MkChartRect    rect)
{
  MkChartBar bar = { series, category, rect };

  g_array_append_val (layout->bars, bar);
}

/* Grouped or stacked columns in one slot per category. */
static void
layout_columns (const MkChartData *data,
                MkChartLayout     *layout)
{
  guint n_series = MAX (data->series->len, 1);
  double slot = layout->plot.width / MAX (data->categories->len, 1);
  double group = slot * 0.7;
  double bar = data->kind == MK_CHART_STACKED ? group : group / n_series;

  for (guint c = 0; c < data->categories->len; c++)
    {
      double x = layout->plot.x + slot * c + (slot - group) / 2;
      double base = 0;

      for (guint s = 0; s < data->series->len; s++)
        {
          double v = mk_chart_data_get (data, s, c);
          double bottom = value_y (layout, base), top = value_y (layout, base + v);
          double bx = data->kind == MK_CHART_STACKED ? x : x + bar * s;

          if (isnan (v))   /* not known: no bar, «н/д» is written there */
            continue;
          add_bar (layout, s, c, (MkChartRect) { bx, top, bar, bottom - top });
          if (data->kind == MK_CHART_STACKED)
            base += v;
        }
    }
}

static void
layout_vertical (MkChartContext    *ctx,
                 const MkChartData *data,
                 MkChartLayout     *layout,
                 double             top,
                 double             bottom)
{
  double label_w, label_h, units_w = 0, units_h = 0;
  double left;

  measure_labels (ctx, data->categories, &label_w, &label_h);
  if (data->units != NULL && *data->units != '\0')
    mk_chart_text_size (ctx, data->units, MK_TEXT_SMALL, &units_w, &units_h);
  layout->value_label_width = widest_tick (ctx, &layout->stats.scale);
  left = MK_CHART_MARGIN + layout->value_label_width + MK_CHART_GAP;
  top += units_h + 4 + label_h / 2;  /* room for the units and a bar's value */
  layout->category_label_height = label_h;
  layout->category_label_width = label_w;
  layout->plot = (MkChartRect) { left, top, layout->width - MK_CHART_MARGIN - left,
                                 bottom - label_h - MK_CHART_GAP - top };
  layout->category_label_every = (guint) ceil ((label_w + MK_CHART_GAP) * data->categories->len
                                               / MAX (layout->plot.width, 1));
  layout->category_label_every = MAX (layout->category_label_every, 1);
  layout_columns (data, layout);
}

/* One bar per category, its label on the left and its value on the right. */
static void
layout_horizontal (MkChartContext    *ctx,
                   const MkChartData *data,
                   MkChartLayout     *layout,
                   double             top,
                   double             bottom)
{
  double label_w, label_h, value_w = 0, h;
  guint n = MAX (data->categories->len, 1);
  double slot;

  measure_labels (ctx, data->categories, &label_w, &label_h);
  for (guint c = 0; c < data->categories->len && c < MK_CHART_MEASURE_MAX; c++)
    {
      g_autofree char *text = mk_chart_hbar_label (data, c);
      double w;

      mk_chart_text_size (ctx, text, MK_TEXT_BOLD, &w, &h);
      value_w = MAX (value_w, w);
    }
  layout->category_label_width = label_w;
  layout->value_label_width = value_w;
  layout->plot = (MkChartRect) { MK_CHART_MARGIN + label_w + MK_CHART_GAP, top,
                                 0, bottom - top - label_h - MK_CHART_GAP };
  layout->plot.width = layout->width - MK_CHART_MARGIN - value_w - MK_CHART_GAP - layout->plot.x;
  slot = layout->plot.height / n;
  for (guint c = 0; c < data->categories->len; c++)
    {
      double v = mk_chart_data_get (data, 0, c);
      double w = isnan (v) ? 0 : layout->plot.width * v / layout->stats.scale.max;

      add_bar (layout, 0, c, (MkChartRect) { layout->plot.x, layout->plot.y + slot * c + slot * 0.15,
                                             w, slot * 0.7 });
    }
}

/* Rows are series (schools), columns categories (procedures), labels
 * written upright above the columns; row labels only when they fit. */
static void
layout_grid (MkChartContext    *ctx,
             const MkChartData *data,
             MkChartLayout     *layout,
             double             top,
             double             bottom)
{
  guint rows = MAX (data->series->len, 1), cols = MAX (data->categories->len, 1);
  double col_w, col_h, row_w = 0, row_h = 0, line_h;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  measure_labels (ctx, data->categories, &col_w, &col_h);
  mk_chart_text_size (ctx, "Ш", MK_TEXT_SMALL, &line_h, &line_h);
  if ((bottom - top - col_w) / rows >= line_h)
    {
      for (guint s = 0; s < data->series->len; s++)
        g_ptr_array_add (names, ((MkChartSeries *) data->series->pdata[s])->name);
      measure_labels (ctx, names, &row_w, &row_h);
    }
  layout->rotate_categories = TRUE;
  layout->category_label_height = col_w;
  layout->category_label_width = row_w;
  layout->plot.x = MK_CHART_MARGIN + row_w + (row_w > 0 ? MK_CHART_GAP : 0);
  layout->plot.y = top + col_w + MK_CHART_GAP;
  layout->cell_width = (layout->width - MK_CHART_MARGIN - layout->plot.x) / cols;
  layout->cell_height = MIN ((bottom - layout->plot.y) / rows, line_h * 1.6);
  layout->plot.width = layout->cell_width * cols;
  layout->plot.height = layout->cell_height * rows;
  layout->category_label_every = MAX (1, (guint) ceil (col_h / MAX (layout->cell_width, 0.01)));
}

MkChartLayout *
mk_chart_layout_new (MkChartContext    *ctx,
                     const MkChartData *data,
                     double             width,
                     double             height)
{
  MkChartLayout *layout = g_new0 (MkChartLayout, 1);
  double top, legend_h, bottom;

  layout->width = width;
  layout->height = height;
  layout->bars = g_array_new (FALSE, FALSE, sizeof (MkChartBar));
  layout->legend = g_array_new (FALSE, FALSE, sizeof (MkChartLegendItem));
  layout->category_label_every = 1;
  mk_chart_compute (data, &layout->stats);
  layout->title = (MkChartRect) { MK_CHART_MARGIN, MK_CHART_MARGIN, width - 2 * MK_CHART_MARGIN, 0 };
  layout->title.height = title_height (ctx, data, layout->title.width);
  top = layout->title.y + layout->title.height + MK_CHART_GAP;
  legend_h = layout_legend (ctx, data, layout);
  bottom = height - MK_CHART_MARGIN - (legend_h > 0 ? legend_h + MK_CHART_GAP * 1.5 : 0);
  move_legend (layout, bottom + (legend_h > 0 ? MK_CHART_GAP * 1.5 : 0));
  if (data->kind == MK_CHART_HBARS)
    layout_horizontal (ctx, data, layout, top, bottom);
  else if (data->kind == MK_CHART_HEATMAP)
    layout_grid (ctx, data, layout, top, bottom);
  else
    layout_vertical (ctx, data, layout, top, bottom);
  return layout;
}

void
mk_chart_layout_free (MkChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->bars);
  g_array_unref (layout->legend);
  g_free (layout);
}
