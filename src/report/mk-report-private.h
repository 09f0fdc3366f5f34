/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-assignment.h"
#include "mk-report.h"
#include "mk-status-table.h"
#include "mk-store-roadmaps.h"

G_BEGIN_DECLS

/* Shared by the report builders: styles of the official tables, shares
 * rounded as docs/methodology.md says, and the data every cluster report
 * reads. */

typedef struct {
  guint header;   /* bold, centred, wrapped, bordered */
  guint text;     /* bordered, wrapped, left */
  guint center;   /* bordered, centred (numbers and № columns) */
  guint share;    /* bordered, centred; for share cells */
  guint total;    /* bold, bordered, left */
  guint total_c;  /* bold, bordered, centred */
  guint section;  /* bold, left, no border: a section heading */
} MkReportStyles;

void       mk_report_styles_init    (MkSheet        *sheet,
                                     MkReportStyles *styles);

/* N of TOTAL in tenths of a percent, rounded half up: 11 of 43 → 256.
 * 0 when TOTAL is 0. */
guint      mk_report_share_permille (guint           n,
                                     guint           total);
/* The share as a cell value: 11/43 at full precision, shown as 25,6 % by
 * the cell's percent format, so that the shares of a column add up to
 * exactly 100 % in a spreadsheet. 0 when TOTAL is 0. */
double     mk_report_share_value    (guint           n,
                                     guint           total);

/* The one mark of a fact the database does not hold (a cluster never
 * given, a year without results, a status whose look-back reaches before
 * the first year in the database): never 0, never «-». Every sheet that
 * prints it carries MK_REPORT_UNKNOWN_LEGEND. */
#define MK_REPORT_UNKNOWN "н/д"
#define MK_REPORT_UNKNOWN_LEGEND \
  "н/д — нет данных: в базе нет сведений об этом (это не ноль)."
/* A total over a part that is not known: the known part, marked «≥»
 * («не менее»); sheets that print it carry MK_REPORT_PARTIAL_LEGEND. */
#define MK_REPORT_PARTIAL_LEGEND \
  "≥ — неполная сумма: часть слагаемых неизвестна (н/д), указана сумма известных."
/* "≥5" for a partial total of 5. */
char      *mk_report_partial        (guint           n);
/* "6/14,0%", or "≥6/≥14,0%" for a PARTIAL count (of a known TOTAL). */
char      *mk_report_count_share_partial (guint      n,
                                          guint      total,
                                          gboolean   partial);

/* «СШ № 1 (Смоленск)» when the report covers SEVERAL municipalities, so
 * that schools of the same name stay apart; NAME alone otherwise. */
char      *mk_report_school_label   (const char     *name,
                                     const char     *municipality,
                                     gboolean        several);
/* Municipalities with schools in the database: a report over all of
 * them covers several when this is above 1. */
guint      mk_report_count_municipalities (MkStore   *store);
/* Whether the assignments ITEMS span more than one municipality. */
gboolean   mk_report_several_municipalities (GPtrArray *items);
/* "4/44,4%" as the official tables write count and share in one cell;
 * the count alone when TOTAL is 0 (no share of nothing). */
char      *mk_report_count_share    (guint           n,
                                     guint           total);
/* "2021-2022", as the official tables head a school year's columns. */
char      *mk_report_year_label     (int             school_year);

/* The assignments of SCHOOL_YEAR in MUNICIPALITY (NULL: all), in the
 * store's order (municipality, then school name); NULL on error. */
GPtrArray *mk_report_assignments    (MkStore        *store,
                                     int             school_year,
                                     const char     *municipality,
                                     GError        **error);
/* The assignments of ALL (a model of MkAssignment) in MUNICIPALITY and
 * CLUSTER (NULL, MK_CLUSTER_NONE: any), in ALL's order. */
GPtrArray *mk_report_select_assignments (GListModel *all,
                                         const char *municipality,
                                         MkCluster   cluster);
/* The assignments of PARAMS' school year, municipality and cluster. */
GPtrArray *mk_report_assignments_for (MkStore              *store,
                                      const MkReportParams *params,
                                      GError              **error);
/* Schools of MUNICIPALITY (NULL: all) in the store now. */
gboolean   mk_report_count_schools  (MkStore        *store,
                                     const char     *municipality,
                                     guint          *n_schools,
                                     GError        **error);
/* What the sheet covers, for its title: " (Смоленск)", " (ШНРО)",
 * " (Смоленск, ШНРО)", or "" for every municipality and cluster. */
char      *mk_report_where          (const MkReportParams *params);
/* The sheet NAME of a report built for PARAMS, with its row limit. */
MkSheet   *mk_report_sheet_new      (const MkReportParams *params,
                                     const char           *name);

/* A school year's final clusters over the schools of a scope. */
typedef struct {
  guint    counts[MK_N_CLUSTERS]; /* by final cluster; [0]: assignments
                                   * with none */
  guint    n_schools;             /* the scope's schools in the database:
                                   * the denominator of every share */
  guint    without;               /* of them, those with no final cluster */
  gboolean classified;            /* every cluster's count is known */
  gboolean snro_known;            /* the ШНРО list is known (also a year
                                   * known only from its ШНРО list) */
} MkReportYearClusters;

gboolean   mk_report_year_clusters  (MkStore              *store,
                                     int                   year,
                                     const char           *municipality,
                                     guint                 n_schools,
                                     MkReportYearClusters *out,
                                     GError              **error);
/* Whether YEAR's count of CLUSTER is a fact (else it is unknown). */
gboolean   mk_report_cluster_known  (const MkReportYearClusters *year,
                                     MkCluster                   cluster);

/* Which school years' ШНРО lists are known, per municipality, for the
 * «первоначально / повторно» of Таблица 4: a set to pass to the two
 * functions below. */
GHashTable *mk_report_snro_known_load (MkStore     *store,
                                       GError     **error);
gboolean   mk_report_snro_known     (GHashTable     *known,
                                     int             year,
                                     const char     *municipality);
/* ITEM (in ШНРО) is not repeated as far as the data goes, but its
 * look-back reaches a year whose ШНРО list is not known: first time or
 * repeated is unknown. */
gboolean   mk_report_snro_status_unknown (GHashTable   *known,
                                          MkAssignment *item,
                                          guint         look_back);
/* The «повторно» look-back of SCHOOL_YEAR's methodology. */
guint      mk_report_look_back      (MkStore        *store,
                                     int             school_year);

/* «ШНРО», as the official tables write it whatever the UI language; "" for
 * none. */
const char *mk_report_cluster_abbreviation (MkCluster cluster);
/* school id (gint64 *) → full name, or the short name when there is none. */
GHashTable *mk_report_full_names    (MkStore        *store,
                                     GError        **error);

MkSheet   *mk_report_cluster_distribution (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_cluster_lists        (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_snro_years           (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_snro_history         (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_marker_matrix        (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_marker_cards         (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_snro_repeats         (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_levels               (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_individual_programs  (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_overrides            (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_roadmap_matrix       (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_roadmap_report       (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_indicators_school    (MkStore *store, const MkReportParams *params, GError **error);
MkSheet   *mk_report_indicators_municipal (MkStore *store, const MkReportParams *params, GError **error);
/* The roadmap a roadmap report lays out: PARAMS' roadmap, or else the
 * first of PARAMS' school year (and municipality) at LEVEL; NULL with
 * ERROR unset when the year has none. */
MkRoadmap *mk_report_roadmap              (MkStore              *store,
                                           const MkReportParams *params,
                                           MkRoadmapLevel        level,
                                           GError              **error);
MkSheet   *mk_report_staff                (MkStore *store, const MkReportParams *params, GError **error);

G_END_DECLS
