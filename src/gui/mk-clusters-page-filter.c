#define G_LOG_DOMAIN "mk-clusters-page-filter"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mk-clusters-page-private.h"
#include "mk-gui-util.h"

/* The search, the dropdowns, the check and the cluster chips of the
 * clusters page, and the filter they drive. */

/* Positions of the cluster dropdown: all, the five clusters, no data. */
#define CLUSTER_CHOICE_NONE MK_N_CLUSTERS

static gboolean
field_matches (const char *text,
               const char *key)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = mk_fold_for_search (text);
  return strstr (folded, key) != NULL;
}

gboolean
mk_clusters_page_filter_assignment (gpointer item,
                                    gpointer user_data)
{
  MkClustersPage *self = user_data;
  MkAssignment *a = item;

  if (self->municipality != NULL &&
      g_strcmp0 (mk_assignment_get_municipality (a), self->municipality) != 0)
    return FALSE;
  if (self->cluster >= 0 && (int) mk_assignment_get_final (a) != self->cluster)
    return FALSE;
  if (self->overridden_only && mk_assignment_get_override (a) == MK_CLUSTER_NONE)
    return FALSE;
  if (self->search_key == NULL)
    return TRUE;
  return field_matches (mk_assignment_get_school_name (a), self->search_key) ||
         field_matches (mk_assignment_get_municipality (a), self->search_key);
}

gboolean
mk_clusters_page_is_filtered (MkClustersPage *self)
{
  return self->search_key != NULL || self->municipality != NULL || self->cluster >= 0 ||
         self->overridden_only;
}

static void
refilter (MkClustersPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  mk_clusters_page_update_count (self);
}

static void
apply_search_text (MkClustersPage *self,
                   const char     *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_clear_pointer (&self->search_key, g_free);
  if (*stripped != '\0')
    self->search_key = mk_fold_for_search (stripped);
  refilter (self);
}

static void
on_search_changed (MkClustersPage *self,
                   GtkSearchEntry *entry)
{
  apply_search_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (MkClustersPage *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
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
  guint municipality = gtk_drop_down_get_selected (self->municipality_dropdown);

  g_clear_pointer (&self->municipality, g_free);
  if (municipality != GTK_INVALID_LIST_POSITION && municipality > 0)
    self->municipality = g_strdup (gtk_string_list_get_string (self->municipalities,
                                                               municipality));
  self->cluster = cluster_of_choice (gtk_drop_down_get_selected (self->cluster_dropdown));
  self->overridden_only = gtk_check_button_get_active (self->overridden_check);
  refilter (self);
}

void
mk_clusters_page_reload_municipalities (MkClustersPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = mk_store_list_municipalities (self->store, &error);
  g_autofree char *keep = g_strdup (self->municipality);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->municipalities));
  guint selected = 0;

  if (error != NULL)
    g_warning ("Cannot list municipalities: %s", error->message);
  /* One splice, so that the dropdown sees a single change. */
  gtk_string_list_splice (self->municipalities, 1, n - 1, (const char * const *) names);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_strcmp0 (names[i], keep) == 0)
      selected = i + 1;
  gtk_drop_down_set_selected (self->municipality_dropdown, selected);
}

static void
on_chip_clicked (MkClustersPage *self,
                 GtkButton      *chip)
{
  for (int c = 0; c < MK_N_CLUSTERS; c++)
    if (self->chips[c] == GTK_WIDGET (chip))
      /* A second click on the chip of the filtered cluster shows all. */
      mk_clusters_page_set_cluster_filter (self, self->cluster == c ? -1 : c);
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

static void
setup_button_label (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  cut)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (cut != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
    }
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_button_label (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  const char *text = gtk_string_object_get_string (string);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

/* «Каменск-Уральский городской округ» would make the button, and so the
 * page, too wide for the window: the button cuts it, the list does not. */
static void
ellipsize_button (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_button_label), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_button_label), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_button_label), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_button_label), NULL);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

void
mk_clusters_page_setup_filters (MkClustersPage *self)
{
  g_autoptr(GtkStringList) clusters = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;

  self->municipalities = gtk_string_list_new (NULL);
  gtk_string_list_append (self->municipalities, _("All municipalities"));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->municipality_dropdown, expression);
  gtk_drop_down_set_enable_search (self->municipality_dropdown, TRUE);
  ellipsize_button (self->municipality_dropdown);
  gtk_drop_down_set_model (self->municipality_dropdown, G_LIST_MODEL (self->municipalities));

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

/* Test hooks (mk-clusters-page-private.h) */

void
mk_clusters_page_set_search_text (MkClustersPage *self,
                                  const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  apply_search_text (self, text);
}

gboolean
mk_clusters_page_set_municipality (MkClustersPage *self,
                                   const char     *name)
{
  GListModel *model = G_LIST_MODEL (self->municipalities);

  if (name == NULL)
    {
      gtk_drop_down_set_selected (self->municipality_dropdown, 0);
      return TRUE;
    }
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->municipalities, i), name) == 0)
      {
        gtk_drop_down_set_selected (self->municipality_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

void
mk_clusters_page_set_cluster_filter (MkClustersPage *self,
                                     int             cluster)
{
  guint position = cluster < 0 ? 0
                 : cluster == MK_CLUSTER_NONE ? CLUSTER_CHOICE_NONE : (guint) cluster;

  gtk_drop_down_set_selected (self->cluster_dropdown, position);
}

void
mk_clusters_page_set_overridden_only (MkClustersPage *self,
                                      gboolean        only)
{
  gtk_check_button_set_active (self->overridden_check, only);
}

GListModel *
mk_clusters_page_get_model (MkClustersPage *self)
{
  return G_LIST_MODEL (self->sort_model);
}

void
mk_clusters_page_sort_by_column (MkClustersPage  *self,
                                 MkClusterColumn  column,
                                 GtkSortType      order)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, column);

  gtk_column_view_sort_by_column (self->column_view, view_column, order);
}

void
mk_clusters_page_select (MkClustersPage *self,
                         guint           position)
{
  gtk_single_selection_set_selected (self->selection, position);
}

const char *
mk_clusters_page_get_counts_text (MkClustersPage *self)
{
  return self->counts_text;
}

const char *
mk_clusters_page_get_count_text (MkClustersPage *self)
{
  return gtk_label_get_text (self->count_label);
}

const char *
mk_clusters_page_get_state (MkClustersPage *self)
{
  return gtk_stack_get_visible_child_name (self->list_stack);
}

MkClusterDetails *
mk_clusters_page_get_details (MkClustersPage *self)
{
  return self->details;
}
