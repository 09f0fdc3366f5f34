/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-roadmaps-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-roadmap-dialog.h"
#include "mk-roadmaps-page-private.h"
#include "mk-school-year.h"

static void
enable (MkRoadmapsPage *self,
        const char     *name,
        gboolean        enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->statuses), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* «Выполнено 30 из 35 пунктов; сведений нет по 2»: of the school at the
 * cursor, then of the whole roadmap. */
static void
update_summary (MkRoadmapsPage *self,
                guint           column)
{
  MkStatusCount school = mk_status_table_count_column (self->table, column);
  MkStatusCount all = mk_status_table_count_all (self->table);
  /* Translators: the summary under the status matrix; «да» and «не требуется» count as done */
  g_autofree char *text = g_strdup_printf (
    _("%s: done %u of %u items, no report on %u.\nThe whole roadmap: done %u of %u, no report on %u."),
    mk_status_table_get_school (self->table, column)->name, school.done, school.cells,
    school.cells - school.reported, all.done, all.cells, all.cells - all.reported);

  gtk_label_set_text (self->summary_label, text);
}

void
mk_roadmaps_page_update_details (MkRoadmapsPage *self)
{
  guint row = 0, column = 0;
  gboolean any = self->table != NULL &&
                 mk_status_matrix_view_get_cursor (self->matrix_view, &row, &column);
  const MkItemReport *report = any ? mk_status_table_get (self->table, row, column) : NULL;
  gboolean takes = any && mk_status_table_takes_status (self->table, row);
  g_autofree char *title = NULL;

  enable (self, "undo", self->table != NULL && mk_status_table_can_undo (self->table));
  enable (self, "redo", self->table != NULL && mk_status_table_can_redo (self->table));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cell_group), takes);
  self->filling = TRUE;
  mk_entry_row_show_text (self->information_row, report != NULL ? report->information : "");
  mk_entry_row_show_text (self->evidence_row, report != NULL ? report->evidence : "");
  mk_entry_row_show_text (self->reported_row, report != NULL ? report->reported : "");
  self->filling = FALSE;
  adw_action_row_set_subtitle (self->status_row,
                               !takes ? _("A heading or an item with sub-items takes no status")
                               : mk_item_status_official (report != NULL ? report->status
                                                                          : MK_STATUS_UNKNOWN));
  if (!any)
    {
      adw_preferences_group_set_title (self->cell_group, "");
      gtk_label_set_text (self->summary_label, "");
      return;
    }
  title = g_strdup_printf ("%s %s", mk_roadmap_item_get_code (mk_status_table_get_item (self->table, row)),
                           mk_status_table_get_school (self->table, column)->name);
  adw_preferences_group_set_title (self->cell_group, title);
  adw_preferences_group_set_description (self->cell_group,
      mk_roadmap_item_get_text (mk_status_table_get_item (self->table, row), MK_ITEM_TITLE));
  update_summary (self, column);
}

static void
on_cursor_changed (MkRoadmapsPage *self)
{
  mk_roadmaps_page_update_details (self);
}

static void
on_details_applied (MkRoadmapsPage *self)
{
  g_autoptr(GError) error = NULL;
  guint row, column;

  if (self->filling || self->table == NULL ||
      !mk_status_matrix_view_get_cursor (self->matrix_view, &row, &column))
    return;
  if (!mk_status_table_set_details (self->table, row, column,
                                    gtk_editable_get_text (GTK_EDITABLE (self->information_row)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->evidence_row)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->reported_row)),
                                    &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the report"), error);
}

static void
step_statuses (MkRoadmapsPage *self,
               gboolean        undo)
{
  g_autoptr(GError) error = NULL;

  if (self->table == NULL)
    return;
  if (!(undo ? mk_status_table_undo (self->table, &error) : mk_status_table_redo (self->table, &error))
      && error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the status"), error);
  mk_roadmaps_page_update_details (self);
}

static void
on_undo (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  step_statuses (user_data, TRUE);
}

static void
on_redo (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  step_statuses (user_data, FALSE);
}

/* A copy for the next school year, its items without statuses. */
static void
on_copy (GtkWidget  *widget,
         const char *name,
         GVariant   *parameter)
{
  MkRoadmapsPage *self = MK_ROADMAPS_PAGE (widget);
  g_autoptr(MkRoadmap) roadmap = mk_roadmaps_page_get_roadmap (self);
  g_autoptr(MkRoadmap) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *year = NULL;

  if (roadmap == NULL)
    return;
  copy = mk_store_copy_roadmap (self->store, mk_roadmap_get_info (roadmap)->id,
                                mk_roadmap_get_info (roadmap)->school_year + 1, &error);
  if (copy == NULL)
    {
      mk_widget_show_error_toast (widget, _("Cannot copy the roadmap"), error);
      return;
    }
  year = mk_school_year_format (mk_roadmap_get_info (copy)->school_year);
  mk_widget_add_toast (widget, mk_toast_new_printf (_("Copied to %s, without statuses"), year));
}

static void
on_archive_toggled (MkRoadmapsPage *self)
{
  g_autoptr(MkRoadmap) roadmap = mk_roadmaps_page_get_roadmap (self);
  g_autoptr(MkRoadmap) changed = NULL;
  g_autoptr(GError) error = NULL;
  MkRoadmapInfo info;

  if (self->filling || roadmap == NULL)
    return;
  info = *mk_roadmap_get_info (roadmap);
  info.archived = gtk_toggle_button_get_active (self->archive_button);
  changed = mk_roadmap_new (&info);
  if (!mk_store_save_roadmap (self->store, changed, NULL, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot change the roadmap"), error);
}

static void
on_roadmap_saved (MkRoadmapsPage *self,
                  MkRoadmap      *roadmap)
{
  mk_roadmaps_page_show_roadmap (self, mk_roadmap_get_info (roadmap)->id);
}

/* The dialog of a new roadmap (EDITED NULL) or of the one shown. */
static void
open_dialog (MkRoadmapsPage *self,
             MkRoadmap      *edited)
{
  MkRoadmapDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = mk_roadmap_dialog_new (mk_widget_get_window (GTK_WIDGET (self)), self->store, edited,
                                  self->year > 0 ? self->year : mk_year_drop_down_current ());
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_roadmap_saved), self, G_CONNECT_SWAPPED);
  mk_dialog_slot_present (&self->dialog, GTK_WINDOW (dialog));
}

static void
on_add (GtkWidget  *widget,
        const char *name,
        GVariant   *parameter)
{
  open_dialog (MK_ROADMAPS_PAGE (widget), NULL);
}

static void
on_edit (GtkWidget  *widget,
         const char *name,
         GVariant   *parameter)
{
  g_autoptr(MkRoadmap) roadmap = mk_roadmaps_page_get_roadmap (MK_ROADMAPS_PAGE (widget));

  if (roadmap != NULL)
    open_dialog (MK_ROADMAPS_PAGE (widget), roadmap);
}

void
mk_roadmaps_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "roadmaps.add", NULL, on_add);
  gtk_widget_class_install_action (widget_class, "roadmaps.edit", NULL, on_edit);
  gtk_widget_class_install_action (widget_class, "roadmaps.copy", NULL, on_copy);
  gtk_widget_class_bind_template_callback (widget_class, on_cursor_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_details_applied);
  gtk_widget_class_bind_template_callback (widget_class, on_archive_toggled);
}

void
mk_roadmaps_page_init_actions (MkRoadmapsPage *self)
{
  static const GActionEntry entries[] = { { "undo", on_undo }, { "redo", on_redo } };
  GtkEventController *keys = gtk_shortcut_controller_new ();

  self->statuses = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->statuses), entries, G_N_ELEMENTS (entries),
                                   self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "statuses", G_ACTION_GROUP (self->statuses));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                      gtk_named_action_new ("statuses.undo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control><Shift>z"),
                      gtk_named_action_new ("statuses.redo")));
  gtk_widget_add_controller (GTK_WIDGET (self->matrix_view), keys);
}
