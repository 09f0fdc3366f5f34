/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-results-page-actions"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-results-page-private.h"

static void
on_imported (MkResultsPage     *self,
             const char        *summary,
             MkImportAssistant *assistant)
{
  /* Translators: a toast after an import; %s is «added 3, replaced 1, …» */
  mk_widget_add_toast (GTK_WIDGET (self), mk_toast_new_printf (_("Imported: %s"), summary));
}

static void
on_assistant_destroyed (MkResultsPage *self)
{
  /* A weak pointer clears when the window is finalized, which may come
   * later; the page is free again as soon as the window is gone. */
  g_clear_weak_pointer (&self->assistant);
  mk_results_page_update_actions (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MkResultsPage *self = MK_RESULTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  MkImportAssistant *assistant;

  if (self->store == NULL)
    return;
  if (self->assistant != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->assistant));
      return;
    }
  assistant = mk_import_assistant_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       self->store, MK_IMPORT_KIND_RESULTS);
  g_signal_connect_object (assistant, "imported", G_CALLBACK (on_imported), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (assistant, "destroy", G_CALLBACK (on_assistant_destroyed), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->assistant, assistant);
  if (self->editor != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->editor));
  mk_results_page_update_actions (self);
  gtk_window_present (GTK_WINDOW (assistant));
}

static void
undo_clear_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MkResultsPage *self = MK_RESULTS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!self->can_undo_clear || self->store == NULL)
    return;
  self->can_undo_clear = FALSE;
  if (!mk_store_put_result (self->store, &self->cleared, NULL, &error))
    mk_widget_show_error_toast (widget, _("Cannot restore the result"), error);
  mk_results_page_update_actions (self);
}

static void
on_toast_undo (MkResultsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "results.undo-clear", NULL);
}

static void
on_editor_cleared (MkResultsPage     *self,
                   const MkResultRow *row,
                   MkResultEditor    *editor)
{
  AdwToast *toast = adw_toast_new (_("Result cleared"));

  self->cleared = *row;
  self->cleared.procedure_code = NULL;
  self->can_undo_clear = TRUE;
  mk_results_page_update_actions (self);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo),
                           self, G_CONNECT_SWAPPED);
  mk_widget_add_toast (GTK_WIDGET (self), toast);
}

static void
edit_cell_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MkResultsPage *self = MK_RESULTS_PAGE (widget);
  MkResultEditor *editor;
  guint row;
  guint column;

  if (self->store == NULL || self->assistant != NULL ||
      !mk_result_matrix_view_get_cursor (self->matrix_view, &row, &column))
    return;
  editor = mk_result_editor_new (self->store, mk_result_grid_get_row (self->grid, row),
                                 mk_result_grid_get_column (self->grid, column),
                                 mk_result_grid_get_year (self->grid),
                                 mk_result_grid_get_cell (self->grid, row, column));
  g_signal_connect_object (editor, "cleared", G_CALLBACK (on_editor_cleared), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, editor);
  mk_result_matrix_view_popup_at_cursor (self->matrix_view, GTK_POPOVER (editor));
}

static void
on_cell_activated (MkResultsPage *self,
                   guint          row,
                   guint          column)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "results.edit-cell", NULL);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MkResultsPage *self = MK_RESULTS_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
mk_results_page_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "results.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "results.edit-cell", NULL, edit_cell_action);
  gtk_widget_class_install_action (widget_class, "results.undo-clear", NULL, undo_clear_action);
  gtk_widget_class_install_action (widget_class, "results.focus-search", NULL,
                                   focus_search_action);
  /* Enter and a double click on a cell arrive as the view's "cell-activated". */
  gtk_widget_class_bind_template_callback (widget_class, on_cell_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "results.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0,
                                       "results.edit-cell", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "results.focus-search", NULL);
}
