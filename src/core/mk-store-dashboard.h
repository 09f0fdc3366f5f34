/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-clusters.h"
#include "mk-procedure.h"
#include "mk-store-clusters.h"

G_BEGIN_DECLS

/* What the dashboard (the Overview page) reads: aggregates computed in SQL,
 * so that it opens fast at national scale. MUNICIPALITY filters by name
 * (any case and spacing), NULL or "" for every municipality. */

/* Final clusters of one school year; [MK_CLUSTER_NONE]: not classified.
 * CLASSIFIED: the year was classified, or its list from documents names
 * clusters beside ШНРО, so every cluster of it is known; otherwise only
 * its ШНРО list may be (the Smolensk monitoring report gives the ШНРО
 * lists of earlier years alone). */
typedef struct {
  int      school_year;
  guint    counts[MK_N_CLUSTERS];
  gboolean classified;
} MkClusterYear;

/* Whether the database knows how many schools of YEAR are in CLUSTER. */
gboolean mk_cluster_year_knows (const MkClusterYear *year,
                                MkCluster            cluster);
/* The schools of MUNICIPALITY (NULL or "": all): the denominator of
 * shares of all schools. */
gboolean mk_store_count_schools_of (MkStore     *self,
                                    const char  *municipality,
                                    guint       *n_schools,
                                    GError     **error);

/* One MkClusterYear per school year that has assignments, ascending. */
GArray *mk_store_list_cluster_years (MkStore     *self,
                                     const char  *municipality,
                                     GError     **error);

/* Levels of underperformance per school year (Таблица 5 of the Smolensk
 * monitoring report), by MkLevel; UNKNOWN counts the assignments without a
 * level (no data). */
typedef struct {
  int   school_year;
  guint counts[MK_N_LEVELS];
  guint unknown;
} MkLevelYear;

GArray *mk_store_list_level_years   (MkStore     *self,
                                     const char  *municipality,
                                     GError     **error);

/* Both of the above in one pass: appends to CLUSTERS (MkClusterYear)
 * and LEVELS (MkLevelYear), zero-initialised arrays. */
gboolean mk_store_count_years       (MkStore     *self,
                                     const char  *municipality,
                                     GArray      *clusters,
                                     GArray      *levels,
                                     GError     **error);


/* A school's markers in one calendar year, by kind, with the procedures
 * («ВПР МА-5, ВПР РУ-6») for the hover text. */
typedef struct {
  int    year;
  guint  counts[MK_N_KINDS];
  char  *procedures[MK_N_KINDS];
} MkMarkerYear;

/* Every calendar year the database knows the school's markers of,
 * ascending: years with results, and years listed as assessed or with a
 * reported total only (their counts 0: the total is the context's).
 * Markers are judged by METHODOLOGY (the shown school year's rules). */
GArray *mk_store_list_school_markers (MkStore             *self,
                                      gint64               school_id,
                                      const MkMethodology *methodology,
                                      GError             **error);

/* One school of the heat map: the number of years of the window in which
 * each procedure was a marker. */
typedef struct {
  gint64     school_id;
  char      *municipality;
  char      *name;
  MkCluster  cluster;     /* final */
  guint      n_markers;   /* the sum of CELLS */
  guint8    *cells;       /* one per procedure */
} MkHeatmapRow;

typedef struct {
  int        school_year;
  int        first_year, last_year;  /* the window, calendar years */
  GPtrArray *procedures;     /* char *: the codes, in catalog order */
  GArray    *procedure_ids;  /* gint64, beside PROCEDURES */
  /* Schools with at least one marker in the window, by final cluster
   * ([MK_CLUSTER_NONE]: not classified). */
  guint      n_schools[MK_N_CLUSTERS];
  GPtrArray *rows;           /* MkHeatmapRow, most markers first, then name */
} MkHeatmap;

/* The schools of SCHOOL_YEAR with at least one marker in its window: of
 * each final cluster the MAX_ROWS with the most markers (0: all of them),
 * so that a view filtered to one cluster still has its first MAX_ROWS.
 * Reads only the results that are markers. */
MkHeatmap *mk_store_get_heatmap (MkStore     *self,
                                 int          school_year,
                                 const char  *municipality,
                                 guint        max_rows,
                                 GError     **error);
void       mk_heatmap_free      (MkHeatmap   *heatmap);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkHeatmap, mk_heatmap_free)

G_END_DECLS
