/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-municipality-drop-down.h"

#include "mk-year-drop-down.h"

#include "mk-stale-banner.h"

#include "mk-chart-view.h"
#include "mk-charts-catalog.h"
#include "mk-clusters.h"
#include "mk-overview-page.h"

G_BEGIN_DECLS

#define MK_OVERVIEW_N_CARDS 5

/* What one cluster card shows: the model behind it. */
typedef struct {
  MkCluster  cluster;
  guint      count;
  char      *share;    /* «9,3 %»; «—» when nothing is classified */
  char      *change;   /* «+2», «−1», «0»; "" without a previous year */
  GtkWidget *button;
  GtkLabel  *count_label;
  GtkLabel  *share_label;
  GtkLabel  *change_label;
} MkOverviewCard;

struct _MkOverviewPage
{
  AdwBin          parent_instance;

  MkStore        *store;
  int             year;           /* shown; 0 when none */
  MkStaleBanner      *stale_banner;
  char           *municipality;   /* NULL for all */
  MkCluster       heatmap_cluster;  /* MK_CLUSTER_NONE for all */
  MkHeatmapOrder  heatmap_order;
  MkDashboard    *dashboard;      /* of YEAR and MUNICIPALITY; NULL when none */
  gboolean        filling;        /* the dropdowns are being refilled */
  guint           reload_source;
  guint           schools_source;  /* the history's schools, read when idle */
  MkOverviewCard  cards[MK_OVERVIEW_N_CARDS];

  MkYearDropDown *year_dropdown;
  MkMunicipalityDropDown *municipality_dropdown;
  GtkDropDown    *heatmap_cluster_dropdown;
  GtkDropDown    *heatmap_order_dropdown;
  GtkBox         *cards_box;
  GtkLabel       *roadmaps_heading;
  GtkFlowBox     *roadmap_cards_box;
  MkChartView    *distribution_view;
  MkChartView    *trend_view;
  MkChartView    *levels_view;
  MkChartView    *snro_view;
  MkChartView    *heatmap_view;
  GtkDropDown    *school_dropdown;
  MkChartView    *history_view;
  GtkFilterListModel *schools;    /* MkSchool of the municipality shown */
  GtkCustomFilter *school_filter;
};

/* mk-overview-page-cards.c */
extern const MkCluster mk_overview_cluster_order[MK_OVERVIEW_N_CARDS];
void mk_overview_page_build_cards  (MkOverviewPage *self);
void mk_overview_page_load_cards   (MkOverviewPage *self);
void mk_overview_page_clear_cards  (MkOverviewPage *self);
/* Opens the Clusters page at the shown year and municipality, filtered
 * to CLUSTER (-1 for all) and SEARCH (NULL for none). */
void mk_overview_page_show_clusters (MkOverviewPage *self,
                                     int             year,
                                     int             cluster,
                                     const char     *search);

/* mk-overview-page-roadmaps.c: a card per roadmap of the year shown, with
 * its completion and the schools that have reported nothing. */
void mk_overview_page_load_roadmaps  (MkOverviewPage *self);

/* mk-overview-page-history.c: the marker history of one school */
void mk_overview_page_setup_history  (MkOverviewPage *self);
/* REREAD: the store changed, not only the municipality. */
void mk_overview_page_reload_history (MkOverviewPage *self,
                                      gboolean        reread);
void mk_overview_page_load_history   (MkOverviewPage *self);
/* Reads the schools (REREAD above) once the main loop is idle. */
void mk_overview_page_read_schools_later (MkOverviewPage *self);

/* For the window and the history: what the page shows. */
/* FALSE if YEAR is not offered. */
gboolean     mk_overview_page_set_year         (MkOverviewPage *self,
                                                int             year);
/* NULL for all. FALSE if NAME is not offered. */
gboolean     mk_overview_page_set_municipality (MkOverviewPage *self,
                                                const char     *name);
/* "cluster-distribution", "cluster-trend", "levels", "snro-history",
 * "marker-heatmap" or "marker-history". */
MkChartView *mk_overview_page_get_chart        (MkOverviewPage *self,
                                                const char     *id);

G_END_DECLS
