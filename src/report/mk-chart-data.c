/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart"
#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "mk-chart.h"

static void
series_free (gpointer item)
{
  MkChartSeries *series = item;

  g_free (series->name);
  g_array_unref (series->values);
  g_ptr_array_unref (series->notes);
  g_free (series);
}

MkChartData *
mk_chart_data_new (MkChartKind  kind,
                   const char  *title)
{
  MkChartData *data = g_new0 (MkChartData, 1);

  data->kind = kind;
  data->title = g_strdup (title);
  data->categories = g_ptr_array_new_with_free_func (g_free);
  data->category_colors = g_array_new (FALSE, TRUE, sizeof (guint32));
  data->series = g_ptr_array_new_with_free_func (series_free);
  return data;
}

void
mk_chart_data_free (MkChartData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  g_free (data->subtitle);
  g_free (data->units);
  g_ptr_array_unref (data->categories);
  g_array_unref (data->category_colors);
  g_ptr_array_unref (data->series);
  g_free (data);
}

/* Every series keeps one value and one note per category. */
static void
series_grow (MkChartSeries *series,
             guint          n)
{
  if (series->values->len < n)
    g_array_set_size (series->values, n);
  while (series->notes->len < n)
    g_ptr_array_add (series->notes, g_strdup (""));
}

void
mk_chart_data_add_category (MkChartData *data,
                            const char  *label,
                            guint32      color)
{
  g_ptr_array_add (data->categories, g_strdup (label));
  g_array_append_val (data->category_colors, color);
  for (guint i = 0; i < data->series->len; i++)
    series_grow (data->series->pdata[i], data->categories->len);
}

MkChartSeries *
mk_chart_data_add_series (MkChartData *data,
                          const char  *name,
                          guint32      color)
{
  MkChartSeries *series = g_new0 (MkChartSeries, 1);

  series->name = g_strdup (name);
  series->color = color;
  series->values = g_array_new (FALSE, TRUE, sizeof (double));
  series->notes = g_ptr_array_new_with_free_func (g_free);
  series_grow (series, data->categories->len);
  g_ptr_array_add (data->series, series);
  return series;
}

void
mk_chart_series_set (MkChartSeries *series,
                     guint          category,
                     double         value,
                     const char    *note)
{
  series_grow (series, category + 1);
  g_array_index (series->values, double, category) = value;
  if (note != NULL)
    {
      g_free (series->notes->pdata[category]);
      series->notes->pdata[category] = g_strdup (note);
    }
}

double
mk_chart_data_get (const MkChartData *data,
                   guint              series,
                   guint              category)
{
  MkChartSeries *s;

  if (series >= data->series->len)
    return 0;
  s = data->series->pdata[series];
  return category < s->values->len ? g_array_index (s->values, double, category) : 0;
}

double
mk_chart_data_total (const MkChartData *data,
                     int                category)
{
  double sum = 0;

  for (guint s = 0; s < data->series->len; s++)
    {
      if (category >= 0 && !isnan (mk_chart_data_get (data, s, category)))
        sum += mk_chart_data_get (data, s, category);
      else if (category < 0)
        for (guint c = 0; c < data->categories->len; c++)
          if (!isnan (mk_chart_data_get (data, s, c)))
            sum += mk_chart_data_get (data, s, c);
    }
  return sum;
}

gboolean
mk_chart_data_category_unknown (const MkChartData *data,
                                guint              category)
{
  for (guint s = 0; s < data->series->len; s++)
    if (isnan (mk_chart_data_get (data, s, category)))
      return TRUE;
  return FALSE;
}

gboolean
mk_chart_data_has_unknown (const MkChartData *data)
{
  if (data->names_unknown)
    return TRUE;
  for (guint c = 0; c < data->categories->len; c++)
    if (mk_chart_data_category_unknown (data, c))
      return TRUE;
  return FALSE;
}

/* --- Compute ------------------------------------------------------------ */

/* The smallest 1, 2 or 5 × 10ⁿ that is at least RAW. */
static double
nice_step (double raw)
{
  double power = pow (10, floor (log10 (raw)));
  double fraction = raw / power;

  if (fraction <= 1 + 1e-9)
    return power;
  if (fraction <= 2 + 1e-9)
    return 2 * power;
  if (fraction <= 5 + 1e-9)
    return 5 * power;
  return 10 * power;
}

static int
step_decimals (double step)
{
  return step >= 1 ? 0 : (int) ceil (-log10 (step) - 1e-9);
}

void
mk_chart_scale_for (double        min,
                    double        max,
                    gboolean      integral,
                    MkChartScale *scale)
{
  double step;

  min = MIN (min, 0);
  if (!isfinite (min) || !isfinite (max) || max <= min)
    max = min + 1;
  step = nice_step ((max - min) / 5);
  if (integral)
    step = MAX (step, 1);
  scale->step = step;
  scale->min = floor (min / step + 1e-9) * step;
  scale->max = ceil (max / step - 1e-9) * step;
  scale->n_ticks = (guint) llround ((scale->max - scale->min) / step) + 1;
  scale->decimals = step_decimals (step);
}

double
mk_chart_scale_tick (const MkChartScale *scale,
                     guint               i)
{
  return scale->min + scale->step * i;
}

static double
largest_bar (const MkChartData *data)
{
  double largest = 0;

  for (guint c = 0; c < data->categories->len; c++)
    {
      if (data->kind == MK_CHART_STACKED)
        largest = MAX (largest, mk_chart_data_total (data, c));
      else
        for (guint s = 0; s < data->series->len; s++)
          if (mk_chart_data_get (data, s, c) > largest)   /* false for NaN */
            largest = mk_chart_data_get (data, s, c);
    }
  return largest;
}

void
mk_chart_compute (const MkChartData *data,
                  MkChartStats      *stats)
{
  stats->largest = largest_bar (data);
  stats->total = mk_chart_data_total (data, -1);
  mk_chart_scale_for (0, stats->largest, data->integral, &stats->scale);
}

/* --- Formatting --------------------------------------------------------- */

#define THIN_SPACE "\u2009"
#define NO_BREAK_SPACE "\u00a0"

static char *
format_finite (double value,
               int    decimals)
{
  g_autoptr(GString) text = g_string_new (NULL);
  double scale = pow (10, decimals);
  double rounded = round (fabs (value) * scale);
  guint64 whole = (guint64) (rounded / scale);
  guint64 fraction = (guint64) fmod (rounded, scale);
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  gsize len = strlen (digits);

  if (value < 0 && rounded > 0)
    g_string_append (text, "−");
  /* Russian style groups only from five digits: «4000», «40 000». */
  for (gsize i = 0; i < len; i++)
    {
      if (len > 4 && i > 0 && (len - i) % 3 == 0)
        g_string_append (text, THIN_SPACE);
      g_string_append_c (text, digits[i]);
    }
  if (decimals > 0)
    g_string_append_printf (text, ",%0*" G_GUINT64_FORMAT, decimals, fraction);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
mk_chart_format_number (double value,
                        int    decimals)
{
  return isnan (value) ? g_strdup (MK_CHART_UNKNOWN) : format_finite (value, decimals);
}

char *
mk_chart_format_share (double percent)
{
  g_autofree char *number = mk_chart_format_number (percent, 1);

  return g_strconcat (number, NO_BREAK_SPACE "%", NULL);
}

/* --- Context and palette ------------------------------------------------ */

MkChartContext *
mk_chart_context_new (cairo_t      *cr,
                      MkChartStyle  style,
                      double        font_size)
{
  MkChartContext *ctx = g_new0 (MkChartContext, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  ctx->cr = cairo_reference (cr);
  ctx->style = style;
  ctx->pango = pango_cairo_create_context (cr);
  /* Metrics that do not snap to the surface's pixels keep PNG, SVG and
   * PDF laid out alike. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (ctx->pango, options);
  cairo_font_options_destroy (options);
  ctx->font = pango_font_description_from_string ("DejaVu Sans, Sans");
  pango_font_description_set_size (ctx->font,
                                   (int) ((font_size > 0 ? font_size : 10) * PANGO_SCALE));
  return ctx;
}

void
mk_chart_context_free (MkChartContext *ctx)
{
  if (ctx == NULL)
    return;
  cairo_destroy (ctx->cr);
  g_object_unref (ctx->pango);
  pango_font_description_free (ctx->font);
  g_free (ctx);
}

/* Okabe & Ito (2008): distinguishable with every common colour vision
 * deficiency. The clusters keep one colour everywhere: green for the
 * best, vermillion for ШНРО, orange for the risk cluster. */
guint32
mk_chart_cluster_color (int cluster_number)
{
  static const guint32 colors[] = {
    0x999999, 0x009E73, 0x0072B2, 0xD55E00, 0xCC79A7, 0xE69F00,
  };

  return colors[CLAMP (cluster_number, 0, 5)];
}

guint32
mk_chart_level_color (int level)
{
  static const guint32 colors[] = {
    0x56B4E9, 0x009E73, 0xF0E442, 0xE69F00, 0xD55E00,
  };

  return colors[CLAMP (level, 0, 4)];
}

guint32
mk_chart_kind_color (MkProcedureKind kind)
{
  static const guint32 colors[MK_N_KINDS] = { 0x0072B2, 0xE69F00, 0xCC79A7 };

  return colors[CLAMP ((int) kind, 0, MK_N_KINDS - 1)];
}
