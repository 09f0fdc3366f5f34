/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "mk-chart.h"

G_BEGIN_DECLS

/* Sizes in units of the surface (pixels for PNG, points for PDF/SVG). */
#define MK_CHART_MARGIN      16.0
#define MK_CHART_GAP          8.0
#define MK_CHART_SWATCH      12.0
#define MK_CHART_LEGEND_GAP  18.0
#define MK_CHART_TITLE_SCALE  1.35
#define MK_CHART_SMALL_SCALE  0.9
/* Titles and subtitles wrap to this many lines, then ellipsize. */
#define MK_CHART_TITLE_LINES  2
#define MK_CHART_SUBTITLE_GAP 2.0
/* Beyond this many labels only a sample is measured: 40,000 schools
 * would otherwise cost a second of pango per layout. */
#define MK_CHART_MEASURE_MAX 400

typedef enum {
  MK_TEXT_PLAIN = 0,
  MK_TEXT_BOLD = 1 << 0,
  MK_TEXT_TITLE = 1 << 1,
  MK_TEXT_SMALL = 1 << 2,
} MkTextFlags;

typedef enum {
  MK_COLOR_BACKGROUND,
  MK_COLOR_TEXT,
  MK_COLOR_SECONDARY,
  MK_COLOR_GRID,
  MK_COLOR_AXIS,
  MK_COLOR_EMPTY_CELL,
} MkChartRole;

PangoLayout *mk_chart_text_layout (MkChartContext *ctx,
                                   const char     *text,
                                   MkTextFlags     flags);
void         mk_chart_text_size   (MkChartContext *ctx,
                                   const char     *text,
                                   MkTextFlags     flags,
                                   double         *width,
                                   double         *height);
PangoLayout *mk_chart_wrapped_layout (MkChartContext *ctx,
                                      const char     *text,
                                      MkTextFlags     flags,
                                      double          width);
double       mk_chart_wrapped_height (MkChartContext *ctx,
                                      const char     *text,
                                      MkTextFlags     flags,
                                      double          width);
guint32      mk_chart_role_color  (MkChartStyle    style,
                                   MkChartRole     role);
void         mk_chart_set_color   (cairo_t        *cr,
                                   guint32         rgb);
/* The label a horizontal bar carries: «20 · 46,5 %». */
char        *mk_chart_hbar_label  (const MkChartData *data,
                                   guint           category);
gboolean     mk_chart_rect_contains (const MkChartRect *rect,
                                     double         x,
                                     double         y);

G_END_DECLS
