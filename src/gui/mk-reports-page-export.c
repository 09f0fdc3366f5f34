/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-reports-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-pdf-render.h"
#include "mk-reports-page-private.h"
#include "mk-store-job.h"
#include "mk-xlsx-render.h"

/* Exports run as store jobs on a read-only connection of their own, so
 * that the page stays responsive. */

typedef struct {
  char               *municipality;
  MkReportParams      params;
  const MkReportInfo *only;      /* one report; NULL: the whole catalog */
  gboolean            pdf;       /* PDF rather than XLSX */
  char               *target;    /* the file, or the folder for all */
  guint               n_done;
  guint               n_written;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->municipality);
  g_free (job->target);
  g_free (job);
}

static ExportJob *
export_job_new (MkReportsPage      *self,
                const MkReportInfo *only,
                const char         *target)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  mk_reports_page_get_params (self, &job->params);
  job->municipality = g_strdup (job->params.municipality);
  job->params.municipality = job->municipality;
  job->only = only;
  job->target = g_strdup (target);
  return job;
}

static gboolean
export_one (MkStore             *store,
            const MkReportInfo  *info,
            const MkReportParams *params,
            gboolean             pdf,
            const char          *path,
            GError             **error)
{
  g_autoptr(MkSheet) sheet = mk_report_build (info, store, params, error);

  if (sheet == NULL)
    return FALSE;
  return pdf ? mk_pdf_render (sheet, path, error) : mk_xlsx_render (sheet, path, error);
}

static void
show_progress (double      fraction,
               const char *stage,
               gpointer    user_data)
{
  MkReportsPage *self = user_data;

  if (self->progress != NULL)  /* not disposed */
    gtk_progress_bar_set_fraction (self->progress, fraction);
}

/* Every report of the catalog into the folder; one that fails is
 * skipped and the first error is returned after the rest are written. */
static gboolean
export_all (MkStoreJob *worker_job,
            MkStore    *store,
            ExportJob  *job,
            GError    **error)
{
  guint n;
  const MkReportInfo *catalog = mk_report_catalog (&n);
  g_autoptr(GError) first = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = mk_reports_page_file_name_with (&catalog[i], &job->params,
                                                              job->pdf ? "pdf" : "xlsx");
      g_autofree char *path = g_build_filename (job->target, name, NULL);
      g_autoptr(GError) local = NULL;

      if (export_one (store, &catalog[i], &job->params, job->pdf, path, &local))
        job->n_written++;
      else if (first == NULL)
        first = g_steal_pointer (&local);
      job->n_done++;
      mk_store_job_progress (worker_job, (double) job->n_done / n, NULL);
    }
  if (first != NULL)
    return g_propagate_error (error, g_steal_pointer (&first)), FALSE;
  return TRUE;
}

static gboolean
export_in_worker (MkStoreJob  *worker_job,
                  MkStore     *store,
                  gpointer     data,
                  GError     **error)
{
  ExportJob *job = data;

  if (job->only != NULL)
    return export_one (store, job->only, &job->params, job->pdf, job->target, error);
  return export_all (worker_job, store, job, error);
}

/* An export writes nothing: its connection is read-only. The page is the
 * job's source, alive until the callback, so progress may reach it. */
static void
start_export (MkReportsPage       *self,
              ExportJob           *job,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  self->exporting = TRUE;
  mk_reports_page_update_actions (self);
  mk_store_job_run_async (self->store, MK_STORE_JOB_READ, export_in_worker, job,
                          (GDestroyNotify) export_job_free, show_progress, self, self,
                          cancellable, callback, user_data);
}

static void
end_export (MkReportsPage *self)
{
  self->exporting = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  mk_reports_page_update_actions (self);
}

void
mk_reports_page_export_async (MkReportsPage       *self,
                              const char          *path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (MK_IS_REPORTS_PAGE (self) && self->store != NULL && self->report != NULL);
  start_export (self, export_job_new (self, self->report, path), cancellable,
                callback, user_data);
}

void
mk_reports_page_export_pdf_async (MkReportsPage       *self,
                                  const char          *path,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  ExportJob *job;

  g_return_if_fail (MK_IS_REPORTS_PAGE (self) && self->store != NULL && self->report != NULL);
  job = export_job_new (self, self->report, path);
  job->pdf = TRUE;
  start_export (self, job, cancellable, callback, user_data);
}

gboolean
mk_reports_page_export_finish (MkReportsPage *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  end_export (self);
  return mk_store_job_run_finish (result, error);
}

static void
start_export_all (MkReportsPage       *self,
                  const char          *folder,
                  gboolean             pdf,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  ExportJob *job;

  g_return_if_fail (MK_IS_REPORTS_PAGE (self) && self->store != NULL);
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);
  job = export_job_new (self, NULL, folder);
  job->pdf = pdf;
  start_export (self, job, cancellable, callback, user_data);
}

void
mk_reports_page_export_all_async (MkReportsPage       *self,
                                  const char          *folder,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  start_export_all (self, folder, FALSE, cancellable, callback, user_data);
}

void
mk_reports_page_export_all_pdf_async (MkReportsPage       *self,
                                      const char          *folder,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  start_export_all (self, folder, TRUE, cancellable, callback, user_data);
}

gboolean
mk_reports_page_export_all_finish (MkReportsPage *self,
                                   GAsyncResult  *result,
                                   guint         *n_written,
                                   GError       **error)
{
  ExportJob *job = mk_store_job_get_data (result);

  end_export (self);
  if (n_written != NULL)
    *n_written = job->n_written;
  return mk_store_job_run_finish (result, error);
}

/* --- The actions ------------------------------------------------------------ */

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MkReportsPage *self = MK_REPORTS_PAGE (source);
  ExportJob *job = mk_store_job_get_data (result);
  g_autofree char *name = g_path_get_basename (job->target);
  g_autoptr(GError) error = NULL;

  if (mk_reports_page_export_finish (self, result, &error))
    mk_widget_add_toast (GTK_WIDGET (self), mk_toast_new_printf (_("Saved «%s»"), name));
  else
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot export the report"), error);
}

static void
on_exported_all (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  MkReportsPage *self = MK_REPORTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  guint n_written = 0;

  if (mk_reports_page_export_all_finish (self, result, &n_written, &error))
    mk_widget_add_toast (GTK_WIDGET (self),
                         mk_toast_new_printf (ngettext ("Exported %u report",
                                                        "Exported %u reports", n_written),
                                              n_written));
  else
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Not every report was exported"), error);
}

typedef enum {
  EXPORT_XLSX,
  EXPORT_PDF,
  EXPORT_ALL,
  EXPORT_ALL_PDF,
} ExportKind;

static GtkFileChooserNative *
file_chooser_new (MkReportsPage        *self,
                  const char           *title,
                  GtkFileChooserAction  action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      action, _("_Export"), _("_Cancel"));
}

static void
on_file_chosen (GtkNativeDialog *dialog,
                int              response,
                MkReportsPage   *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  ExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "mk-kind"));

  if (response == GTK_RESPONSE_ACCEPT && path != NULL && self->store != NULL && !self->exporting)
    {
      if (kind == EXPORT_ALL)
        mk_reports_page_export_all_async (self, path, NULL, on_exported_all, NULL);
      else if (kind == EXPORT_ALL_PDF)
        mk_reports_page_export_all_pdf_async (self, path, NULL, on_exported_all, NULL);
      else if (self->report != NULL && kind == EXPORT_PDF)
        mk_reports_page_export_pdf_async (self, path, NULL, on_exported, NULL);
      else if (self->report != NULL)
        mk_reports_page_export_async (self, path, NULL, on_exported, NULL);
    }
  g_object_unref (dialog);
}

static void
choose_and_export (MkReportsPage *self,
                   ExportKind     kind)
{
  GtkFileChooserNative *dialog;
  MkReportParams params;

  if (!mk_reports_page_get_params (self, &params))
    return;
  dialog = file_chooser_new (self,
                             kind == EXPORT_ALL ? _("Export All Reports to XLSX Into a Folder")
                             : kind == EXPORT_ALL_PDF ? _("Export All Reports to PDF Into a Folder")
                             : kind == EXPORT_PDF ? _("Export the Report to PDF")
                             : _("Export the Report"),
                             kind >= EXPORT_ALL ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_SAVE);
  if (kind == EXPORT_PDF)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_suffix (filter, "pdf");
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  if (kind < EXPORT_ALL && self->report != NULL)
    {
      g_autofree char *name = mk_reports_page_file_name_with (self->report, &params,
                                                              kind == EXPORT_PDF ? "pdf"
                                                                                 : "xlsx");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }
  g_object_set_data (G_OBJECT (dialog), "mk-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose_and_export (MK_REPORTS_PAGE (widget), EXPORT_XLSX);
}

static void
export_pdf_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_and_export (MK_REPORTS_PAGE (widget), EXPORT_PDF);
}

static void
export_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_and_export (MK_REPORTS_PAGE (widget), EXPORT_ALL);
}

static void
export_all_pdf_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  choose_and_export (MK_REPORTS_PAGE (widget), EXPORT_ALL_PDF);
}

void
mk_reports_page_update_actions (MkReportsPage *self)
{
  gboolean ready = self->store != NULL && !self->exporting
                   && mk_year_drop_down_get_year (self->year_dropdown) > 0;

  gboolean have_sheet = self->store != NULL && self->report != NULL && self->sheet != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export",
                                 ready && have_sheet);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-pdf",
                                 ready && have_sheet);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.print", have_sheet);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-all", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-all-pdf", ready);
}

void
mk_reports_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reports.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "reports.export-pdf", NULL,
                                   export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "reports.print", NULL, mk_reports_page_print);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "reports.print", NULL);
  gtk_widget_class_install_action (widget_class, "reports.export-all", NULL,
                                   export_all_activated);
  gtk_widget_class_install_action (widget_class, "reports.export-all-pdf", NULL,
                                   export_all_pdf_activated);
}
