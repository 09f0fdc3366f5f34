/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-schools-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-list-filter.h"
#include "mk-page.h"
#include "mk-schools-page-private.h"

static void mk_schools_page_page_init (MkPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MkSchoolsPage, mk_schools_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (MK_TYPE_PAGE, mk_schools_page_page_init))

GtkWidget *
mk_schools_page_new (void)
{
  return g_object_new (MK_TYPE_SCHOOLS_PAGE, NULL);
}

MkSchool *
mk_schools_page_get_selected (MkSchoolsPage *self)
{
  g_return_val_if_fail (MK_IS_SCHOOLS_PAGE (self), NULL);
  return mk_list_controller_get_selected (self->list);
}

void
mk_schools_page_update_count (MkSchoolsPage *self)
{
  guint shown = mk_list_controller_get_n_shown (self->list);
  g_autofree char *text = mk_list_controller_dup_count_text (self->list);

  gtk_label_set_text (self->count_label, text);

  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");
  adw_status_page_set_title (self->empty_page,
                             mk_schools_page_is_filtered (self) ? _("No Matching Schools")
                                                : _("No Schools Yet"));
  adw_status_page_set_description (self->empty_page,
                                   mk_schools_page_is_filtered (self)
                                   ? _("Change the search text or the filters.")
                                   : _("Add a school with the “+” button (Ctrl+N) or load the demo data from the main menu."));
}

gboolean
mk_schools_page_select_id (MkSchoolsPage *self,
                           gint64         id)
{
  return mk_list_controller_select_id (self->list, id);
}

static void
reload (MkSchoolsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) schools = NULL;

  if (self->store != NULL)
    schools = mk_store_list_schools (self->store, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the schools"), error);
  mk_list_controller_set_items (self->list, schools, self->select_id);
  if (self->store != NULL)
    mk_schools_page_reload_municipalities (self);
  self->select_id = 0;
  mk_schools_page_update_count (self);
}

static void
on_store_changed (MkSchoolsPage *self,
                  const char    *topic,
                  MkStore       *store)
{
  reload (self);
}

static void
mk_schools_page_set_store (MkPage  *page,
                           MkStore *store)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (page);

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  mk_dialog_slot_close (&self->dialog);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->backup, mk_school_backup_free);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::" MK_TOPIC_SCHOOLS,
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::" MK_TOPIC_ALL,
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
    }
  mk_staff_view_set_store (self->staff_view, store);
  reload (self);
  mk_schools_page_update_actions (self);
}

static void
mk_schools_page_page_init (MkPageInterface *iface)
{
  iface->set_store = mk_schools_page_set_store;
}

void
mk_schools_page_update_actions (MkSchoolsPage *self)
{
  MkSchool *school = mk_schools_page_get_selected (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.edit", school != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.delete", school != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.add", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.undo-delete",
                                 self->backup != NULL);
  mk_staff_view_set_school (self->staff_view, school);
}

static void
on_selection_changed (MkSchoolsPage *self)
{
  mk_schools_page_update_actions (self);
}

static gint64
school_id (gpointer item)
{
  return mk_school_get_id (item);
}

static void
setup_list (MkSchoolsPage *self)
{
  mk_school_columns_add (self->column_view);
  self->list = mk_list_controller_new (self->column_view, mk_schools_page_filter_school,
                                       school_id, self);
  g_signal_connect_object (self->list, "selection-changed",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "count-changed",
                           G_CALLBACK (mk_schools_page_update_count), self, G_CONNECT_SWAPPED);
}

static void
mk_schools_page_dispose (GObject *object)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (object);

  mk_dialog_slot_close (&self->dialog);
  /* The column view drops its sorted columns as it goes, which sorts the
   * list once more: nothing of this page may hear of it. */
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_SCHOOLS_PAGE);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  g_clear_pointer (&self->backup, mk_school_backup_free);
  G_OBJECT_CLASS (mk_schools_page_parent_class)->dispose (object);
}

static void
mk_schools_page_class_init (MkSchoolsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_schools_page_dispose;

  g_type_ensure (MK_TYPE_STAFF_VIEW);
  g_type_ensure (MK_TYPE_MUNICIPALITY_DROP_DOWN);
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-schools-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, profile_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, staff_view);
  mk_schools_page_class_bind_filter_callbacks (widget_class);

  mk_schools_page_class_install_actions (widget_class);
}

static void
mk_schools_page_init (MkSchoolsPage *self)
{
  self->profile = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The list first: choosing the dropdowns' models already filters it. */
  setup_list (self);
  mk_schools_page_setup_filters (self);
  mk_schools_page_update_actions (self);
  mk_schools_page_update_count (self);
}
