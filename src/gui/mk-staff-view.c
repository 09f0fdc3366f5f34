/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-staff-view"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-staff-cell.h"
#include "mk-staff-view.h"

/* The value a cell held before the last edit, for «Undo». */
typedef struct
{
  gint64       school_id;
  int          school_year;
  MkStaffRole  role;
  char        *raw;
} StaffUndo;

static void
staff_undo_free (StaffUndo *undo)
{
  if (undo == NULL)
    return;
  g_free (undo->raw);
  g_free (undo);
}

/* What a role column's factory needs to commit an edit. */
typedef struct
{
  MkStaffView *view;
  MkStaffRole  role;
} StaffColumn;

struct _MkStaffView
{
  AdwBin          parent_instance;

  MkStore        *store;
  gint64          school_id;
  GtkNoSelection *selection;
  StaffColumn     columns[MK_N_STAFF_ROLES];
  /* Set while this view writes, so that the store's "changed" does not
   * rebuild the rows under the cell being edited. */
  gboolean        committing;
  StaffUndo      *undo;

  GtkLabel       *school_label;
  GtkMenuButton  *add_year_button;
  GtkPopover     *add_year_popover;
  GtkSpinButton  *year_spin;
  GtkStack       *stack;
  GtkColumnView  *column_view;
};

G_DEFINE_FINAL_TYPE (MkStaffView, mk_staff_view, ADW_TYPE_BIN)

static void
remember_undo (MkStaffView *self,
               MkStaffRow  *row,
               MkStaffRole  role)
{
  StaffUndo *undo = g_new0 (StaffUndo, 1);

  undo->school_id = mk_staff_row_get_school_id (row);
  undo->school_year = mk_staff_row_get_school_year (row);
  undo->role = role;
  undo->raw = g_strdup (mk_staff_row_get_raw (row, role));
  g_clear_pointer (&self->undo, staff_undo_free);
  self->undo = undo;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.undo", TRUE);
}

static gboolean
commit_cell (MkStaffView  *self,
             MkStaffRow   *row,
             MkStaffRole   role,
             const char   *text,
             GError      **error)
{
  g_autofree char *raw = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *before = g_strdup (mk_staff_row_get_raw (row, role));
  gboolean ok;

  self->committing = TRUE;
  ok = mk_store_set_staff (self->store, mk_staff_row_get_school_id (row),
                           mk_staff_row_get_school_year (row), role, raw, error);
  self->committing = FALSE;
  if (ok && g_strcmp0 (before, raw) != 0)
    remember_undo (self, row, role);
  if (ok)
    mk_staff_row_set_raw (row, role, raw);
  return ok;
}

static void
on_toast_undo (MkStaffView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "staff.undo", NULL);
}

static void
show_undo_toast (MkStaffView *self)
{
  AdwToast *toast = adw_toast_new (_("Staff number saved"));

  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo), self,
                           G_CONNECT_SWAPPED);
  mk_widget_add_toast (GTK_WIDGET (self), toast);
}

static gboolean
on_cell_commit (MkStaffView *self,
                MkStaffRow  *row,
                guint        role,
                const char  *text,
                MkStaffCell *cell)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return FALSE;
  if (!commit_cell (self, row, (MkStaffRole) role, text, &error))
    {
      mk_widget_show_error_toast (GTK_WIDGET (self), _("The staff number was not saved"), error);
      return FALSE;
    }
  show_undo_toast (self);
  return TRUE;
}

static void
setup_role_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 StaffColumn              *column)
{
  GtkWidget *cell = mk_staff_cell_new (column->role);

  g_signal_connect_object (cell, "commit", G_CALLBACK (on_cell_commit), column->view,
                           G_CONNECT_SWAPPED);
  gtk_list_item_set_child (item, cell);
}

static void
bind_role_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                StaffColumn              *column)
{
  mk_staff_cell_bind (MK_STAFF_CELL (gtk_list_item_get_child (item)),
                      gtk_list_item_get_item (item));
}

/* Before the cell moves to another row, what was typed goes to the row
 * it was typed for. */
static void
unbind_role_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  StaffColumn              *column)
{
  mk_staff_cell_unbind (MK_STAFF_CELL (gtk_list_item_get_child (item)));
}

static void
setup_year_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (item, gtk_inscription_new (NULL));
}

static void
bind_year_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  g_autofree char *label = mk_staff_row_dup_year_label (gtk_list_item_get_item (item));

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), label);
}

static void
append_column (MkStaffView *self,
               const char  *title,
               GCallback    setup,
               GCallback    bind,
               GCallback    unbind,
               gpointer     user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", setup, user_data);
  g_signal_connect (factory, "bind", bind, user_data);
  if (unbind != NULL)
    g_signal_connect (factory, "unbind", unbind, user_data);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
}

static void
setup_columns (MkStaffView *self)
{
  append_column (self, _("School Year"), G_CALLBACK (setup_year_cell),
                 G_CALLBACK (bind_year_cell), NULL, NULL);
  for (guint i = 0; i < MK_N_STAFF_ROLES; i++)
    {
      self->columns[i].view = self;
      self->columns[i].role = (MkStaffRole) i;
      append_column (self, mk_staff_role_label ((MkStaffRole) i),
                     G_CALLBACK (setup_role_cell), G_CALLBACK (bind_role_cell),
                     G_CALLBACK (unbind_role_cell), &self->columns[i]);
    }
}

/* The year after the last one listed, or the current school year, which
 * starts in September. */
static int
suggest_start_year (GListModel *rows)
{
  guint n = rows != NULL ? g_list_model_get_n_items (rows) : 0;
  g_autoptr(GDateTime) now = NULL;

  if (n > 0)
    {
      g_autoptr(MkStaffRow) last = g_list_model_get_item (rows, n - 1);

      return mk_staff_row_get_school_year (last) + 1;
    }
  now = g_date_time_new_now_local ();
  return g_date_time_get_year (now) - (g_date_time_get_month (now) < 9 ? 1 : 0);
}

static void
reload (MkStaffView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = NULL;
  gboolean have_school = self->store != NULL && self->school_id != 0;

  if (have_school)
    rows = mk_store_list_staff (self->store, self->school_id, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the staff"), error);

  gtk_no_selection_set_model (self->selection, rows);
  gtk_stack_set_visible_child_name (self->stack, have_school ? "staff" : "none");
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_year_button), have_school);
  gtk_spin_button_set_value (self->year_spin, suggest_start_year (rows));
}

static void
on_store_changed (MkStaffView *self,
                  const char  *topic,
                  MkStore     *store)
{
  if (!self->committing)
    reload (self);
}

void
mk_staff_view_set_store (MkStaffView *self,
                         MkStore     *store)
{
  g_return_if_fail (MK_IS_STAFF_VIEW (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  self->school_id = 0;
  g_clear_pointer (&self->undo, staff_undo_free);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::" MK_TOPIC_STAFF,
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::" MK_TOPIC_ALL,
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
    }
  reload (self);
}

void
mk_staff_view_set_school (MkStaffView *self,
                          MkSchool    *school)
{
  g_return_if_fail (MK_IS_STAFF_VIEW (self));

  self->school_id = school != NULL ? mk_school_get_id (school) : 0;
  gtk_label_set_text (self->school_label,
                      school != NULL ? mk_school_get_name (school) : "");
  reload (self);
}

static void
add_year_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MkStaffView *self = MK_STAFF_VIEW (widget);
  g_autoptr(GError) error = NULL;
  int year;

  /* Takes in a year typed but not yet confirmed in the spin button. */
  gtk_spin_button_update (self->year_spin);
  year = gtk_spin_button_get_value_as_int (self->year_spin);

  gtk_popover_popdown (self->add_year_popover);
  if (self->store == NULL)
    return;
  if (!mk_store_ensure_school_year (self->store, year, &error))
    mk_widget_show_error_toast (widget, _("Cannot add the school year"), error);
  reload (self);
}

/* Puts back the value the last edit replaced; once, as the toast says. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MkStaffView *self = MK_STAFF_VIEW (widget);
  StaffUndo *undo = g_steal_pointer (&self->undo);
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (widget, "staff.undo", FALSE);
  if (undo != NULL && self->store != NULL &&
      !mk_store_set_staff (self->store, undo->school_id, undo->school_year, undo->role,
                           undo->raw, &error))
    mk_widget_show_error_toast (widget, _("The staff number was not restored"), error);
  staff_undo_free (undo);
  reload (self);
}

static void
mk_staff_view_dispose (GObject *object)
{
  MkStaffView *self = MK_STAFF_VIEW (object);

  g_clear_pointer (&self->undo, staff_undo_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_STAFF_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (mk_staff_view_parent_class)->dispose (object);
}

static void
mk_staff_view_class_init (MkStaffViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_staff_view_dispose;

  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-staff-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MkStaffView, school_label);
  gtk_widget_class_bind_template_child (widget_class, MkStaffView, add_year_button);
  gtk_widget_class_bind_template_child (widget_class, MkStaffView, add_year_popover);
  gtk_widget_class_bind_template_child (widget_class, MkStaffView, year_spin);
  gtk_widget_class_bind_template_child (widget_class, MkStaffView, stack);
  gtk_widget_class_bind_template_child (widget_class, MkStaffView, column_view);

  gtk_widget_class_install_action (widget_class, "staff.add-year", NULL, add_year_action);
  gtk_widget_class_install_action (widget_class, "staff.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "staff.undo", NULL);
}

static void
mk_staff_view_init (MkStaffView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.undo", FALSE);
  self->selection = gtk_no_selection_new (NULL);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  setup_columns (self);
  reload (self);
}
