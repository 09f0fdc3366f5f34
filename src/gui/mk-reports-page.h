/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-clusters.h"
#include "mk-sheet.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* «Отчёты»: the report catalog with each report's description, its
 * parameters (school year, municipality, and where the report takes them
 * the first school year and one cluster), a preview of the built sheet
 * and exports to XLSX or PDF, one report or all of them into a folder;
 * the selected report also to the printer (Ctrl+P). The
 * exports build and write in a thread on a second connection to the
 * database. An MkPage. */
#define MK_TYPE_REPORTS_PAGE (mk_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (MkReportsPage, mk_reports_page, MK, REPORTS_PAGE, AdwBin)

/* How many sheet rows the preview shows. */
#define MK_REPORTS_PREVIEW_ROWS 60

GtkWidget *mk_reports_page_new             (void);

/* Selects the report ID of the catalog; FALSE if there is none. */
gboolean   mk_reports_page_select_report   (MkReportsPage       *self,
                                            const char          *id);
/* Selects the school year YEAR (2022 for 2022/2023); FALSE if not offered. */
gboolean   mk_reports_page_select_year     (MkReportsPage       *self,
                                            int                  year);
/* Selects the first school year of a multi-year report; 0 for the
 * report's default. FALSE if YEAR is not offered. */
gboolean   mk_reports_page_select_first_year (MkReportsPage     *self,
                                              int                year);
/* Keeps one CLUSTER in the reports that list schools; MK_CLUSTER_NONE for
 * all. */
gboolean   mk_reports_page_select_cluster  (MkReportsPage       *self,
                                            MkCluster            cluster);
/* The sheet the preview shows, NULL when none (no database, an error). */
MkSheet   *mk_reports_page_get_sheet       (MkReportsPage       *self);
/* The text the preview shows for the sheet cell ROW, COL; NULL when the
 * cell is not shown. */
const char *mk_reports_page_get_preview_text (MkReportsPage     *self,
                                              guint              row,
                                              guint              col);

/* Builds the selected report with the chosen parameters and writes it
 * to PATH in a thread, as «Export to XLSX…» does. */
void       mk_reports_page_export_async    (MkReportsPage       *self,
                                            const char          *path,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean   mk_reports_page_export_finish   (MkReportsPage       *self,
                                            GAsyncResult        *result,
                                            GError             **error);
/* Writes every report of the catalog into FOLDER as ID-2022-2023.xlsx, as
 * «Export All…» does, with the progress bar. A report that fails is
 * skipped; the finish gives the first error after the rest are written
 * and N_WRITTEN (may be NULL) in any case. */
void       mk_reports_page_export_all_async  (MkReportsPage       *self,
                                              const char          *folder,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean   mk_reports_page_export_all_finish (MkReportsPage       *self,
                                              GAsyncResult        *result,
                                              guint               *n_written,
                                              GError             **error);

G_END_DECLS
