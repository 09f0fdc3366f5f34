/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import-assistant"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-import-assistant-private.h"
#include "mk-store-results.h"

G_DEFINE_FINAL_TYPE (MkImportAssistant, mk_import_assistant, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

MkImportAssistant *
mk_import_assistant_new (GtkWindow    *parent,
                         MkStore      *store,
                         MkImportKind  kind)
{
  MkImportAssistant *self = g_object_new (MK_TYPE_IMPORT_ASSISTANT,
                                          "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  mk_import_assistant_fill_roadmaps (self);
  adw_combo_row_set_selected (self->kind_row, kind);
  return self;
}

static MkImportKind
get_kind (MkImportAssistant *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < MK_N_IMPORT_KINDS ? (MkImportKind) selected : MK_IMPORT_KIND_RESULTS;
}

/* A checked file without errors, on the preview step, nothing running. */
static gboolean
can_import (MkImportAssistant *self)
{
  return !self->busy && self->preview != NULL && !self->preview->refused &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "preview") == 0;
}

void
mk_import_assistant_update_state (MkImportAssistant *self)
{
  const char *step;
  gboolean choose;
  gboolean preview;

  /* The template's signals fire while it is built, before the children
   * are bound. */
  if (self->stack == NULL || self->year_row == NULL)
    return;
  step = gtk_stack_get_visible_child_name (self->stack);
  choose = g_strcmp0 (step, "choose") == 0;
  preview = g_strcmp0 (step, "preview") == 0;
  gtk_widget_set_visible (self->cancel_button, choose || preview);
  gtk_widget_set_visible (self->back_button, preview);
  gtk_widget_set_visible (self->check_button, choose);
  gtk_widget_set_visible (self->import_button, preview);
  gtk_widget_set_visible (self->close_button, g_strcmp0 (step, "done") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.check",
                                 choose && self->file != NULL && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.back", preview && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.import",
                                 can_import (self));
  gtk_widget_set_visible (GTK_WIDGET (self->year_row), mk_importer_get (get_kind (self))->needs_year);
  gtk_widget_set_visible (GTK_WIDGET (self->roadmap_row),
                          mk_importer_get (get_kind (self))->takes_roadmap);
  gtk_widget_set_visible (GTK_WIDGET (self->create_row),
                          mk_importer_get (get_kind (self))->adds_schools);
}

static void
show_step (MkImportAssistant *self,
           const char        *step)
{
  gtk_stack_set_visible_child_name (self->stack, step);
  mk_import_assistant_update_state (self);
}

static void
on_step_changed (MkImportAssistant *self)
{
  static const struct { const char *step; const char *subtitle; } subtitles[] = {
    { "choose", N_("Step 1 of 3: the file") },
    { "preview", N_("Step 2 of 3: check") },
    { "done", N_("Step 3 of 3: done") },
  };
  const char *step;

  if (self->stack == NULL || self->window_title == NULL)
    return;
  step = gtk_stack_get_visible_child_name (self->stack);
  for (guint i = 0; i < G_N_ELEMENTS (subtitles); i++)
    if (g_strcmp0 (step, subtitles[i].step) == 0)
      adw_window_title_set_subtitle (self->window_title, _(subtitles[i].subtitle));
}

static void
on_kind_changed (MkImportAssistant *self)
{
  if (self->kind_row == NULL)
    return;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->kind_row),
                               _(mk_importer_get (get_kind (self))->description));
  mk_import_assistant_update_state (self);
}

void
mk_import_assistant_show_error (MkImportAssistant *self,
                                const char        *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* --- Running a job ------------------------------------------------------ */

static gboolean
pulse (gpointer data)
{
  MkImportAssistant *self = data;

  /* Until an importer reports a fraction, show that it is alive. */
  if (!self->progress_seen)
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
on_progress (double      fraction,
             const char *stage,
             gpointer    data)
{
  MkImportAssistant *self = data;
  g_autofree char *percent = g_strdup_printf ("%d %%", (int) (CLAMP (fraction, 0, 1) * 100));

  self->progress_seen = TRUE;
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0, 1));
  gtk_progress_bar_set_text (self->progress_bar, percent);
  gtk_label_set_text (self->stage_label, stage != NULL ? stage : "");
}

static void
set_busy (MkImportAssistant *self,
          gboolean           busy,
          const char        *what)
{
  self->busy = busy;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (busy)
    {
      self->progress_seen = FALSE;
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, NULL);
      gtk_label_set_text (self->stage_label, "");
      gtk_label_set_text (self->working_label, what);
      self->pulse_id = g_timeout_add (150, pulse, self);
      show_step (self, "working");
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !busy);
}

static MkImportRequest
make_request (MkImportAssistant *self,
              gboolean           dry_run)
{
  MkImportRequest request = {
    get_kind (self),
    g_file_get_path (self->file),
    (char *) gtk_editable_get_text (GTK_EDITABLE (self->sheet_row)),
    gtk_spin_button_get_value_as_int (self->year_spin),
    gtk_switch_get_active (self->create_switch),
    dry_run,
    mk_import_assistant_get_roadmap (self),
  };

  return request;
}

static void
on_check_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  MkImportAssistant *self = MK_IMPORT_ASSISTANT (source);
  g_autoptr(GError) error = NULL;
  MkImportOutcome *outcome = mk_import_job_run_finish (result, &error);

  set_busy (self, FALSE, NULL);
  g_clear_pointer (&self->preview, mk_import_outcome_free);
  if (outcome == NULL)
    {
      mk_import_assistant_show_error (self, error->message);
      show_step (self, "choose");
      return;
    }
  self->preview = outcome;
  mk_import_assistant_show_preview (self, outcome);
  show_step (self, "preview");
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MkImportAssistant *self = MK_IMPORT_ASSISTANT (widget);
  MkImportRequest request;

  if (self->busy || self->file == NULL)
    return;
  request = make_request (self, TRUE);
  mk_import_assistant_show_error (self, NULL);
  set_busy (self, TRUE, _("Checking the file…"));
  mk_import_job_run_async (self->store, self, &request, on_progress, self, on_check_done, NULL);
  g_free (request.path);
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  MkImportAssistant *self = MK_IMPORT_ASSISTANT (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkImportOutcome) outcome = mk_import_job_run_finish (result, &error);
  g_autofree char *summary = NULL;

  set_busy (self, FALSE, NULL);
  if (outcome == NULL || outcome->refused)
    {
      /* The database changed since the check, or failed: say so on the
       * preview, where the messages are. */
      if (outcome != NULL)
        mk_import_assistant_show_preview (self, outcome);
      else
        gtk_label_set_text (self->verdict_label, error->message);
      show_step (self, "preview");
      return;
    }
  summary = mk_import_report_dup_summary (outcome->report);
  adw_status_page_set_description (self->done_page, summary);
  show_step (self, "done");
  g_signal_emit (self, signals[IMPORTED], 0, summary);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MkImportAssistant *self = MK_IMPORT_ASSISTANT (widget);
  MkImportRequest request;

  if (!can_import (self))
    return;
  request = make_request (self, FALSE);
  set_busy (self, TRUE, _("Importing…"));
  mk_import_job_run_async (self->store, self, &request, on_progress, self, on_import_done, NULL);
  g_free (request.path);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_step (MK_IMPORT_ASSISTANT (widget), "choose");
}

/* --- The window --------------------------------------------------------- */

static gboolean
mk_import_assistant_close_request (GtkWindow *window)
{
  /* An import cannot be stopped halfway (it is one transaction that the
   * importers do not yet let cancel): the window waits for it. */
  if (MK_IMPORT_ASSISTANT (window)->busy)
    return TRUE;
  return GTK_WINDOW_CLASS (mk_import_assistant_parent_class)->close_request (window);
}

static void
mk_import_assistant_dispose (GObject *object)
{
  MkImportAssistant *self = MK_IMPORT_ASSISTANT (object);

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_IMPORT_ASSISTANT);
  g_clear_object (&self->store);
  g_clear_pointer (&self->roadmap_ids, g_array_unref);
  g_clear_object (&self->file);
  g_clear_object (&self->messages);
  g_clear_pointer (&self->preview, mk_import_outcome_free);
  G_OBJECT_CLASS (mk_import_assistant_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MkImportAssistant, name)

static void
mk_import_assistant_class_init (MkImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mk_import_assistant_dispose;
  window_class->close_request = mk_import_assistant_close_request;

  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-import-assistant.ui");
  BIND (window_title); BIND (cancel_button); BIND (back_button); BIND (check_button);
  BIND (import_button); BIND (close_button); BIND (stack); BIND (kind_row);
  BIND (file_row); BIND (sheet_row); BIND (year_row); BIND (year_spin); BIND (roadmap_row);
  BIND (create_switch); BIND (create_row); BIND (error_label); BIND (working_label); BIND (progress_bar);
  BIND (stage_label); BIND (counts_label); BIND (verdict_label); BIND (preview_grid);
  BIND (messages_title); BIND (messages_view); BIND (done_page);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_step_changed);

  gtk_widget_class_install_action (widget_class, "assistant.choose-file", NULL,
                                   mk_import_assistant_choose_file);
  gtk_widget_class_install_action (widget_class, "assistant.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "assistant.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "assistant.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mk_import_assistant_init (MkImportAssistant *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GDateTime *now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Every kind the command line imports, in the same order. */
  for (guint i = 0; i < MK_N_IMPORT_KINDS; i++)
    gtk_string_list_append (kinds, _(mk_importer_get (i)->label));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));
  g_date_time_unref (now);
  mk_import_assistant_setup_messages (self);
  on_step_changed (self);
  mk_import_assistant_update_state (self);
}
