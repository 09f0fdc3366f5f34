/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-overview-page"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mk-charts-catalog.h"
#include "mk-gui-util.h"
#include "mk-list-filter.h"
#include "mk-overview-page-private.h"
#include "mk-page.h"

static void mk_overview_page_page_init (MkPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MkOverviewPage, mk_overview_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (MK_TYPE_PAGE, mk_overview_page_page_init))

GtkWidget *
mk_overview_page_new (void)
{
  return g_object_new (MK_TYPE_OVERVIEW_PAGE, NULL);
}

MkChartView *
mk_overview_page_get_chart (MkOverviewPage *self,
                            const char     *id)
{
  if (g_strcmp0 (id, "cluster-distribution") == 0)
    return self->distribution_view;
  if (g_strcmp0 (id, "cluster-trend") == 0)
    return self->trend_view;
  if (g_strcmp0 (id, "levels") == 0)
    return self->levels_view;
  if (g_strcmp0 (id, "snro-history") == 0)
    return self->snro_view;
  if (g_strcmp0 (id, "marker-heatmap") == 0)
    return self->heatmap_view;
  if (g_strcmp0 (id, "marker-history") == 0)
    return self->history_view;
  g_return_val_if_reached (NULL);
}

/* A chart of the loaded dashboard; none when nothing is loaded. */
static void
show_chart (MkOverviewPage *self,
            const char     *id)
{
  MkChartQuery query = {
    .school_year = self->year,
    .municipality = self->municipality,
    .cluster = self->heatmap_cluster,
    .order = self->heatmap_order,
  };
  MkChartData *data = NULL;

  if (self->dashboard != NULL)
    data = mk_charts_build_from (self->dashboard, id, &query);
  mk_chart_view_set_data (mk_overview_page_get_chart (self, id), data);
}

/* One read for everything the year and municipality show: the cluster
 * filter and the order of the heat map then redraw without reading. */
static void
load_data (MkOverviewPage *self)
{
  static const char *const ids[] = {
    "cluster-distribution", "cluster-trend", "levels", "snro-history", "marker-heatmap",
  };
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->dashboard, mk_dashboard_free);
  if (self->store != NULL && self->year > 0)
    self->dashboard = mk_dashboard_load (self->store, self->year, self->municipality,
                                         MK_CHARTS_HEATMAP_ROWS, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the overview"), error);
  mk_stale_banner_update (self->stale_banner, self->store, self->year);
  mk_overview_page_load_cards (self);
  mk_overview_page_load_roadmaps (self);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    show_chart (self, ids[i]);
  mk_overview_page_load_history (self);
}

/* Refills both dropdowns, keeping the year and the municipality shown
 * where they are still offered. */
static void
reload_filters (MkOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;

  self->filling = TRUE;
  mk_year_drop_down_load (self->year_dropdown, self->store, &error);
  self->year = mk_year_drop_down_get_year (self->year_dropdown);
  if (error == NULL)
    mk_municipality_drop_down_load (self->municipality_dropdown, self->store, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the school years"), error);
  g_free (self->municipality);
  self->municipality = g_strdup (mk_municipality_drop_down_get_municipality (
                                   self->municipality_dropdown));
  self->filling = FALSE;
}

static void
reload (MkOverviewPage *self)
{
  reload_filters (self);
  /* The store changed: the history's school is gone with it. */
  mk_overview_page_reload_history (self, FALSE);
  load_data (self);
  mk_overview_page_read_schools_later (self);
}

static gboolean
reload_idle (gpointer user_data)
{
  MkOverviewPage *self = user_data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* An import or a classification changes the store many times: the page
 * reads it once when they are done. */
static void
on_store_changed (MkOverviewPage *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
mk_overview_page_set_store (MkPage  *page,
                            MkStore *store)
{
  MkOverviewPage *self = MK_OVERVIEW_PAGE (page);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed),
                             self, G_CONNECT_SWAPPED);
  g_clear_pointer (&self->municipality, g_free);
  reload (self);
}

static void
mk_overview_page_page_init (MkPageInterface *iface)
{
  iface->set_store = mk_overview_page_set_store;
}

static void
on_year_selected (MkOverviewPage *self)
{
  int year = mk_year_drop_down_get_year (self->year_dropdown);

  if (self->filling || year == self->year)
    return;
  self->year = year;
  load_data (self);
}

static void
on_municipality_selected (MkOverviewPage *self)
{
  const char *name;

  if (self->filling)
    return;
  name = mk_municipality_drop_down_get_municipality (self->municipality_dropdown);
  if (g_strcmp0 (name, self->municipality) == 0)
    return;
  g_free (self->municipality);
  self->municipality = g_strdup (name);
  mk_overview_page_reload_history (self, FALSE);
  load_data (self);
}

static void
on_school_selected (MkOverviewPage *self)
{
  if (!self->filling)
    mk_overview_page_load_history (self);
}

static void
on_heatmap_cluster_selected (MkOverviewPage *self)
{
  guint position = gtk_drop_down_get_selected (self->heatmap_cluster_dropdown);
  MkCluster cluster = position >= 1 && position <= MK_OVERVIEW_N_CARDS
                      ? mk_overview_cluster_order[position - 1] : MK_CLUSTER_NONE;

  if (cluster == self->heatmap_cluster)
    return;
  self->heatmap_cluster = cluster;
  show_chart (self, "marker-heatmap");
}

static void
on_heatmap_order_selected (MkOverviewPage *self)
{
  MkHeatmapOrder order = gtk_drop_down_get_selected (self->heatmap_order_dropdown) == 1
                         ? MK_HEATMAP_BY_NAME : MK_HEATMAP_BY_MARKERS;

  if (order == self->heatmap_order)
    return;
  self->heatmap_order = order;
  show_chart (self, "marker-heatmap");
}

/* The start year of a category label «2021/2022». */
static int
category_year (MkChartView *view,
               int          category)
{
  const MkChartData *data = mk_chart_view_get_data (view);

  return (int) g_ascii_strtoll (data->categories->pdata[category], NULL, 10);
}

static void
on_distribution_activated (MkOverviewPage *self,
                           int             series,
                           int             category)
{
  if (category >= 0 && category < MK_OVERVIEW_N_CARDS)
    mk_overview_page_show_clusters (self, self->year, mk_overview_cluster_order[category], NULL);
}

static void
on_trend_activated (MkOverviewPage *self,
                    int             series,
                    int             category)
{
  if (series >= 0 && series < MK_OVERVIEW_N_CARDS)
    mk_overview_page_show_clusters (self, category_year (self->trend_view, category),
                                    mk_overview_cluster_order[series], NULL);
}

static void
on_year_chart_activated (MkOverviewPage *self,
                         int             series,
                         int             category)
{
  mk_overview_page_show_clusters (self, category_year (self->levels_view, category), -1, NULL);
}

static void
on_snro_activated (MkOverviewPage *self,
                   int             series,
                   int             category)
{
  mk_overview_page_show_clusters (self, category_year (self->snro_view, category),
                                  MK_CLUSTER_SNRO, NULL);
}

/* A heat-map row is «[municipality, ]name (cluster, markers)»: the
 * municipality comes first only when all of them are shown. */
static char *
row_school_name (const char *row,
                 gboolean    with_municipality)
{
  const char *start = with_municipality ? strstr (row, ", ") : NULL;
  const char *end;

  start = start != NULL ? start + 2 : row;
  end = g_strrstr (start, " (");
  return end != NULL ? g_strndup (start, end - start) : g_strdup (start);
}

static char *
row_municipality (MkOverviewPage *self,
                  const char     *row)
{
  const char *end = strstr (row, ", ");

  if (self->municipality != NULL)
    return g_strdup (self->municipality);
  return end != NULL ? g_strndup (row, end - row) : g_strdup ("");
}

/* «ВПР» of «ВПР РУ-5»: the Results page's kind filter. */
static char *
procedure_kind (const char *code)
{
  const char *space = strchr (code, ' ');

  return space != NULL ? g_strndup (code, space - code) : g_strdup ("");
}

/* A cell (school × procedure) opens the Results page at the last
 * calendar year of the marker window with the school searched. */
static void
on_heatmap_activated (MkOverviewPage *self,
                      int             series,
                      int             category)
{
  const MkChartData *data = mk_chart_view_get_data (self->heatmap_view);
  const char *row = ((MkChartSeries *) data->series->pdata[series])->name;
  g_autofree char *name = row_school_name (row, self->municipality == NULL);
  g_autofree char *municipality = row_municipality (self, row);
  g_autofree char *kind = procedure_kind (data->categories->pdata[category]);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-results", "(isss)",
                              self->year, municipality, kind, name);
}

gboolean
mk_overview_page_set_year (MkOverviewPage *self,
                           int             year)
{
  return mk_year_drop_down_set_year (self->year_dropdown, year);
}

gboolean
mk_overview_page_set_municipality (MkOverviewPage *self,
                                   const char     *name)
{
  return mk_municipality_drop_down_set_municipality (self->municipality_dropdown, name);
}

static void
setup_heatmap_clusters (MkOverviewPage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("All clusters"));
  for (guint i = 0; i < MK_OVERVIEW_N_CARDS; i++)
    gtk_string_list_append (list, mk_cluster_abbreviation (mk_overview_cluster_order[i]));
  gtk_drop_down_set_model (self->heatmap_cluster_dropdown, G_LIST_MODEL (list));
}

static void
mk_overview_page_dispose (GObject *object)
{
  MkOverviewPage *self = MK_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->schools_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_OVERVIEW_PAGE);
  G_OBJECT_CLASS (mk_overview_page_parent_class)->dispose (object);
}

static void
mk_overview_page_finalize (GObject *object)
{
  MkOverviewPage *self = MK_OVERVIEW_PAGE (object);

  mk_overview_page_clear_cards (self);
  g_clear_pointer (&self->dashboard, mk_dashboard_free);
  g_clear_pointer (&self->municipality, g_free);
  g_clear_object (&self->schools);
  g_clear_object (&self->school_filter);
  G_OBJECT_CLASS (mk_overview_page_parent_class)->finalize (object);
}

static void
mk_overview_page_class_init (MkOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_overview_page_dispose;
  object_class->finalize = mk_overview_page_finalize;

  g_type_ensure (MK_TYPE_CHART_VIEW);
  g_type_ensure (MK_TYPE_MUNICIPALITY_DROP_DOWN);
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-overview-page.ui");
  g_type_ensure (MK_TYPE_STALE_BANNER);
  g_type_ensure (MK_TYPE_YEAR_DROP_DOWN);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, stale_banner);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, heatmap_cluster_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, heatmap_order_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, roadmaps_heading);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, roadmap_cards_box);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, distribution_view);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, trend_view);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, levels_view);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, snro_view);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, heatmap_view);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, school_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkOverviewPage, history_view);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_municipality_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_heatmap_cluster_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_heatmap_order_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_distribution_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_trend_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_year_chart_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_snro_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_heatmap_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_school_selected);
}

static void
mk_overview_page_init (MkOverviewPage *self)
{
  self->heatmap_cluster = MK_CLUSTER_NONE;
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_heatmap_clusters (self);
  mk_overview_page_setup_history (self);
  mk_overview_page_build_cards (self);
  self->filling = FALSE;
}
