/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-clusters-page-actions"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-clusters-page-private.h"
#include "mk-gui-util.h"
#include "mk-school-year.h"
#include "mk-store-clusters.h"
#include "mk-store-job.h"

/* What a classification in a worker needs and gives back. */
typedef struct {
  int                school_year;
  MkClassifySummary  summary;
} ClassifyJob;

/* On the worker's connection (mk_store_job_run_async). */
static gboolean
classify_in_worker (MkStoreJob  *job,
                    MkStore     *worker,
                    gpointer     data,
                    GError     **error)
{
  ClassifyJob *classify = data;

  return mk_store_classify (worker, classify->school_year, &classify->summary, error);
}

static void
set_busy (MkClustersPage *self,
          gboolean        busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), busy ? "progress" : NULL);
  mk_clusters_page_update_actions (self);
}

static void
show_summary (MkClustersPage          *self,
              int                      school_year,
              const MkClassifySummary *summary)
{
  g_autofree char *text = mk_classify_summary_describe (summary, school_year);

  mk_widget_add_toast (GTK_WIDGET (self), mk_toast_new_printf ("%s", text));
}

static void
on_classified (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  MkClustersPage *self = MK_CLUSTERS_PAGE (source);
  ClassifyJob *job = mk_store_job_get_data (result);
  g_autoptr(GError) error = NULL;
  /* Every page reloads here, once: the job announces what it wrote. */
  gboolean ok = mk_store_job_run_finish (result, &error);

  /* The page was disposed while the worker ran: nothing is left to show. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  set_busy (self, FALSE);
  /* The database may have been closed or replaced meanwhile. */
  if (self->store == NULL ||
      g_strcmp0 (mk_store_get_path (self->store), mk_store_job_get_path (result)) != 0)
    return;
  if (!ok)
    {
      mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot classify the schools"), error);
      return;
    }
  show_summary (self, job->school_year, &job->summary);
}

static void
classify_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MkClustersPage *self = MK_CLUSTERS_PAGE (widget);
  ClassifyJob *job;

  if (self->busy || self->store == NULL || self->year <= 0)
    return;
  job = g_new0 (ClassifyJob, 1);
  job->school_year = self->year;
  set_busy (self, TRUE);
  mk_store_job_run_async (self->store, MK_STORE_JOB_WRITE, classify_in_worker, job, g_free,
                          NULL, NULL, self, self->cancellable, on_classified, NULL);
}

static void show_undo_toast (MkClustersPage *self,
                             const char     *format);
static MkOverrideUndo *override_undo_new (MkAssignment *a);

/* A saved override can be undone as a removed one can: the school gets
 * back what it had before the dialog, an override or none. */
static void
on_dialog_saved (MkClustersPage   *self,
                 gint64            school_id,
                 MkOverrideDialog *dialog)
{
  g_clear_pointer (&self->undo, mk_override_undo_free);
  self->undo = g_steal_pointer (&self->before_dialog);
  mk_clusters_page_refresh_school (self, school_id);
  if (self->undo != NULL)
    /* Translators: %s is the school's name */
    show_undo_toast (self, _("Cluster of “%s” set by hand"));
  mk_clusters_page_update_actions (self);
}

static void
override_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MkClustersPage *self = MK_CLUSTERS_PAGE (widget);
  MkAssignment *selected = mk_clusters_page_get_selected (self);
  MkOverrideDialog *dialog;

  if (self->dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->dialog));
      return;
    }
  if (selected == NULL || self->store == NULL)
    return;
  dialog = mk_override_dialog_new (mk_widget_get_window (widget), self->store, selected);
  g_clear_pointer (&self->before_dialog, mk_override_undo_free);
  self->before_dialog = override_undo_new (selected);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self,
                           G_CONNECT_SWAPPED);
  mk_dialog_slot_present (&self->dialog, GTK_WINDOW (dialog));
}

static void
on_row_activated (MkClustersPage *self,
                  guint           position)
{
  mk_list_controller_select_position (self->list, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "clusters.override", NULL);
}

gboolean
mk_clusters_page_is_own_change (MkClustersPage *self)
{
  return self->writing || (self->dialog != NULL && mk_override_dialog_is_saving (self->dialog));
}

static MkOverrideUndo *
override_undo_new (MkAssignment *a)
{
  MkOverrideUndo *cleared = g_new0 (MkOverrideUndo, 1);

  cleared->school_id = mk_assignment_get_school_id (a);
  cleared->school_year = mk_assignment_get_school_year (a);
  cleared->cluster = mk_assignment_get_override (a);
  cleared->reason = g_strdup (mk_assignment_get_override_reason (a));
  cleared->iso_date = g_strdup (mk_assignment_get_override_date (a));
  cleared->school_name = g_strdup (mk_assignment_get_school_name (a));
  return cleared;
}

static void
on_toast_undo (MkClustersPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "clusters.undo-override", NULL);
}

static void
show_undo_toast (MkClustersPage *self,
                 const char     *format)
{
  AdwToast *toast = mk_toast_new_printf (format, self->undo->school_name);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo), self,
                           G_CONNECT_SWAPPED);
  mk_widget_add_toast (GTK_WIDGET (self), toast);
}

/* The store's "changed" of a write made here would reload the whole
 * year; the row is refreshed alone afterwards instead. */
static gboolean
clear_quietly (MkClustersPage  *self,
               gint64           school_id,
               int              school_year,
               GError         **error)
{
  gboolean ok;

  self->writing = TRUE;
  ok = mk_store_clear_override (self->store, school_id, school_year, NULL, error);
  self->writing = FALSE;
  return ok;
}

static void
clear_override_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MkClustersPage *self = MK_CLUSTERS_PAGE (widget);
  MkAssignment *selected = mk_clusters_page_get_selected (self);
  g_autoptr(MkOverrideUndo) cleared = NULL;
  g_autoptr(GError) error = NULL;

  if (selected == NULL || mk_assignment_get_override (selected) == MK_CLUSTER_NONE)
    return;
  cleared = override_undo_new (selected);
  if (!clear_quietly (self, cleared->school_id, cleared->school_year, &error))
    {
      mk_widget_show_error_toast (widget, _("Cannot remove the override"), error);
      return;
    }
  g_clear_pointer (&self->undo, mk_override_undo_free);
  self->undo = g_steal_pointer (&cleared);
  mk_clusters_page_refresh_school (self, self->undo->school_id);
  show_undo_toast (self, _("Override of “%s” removed"));
}

static void
undo_override_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MkClustersPage *self = MK_CLUSTERS_PAGE (widget);
  g_autoptr(MkOverrideUndo) cleared = g_steal_pointer (&self->undo);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (cleared == NULL || self->store == NULL)
    return;
  self->writing = TRUE;
  if (cleared->cluster == MK_CLUSTER_NONE)
    ok = mk_store_clear_override (self->store, cleared->school_id, cleared->school_year,
                                  NULL, &error);
  else
    ok = mk_store_set_override (self->store, cleared->school_id, cleared->school_year,
                                cleared->cluster, cleared->reason, cleared->iso_date, &error);
  self->writing = FALSE;
  if (!ok)
    mk_widget_show_error_toast (widget, _("Cannot restore the override"), error);
  else if (cleared->school_year == self->year)
    mk_clusters_page_refresh_school (self, cleared->school_id);
  mk_clusters_page_update_actions (self);
}

/* The Overview page draws the selected school's markers by year. */
static void
marker_history_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MkAssignment *selected = mk_clusters_page_get_selected (MK_CLUSTERS_PAGE (widget));

  if (selected == NULL)
    return;
  gtk_widget_activate_action (widget, "win.show-marker-history", "(ix)",
                              mk_assignment_get_school_year (selected),
                              mk_assignment_get_school_id (selected));
}

void
mk_clusters_page_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "clusters.classify", NULL, classify_action);
  gtk_widget_class_install_action (widget_class, "clusters.override", NULL, override_action);
  gtk_widget_class_install_action (widget_class, "clusters.clear-override", NULL,
                                   clear_override_action);
  gtk_widget_class_install_action (widget_class, "clusters.undo-override", NULL,
                                   undo_override_action);
  gtk_widget_class_install_action (widget_class, "clusters.marker-history", NULL,
                                   marker_history_action);
  /* Enter and a double click arrive as the column view's "activate". */
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  /* The template's managed shortcut controller repeats these keys so
   * that they also work while the focus is in the window's sidebar. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "clusters.classify", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "clusters.override", NULL);
}

gboolean
mk_clusters_page_classify_year (MkClustersPage *self,
                                int             year)
{
  g_return_val_if_fail (MK_IS_CLUSTERS_PAGE (self), FALSE);

  if (!mk_year_drop_down_set_year (self->year_dropdown, year))
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "clusters.classify", NULL);
  return TRUE;
}
