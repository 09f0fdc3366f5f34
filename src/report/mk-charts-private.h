/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-charts-catalog.h"

G_BEGIN_DECLS

/* «Смоленск» or «All municipalities», for subtitles. */
char        *mk_charts_scope           (const MkChartQuery *query);
MkChartData *mk_charts_marker_history  (MkStore            *store,
                                        const MkChartQuery *query,
                                        GError            **error);
MkChartData *mk_charts_marker_heatmap  (const MkHeatmap    *heatmap,
                                        const MkChartQuery *query);

G_END_DECLS
