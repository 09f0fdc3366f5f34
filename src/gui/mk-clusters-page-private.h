/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-municipality-drop-down.h"

#include "mk-list-controller.h"
#include "mk-stale-banner.h"
#include "mk-year-drop-down.h"

#include "mk-cluster-columns.h"
#include "mk-cluster-details.h"
#include "mk-clusters-page.h"
#include "mk-override-dialog.h"

G_BEGIN_DECLS

/* A school's override before a change of it (cleared or saved), kept so
 * that «Undo» can put it back; CLUSTER is MK_CLUSTER_NONE when there was
 * none. */
typedef struct {
  gint64     school_id;
  int        school_year;
  MkCluster  cluster;
  char      *reason;
  char      *iso_date;
  char      *school_name;
} MkOverrideUndo;

struct _MkClustersPage
{
  AdwBin              parent_instance;

  MkStore            *store;
  int                 year;             /* shown; 0 when none */
  MkStaleBanner      *stale_banner;
  MkListController   *list;             /* the year's assignments: search, sort, selection */
  guint               counts[MK_N_CLUSTERS]; /* schools per final MkCluster */
  GtkWidget          *chips[MK_N_CLUSTERS];  /* one per MkCluster, [0]: no data */

  /* The filter's state, kept apart from the widgets it came from. */
  int                 cluster;          /* final MkCluster, -1 for all */
  gboolean            overridden_only;

  MkOverrideUndo     *undo;             /* what «Undo» puts back */
  MkOverrideUndo     *before_dialog;    /* the override the open dialog may change */
  gint64              select_id;        /* reselected after the next reload */
  guint               reload_source;    /* a reload waiting for the main loop */
  gboolean            busy;             /* a classification runs */
  gboolean            writing;          /* this page writes to the store */
  GCancellable       *cancellable;
  MkOverrideDialog   *dialog;           /* weak */

  MkYearDropDown     *year_dropdown;
  GtkWidget          *classify_button;
  GtkSpinner         *spinner;
  GtkBox             *chips_box;
  GtkLabel           *count_label;
  GtkWidget          *filter_bar;
  GtkSearchEntry     *search_entry;
  MkMunicipalityDropDown *municipality_dropdown;
  GtkDropDown        *cluster_dropdown;
  GtkCheckButton     *overridden_check;
  GtkColumnView      *column_view;
  GtkStack           *list_stack;
  AdwStatusPage      *unclassified_page;
  MkClusterDetails   *details;
};

void mk_override_undo_free (MkOverrideUndo *cleared);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkOverrideUndo, mk_override_undo_free)

/* mk-clusters-page.c, for the actions and the filter */
MkAssignment *mk_clusters_page_get_selected     (MkClustersPage *self);
gboolean      mk_clusters_page_select_id        (MkClustersPage *self,
                                                 gint64          school_id);
void          mk_clusters_page_reload           (MkClustersPage *self);
/* Reads one school's assignment again after a change made here, instead
 * of the whole year. */
void          mk_clusters_page_refresh_school   (MkClustersPage *self,
                                                 gint64          school_id);
void          mk_clusters_page_update_actions   (MkClustersPage *self);
void          mk_clusters_page_update_count     (MkClustersPage *self);
/* mk-clusters-page-filter.c: the search, the dropdowns, the chips */
/* The municipality the list is filtered to, NULL for all. */
const char   *mk_clusters_page_get_municipality  (MkClustersPage *self);
gboolean      mk_clusters_page_filter_assignment (gpointer    item,
                                                  const char *key,
                                                  gpointer    page);
void          mk_clusters_page_setup_filters    (MkClustersPage *self);
void          mk_clusters_page_reload_municipalities (MkClustersPage *self);
gboolean      mk_clusters_page_is_filtered      (MkClustersPage *self);
void          mk_clusters_page_class_bind_filter_callbacks (GtkWidgetClass *widget_class);
/* mk-clusters-page-actions.c */
void          mk_clusters_page_class_install_actions (GtkWidgetClass *widget_class);
/* TRUE when the store's change is one this page is making itself. */
gboolean      mk_clusters_page_is_own_change    (MkClustersPage *self);

G_END_DECLS
