#pragma once

#include "mk-charts-catalog.h"

G_BEGIN_DECLS

/* «Смоленск» or «All municipalities», for subtitles. */
char        *mk_charts_scope           (const MkChartQuery *query);
MkChartData *mk_charts_marker_history  (MkStore            *store,
                                        const MkChartQuery *query,
                                        GError            **error);
MkChartData *mk_charts_marker_heatmap  (MkStore            *store,
                                        const MkChartQuery *query,
                                        GError            **error);

G_END_DECLS
