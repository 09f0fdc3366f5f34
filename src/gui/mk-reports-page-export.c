#define G_LOG_DOMAIN "mk-reports-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-reports-page-private.h"
#include "mk-xlsx-render.h"
#include "mk-year-list.h"

/* Exports run in a thread on a second connection to the same database
 * (an MkStore is not thread-safe), so that the page stays responsive. */

typedef struct {
  char               *db_path;
  char               *municipality;
  MkReportParams      params;
  const MkReportInfo *only;      /* one report; NULL: the whole catalog */
  char               *target;    /* the file, or the folder for all */
  MkReportsPage      *page;      /* for progress; a reference */
  guint               n_done;
  guint               n_written;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->db_path);
  g_free (job->municipality);
  g_free (job->target);
  g_clear_object (&job->page);
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
  job->db_path = g_strdup (mk_store_get_path (self->store));
  job->only = only;
  job->target = g_strdup (target);
  job->page = g_object_ref (self);
  return job;
}

static gboolean
export_one (MkStore             *store,
            const MkReportInfo  *info,
            const MkReportParams *params,
            const char          *path,
            GError             **error)
{
  g_autoptr(MkSheet) sheet = mk_report_build (info, store, params, error);

  return sheet != NULL && mk_xlsx_render (sheet, path, error);
}

typedef struct {
  MkReportsPage *page;
  double         fraction;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *progress = data;

  if (progress->page->progress != NULL)  /* not disposed */
    gtk_progress_bar_set_fraction (progress->page->progress, progress->fraction);
  g_object_unref (progress->page);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

static void
post_progress (ExportJob *job,
               guint      n_total)
{
  Progress *progress = g_new (Progress, 1);

  progress->page = g_object_ref (job->page);
  progress->fraction = (double) job->n_done / n_total;
  g_idle_add (show_progress, progress);
}

/* Every report of the catalog into the folder; one that fails is
 * skipped and the first error is returned after the rest are written. */
static gboolean
export_all (MkStore    *store,
            ExportJob  *job,
            GError    **error)
{
  guint n;
  const MkReportInfo *catalog = mk_report_catalog (&n);
  g_autoptr(GError) first = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = mk_reports_page_file_name (&catalog[i], &job->params);
      g_autofree char *path = g_build_filename (job->target, name, NULL);
      g_autoptr(GError) local = NULL;

      if (export_one (store, &catalog[i], &job->params, path, &local))
        job->n_written++;
      else if (first == NULL)
        first = g_steal_pointer (&local);
      job->n_done++;
      post_progress (job, n);
    }
  if (first != NULL)
    return g_propagate_error (error, g_steal_pointer (&first)), FALSE;
  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = mk_store_open (job->db_path, &error);
  gboolean ok = store != NULL
                && (job->only ? export_one (store, job->only, &job->params, job->target, &error)
                              : export_all (store, job, &error));

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
start_export (MkReportsPage       *self,
              ExportJob           *job,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  self->exporting = TRUE;
  mk_reports_page_update_actions (self);
  g_task_run_in_thread (task, export_thread);
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

gboolean
mk_reports_page_export_finish (MkReportsPage *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  end_export (self);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
mk_reports_page_export_all_async (MkReportsPage       *self,
                                  const char          *folder,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (MK_IS_REPORTS_PAGE (self) && self->store != NULL);
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);
  start_export (self, export_job_new (self, NULL, folder), cancellable, callback, user_data);
}

gboolean
mk_reports_page_export_all_finish (MkReportsPage *self,
                                   GAsyncResult  *result,
                                   guint         *n_written,
                                   GError       **error)
{
  ExportJob *job = g_task_get_task_data (G_TASK (result));

  end_export (self);
  if (n_written != NULL)
    *n_written = job->n_written;
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- The actions ------------------------------------------------------------ */

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MkReportsPage *self = MK_REPORTS_PAGE (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
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
  gboolean all = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "mk-all"));

  if (response == GTK_RESPONSE_ACCEPT && path != NULL && self->store != NULL && !self->exporting)
    {
      if (all)
        mk_reports_page_export_all_async (self, path, NULL, on_exported_all, NULL);
      else if (self->report != NULL)
        mk_reports_page_export_async (self, path, NULL, on_exported, NULL);
    }
  g_object_unref (dialog);
}

static void
choose_and_export (MkReportsPage *self,
                   gboolean       all)
{
  GtkFileChooserNative *dialog;
  MkReportParams params;

  if (!mk_reports_page_get_params (self, &params))
    return;
  dialog = file_chooser_new (self, all ? _("Export All Reports Into a Folder")
                                       : _("Export the Report"),
                             all ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                 : GTK_FILE_CHOOSER_ACTION_SAVE);
  if (!all && self->report != NULL)
    {
      g_autofree char *name = mk_reports_page_file_name (self->report, &params);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }
  g_object_set_data (G_OBJECT (dialog), "mk-all", GINT_TO_POINTER (all));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose_and_export (MK_REPORTS_PAGE (widget), FALSE);
}

static void
export_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_and_export (MK_REPORTS_PAGE (widget), TRUE);
}

void
mk_reports_page_update_actions (MkReportsPage *self)
{
  gboolean ready = self->store != NULL && !self->exporting
                   && mk_year_list_get_selected (self->year_dropdown, self->years) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export",
                                 ready && self->report != NULL && self->sheet != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-all", ready);
}

void
mk_reports_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reports.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "reports.export-all", NULL,
                                   export_all_activated);
}
