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

/* As mk_reports_page_export_async (and finished by
 * mk_reports_page_export_finish), but writes a PDF, as «Export to PDF…»
 * does. */
void     mk_reports_page_export_pdf_async (MkReportsPage       *self,
                                           const char          *path,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
/* As mk_reports_page_export_all_async, but every report as a PDF, as
 * «Export All to PDF…» does. */
void     mk_reports_page_export_all_pdf_async (MkReportsPage       *self,
                                               const char          *folder,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);

G_END_DECLS
