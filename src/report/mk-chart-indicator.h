/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-chart.h"
#include "mk-indicator-table.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* One indicator's values over the years of TABLE, as bars: each value
 * read as its unit says (a share of 1 for «Доля», a percent for
 * «Процент»), «н/д» where a year has no single number; the raw text is
 * each bar's note. NULL for a section row. */
MkChartData *mk_chart_indicator_new (MkIndicatorTable *table,
                                     guint             row);

/* Indicator INDICATOR_ID of set SET_ID at every school with a table of
 * the set — of the cluster of SCHOOL_ID where its latest final cluster is
 * known, else of every school, as the subtitle says — a bar per year
 * (the last three) for each school. NULL with ERROR when the store cannot
 * be read. */
MkChartData *mk_chart_indicator_compare_new (MkStore   *store,
                                             gint64     set_id,
                                             gint64     indicator_id,
                                             gint64     school_id,
                                             GError   **error);

G_END_DECLS
