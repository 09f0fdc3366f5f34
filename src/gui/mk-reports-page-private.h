#pragma once

#include "mk-report.h"
#include "mk-reports-page.h"

G_BEGIN_DECLS

struct _MkReportsPage
{
  AdwBin              parent_instance;

  MkStore            *store;
  GArray             *years;
  GtkStringList      *municipalities;
  const MkReportInfo *report;         /* selected; NULL when none */
  MkSheet            *sheet;          /* the preview's */
  GHashTable         *preview_cells;  /* "row:col" → GtkLabel (borrowed) */
  gboolean            filling;        /* the dropdowns are set from code */
  gboolean            exporting;

  GtkDropDown        *year_dropdown;
  GtkStringList      *year_names;
  GtkDropDown        *municipality_dropdown;
  GtkListBox         *catalog_list;
  GtkLabel           *preview_title;
  GtkLabel           *preview_status;
  GtkGrid            *preview_grid;
  GtkProgressBar     *progress;
};

/* The parameters chosen now; MUNICIPALITY points into the page. */
gboolean mk_reports_page_get_params    (MkReportsPage  *self,
                                        MkReportParams *params);
/* A file name for REPORT with PARAMS: "staff-2022-2023.xlsx". */
char    *mk_reports_page_file_name     (const MkReportInfo   *report,
                                        const MkReportParams *params);
/* Enables the export actions as the state allows. */
void     mk_reports_page_update_actions (MkReportsPage *self);
/* The "reports.export" and "reports.export-all" actions. */
void     mk_reports_page_class_init_export (GtkWidgetClass *widget_class);

G_END_DECLS
