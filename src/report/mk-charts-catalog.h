#pragma once

#include "mk-chart.h"
#include "mk-clusters.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* The charts of the dashboard by the ids of CLI.md, built from the store:
 * the GUI and `mayak-cli chart` draw the same MkChartData. */

typedef struct {
  int          school_year;   /* 2022 for 2022/2023 */
  const char  *municipality;  /* NULL or "": every municipality */
  gint64       school_id;     /* marker-history */
  MkCluster    cluster;       /* marker-heatmap: MK_CLUSTER_NONE for all */
  guint        max_rows;      /* marker-heatmap: 0 for 40 */
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

G_END_DECLS
