/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-reports-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-pdf-render.h"
#include "mk-report-build-job.h"
#include "mk-reports-page-private.h"

/* --- Printing ---------------------------------------------------------------- */

/* The sheet is built afresh for the print job, so that the preview may
 * change while the dialog is open: the layout needs it unchanged. */
typedef struct {
  MkSheet     *sheet;
  MkPdfLayout *layout;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->layout, mk_pdf_layout_free);
  g_clear_pointer (&job->sheet, mk_sheet_free);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  /* Measures in points, with the printer's font options; the layout
   * keeps its own reference. */
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  g_clear_pointer (&job->layout, mk_pdf_layout_free);
  job->layout = mk_pdf_layout_new (job->sheet, gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context), pango);
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation,
                                   (int) MAX (mk_pdf_layout_get_n_pages (job->layout), 1));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  if (job->layout != NULL && page >= 0
      && (guint) page < mk_pdf_layout_get_n_pages (job->layout))
    mk_pdf_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context),
                             (guint) page);
}

static void
on_end_print (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              PrintJob          *job)
{
  g_clear_pointer (&job->layout, mk_pdf_layout_free);
}

/* The sheet is there (built off the main thread): lay it out on A4. */
static void
run_print (MkReportsPage *self,
           MkSheet       *sheet)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  PrintJob *job = g_new0 (PrintJob, 1);

  job->sheet = sheet;
  g_object_set_data_full (G_OBJECT (operation), "mk-print-job", job,
                          (GDestroyNotify) print_job_free);
  gtk_print_operation_set_job_name (operation, self->report->title);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup,
                                  mk_sheet_get_page (job->sheet)->orientation
                                    == MK_SHEET_LANDSCAPE ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                          : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "end-print", G_CALLBACK (on_end_print), job);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot print the report"), error);
}

static void
on_sheet_built (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  MkReportsPage *self = MK_REPORTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  MkSheet *sheet = mk_report_build_job_run_finish (result, &error);

  self->exporting = FALSE;
  mk_reports_page_update_actions (self);
  if (sheet == NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot print the report"), error);
  else if (self->report == NULL || self->disposed)  /* gone meanwhile */
    mk_sheet_free (sheet);
  else
    run_print (self, sheet);
}

/* The sheet is built afresh for the print job, as an export's is: the
 * preview may change under the print dialog. */
void
mk_reports_page_print (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MkReportsPage *self = MK_REPORTS_PAGE (widget);
  MkReportParams params;

  if (self->store == NULL || self->report == NULL || self->sheet == NULL
      || !mk_reports_page_get_params (self, &params))
    return;
  self->exporting = TRUE;
  mk_reports_page_update_actions (self);
  mk_report_build_job_run_async (self->store, self->report, &params, self, on_sheet_built, NULL);
}
