/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-chart.h"

G_BEGIN_DECLS

/* One chart of the dashboard on screen: draws an MkChartData with the
 * cairo code of src/report (the same picture as PNG, SVG and PDF), tells
 * the value under the pointer, emits "activated" (series, category) for
 * a click on a bar or a heat-map cell, and offers «Save Image…»,
 * «Copy» and «Show as Table» in its menu button. */
#define MK_TYPE_CHART_VIEW (mk_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (MkChartView, mk_chart_view, MK, CHART_VIEW, GtkWidget)

GtkWidget         *mk_chart_view_new          (void);
/* Takes DATA; NULL shows nothing. */
void               mk_chart_view_set_data     (MkChartView *self,
                                               MkChartData *data);
const MkChartData *mk_chart_view_get_data     (MkChartView *self);
/* What a click at X, Y does: TRUE and "activated" when it hits a bar or
 * a cell. */
gboolean           mk_chart_view_activate_at  (MkChartView *self,
                                               double       x,
                                               double       y);
/* The hover text at X, Y, or NULL. */
char              *mk_chart_view_dup_tooltip  (MkChartView *self,
                                               double       x,
                                               double       y);
/* A picture of the chart as it is on screen, in the light style. */
GdkTexture        *mk_chart_view_render_texture (MkChartView *self);

/* mk-chart-view-actions.c: the menu's actions */
void               mk_chart_view_class_install_actions (GtkWidgetClass *widget_class);
GMenuModel        *mk_chart_view_menu_new     (void);
GtkWidget         *mk_chart_view_table_new    (const MkChartData *data);

G_END_DECLS
