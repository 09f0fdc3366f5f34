/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-reports-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-pdf-render.h"
#include "mk-print.h"
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

static guint
begin_print (GtkPrintContext *context,
             gpointer         data)
{
  PrintJob *job = data;
  /* Measures in points, with the printer's font options; the layout
   * keeps its own reference. */
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  g_clear_pointer (&job->layout, mk_pdf_layout_free);
  job->layout = mk_pdf_layout_new (job->sheet, gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context), pango);
  g_object_unref (pango);
  return mk_pdf_layout_get_n_pages (job->layout);
}

static void
draw_page (GtkPrintContext *context,
           guint            page,
           gpointer         data)
{
  PrintJob *job = data;

  if (job->layout != NULL && page < mk_pdf_layout_get_n_pages (job->layout))
    mk_pdf_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context), page);
}

/* The sheet is there (built off the main thread): lay it out on A4. */
static void
run_print (MkReportsPage *self,
           MkSheet       *sheet)
{
  g_autoptr(GError) error = NULL;
  PrintJob *job = g_new0 (PrintJob, 1);

  job->sheet = sheet;
  if (!mk_print_run (GTK_WIDGET (self), self->report->title,
                     mk_sheet_get_page (sheet)->orientation == MK_SHEET_LANDSCAPE,
                     begin_print, draw_page, job, (GDestroyNotify) print_job_free, NULL, &error))
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
