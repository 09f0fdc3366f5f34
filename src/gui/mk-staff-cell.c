/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-staff-cell"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-staff-cell.h"

struct _MkStaffCell
{
  GtkWidget    parent_instance;

  MkStaffRole  role;
  MkStaffRow  *row;     /* the row shown, NULL when unbound */
  GtkText     *text;
};

G_DEFINE_FINAL_TYPE (MkStaffCell, mk_staff_cell, GTK_TYPE_WIDGET)

enum {
  COMMIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
stored_text (MkStaffCell *self)
{
  const char *raw = self->row != NULL ? mk_staff_row_get_raw (self->row, self->role) : NULL;

  return raw != NULL ? raw : "";
}

static void
show_stored (MkStaffCell *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->text), stored_text (self));
}

void
mk_staff_cell_commit (MkStaffCell *self)
{
  g_autoptr(MkStaffRow) row = NULL;
  g_autofree char *text = NULL;
  gboolean saved = FALSE;

  g_return_if_fail (MK_IS_STAFF_CELL (self));

  if (self->row == NULL ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->text)), stored_text (self)) == 0)
    return;
  /* A handler may rebind this cell; hold what the commit is about. */
  row = g_object_ref (self->row);
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text)));
  g_signal_emit (self, signals[COMMIT], 0, row, (guint) self->role, text, &saved);
  if (self->row == row)
    show_stored (self);
}

static gboolean
revert (GtkWidget *widget,
        GVariant  *args,
        gpointer   user_data)
{
  show_stored (MK_STAFF_CELL (user_data));
  return TRUE;
}

void
mk_staff_cell_bind (MkStaffCell *self,
                    MkStaffRow  *row)
{
  g_return_if_fail (MK_IS_STAFF_CELL (self));

  g_set_object (&self->row, row);
  show_stored (self);
}

void
mk_staff_cell_unbind (MkStaffCell *self)
{
  g_return_if_fail (MK_IS_STAFF_CELL (self));

  mk_staff_cell_commit (self);
  g_clear_object (&self->row);
}

GtkWidget *
mk_staff_cell_new (MkStaffRole role)
{
  MkStaffCell *self = g_object_new (MK_TYPE_STAFF_CELL, NULL);

  self->role = role;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mk_staff_role_label (role), -1);
  return GTK_WIDGET (self);
}

static gboolean
select_all (gpointer data)
{
  MkStaffCell *self = data;

  if (self->text != NULL && gtk_widget_has_focus (GTK_WIDGET (self->text)))
    gtk_editable_select_region (GTK_EDITABLE (self->text), 0, -1);
  return G_SOURCE_REMOVE;
}

/* As in a spreadsheet, typing into a cell replaces what it holds: «6» in a
 * cell of «32» gives «6», not «326». A click places the cursor after the
 * focus arrives, so the selection is made again once it has. */
static void
on_focus_enter (MkStaffCell *self)
{
  select_all (self);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, select_all, g_object_ref (self), g_object_unref);
}

static void
add_controllers (MkStaffCell *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutAction *action = gtk_callback_action_new (revert, self, NULL);

  /* Leaving the cell saves it, as in a spreadsheet. The text may keep
   * the focus, and lose it, after the cell is gone (rows read anew): the
   * handlers go with the cell. */
  g_signal_connect_object (focus, "leave", G_CALLBACK (mk_staff_cell_commit), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_focus_enter), self, G_CONNECT_SWAPPED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          action));
  gtk_widget_add_controller (GTK_WIDGET (self->text), focus);
  gtk_widget_add_controller (GTK_WIDGET (self->text), keys);
}

static void
mk_staff_cell_dispose (GObject *object)
{
  MkStaffCell *self = MK_STAFF_CELL (object);

  if (self->text != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->text));
  self->text = NULL;
  g_clear_object (&self->row);
  G_OBJECT_CLASS (mk_staff_cell_parent_class)->dispose (object);
}

static void
mk_staff_cell_class_init (MkStaffCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_staff_cell_dispose;

  /* gboolean commit (MkStaffRow *row, guint role, const char *text):
   * TRUE when the text was stored. */
  signals[COMMIT] = g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, g_signal_accumulator_true_handled, NULL, NULL,
                                  G_TYPE_BOOLEAN, 3, MK_TYPE_STAFF_ROW, G_TYPE_UINT,
                                  G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "staffcell");
}

static void
mk_staff_cell_init (MkStaffCell *self)
{
  self->text = GTK_TEXT (gtk_text_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (self->text), 6);
  gtk_widget_set_hexpand (GTK_WIDGET (self->text), TRUE);
  /* An empty cell still shows where to type. */
  /* No figure is not 0: «н/д», as everywhere a value is not known. */
  gtk_text_set_placeholder_text (self->text, _("n/a"));
  g_signal_connect_swapped (self->text, "activate", G_CALLBACK (mk_staff_cell_commit), self);
  add_controllers (self);
  gtk_widget_set_parent (GTK_WIDGET (self->text), GTK_WIDGET (self));
}
