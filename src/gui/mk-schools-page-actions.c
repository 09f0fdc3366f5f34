/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-schools-page-actions"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-schools-page-private.h"

static void
on_dialog_saved (MkSchoolsPage  *self,
                 MkSchool       *school,
                 MkSchoolDialog *dialog)
{
  /* The store's "changed" reload may come before or after this: select
   * the school now if it is listed, and otherwise on the next reload. */
  if (!mk_schools_page_select_id (self, mk_school_get_id (school)))
    self->select_id = mk_school_get_id (school);
}

static void
open_dialog (MkSchoolsPage *self,
             MkSchool      *school)
{
  MkSchoolDialog *dialog;

  if (self->dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->dialog));
      return;
    }
  dialog = mk_school_dialog_new (mk_widget_get_window (GTK_WIDGET (self)), self->store, school);
  if (school == NULL && mk_schools_page_get_municipality (self) != NULL)
    mk_school_dialog_set_default_municipality (dialog, mk_schools_page_get_municipality (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self,
                           G_CONNECT_SWAPPED);
  mk_dialog_slot_present (&self->dialog, GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_dialog (MK_SCHOOLS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (widget);
  MkSchool *school = mk_schools_page_get_selected (self);

  if (school != NULL)
    open_dialog (self, school);
}

static void
on_row_activated (MkSchoolsPage *self,
                  guint          position)
{
  mk_list_controller_select_position (self->list, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "schools.edit", NULL);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (widget);
  g_autoptr(MkSchoolBackup) backup = g_steal_pointer (&self->backup);
  g_autoptr(GError) error = NULL;

  if (backup == NULL)
    return;
  if (!mk_store_restore_school (self->store, backup, &error))
    mk_widget_show_error_toast (widget, _("Cannot restore the school"), error);
  mk_schools_page_update_actions (self);
}

static void
on_toast_undo (MkSchoolsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "schools.undo-delete", NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (widget);
  MkSchool *school = mk_schools_page_get_selected (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  MkSchoolBackup *backup;
  AdwToast *toast;

  if (school == NULL)
    return;
  name = g_strdup (mk_school_get_name (school));
  backup = mk_store_delete_school (self->store, mk_school_get_id (school), &error);
  if (backup == NULL)
    {
      mk_widget_show_error_toast (widget, _("Cannot delete the school"), error);
      return;
    }
  g_clear_pointer (&self->backup, mk_school_backup_free);
  self->backup = backup;
  mk_schools_page_update_actions (self);

  toast = mk_toast_new_printf (_("School “%s” deleted"), name);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo),
                           self, G_CONNECT_SWAPPED);
  mk_widget_add_toast (widget, toast);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
mk_schools_page_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "schools.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "schools.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "schools.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "schools.undo-delete", NULL,
                                   undo_delete_action);
  gtk_widget_class_install_action (widget_class, "schools.focus-search", NULL,
                                   focus_search_action);
  /* Enter and a double click arrive as the column view's "activate". */
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "schools.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "schools.focus-search", NULL);
}

