/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-roadmaps-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-page.h"
#include "mk-roadmaps-page-private.h"
#include "mk-school-year.h"
#include "mk-store-clusters.h"

static void mk_roadmaps_page_page_init (MkPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MkRoadmapsPage, mk_roadmaps_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (MK_TYPE_PAGE, mk_roadmaps_page_page_init))

GtkWidget *
mk_roadmaps_page_new (void)
{
  return g_object_new (MK_TYPE_ROADMAPS_PAGE, NULL);
}

MkRoadmap *
mk_roadmaps_page_get_roadmap (MkRoadmapsPage *self)
{
  guint position = gtk_drop_down_get_selected (self->roadmap_dropdown);

  if (self->roadmaps == NULL || position >= g_list_model_get_n_items (self->roadmaps))
    return NULL;
  return g_list_model_get_item (self->roadmaps, position);
}

/* Opens the roadmap chosen: its editor and its table of statuses. */
static void
open_roadmap (MkRoadmapsPage *self)
{
  g_autoptr(MkRoadmap) roadmap = mk_roadmaps_page_get_roadmap (self);
  g_autoptr(GError) error = NULL;
  gint64 id = roadmap != NULL ? mk_roadmap_get_info (roadmap)->id : 0;

  if (id != 0 && self->editor != NULL && self->open_id == id)
    return;
  g_clear_object (&self->editor);
  g_clear_object (&self->table);
  self->open_id = id;
  if (roadmap != NULL &&
      ((self->editor = mk_roadmap_editor_new (self->store, id, &error)) == NULL ||
       (self->table = mk_status_table_new (self->store, roadmap, &error)) == NULL))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the roadmap"), error);
  mk_roadmap_editor_view_set_editor (self->editor_view, self->editor);
  mk_status_matrix_view_set_table (self->matrix_view, self->table);
  self->filling = TRUE;
  gtk_toggle_button_set_active (self->archive_button,
                                roadmap != NULL && mk_roadmap_get_info (roadmap)->archived);
  self->filling = FALSE;
  gtk_label_set_text (self->title_label, roadmap != NULL ? mk_roadmap_get_info (roadmap)->title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), roadmap != NULL);
  gtk_stack_set_visible_child_name (self->content_stack, self->table != NULL ? "roadmap" : "empty");
  mk_roadmaps_page_update_details (self);
}

/* Lists the roadmaps of the year, keeping the one open where it is. */
static void
load_roadmaps (MkRoadmapsPage *self)
{
  g_autoptr(GError) error = NULL;
  guint n, keep = 0;

  g_clear_object (&self->roadmaps);
  if (self->store != NULL && self->year > 0)
    self->roadmaps = mk_store_list_roadmaps (self->store, self->year, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the roadmaps"), error);
  n = self->roadmaps != NULL ? g_list_model_get_n_items (self->roadmaps) : 0;
  self->filling = TRUE;
  gtk_string_list_splice (self->roadmap_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->roadmap_names)), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MkRoadmap) roadmap = g_list_model_get_item (self->roadmaps, i);
      g_autofree char *label = mk_roadmap_dup_label (roadmap);

      gtk_string_list_append (self->roadmap_names, label);
      if (mk_roadmap_get_info (roadmap)->id == self->open_id)
        keep = i;
    }
  gtk_drop_down_set_selected (self->roadmap_dropdown, n > 0 ? keep : GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
  open_roadmap (self);
}

/* The store changed (an import, the command line, or this page's own
 * edits): the lists and the open roadmap are read again; the editor and
 * the table stay, with what can be undone. */
static void
reload (MkRoadmapsPage *self)
{
  g_autoptr(GError) error = NULL;

  self->filling = TRUE;
  mk_year_drop_down_load (self->year_dropdown, self->store, &error);
  self->year = mk_year_drop_down_get_year (self->year_dropdown);
  self->filling = FALSE;
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the school years"), error);
  load_roadmaps (self);
  if (self->editor != NULL && !mk_roadmap_editor_reload (self->editor, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the roadmap"), error);
  else if (self->table != NULL && !mk_status_table_reload (self->table, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the roadmap"), error);
}

static gboolean
reload_idle (gpointer user_data)
{
  MkRoadmapsPage *self = user_data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (MkRoadmapsPage *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
mk_roadmaps_page_set_store (MkPage  *page,
                            MkStore *store)
{
  static const char *const topics[] = { MK_TOPIC_ROADMAPS, MK_TOPIC_CLUSTERS, MK_TOPIC_SCHOOLS,
                                        NULL };
  MkRoadmapsPage *self = MK_ROADMAPS_PAGE (page);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  mk_dialog_slot_close (&self->dialog);
  g_set_object (&self->store, store);
  g_clear_object (&self->editor);
  g_clear_object (&self->table);
  self->open_id = 0;
  if (store != NULL)
    mk_connect_store_topics (store, topics, G_CALLBACK (on_store_changed), self);
  reload (self);
}

static void
mk_roadmaps_page_page_init (MkPageInterface *iface)
{
  iface->set_store = mk_roadmaps_page_set_store;
}

static void
on_year_selected (MkRoadmapsPage *self)
{
  int year = mk_year_drop_down_get_year (self->year_dropdown);

  if (self->filling || year == self->year)
    return;
  self->year = year;
  load_roadmaps (self);
}

static void
on_roadmap_selected (MkRoadmapsPage *self)
{
  if (!self->filling)
    open_roadmap (self);
}

void
mk_roadmaps_page_show_roadmap (MkRoadmapsPage *self,
                               gint64          id)
{
  g_autoptr(MkRoadmap) roadmap = self->store != NULL ? mk_store_get_roadmap (self->store, id, NULL)
                                                     : NULL;

  if (roadmap == NULL)
    return;
  self->filling = TRUE;
  /* A roadmap just made may be of a year not offered yet. */
  mk_year_drop_down_load (self->year_dropdown, self->store, NULL);
  mk_year_drop_down_set_year (self->year_dropdown, mk_roadmap_get_info (roadmap)->school_year);
  self->year = mk_year_drop_down_get_year (self->year_dropdown);
  self->filling = FALSE;
  /* The open roadmap is the one load_roadmaps keeps selected. */
  g_clear_object (&self->editor);
  self->open_id = id;
  load_roadmaps (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "statuses");
}

static void
mk_roadmaps_page_dispose (GObject *object)
{
  MkRoadmapsPage *self = MK_ROADMAPS_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  mk_dialog_slot_close (&self->dialog);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->roadmaps);
  g_clear_object (&self->editor);
  g_clear_object (&self->table);
  G_OBJECT_CLASS (mk_roadmaps_page_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MkRoadmapsPage, name)

static void
mk_roadmaps_page_class_init (MkRoadmapsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mk_roadmaps_page_dispose;
  g_type_ensure (MK_TYPE_YEAR_DROP_DOWN);
  g_type_ensure (MK_TYPE_STATUS_MATRIX_VIEW);
  g_type_ensure (MK_TYPE_ROADMAP_EDITOR_VIEW);
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/ru/mayak/Mayak/mk-roadmaps-page.ui");
  BIND (year_dropdown); BIND (roadmap_dropdown); BIND (roadmap_names); BIND (archive_button);
  BIND (content_stack); BIND (view_stack); BIND (matrix_view); BIND (editor_view);
  BIND (cell_group); BIND (status_row); BIND (information_row); BIND (evidence_row);
  BIND (reported_row); BIND (summary_label); BIND (title_label);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_roadmap_selected);
  mk_roadmaps_page_class_init_actions (widget_class);
}

static void
mk_roadmaps_page_init (MkRoadmapsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mk_roadmaps_page_init_actions (self);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}
