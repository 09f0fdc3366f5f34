/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-municipality-drop-down.h"

#include "mk-year-drop-down.h"

#include "mk-import-assistant.h"
#include "mk-result-editor.h"
#include "mk-result-grid.h"
#include "mk-result-matrix-view.h"
#include "mk-results-page.h"

G_BEGIN_DECLS

struct _MkResultsPage
{
  AdwBin              parent_instance;

  MkStore            *store;
  MkResultGrid       *grid;
  int                 year;           /* shown; 0 when there is none */
  int                 threshold;      /* the marker rule of that year, % */
  /* Set while the page itself fills the dropdowns, whose "notify" must
   * not reload what is being loaded. */
  gboolean            filling;

  MkResultEditor     *editor;         /* weak */
  /* The result the editor's «Clear» deleted last, for the toast's undo. */
  MkResultRow         cleared;
  gboolean            can_undo_clear;
  MkImportAssistant  *assistant;      /* weak */

  GtkStack           *page_stack;
  AdwStatusPage      *empty_page;
  MkYearDropDown     *year_dropdown;
  MkMunicipalityDropDown *municipality_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkStack           *matrix_stack;
  MkResultMatrixView *matrix_view;
  GtkFlowBox         *legend_box;
  GtkLabel           *marker_legend;
};

/* mk-results-page.c */
void     mk_results_page_load_year      (MkResultsPage  *self);
void     mk_results_page_update_actions (MkResultsPage  *self);
void     mk_results_page_update_count   (MkResultsPage  *self);
/* mk-results-page-filter.c: the dropdowns, the search and the legend */
void     mk_results_page_setup_filters          (MkResultsPage  *self);
void     mk_results_page_fill_municipalities    (MkResultsPage  *self);
void     mk_results_page_update_legend          (MkResultsPage  *self);
void     mk_results_page_class_bind_filter_callbacks (GtkWidgetClass *widget_class);
/* mk-results-page-actions.c */
void     mk_results_page_class_install_actions  (GtkWidgetClass *widget_class);

G_END_DECLS
