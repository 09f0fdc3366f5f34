/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-municipality-drop-down.h"

#include "mk-stale-banner.h"
#include "mk-year-drop-down.h"

#include "mk-report.h"
#include "mk-reports-page.h"

G_BEGIN_DECLS

struct _MkReportsPage
{
  AdwBin              parent_instance;

  MkStore            *store;
  const MkReportInfo *report;         /* selected; NULL when none */
  MkSheet            *sheet;          /* the preview's */
  gboolean            disposed;       /* the template is gone: late results are dropped */
  gboolean            filling;        /* the dropdowns are set from code */
  gboolean            exporting;
  guint               reload_source;  /* the store changed; reload when idle */
  guint               preview_generation;  /* of the preview asked for last */
  gboolean            building;       /* its sheet is being built */

  MkYearDropDown     *year_dropdown;
  MkMunicipalityDropDown *municipality_dropdown;
  GtkWidget          *scope_box;      /* the parameters below, if any */
  GtkWidget          *first_year_label;
  GtkDropDown        *first_year_dropdown;
  GtkStringList      *first_year_names;
  GtkWidget          *cluster_label;
  GtkDropDown        *cluster_dropdown;
  GtkListBox         *catalog_list;
  GtkLabel           *preview_title;
  GtkLabel           *preview_status;
  GtkGrid            *preview_grid;
  GtkProgressBar     *progress;
  MkStaleBanner      *stale_banner;
};

/* The parameters chosen now; MUNICIPALITY points into the page. Only
 * those the selected report uses are set. */
gboolean mk_reports_page_get_params    (MkReportsPage  *self,
                                        MkReportParams *params);
/* Fills the cluster dropdown; once, at init. */
void     mk_reports_page_setup_params  (MkReportsPage  *self);
/* Refills the years and municipalities from the store, keeping the
 * choices where the store still offers them. */
void     mk_reports_page_load_params   (MkReportsPage  *self);
/* Shows the first-year and cluster choices the selected report takes. */
void     mk_reports_page_show_params   (MkReportsPage  *self);
/* A file name for REPORT with PARAMS: "staff-2022-2023.xlsx". */
char    *mk_reports_page_file_name     (const MkReportInfo   *report,
                                        const MkReportParams *params);
/* The same with another EXTENSION (no dot): "staff-2022-2023.pdf". */
char    *mk_reports_page_file_name_with (const MkReportInfo   *report,
                                         const MkReportParams *params,
                                         const char           *extension);
/* Enables the export actions as the state allows. */
void     mk_reports_page_update_actions (MkReportsPage *self);
/* The "reports.export", "reports.export-pdf", "reports.export-all",
 * "reports.export-all-pdf" and "reports.print" actions, and Ctrl+P. */
void     mk_reports_page_class_init_export (GtkWidgetClass *widget_class);
/* The "reports.print" action: prints the selected report through the
 * PDF layout, with the print dialog. */
void     mk_reports_page_print           (GtkWidget      *widget,
                                          const char     *action_name,
                                          GVariant       *parameter);

G_END_DECLS
