/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-gui-util"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-text.h"
#include "mk-gui-resources.h"

void
mk_gui_ensure_resources (void)
{
  (void) mk_gui_get_resource ();
}

char *
mk_fold_for_search (const char *text)
{
  return mk_text_fold (text);
}

AdwToast *
mk_toast_new_printf (const char *format,
                     ...)
{
  g_autofree char *title = NULL;
  va_list args;

  va_start (args, format);
  title = g_markup_vprintf_escaped (format, args);
  va_end (args);
  return adw_toast_new (title);
}

void
mk_widget_add_toast (GtkWidget *widget,
                     AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      g_debug ("No toast overlay for: %s", adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
mk_widget_show_error_toast (GtkWidget    *widget,
                            const char   *what,
                            const GError *error)
{
  AdwToast *toast;

  /* Translators: "<what failed>: <why>" in a toast */
  toast = mk_toast_new_printf (_("%s: %s"), what, error->message);
  /* Longer than the default: an error takes a while to read. */
  adw_toast_set_timeout (toast, 10);
  mk_widget_add_toast (widget, toast);
}

/* What a cell's tooltip needs: the row it shows and its column. */
typedef struct {
  GtkListItem       *item;    /* owns the cell, so outlives it */
  guint              column;
  MkCellTooltipFunc  func;
} CellTooltip;

static gboolean
on_cell_query_tooltip (GtkWidget   *cell,
                       int          x,
                       int          y,
                       gboolean     keyboard,
                       GtkTooltip  *tooltip,
                       CellTooltip *data)
{
  gpointer item = gtk_list_item_get_item (data->item);
  g_autofree char *text = NULL;

  if (item == NULL)
    return FALSE;
  text = data->func (item, data->column);
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_tooltip_free (gpointer  data,
                   GClosure *closure)
{
  g_free (data);
}

void
mk_cell_set_tooltip_func (GtkWidget         *cell,
                          GtkListItem       *item,
                          guint              column,
                          MkCellTooltipFunc  func)
{
  CellTooltip *data = g_new (CellTooltip, 1);

  *data = (CellTooltip) { item, column, func };
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect_data (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip),
                         data, cell_tooltip_free, 0);
}

typedef struct {
  GtkWidget *target;  /* weak: not kept alive by its spin button */
  char      *action;
} SpinActivation;

static void
spin_activation_free (gpointer  data,
                      GClosure *closure)
{
  SpinActivation *activation = data;

  g_clear_weak_pointer (&activation->target);
  g_free (activation->action);
  g_free (activation);
}

static void
on_spin_text_activate (GtkText        *text,
                       SpinActivation *activation)
{
  if (activation->target != NULL)
    gtk_widget_activate_action (activation->target, activation->action, NULL);
}

void
mk_spin_button_activates (GtkWidget  *spin,
                          GtkWidget  *target,
                          const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (spin); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TEXT (child))
      {
        SpinActivation *activation = g_new0 (SpinActivation, 1);

        g_set_weak_pointer (&activation->target, target);
        activation->action = g_strdup (action);
        g_signal_connect_data (child, "activate", G_CALLBACK (on_spin_text_activate),
                               activation, spin_activation_free, 0);
      }
}

GtkWidget *
mk_editable_row_new (const char  *title,
                     const char  *subtitle,
                     const char  *edit_tooltip,
                     const char  *delete_label,
                     GtkWidget  **delete)
{
  GtkWidget *row = adw_action_row_new ();

  *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, edit_tooltip);
  gtk_widget_set_valign (*delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (*delete, "flat");
  gtk_widget_set_tooltip_text (*delete, _("Delete"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (*delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  delete_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("document-edit-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), *delete);
  return row;
}

GtkWindow *
mk_widget_get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
mk_dialog_slot_present (gpointer   slot,
                        GtkWindow *dialog)
{
  g_set_weak_pointer ((GtkWindow **) slot, dialog);
  gtk_window_present (dialog);
}

void
mk_dialog_slot_close (gpointer slot)
{
  GtkWindow **dialog = slot;

  if (*dialog != NULL)
    gtk_window_destroy (*dialog);
  /* Someone else may still hold the destroyed window. */
  g_clear_weak_pointer (dialog);
}

void
mk_connect_store_topics (MkStore            *store,
                         const char * const *topics,
                         GCallback           handler,
                         gpointer            data)
{
  for (guint i = 0; topics[i] != NULL; i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", topics[i], NULL);

      g_signal_connect_object (store, signal, handler, data, G_CONNECT_SWAPPED);
    }
}

AdwMessageDialog *
mk_message_dialog_new_from_resource (GtkWindow  *parent,
                                     const char *name)
{
  g_autofree char *path = g_strconcat ("/ru/mayak/Mayak/", name, NULL);
  g_autoptr(GtkBuilder) builder = NULL;
  AdwMessageDialog *dialog;

  mk_gui_ensure_resources ();
  builder = gtk_builder_new_from_resource (path);
  dialog = ADW_MESSAGE_DIALOG (gtk_builder_get_object (builder, "dialog"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  return dialog;
}

void
mk_list_box_clear (GtkListBox *list)
{
  for (GtkListBoxRow *row; (row = gtk_list_box_get_row_at_index (list, 0)) != NULL;)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

void
mk_entry_row_show_text (AdwEntryRow *row,
                        const char  *text)
{
  gboolean apply = adw_entry_row_get_show_apply_button (row);

  /* Any change of the text shows the apply button; turning the button
   * off around the change forgets it. */
  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_entry_row_set_show_apply_button (row, apply);
}
