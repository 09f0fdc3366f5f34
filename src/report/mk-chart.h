/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-procedure.h"

#include <math.h>
#include <cairo.h>
#include <pango/pango.h>
#include <glib.h>

G_BEGIN_DECLS

/* Charts of the dashboard (the Overview page) on cairo + pango, without
 * GTK, so that the screen (GtkSnapshot → cairo node), PNG, SVG and PDF draw
 * the same picture. Four steps share one MkChartContext: compute (ranges,
 * ticks, stacking), layout (rectangles, measured with pango), draw,
 * hit-test. */

typedef enum {
  MK_CHART_BARS,     /* vertical bars, series grouped side by side */
  MK_CHART_STACKED,  /* vertical bars, series stacked */
  MK_CHART_HBARS,    /* horizontal bars of one series, colour per category */
  MK_CHART_HEATMAP,  /* a grid: series are rows, categories columns */
} MkChartKind;

typedef enum {
  MK_CHART_LIGHT,
  MK_CHART_DARK,
} MkChartStyle;

typedef struct {
  char    *name;
  guint32  color;   /* 0xRRGGBB */
  GArray  *values;  /* double, one per category */
  GPtrArray *notes; /* char *, one per category ("" for none): hover text */
  gboolean hatched; /* drawn striped: a part of another nature (a total
                     * known only as a number, not from its parts) */
} MkChartSeries;

typedef struct {
  MkChartKind  kind;
  char        *title;
  char        *subtitle;     /* may be NULL */
  char        *units;        /* the value axis' unit ("школ"); may be NULL */
  gboolean     integral;     /* counts: ticks are whole numbers */
  gboolean     show_shares;  /* HBARS: label bars with their share */
  GPtrArray   *categories;   /* char *: may hold a second line after '\n' */
  GArray      *category_colors;  /* guint32, HBARS only; may be empty */
  GPtrArray   *series;       /* MkChartSeries */
  gboolean     totals_known; /* STACKED: a stack's sum is its whole total
                              * even where a part is unknown (the part
                              * that is known only in sum is a series) */
  gboolean     names_unknown; /* a name reads «н/д» (a school without a
                               * cluster): the legend explains it */
} MkChartData;

MkChartData   *mk_chart_data_new           (MkChartKind   kind,
                                            const char   *title);
void           mk_chart_data_free          (MkChartData  *data);
void           mk_chart_data_add_category  (MkChartData  *data,
                                            const char   *label,
                                            guint32       color);
/* Values default to 0 for every category added so far and later. */
MkChartSeries *mk_chart_data_add_series    (MkChartData  *data,
                                            const char   *name,
                                            guint32       color);
void           mk_chart_series_set         (MkChartSeries *series,
                                            guint          category,
                                            double         value,
                                            const char    *note);
double         mk_chart_data_get           (const MkChartData *data,
                                            guint          series,
                                            guint          category);
/* A value the database does not hold is MK_CHART_UNKNOWN_VALUE (NaN): it
 * is never drawn as 0 but as «н/д» (MK_CHART_UNKNOWN), which the legend
 * explains, and sums leave it out. */
#define MK_CHART_UNKNOWN_VALUE NAN
#define MK_CHART_UNKNOWN "н/д"
/* Short: a legend entry is one line, and a chart may be 300 px wide. */
#define MK_CHART_UNKNOWN_LEGEND "н/д — нет данных (не ноль)"
gboolean       mk_chart_data_has_unknown   (const MkChartData *data);
/* Whether CATEGORY has a value the database does not hold. */
gboolean       mk_chart_data_category_unknown (const MkChartData *data,
                                               guint              category);
/* The sum of every known value in CATEGORY; of everything with -1. */
double         mk_chart_data_total         (const MkChartData *data,
                                            int            category);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkChartData, mk_chart_data_free)

/* --- Compute ------------------------------------------------------------ */

#define MK_CHART_MAX_TICKS 12

typedef struct {
  double min;
  double max;     /* the last tick: ≥ the largest value */
  double step;    /* 1, 2 or 5 × 10ⁿ */
  guint  n_ticks; /* min, min + step, …, max */
  int    decimals;  /* for the tick labels */
} MkChartScale;

/* Ticks from 0 (or below, for negative values) past MAX, about five. */
void   mk_chart_scale_for   (double        min,
                             double        max,
                             gboolean      integral,
                             MkChartScale *scale);
double mk_chart_scale_tick  (const MkChartScale *scale,
                             guint          i);

typedef struct {
  MkChartScale scale;
  double       largest;   /* the largest bar (stack total when stacked) */
  double       total;     /* every value */
} MkChartStats;

void   mk_chart_compute     (const MkChartData *data,
                             MkChartStats      *stats);

/* --- Formatting (Russian, never the C locale) --------------------------- */

/* NaN → «н/д»; 40000 → «40 000» (U+2009 thin space), 9.25 with 1 decimal → «9,3»,
 * rounding half away from zero. */
char *mk_chart_format_number (double value,
                              int    decimals);
/* 46.51 → «46,5 %» (U+00A0 before the sign). */
char *mk_chart_format_share  (double percent);

/* --- Context ------------------------------------------------------------ */

typedef struct {
  cairo_t              *cr;
  PangoContext         *pango;
  PangoFontDescription *font;
  MkChartStyle          style;
} MkChartContext;

/* Takes a reference to CR and makes a PangoContext for it; FONT_SIZE in
 * points (0: 10 pt). */
MkChartContext *mk_chart_context_new   (cairo_t        *cr,
                                        MkChartStyle    style,
                                        double          font_size);
void            mk_chart_context_free  (MkChartContext *ctx);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkChartContext, mk_chart_context_free)

/* Fixed colour-blind-safe colours (Okabe–Ito) per cluster number 1 … 5,
 * per level 0 … 4 (none … strong) and per procedure kind. */
guint32 mk_chart_cluster_color (int         cluster_number);
guint32 mk_chart_level_color   (int         level);
guint32 mk_chart_kind_color    (MkProcedureKind kind);

/* --- Layout ------------------------------------------------------------- */

typedef struct {
  double x, y, width, height;
} MkChartRect;

typedef struct {
  guint       series;
  guint       category;
  MkChartRect rect;
} MkChartBar;

typedef struct {
  guint       series;   /* for HBARS: the category */
  MkChartRect swatch;
  MkChartRect label;
} MkChartLegendItem;

typedef struct {
  double        width, height;
  MkChartStats  stats;
  MkChartRect   title;
  MkChartRect   plot;
  double        value_label_width;   /* widest tick label */
  double        category_label_height;
  double        category_label_width;  /* HBARS, HEATMAP rows */
  gboolean      rotate_categories;   /* too many to write flat */
  guint         category_label_every;  /* write every Nth label */
  GArray       *bars;                /* MkChartBar; empty for HEATMAP */
  GArray       *legend;              /* MkChartLegendItem */
  double        cell_width, cell_height;  /* HEATMAP */
} MkChartLayout;

MkChartLayout *mk_chart_layout_new  (MkChartContext    *ctx,
                                     const MkChartData *data,
                                     double             width,
                                     double             height);
void           mk_chart_layout_free (MkChartLayout     *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkChartLayout, mk_chart_layout_free)

/* --- Draw and hit-test -------------------------------------------------- */

void     mk_chart_draw     (MkChartContext      *ctx,
                            const MkChartData   *data,
                            const MkChartLayout *layout);
/* The series and category under X, Y (a bar, a heat-map cell, a legend
 * entry gives its series and category -1); FALSE when nothing is. */
gboolean mk_chart_hit_test (const MkChartData   *data,
                            const MkChartLayout *layout,
                            double               x,
                            double               y,
                            int                 *series,
                            int                 *category);

/* --- Export and description -------------------------------------------- */

#define MK_CHART_ERROR (mk_chart_error_quark ())
typedef enum {
  MK_CHART_ERROR_FORMAT,  /* not .png, .svg or .pdf */
  MK_CHART_ERROR_WRITE,
} MkChartError;
GQuark   mk_chart_error_quark (void);

/* Whether PATH ends in .png, .svg or .pdf (any case). */
gboolean mk_chart_path_supported (const char *path);
/* Writes DATA at WIDTH × HEIGHT (pixels; points for PDF and SVG) in the
 * light style; the SVG carries the description as <title> and <desc>. */
gboolean mk_chart_save     (const MkChartData *data,
                            const char        *path,
                            int                width,
                            int                height,
                            GError           **error);
/* The values in words, for screen readers and «Показать таблицей». */
char    *mk_chart_describe (const MkChartData *data);

G_END_DECLS
