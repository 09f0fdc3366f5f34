/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-chart.h"
#include "mk-indicator-table.h"

G_BEGIN_DECLS

/* One indicator's values over the years of TABLE, as bars: each value
 * read as its unit says (a share of 1 for «Доля», a percent for
 * «Процент»), «н/д» where a year has no single number; the raw text is
 * each bar's note. NULL for a section row. */
MkChartData *mk_chart_indicator_new (MkIndicatorTable *table,
                                     guint             row);

G_END_DECLS
