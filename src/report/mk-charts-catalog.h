/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-chart.h"
#include "mk-clusters.h"
#include "mk-dashboard.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* The charts of the dashboard by the ids of docs/command-line.md, built
 * from the store: the GUI and `mayak-cli chart` draw the same MkChartData. */

/* The order of the heat map's rows. */
typedef enum {
  MK_HEATMAP_BY_MARKERS,  /* most markers first, then by name */
  MK_HEATMAP_BY_NAME,     /* by name (natural order), then municipality */
} MkHeatmapOrder;

/* The rows a heat map shows at most: at national scale the schools with
 * the most markers, with «shown N of M» in the subtitle. */
#define MK_CHARTS_HEATMAP_ROWS 40

typedef struct {
  int             school_year;   /* 2022 for 2022/2023 */
  const char     *municipality;  /* NULL or "": every municipality */
  gint64          school_id;     /* marker-history */
  MkCluster       cluster;       /* marker-heatmap: MK_CLUSTER_NONE for all */
  guint           max_rows;      /* marker-heatmap: 0 for MK_CHARTS_HEATMAP_ROWS */
  MkHeatmapOrder  order;         /* marker-heatmap */
} MkChartQuery;

/* "cluster-distribution", "cluster-trend", "snro-history", "levels",
 * "marker-history", "marker-heatmap"; NULL-terminated. */
const char *const *mk_charts_ids          (void);
gboolean           mk_charts_id_known     (const char         *id);
gboolean           mk_charts_needs_school (const char         *id);

/* NULL with ERROR (of the store) when the data cannot be read. The
 * distribution's shares are of the classified schools: a school without
 * data (no results in the window) has no cluster to share in; their
 * number is in the subtitle. */
MkChartData *mk_charts_build (MkStore            *store,
                              const char         *id,
                              const MkChartQuery *query,
                              GError            **error);

/* Chart ID (any but "marker-history") of a loaded DASHBOARD: no reading,
 * so the page redraws a chart for another cluster or order at once. The
 * dashboard must hold the heat map's rows of QUERY's max_rows. */
MkChartData *mk_charts_build_from (const MkDashboard  *dashboard,
                                   const char         *id,
                                   const MkChartQuery *query);

G_END_DECLS
