/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-override-dialog"
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "mk-cluster-columns.h"
#include "mk-gui-util.h"
#include "mk-override-dialog.h"
#include "mk-date.h"
#include "mk-school-year.h"
#include "mk-store-clusters.h"

struct _MkOverrideDialog
{
  AdwWindow       parent_instance;

  MkStore        *store;
  gint64          school_id;
  int             school_year;
  gboolean        saving;
  /* An empty reason is an error only once the user has typed in it or
   * tried to save, so that the form does not open in red. */
  gboolean        reason_touched;

  AdwWindowTitle *window_title;
  AdwComboRow    *cluster_row;
  GtkStringList  *cluster_model;
  AdwEntryRow    *date_row;
  GtkWidget      *date_error_row;
  GtkLabel       *date_error;
  GtkWidget      *reason_frame;
  GtkTextView    *reason_view;
  GtkLabel       *reason_error;
  GtkLabel       *general_error;
};

G_DEFINE_FINAL_TYPE (MkOverrideDialog, mk_override_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Positions of the cluster dropdown are MkCluster − 1: ШПУ … ШсРНР. */
static MkCluster
chosen_cluster (MkOverrideDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->cluster_row);

  return selected == GTK_INVALID_LIST_POSITION ? MK_CLUSTER_NONE : (MkCluster) (selected + 1);
}

static char *
dup_reason (MkOverrideDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reason_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* dd.mm.yyyy, a real day, in the years the store accepts. */
static gboolean
date_is_valid (const char *text)
{
  GDate date;

  return mk_date_from_dmy (text, &date);
}

static void
show_error (GtkWidget  *field,
            GtkWidget  *message_widget,
            GtkLabel   *label,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (message_widget, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

static gboolean
validate (MkOverrideDialog *self)
{
  g_autofree char *reason = dup_reason (self);
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  gboolean reason_ok = *reason != '\0';
  gboolean date_ok = date_is_valid (date);

  show_error (self->reason_frame, GTK_WIDGET (self->reason_error), self->reason_error,
              reason_ok || !self->reason_touched
              ? NULL : _("Give the reason: the order, list or decision that sets this cluster."));
  show_error (GTK_WIDGET (self->date_row), self->date_error_row, self->date_error,
              date_ok ? NULL
              : *date == '\0' ? _("Enter the date of the decision, for example 01.09.2023.")
              : _("Write the date as day.month.year, for example 01.09.2023."));
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
  return reason_ok && date_ok;
}

static void
on_reason_changed (MkOverrideDialog *self)
{
  self->reason_touched = TRUE;
  validate (self);
}

static void
on_date_changed (MkOverrideDialog *self)
{
  validate (self);
}

static void
on_cluster_changed (MkOverrideDialog *self)
{
  validate (self);
}

static void
on_date_activated (MkOverrideDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "override.save", NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MkOverrideDialog *self = MK_OVERRIDE_DIALOG (widget);
  g_autofree char *reason = dup_reason (self);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  self->reason_touched = TRUE;
  if (chosen_cluster (self) == MK_CLUSTER_NONE)
    {
      gtk_label_set_text (self->general_error, _("Choose the cluster the decision sets."));
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->cluster_row));
      return;
    }
  if (!validate (self))
    {
      gtk_widget_grab_focus (*reason == '\0' ? GTK_WIDGET (self->reason_view)
                                             : GTK_WIDGET (self->date_row));
      return;
    }
  self->saving = TRUE;
  saved = mk_store_set_override (self->store, self->school_id, self->school_year,
                                 chosen_cluster (self), reason,
                                 gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &error);
  self->saving = FALSE;
  if (!saved)
    {
      gtk_label_set_text (self->general_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, self->school_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%d.%m.%Y");
}

static void
load_assignment (MkOverrideDialog *self,
                 MkAssignment     *a)
{
  g_autofree char *year = mk_school_year_format (mk_assignment_get_school_year (a));
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", mk_assignment_get_school_name (a), year);
  g_autofree char *computed = NULL;
  g_autofree char *date = NULL;
  MkCluster final = mk_assignment_get_final (a);

  self->school_id = mk_assignment_get_school_id (a);
  self->school_year = mk_assignment_get_school_year (a);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  computed = g_strdup_printf (_("Computed cluster: %s"),
                              mk_cluster_short_label (mk_assignment_get_computed (a)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->cluster_row), computed);
  /* A school without a cluster gets none preselected: the first of the
   * list would be a guess that a hasty Save turns into a decision. */
  adw_combo_row_set_selected (self->cluster_row, final != MK_CLUSTER_NONE
                                                 ? final - 1 : GTK_INVALID_LIST_POSITION);
  /* Changing an override keeps what it said; a new one is decided today. */
  if (mk_assignment_get_override (a) != MK_CLUSTER_NONE)
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reason_view),
                                mk_assignment_get_override_reason (a), -1);
      date = mk_assignment_dup_override_date_text (a);
    }
  else
    date = dup_today ();
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
}

MkOverrideDialog *
mk_override_dialog_new (GtkWindow    *parent,
                        MkStore      *store,
                        MkAssignment *assignment)
{
  MkOverrideDialog *self;

  g_return_val_if_fail (MK_IS_STORE (store), NULL);
  g_return_val_if_fail (MK_IS_ASSIGNMENT (assignment), NULL);

  self = g_object_new (MK_TYPE_OVERRIDE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  load_assignment (self, assignment);
  self->reason_touched = FALSE;
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->cluster_row));
  return self;
}

gboolean
mk_override_dialog_is_saving (MkOverrideDialog *self)
{
  g_return_val_if_fail (MK_IS_OVERRIDE_DIALOG (self), FALSE);
  return self->saving;
}

static void
mk_override_dialog_dispose (GObject *object)
{
  MkOverrideDialog *self = MK_OVERRIDE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_OVERRIDE_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (mk_override_dialog_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-override-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, cluster_row);
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, cluster_model);
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, date_error_row);
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, reason_frame);
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, reason_view);
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, reason_error);
  gtk_widget_class_bind_template_child (widget_class, MkOverrideDialog, general_error);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_date_activated);
}

static void
mk_override_dialog_class_init (MkOverrideDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_override_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "override.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The reason's text view would take Ctrl+Enter as a new line: catch it
 * before the view does. */
static void
add_save_shortcut (MkOverrideDialog *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                        gtk_named_action_new ("override.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
setup_cluster_label (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

/* The cluster of ITEM, an entry of the cluster list. The row shows the
 * chosen item through a list item of its own, whose position is always 0,
 * so the entry is found by identity, not by position. */
static MkCluster
cluster_of_item (MkOverrideDialog *self,
                 gpointer          item)
{
  GListModel *model = G_LIST_MODEL (self->cluster_model);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (model, i);

      if (entry == item)
        return (MkCluster) (i + 1);
    }
  return MK_CLUSTER_NONE;
}

/* The row shows «ШФНСУ»; the whole name would not fit beside its title. */
static void
bind_cluster_abbreviation (GtkSignalListItemFactory *factory,
                           GtkListItem              *item,
                           MkOverrideDialog         *self)
{
  MkCluster cluster = cluster_of_item (self, gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      cluster != MK_CLUSTER_NONE ? mk_cluster_abbreviation (cluster) : "");
}

static void
bind_cluster_name (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static void
setup_cluster_row (MkOverrideDialog *self)
{
  g_autoptr(GtkListItemFactory) row = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    {
      g_autofree char *label = g_strdup_printf (_("%s — %s"), mk_cluster_abbreviation (c),
                                                mk_cluster_title (c));
      gtk_string_list_append (self->cluster_model, label);
    }
  g_signal_connect (row, "setup", G_CALLBACK (setup_cluster_label), NULL);
  g_signal_connect_object (row, "bind", G_CALLBACK (bind_cluster_abbreviation), self, 0);
  g_signal_connect (list, "setup", G_CALLBACK (setup_cluster_label), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_cluster_name), NULL);
  adw_combo_row_set_factory (self->cluster_row, row);
  adw_combo_row_set_list_factory (self->cluster_row, list);
}

static void
mk_override_dialog_init (MkOverrideDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_cluster_row (self);
  g_signal_connect_object (self->cluster_row, "notify::selected",
                           G_CALLBACK (on_cluster_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->reason_view), "changed",
                           G_CALLBACK (on_reason_changed), self, G_CONNECT_SWAPPED);
  add_save_shortcut (self);
}
