/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-charts-catalog.h"
#include "mk-charts-private.h"
#include "mk-methodology.h"
#include "mk-school-year.h"
#include "mk-dashboard.h"

/* Clusters in their number order 1–5 (docs/methodology.md). */
static const MkCluster cluster_order[] = {
  MK_CLUSTER_SPU, MK_CLUSTER_SBU, MK_CLUSTER_SNRO, MK_CLUSTER_SFNSU, MK_CLUSTER_SRNR,
};

static const char *const ids[] = {
  "cluster-distribution", "cluster-trend", "snro-history", "levels",
  "marker-history", "marker-heatmap", NULL,
};

const char *const *
mk_charts_ids (void)
{
  return ids;
}

gboolean
mk_charts_id_known (const char *id)
{
  return id != NULL && g_strv_contains (ids, id);
}

gboolean
mk_charts_needs_school (const char *id)
{
  return g_strcmp0 (id, "marker-history") == 0;
}

char *
mk_charts_scope (const MkChartQuery *query)
{
  if (query->municipality != NULL && *query->municipality != '\0')
    return g_strdup (query->municipality);
  return g_strdup (_("All municipalities"));
}

/* «Смоленск · 43 schools»: the shares are of all the scope's schools, as
 * the official Table 1 counts them and the Overview cards show them. */
static char *
distribution_subtitle (const MkChartQuery *query,
                       guint               n_schools)
{
  g_autofree char *scope = mk_charts_scope (query);

  return g_strdup_printf (ngettext ("%s · shares of all %u school", "%s · shares of all %u schools",
                                    n_schools), scope, n_schools);
}

static double
cluster_value (const MkClusterYear *year,
               MkCluster            cluster)
{
  /* A year known only from its ШНРО list does not know its other clusters,
   * and a year not in the database knows none (mk_cluster_year_knows). */
  return mk_cluster_year_knows (year, cluster) ? year->counts[cluster] : MK_CHART_UNKNOWN_VALUE;
}

static MkChartData *
cluster_distribution (const MkDashboard  *dashboard,
                      const MkChartQuery *query)
{
  g_autofree char *year_text = mk_school_year_format (query->school_year);
  g_autofree char *title = g_strdup_printf (_("Schools by cluster, %s"), year_text);
  const MkClusterYear *found = mk_dashboard_find_clusters (dashboard, query->school_year);
  MkClusterYear year = { query->school_year, { 0 } };
  MkChartData *data;
  MkChartSeries *series;

  guint assigned = 0;

  if (found != NULL)
    year = *found;
  data = mk_chart_data_new (MK_CHART_HBARS, title);
  data->subtitle = distribution_subtitle (query, dashboard->n_schools);
  data->units = g_strdup (_("schools"));
  data->integral = data->show_shares = TRUE;
  series = mk_chart_data_add_series (data, _("Schools"), mk_chart_cluster_color (0));
  for (guint i = 0; i < G_N_ELEMENTS (cluster_order); i++)
    {
      MkCluster c = cluster_order[i];

      mk_chart_data_add_category (data, mk_cluster_abbreviation (c),
                                  mk_chart_cluster_color (mk_cluster_number (c)));
      mk_chart_series_set (series, i, cluster_value (found, c), mk_cluster_title (c));
      assigned += year.counts[c];
    }
  /* The schools without a cluster are a bar too, so that the shares add
   * up to all schools; unknown where the year's other clusters are. */
  mk_chart_data_add_category (data, _("no cluster"), 0x999999);
  mk_chart_series_set (series, G_N_ELEMENTS (cluster_order),
                       mk_cluster_year_knows (found, MK_CLUSTER_SPU)
                       ? (double) (dashboard->n_schools > assigned ? dashboard->n_schools - assigned : 0)
                       : MK_CHART_UNKNOWN_VALUE,
                       _("Schools without a cluster: no data for the window"));
  return data;
}

static MkChartData *
cluster_trend (const MkDashboard  *dashboard,
               const MkChartQuery *query)
{
  GArray *years = dashboard->clusters;
  MkChartData *data;

  data = mk_chart_data_new (MK_CHART_STACKED, _("Clusters by school year"));
  data->subtitle = mk_charts_scope (query);
  data->units = g_strdup (_("schools"));
  data->integral = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (cluster_order); i++)
    mk_chart_data_add_series (data, mk_cluster_abbreviation (cluster_order[i]),
                              mk_chart_cluster_color (mk_cluster_number (cluster_order[i])));
  for (guint y = 0; y < years->len; y++)
    {
      MkClusterYear *year = &g_array_index (years, MkClusterYear, y);
      g_autofree char *label = mk_school_year_format (year->school_year);

      mk_chart_data_add_category (data, label, 0);
      for (guint i = 0; i < G_N_ELEMENTS (cluster_order); i++)
        mk_chart_series_set (data->series->pdata[i], y, cluster_value (year, cluster_order[i]),
                             NULL);
    }
  return data;
}

static gboolean
snro_year_listed (GArray *years,
                  int     school_year)
{
  for (guint y = 0; y < years->len; y++)
    if (g_array_index (years, MkSnroYear, y).school_year == school_year)
      return TRUE;
  return FALSE;
}

/* «Первоначально» is not known where the look-back reaches a school year
 * without a ШНРО list in the database (before the first, as Таблица 4
 * prints «н/д»); the dashboard holds no year's methodology, so the look-
 * back is the methodology's default. */
static gboolean
snro_first_known (GArray *years,
                  int     school_year)
{
  guint look_back = mk_setting_get_info (MK_SETTING_LOOK_BACK)->default_value;

  for (guint k = 1; k <= look_back; k++)
    if (!snro_year_listed (years, school_year - (int) k))
      return FALSE;
  return TRUE;
}

/* The ШНРО of a year whose look-back is not known are counted, but not
 * split: the count is a fact, first time or repeatedly is «н/д», and the
 * part not known to be repeated is a hatched series of its own. */
static MkChartSeries *
snro_unsplit_series (MkChartData *data,
                     GArray      *years)
{
  MkChartSeries *series;

  for (guint y = 0; y < years->len; y++)
    if (!snro_first_known (years, g_array_index (years, MkSnroYear, y).school_year))
      {
        data->totals_known = TRUE;
        series = mk_chart_data_add_series (data, _("First time or repeatedly: not known"),
                                           0x999999);
        series->hatched = TRUE;
        return series;
      }
  return NULL;
}

static MkChartData *
snro_history (const MkDashboard  *dashboard,
              const MkChartQuery *query)
{
  GArray *years = dashboard->snro;
  g_autofree char *scope = mk_charts_scope (query);
  MkChartSeries *first, *repeated, *unsplit;
  MkChartData *data;

  data = mk_chart_data_new (MK_CHART_STACKED, _("SNRO by school year"));
  /* Translators: a chart's subtitle: "Смоленск; first time and repeatedly" */
  data->subtitle = g_strdup_printf (_("%s; first time and repeatedly"), scope);
  data->units = g_strdup (_("schools"));
  data->integral = TRUE;
  first = mk_chart_data_add_series (data, _("For the first time"), 0xE69F00);
  repeated = mk_chart_data_add_series (data, _("Repeatedly"), 0xD55E00);
  unsplit = snro_unsplit_series (data, years);
  for (guint y = 0; y < years->len; y++)
    {
      MkSnroYear *year = &g_array_index (years, MkSnroYear, y);
      g_autofree char *label = mk_school_year_format (year->school_year);
      gboolean known = snro_first_known (years, year->school_year);

      mk_chart_data_add_category (data, label, 0);
      mk_chart_series_set (first, y, known ? year->first_time : MK_CHART_UNKNOWN_VALUE, NULL);
      mk_chart_series_set (repeated, y, year->repeated, NULL);
      if (unsplit != NULL)
        mk_chart_series_set (unsplit, y, known ? 0 : year->total - year->repeated, NULL);
    }
  return data;
}

static gboolean
level_year_known (const MkLevelYear *year)
{
  for (guint l = 0; l < MK_N_LEVELS; l++)
    if (year->counts[l] > 0)
      return TRUE;
  return FALSE;
}

/* Years known only from documents have no levels: they are left out. */
static MkChartData *
levels (const MkDashboard  *dashboard,
        const MkChartQuery *query)
{
  GArray *years = dashboard->levels;
  MkChartData *data;
  GString *left_out = g_string_new (NULL);
  g_autofree char *scope = mk_charts_scope (query);
  guint n = 0;

  data = mk_chart_data_new (MK_CHART_BARS, _("Levels of underperformance"));
  data->units = g_strdup (_("schools"));
  data->integral = TRUE;
  for (guint l = 0; l < MK_N_LEVELS; l++)
    mk_chart_data_add_series (data, mk_level_label (l), mk_chart_level_color (l));
  for (guint y = 0; y < years->len; y++)
    {
      MkLevelYear *year = &g_array_index (years, MkLevelYear, y);
      g_autofree char *label = mk_school_year_format (year->school_year);

      if (!level_year_known (year))
        continue;
      mk_chart_data_add_category (data, label, 0);
      for (guint l = 0; l < MK_N_LEVELS; l++)
        mk_chart_series_set (data->series->pdata[l], n, year->counts[l], NULL);
      n++;
      /* The bars count the schools with a level; those without say so. */
      if (year->unknown > 0)
        g_string_append_printf (left_out, "%s%s — %u", left_out->len > 0 ? ", " : "",
                                label, year->unknown);
    }
  data->subtitle = left_out->len == 0 ? g_strdup (scope)
    /* Translators: «Смоленск; без уровня (нет данных): 2022/2023 — 4» */
    : g_strdup_printf (_("%s; without a level (no data): %s"), scope, left_out->str);
  g_string_free (left_out, TRUE);
  return data;
}

MkChartData *
mk_charts_build_from (const MkDashboard  *dashboard,
                      const char         *id,
                      const MkChartQuery *query)
{
  if (g_strcmp0 (id, "cluster-distribution") == 0)
    return cluster_distribution (dashboard, query);
  if (g_strcmp0 (id, "cluster-trend") == 0)
    return cluster_trend (dashboard, query);
  if (g_strcmp0 (id, "snro-history") == 0)
    return snro_history (dashboard, query);
  if (g_strcmp0 (id, "levels") == 0)
    return levels (dashboard, query);
  if (g_strcmp0 (id, "marker-heatmap") == 0)
    return mk_charts_marker_heatmap (dashboard->heatmap, query);
  g_return_val_if_reached (NULL);
}

/* Only the part of the dashboard that chart ID shows: `mayak-cli chart`
 * draws one chart and need not count the heat map for it. */
static MkDashboard *
load_part (MkStore            *store,
           const char         *id,
           const MkChartQuery *query,
           GError            **error)
{
  g_autoptr(MkDashboard) dashboard = g_new0 (MkDashboard, 1);
  const char *municipality = query->municipality;
  gboolean ok;

  dashboard->school_year = query->school_year;
  dashboard->clusters = g_array_new (FALSE, TRUE, sizeof (MkClusterYear));
  dashboard->levels = g_array_new (FALSE, TRUE, sizeof (MkLevelYear));
  if (g_strcmp0 (id, "snro-history") == 0)
    ok = (dashboard->snro = mk_store_list_snro_years (store, municipality, error)) != NULL;
  else if (g_strcmp0 (id, "marker-heatmap") == 0)
    ok = (dashboard->heatmap = mk_store_get_heatmap (store, query->school_year, municipality,
                                                     MAX (query->max_rows, MK_CHARTS_HEATMAP_ROWS),
                                                     error)) != NULL;
  else
    ok = mk_store_count_years (store, municipality, dashboard->clusters, dashboard->levels, error) &&
         mk_store_count_schools_of (store, municipality, &dashboard->n_schools, error);
  if (!ok)
    return NULL;
  return g_steal_pointer (&dashboard);
}

MkChartData *
mk_charts_build (MkStore            *store,
                 const char         *id,
                 const MkChartQuery *query,
                 GError            **error)
{
  g_autoptr(MkDashboard) dashboard = NULL;

  if (g_strcmp0 (id, "marker-history") == 0)
    return mk_charts_marker_history (store, query, error);
  if (!mk_charts_id_known (id))
    {
      g_set_error (error, MK_CHART_ERROR, MK_CHART_ERROR_FORMAT, _("Unknown chart «%s»."), id);
      return NULL;
    }
  if ((dashboard = load_part (store, id, query, error)) == NULL)
    return NULL;
  return mk_charts_build_from (dashboard, id, query);
}
