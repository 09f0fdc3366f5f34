/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-clusters-page-filter"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-clusters-page-private.h"
#include "mk-list-filter.h"

/* The search, the dropdowns, the check and the cluster chips of the
 * clusters page, and the filter they drive. */

/* Positions of the cluster dropdown: all, the five clusters, no data. */
#define CLUSTER_CHOICE_NONE MK_N_CLUSTERS

const char *
mk_clusters_page_get_municipality (MkClustersPage *self)
{
  /* NULL while the page is taken apart. */
  if (self->municipality_dropdown == NULL)
    return NULL;
  return mk_municipality_drop_down_get_municipality (self->municipality_dropdown);
}

gboolean
mk_clusters_page_filter_assignment (gpointer    item,
                                    const char *key,
                                    gpointer    page)
{
  MkClustersPage *self = page;
  MkAssignment *a = item;

  if (mk_clusters_page_get_municipality (self) != NULL &&
      g_strcmp0 (mk_assignment_get_municipality (a), mk_clusters_page_get_municipality (self)) != 0)
    return FALSE;
  if (self->cluster >= 0 && (int) mk_assignment_get_final (a) != self->cluster)
    return FALSE;
  if (self->overridden_only && mk_assignment_get_override (a) == MK_CLUSTER_NONE)
    return FALSE;
  if (key == NULL)
    return TRUE;
  return mk_search_key_matches (mk_assignment_get_school_name (a), key) ||
         mk_search_key_matches (mk_assignment_get_municipality (a), key);
}

gboolean
mk_clusters_page_is_filtered (MkClustersPage *self)
{
  return mk_list_controller_has_search (self->list) || mk_clusters_page_get_municipality (self) != NULL ||
         self->cluster >= 0 || self->overridden_only;
}


static void
on_search_changed (MkClustersPage *self,
                   GtkSearchEntry *entry)
{
  mk_list_controller_set_search (self->list, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (MkClustersPage *self,
                GtkSearchEntry *entry)
{
  mk_search_entry_stop (entry, GTK_WIDGET (self->column_view));
}

static int
cluster_of_choice (guint position)
{
  if (position == GTK_INVALID_LIST_POSITION || position == 0)
    return -1;
  return position == CLUSTER_CHOICE_NONE ? MK_CLUSTER_NONE : (int) position;
}

static void
on_filter_changed (MkClustersPage *self)
{
  self->cluster = cluster_of_choice (gtk_drop_down_get_selected (self->cluster_dropdown));
  self->overridden_only = gtk_check_button_get_active (self->overridden_check);
  mk_list_controller_refilter (self->list);
}

void
mk_clusters_page_reload_municipalities (MkClustersPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!mk_municipality_drop_down_load (self->municipality_dropdown, self->store, &error))
    g_warning ("Cannot list municipalities: %s", error->message);
}

/* CLUSTER: -1 for all, else a final MkCluster (MK_CLUSTER_NONE: no data). */
static void
choose_cluster (MkClustersPage *self,
                int             cluster)
{
  guint position = cluster < 0 ? 0
                 : cluster == MK_CLUSTER_NONE ? CLUSTER_CHOICE_NONE : (guint) cluster;

  gtk_drop_down_set_selected (self->cluster_dropdown, position);
}

static void
on_chip_clicked (MkClustersPage *self,
                 GtkButton      *chip)
{
  for (int c = 0; c < MK_N_CLUSTERS; c++)
    if (self->chips[c] == GTK_WIDGET (chip))
      /* A second click on the chip of the filtered cluster shows all. */
      choose_cluster (self, self->cluster == c ? -1 : c);
}

static GtkWidget *
create_chip (MkClustersPage *self,
             MkCluster       cluster)
{
  GtkWidget *chip = gtk_button_new ();
  g_autofree char *css = g_strdup_printf ("cluster-%s",
                                          cluster == MK_CLUSTER_NONE ? "none"
                                          : mk_cluster_to_code (cluster));

  gtk_widget_add_css_class (chip, "cluster-chip");
  gtk_widget_add_css_class (chip, g_ascii_strdown (css, -1));
  gtk_widget_set_tooltip_text (chip, cluster == MK_CLUSTER_NONE
                               ? _("Not classified: no data. Click to show only these schools.")
                               : mk_cluster_title (cluster));
  g_signal_connect_object (chip, "clicked", G_CALLBACK (on_chip_clicked), self,
                           G_CONNECT_SWAPPED);
  return chip;
}

static void
setup_chips (MkClustersPage *self)
{
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    gtk_box_append (self->chips_box, (self->chips[c] = create_chip (self, c)));
  gtk_box_append (self->chips_box,
                  (self->chips[MK_CLUSTER_NONE] = create_chip (self, MK_CLUSTER_NONE)));
}

void
mk_clusters_page_setup_filters (MkClustersPage *self)
{
  g_autoptr(GtkStringList) clusters = gtk_string_list_new (NULL);

  gtk_string_list_append (clusters, _("All clusters"));
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    gtk_string_list_append (clusters, mk_cluster_abbreviation (c));
  gtk_string_list_append (clusters, _("No data"));
  gtk_drop_down_set_model (self->cluster_dropdown, G_LIST_MODEL (clusters));
  setup_chips (self);
}

void
mk_clusters_page_class_bind_filter_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
}

gboolean
mk_clusters_page_show_schools (MkClustersPage *self,
                               int             year,
                               const char     *municipality,
                               int             cluster,
                               const char     *search)
{
  gboolean offered;

  g_return_val_if_fail (MK_IS_CLUSTERS_PAGE (self), FALSE);

  offered = mk_year_drop_down_set_year (self->year_dropdown, year);
  mk_municipality_drop_down_set_municipality (self->municipality_dropdown, municipality);
  choose_cluster (self, cluster);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  mk_list_controller_set_search (self->list, search);
  return offered;
}
