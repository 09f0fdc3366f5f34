/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-clusters-page"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mk-clusters-page-private.h"
#include "mk-gui-util.h"
#include "mk-list-filter.h"
#include "mk-page.h"
#include "mk-school-year.h"
#include "mk-store-clusters.h"
#include "mk-store-results.h"
#include "mk-store-statistics.h"

static void mk_clusters_page_page_init (MkPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MkClustersPage, mk_clusters_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (MK_TYPE_PAGE, mk_clusters_page_page_init))

GtkWidget *
mk_clusters_page_new (void)
{
  return g_object_new (MK_TYPE_CLUSTERS_PAGE, NULL);
}

void
mk_override_undo_free (MkOverrideUndo *cleared)
{
  if (cleared == NULL)
    return;
  g_free (cleared->reason);
  g_free (cleared->iso_date);
  g_free (cleared->school_name);
  g_free (cleared);
}

MkAssignment *
mk_clusters_page_get_selected (MkClustersPage *self)
{
  return mk_list_controller_get_selected (self->list);
}

gboolean
mk_clusters_page_select_id (MkClustersPage *self,
                            gint64          school_id)
{
  return mk_list_controller_select_id (self->list, school_id);
}

void
mk_clusters_page_update_actions (MkClustersPage *self)
{
  MkAssignment *selected = mk_clusters_page_get_selected (self);
  gboolean idle = self->store != NULL && !self->busy;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clusters.classify", idle && self->year > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clusters.override", idle && selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clusters.clear-override",
                                 idle && selected != NULL &&
                                 mk_assignment_get_override (selected) != MK_CLUSTER_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clusters.marker-history", selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clusters.undo-override",
                                 idle && self->undo != NULL);
}

static void
update_unclassified_text (MkClustersPage *self)
{
  g_autofree char *year = mk_school_year_format (self->year);
  g_autofree char *text = NULL;

  if (self->store != NULL && mk_store_count_schools (self->store) == 0)
    text = g_strdup (_("Add the schools and import the results of assessments first, then classify."));
  else
    text = g_strdup_printf (_("Mayak will find the markers of low results and put every school "
                              "into one of five clusters for the school year %s, explaining "
                              "each assignment."), year);
  adw_status_page_set_description (self->unclassified_page, text);
}

void
mk_clusters_page_update_count (MkClustersPage *self)
{
  guint shown = mk_list_controller_get_n_shown (self->list);
  guint total = mk_list_controller_get_n_total (self->list);
  g_autofree char *text = mk_list_controller_dup_count_text (self->list);

  gtk_label_set_text (self->count_label, total > 0 ? text : "");
  gtk_widget_set_sensitive (self->filter_bar, total > 0);
  /* Nothing to explain before the year is classified. */
  gtk_widget_set_visible (GTK_WIDGET (self->details), total > 0);
  if (total == 0)
    update_unclassified_text (self);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    total == 0 ? "unclassified" : shown > 0 ? "list" : "empty");
}

static void
update_chip (MkClustersPage *self,
             MkCluster       cluster)
{
  /* Translators: a school without a cluster: no data for the year */
  const char *name = cluster == MK_CLUSTER_NONE ? _("no data") : mk_cluster_abbreviation (cluster);
  g_autofree char *label = g_strdup_printf ("%s %u", name, self->counts[cluster]);

  gtk_button_set_label (GTK_BUTTON (self->chips[cluster]), label);
  /* Schools without data are worth a chip only when there are some. */
  gtk_widget_set_visible (self->chips[cluster],
                          mk_list_controller_get_n_total (self->list) > 0 &&
                          (cluster != MK_CLUSTER_NONE || self->counts[cluster] > 0));
}

static void
update_counts (MkClustersPage *self)
{
  g_autoptr(GError) error = NULL;

  memset (self->counts, 0, sizeof self->counts);
  if (self->store != NULL && self->year > 0 &&
      !mk_store_count_clusters (self->store, self->year, self->counts, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot count the clusters"), error);
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    update_chip (self, c);
  update_chip (self, MK_CLUSTER_NONE);
}

static void
set_column_years (MkClustersPage *self)
{
  g_autoptr(MkMethodology) methodology = NULL;
  int window = 2;

  if (self->store != NULL && self->year > 0)
    methodology = mk_store_load_methodology (self->store, self->year, NULL);
  if (methodology != NULL)
    window = mk_methodology_get (methodology, MK_SETTING_WINDOW);
  mk_cluster_columns_set_years (self->column_view, self->year, window);
}

/* The assignments of the chosen year, keeping the selected school. */
static void
load_year (MkClustersPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) assignments = NULL;

  if (self->store != NULL && self->year > 0)
    assignments = mk_store_list_assignments (self->store, self->year, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the clusters"), error);
  set_column_years (self);
  mk_list_controller_set_items (self->list, assignments, self->select_id);
  if (self->store != NULL)
    mk_clusters_page_reload_municipalities (self);
  self->select_id = 0;
  update_counts (self);
  mk_clusters_page_update_count (self);
  mk_clusters_page_update_actions (self);
  mk_stale_banner_update (self->stale_banner, self->store, self->year);
}

/* Refills the year dropdown, keeping the year shown where it is still
 * offered and otherwise choosing the newest; TRUE when that changed the
 * year, which the page has then loaded (on_year_selected). */
static gboolean
reload_years (MkClustersPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean changed = mk_year_drop_down_load (self->year_dropdown, self->store, &error);

  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the school years"), error);
  return changed;
}

void
mk_clusters_page_reload (MkClustersPage *self)
{
  if (!reload_years (self))
    load_year (self);
}

/* The school's row alone is read again (mk_list_controller_replace); the
 * rest of the year is not. */
void
mk_clusters_page_refresh_school (MkClustersPage *self,
                                 gint64          school_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkAssignment) fresh = mk_store_get_assignment (self->store, school_id,
                                                           self->year, &error);

  if ((fresh == NULL && !g_error_matches (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND)) ||
      !mk_list_controller_replace (self->list, school_id, fresh))
    {
      self->select_id = school_id;
      mk_clusters_page_reload (self);
      return;
    }
  update_counts (self);
  mk_clusters_page_update_count (self);
  mk_clusters_page_update_actions (self);
}

static void
reload_when_idle (gpointer user_data)
{
  MkClustersPage *self = user_data;

  self->reload_source = 0;
  mk_clusters_page_reload (self);
}

static void
on_store_changed (MkClustersPage *self,
                  const char     *topic,
                  MkStore        *store)
{
  /* Staff, results, context and statistics may bring a school year;
   * nothing else of them shows here. */
  if (g_strcmp0 (topic, MK_TOPIC_STAFF) == 0 || g_strcmp0 (topic, MK_TOPIC_RESULTS) == 0 ||
      g_strcmp0 (topic, MK_TOPIC_CONTEXT) == 0 || g_strcmp0 (topic, MK_TOPIC_STATISTICS) == 0)
    {
      reload_years (self);
      mk_clusters_page_update_actions (self);
      mk_stale_banner_update (self->stale_banner, self->store, self->year);
      return;
    }
  if (mk_clusters_page_is_own_change (self) || self->reload_source != 0)
    return;
  /* One reload for the several topics a save or an import announces. */
  self->reload_source = g_idle_add_once (reload_when_idle, self);
}

static void
on_year_selected (MkClustersPage *self)
{
  self->year = mk_year_drop_down_get_year (self->year_dropdown);
  load_year (self);
}

static void
on_selection_changed (MkClustersPage *self)
{
  mk_cluster_details_set_assignment (self->details, mk_clusters_page_get_selected (self));
  mk_clusters_page_update_actions (self);
}

static void
mk_clusters_page_set_store (MkPage  *page,
                            MkStore *store)
{
  MkClustersPage *self = MK_CLUSTERS_PAGE (page);
  static const char * const topics[] = { MK_TOPIC_CLUSTERS, MK_TOPIC_METHODOLOGY,
                                         MK_TOPIC_SCHOOLS, MK_TOPIC_STAFF, MK_TOPIC_RESULTS,
                                         MK_TOPIC_CONTEXT, MK_TOPIC_STATISTICS, MK_TOPIC_ALL,
                                         NULL };

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  mk_dialog_slot_close (&self->dialog);
  g_set_object (&self->store, store);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->undo, mk_override_undo_free);
  g_clear_pointer (&self->before_dialog, mk_override_undo_free);
  self->year = 0;
  if (store != NULL)
    mk_connect_store_topics (store, topics, G_CALLBACK (on_store_changed), self);
  mk_cluster_details_set_store (self->details, store);
  mk_clusters_page_reload (self);
}

static void
mk_clusters_page_page_init (MkPageInterface *iface)
{
  iface->set_store = mk_clusters_page_set_store;
}

static gint64
school_id_of (gpointer item)
{
  return mk_assignment_get_school_id (item);
}

static void
setup_list (MkClustersPage *self)
{
  mk_cluster_columns_add (self->column_view);
  self->list = mk_list_controller_new (self->column_view, mk_clusters_page_filter_assignment,
                                       school_id_of, self);
  g_signal_connect_object (self->list, "selection-changed",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "count-changed",
                           G_CALLBACK (mk_clusters_page_update_count), self, G_CONNECT_SWAPPED);
}

static void
mk_clusters_page_dispose (GObject *object)
{
  MkClustersPage *self = MK_CLUSTERS_PAGE (object);

  mk_dialog_slot_close (&self->dialog);
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  /* The column view drops its sorted columns as it goes, which sorts the
   * list once more: nothing of this page may hear of it. */
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_CLUSTERS_PAGE);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->undo, mk_override_undo_free);
  g_clear_pointer (&self->before_dialog, mk_override_undo_free);
  G_OBJECT_CLASS (mk_clusters_page_parent_class)->dispose (object);
}

static void
mk_clusters_page_class_init (MkClustersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_clusters_page_dispose;

  g_type_ensure (MK_TYPE_CLUSTER_DETAILS);
  g_type_ensure (MK_TYPE_MUNICIPALITY_DROP_DOWN);
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-clusters-page.ui");
  g_type_ensure (MK_TYPE_STALE_BANNER);
  g_type_ensure (MK_TYPE_YEAR_DROP_DOWN);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, stale_banner);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, classify_button);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, chips_box);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, cluster_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, overridden_check);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, unclassified_page);
  gtk_widget_class_bind_template_child (widget_class, MkClustersPage, details);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);
  mk_clusters_page_class_bind_filter_callbacks (widget_class);

  mk_clusters_page_class_install_actions (widget_class);
}

static void
mk_clusters_page_init (MkClustersPage *self)
{
  self->cluster = -1;
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The list first: choosing the dropdowns' models already filters it. */
  setup_list (self);
  mk_clusters_page_setup_filters (self);
  update_counts (self);
  mk_clusters_page_update_count (self);
  mk_clusters_page_update_actions (self);
}
