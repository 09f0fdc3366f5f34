/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store-clusters.h"
#include "mk-store-dashboard.h"

G_BEGIN_DECLS

/* Everything the Overview page (the dashboard) shows for one school year and
 * municipality, read at once: aggregates computed in SQL over covering
 * indexes, and the heat map's marker results only, so that it loads in
 * well under 100 ms at national scale (40,000 schools). The page, the
 * charts of `mayak-cli chart` and bench/bench-dashboard all read it so. */
typedef struct {
  int        school_year;
  char      *municipality;  /* NULL for all */
  guint      n_schools;     /* of the municipality, or all */
  GArray    *clusters;      /* MkClusterYear, ascending */
  GArray    *levels;        /* MkLevelYear, ascending */
  GArray    *snro;          /* MkSnroYear, ascending */
  MkHeatmap *heatmap;       /* of each cluster the HEATMAP_ROWS first */
} MkDashboard;

/* MUNICIPALITY: any case and spacing, NULL or "" for all. NULL with
 * ERROR when the store cannot be read. */
MkDashboard *mk_dashboard_load (MkStore     *store,
                                int          school_year,
                                const char  *municipality,
                                guint        heatmap_rows,
                                GError     **error);
void         mk_dashboard_free (MkDashboard *self);

/* The entry of SCHOOL_YEAR in CLUSTERS, or NULL when it has none. */
const MkClusterYear *mk_dashboard_find_clusters (const MkDashboard *self,
                                                 int                school_year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkDashboard, mk_dashboard_free)

G_END_DECLS
