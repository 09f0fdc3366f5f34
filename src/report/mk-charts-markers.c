/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart"
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mk-assignment.h"
#include "mk-charts-private.h"
#include "mk-natural.h"
#include "mk-report-private.h"
#include "mk-school.h"
#include "mk-store-clusters.h"
#include "mk-store-dashboard.h"
#include "mk-store-results.h"

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static void
add_year (GArray *years,
          int     year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      return;
  g_array_append_val (years, year);
}

/* The years with results and the school years with a cluster, together:
 * a school year's cluster is written under the last calendar year of its
 * window, which is its start year (2022/2023 ends with 2022). */
static GArray *
history_years (GArray     *markers,
               GListModel *history)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < markers->len; i++)
    add_year (years, g_array_index (markers, MkMarkerYear, i).year);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (history, i);
      add_year (years, mk_assignment_get_school_year (item));
    }
  g_array_sort (years, compare_ints);
  return years;
}

static char *
year_label (int         year,
            GListModel *history)
{
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (history, i);
      MkCluster cluster = mk_assignment_get_final (item);

      if (mk_assignment_get_school_year (item) == year && cluster != MK_CLUSTER_NONE)
        return g_strdup_printf ("%d\n%s", year, mk_cluster_abbreviation (cluster));
    }
  return g_strdup_printf ("%d", year);
}

/* A year shown for its cluster alone, with no results and no reported
 * total, has markers nobody counted: «н/д», not 0. */
static void
fill_marker_years (MkChartData *data,
                   GArray      *markers,
                   GArray      *years)
{
  for (guint c = 0; c < years->len; c++)
    for (guint k = 0; k <= MK_N_KINDS; k++)   /* the reported part too */
      mk_chart_series_set (data->series->pdata[k], c, MK_CHART_UNKNOWN_VALUE, NULL);
  for (guint i = 0; i < markers->len; i++)
    {
      MkMarkerYear *m = &g_array_index (markers, MkMarkerYear, i);
      guint c = 0;

      while (g_array_index (years, int, c) != m->year)
        c++;
      for (guint k = 0; k < MK_N_KINDS; k++)
        mk_chart_series_set (data->series->pdata[k], c, m->counts[k], m->procedures[k]);
      mk_chart_series_set (data->series->pdata[MK_N_KINDS], c, 0, NULL);
    }
}

static guint
counted_in (GArray *markers,
            int     year)
{
  guint sum = 0;

  for (guint i = 0; i < markers->len; i++)
    {
      MkMarkerYear *m = &g_array_index (markers, MkMarkerYear, i);
      for (guint k = 0; m->year == year && k < MK_N_KINDS; k++)
        sum += m->counts[k];
    }
  return sum;
}

/* A region's list may give a year only as a count («3Н»), and that count
 * replaces the counted markers in the classification: the part no
 * procedure explains is a series of its own, so that each bar totals what
 * the clusters were computed from. */
static void
fill_reported (MkChartData *data,
               MkStore     *store,
               gint64       school_id,
               GArray      *markers,
               GArray      *years)
{
  MkChartSeries *series = data->series->pdata[MK_N_KINDS];

  for (guint c = 0; c < years->len; c++)
    {
      int year = g_array_index (years, int, c);
      guint counted = counted_in (markers, year);
      MkContextRow row;
      g_autofree char *note = NULL;

      if (!mk_store_get_context (store, school_id, year, &row, NULL) ||
          row.reported_markers < 0 || (row.reported_markers <= (int) counted && counted > 0))
        continue;
      /* Translators: hover text of the marker history's hatched part */
      note = g_strdup_printf (_("The region's list gives %d markers for the year as a total, "
                                "without the procedures"), row.reported_markers);
      mk_chart_series_set (series, c, row.reported_markers - counted, note);
      /* The total is known: what the procedures do not explain is the
       * hatched part, not an unknown. */
      for (guint k = 0; k < MK_N_KINDS; k++)
        if (isnan (mk_chart_data_get (data, k, c)))
          mk_chart_series_set (data->series->pdata[k], c, 0, NULL);
    }
}

static MkChartData *
history_chart (MkStore    *store,
               MkSchool   *school,
               GArray     *markers,
               GListModel *history)
{
  g_autofree char *title = g_strdup_printf (_("Markers of %s by year"),
                                            mk_school_get_name (school));
  g_autoptr(GArray) years = history_years (markers, history);
  MkChartData *data = mk_chart_data_new (MK_CHART_STACKED, title);

  data->subtitle = g_strdup_printf (_("%s; under a year: the cluster of the school year "
                                      "that starts in it"), mk_school_get_municipality (school));
  data->units = g_strdup (_("markers"));
  data->integral = TRUE;
  for (guint k = 0; k < MK_N_KINDS; k++)
    mk_chart_data_add_series (data, mk_procedure_kind_name (k),
                              mk_chart_kind_color (k));
  mk_chart_data_add_series (data, _("Reported total, no procedures"), 0x999999)->hatched = TRUE;
  for (guint i = 0; i < years->len; i++)
    {
      g_autofree char *label = year_label (g_array_index (years, int, i), history);
      mk_chart_data_add_category (data, label, 0);
    }
  fill_marker_years (data, markers, years);
  fill_reported (data, store, mk_school_get_id (school), markers, years);
  return data;
}

MkChartData *
mk_charts_marker_history (MkStore            *store,
                          const MkChartQuery *query,
                          GError            **error)
{
  g_autoptr(MkSchool) school = mk_store_get_school (store, query->school_id, error);
  g_autoptr(MkMethodology) methodology = NULL;
  g_autoptr(GArray) markers = NULL;
  g_autoptr(GListModel) history = NULL;

  if (school == NULL ||
      (methodology = mk_store_load_methodology (store, query->school_year, error)) == NULL ||
      (markers = mk_store_list_school_markers (store, query->school_id, methodology,
                                               error)) == NULL ||
      (history = mk_store_list_school_history (store, query->school_id, error)) == NULL)
    return NULL;
  return history_chart (store, school, markers, history);
}

/* --- Heat map ----------------------------------------------------------- */

/* Only the procedures that were a marker in a row shown make columns. */
static GArray *
used_columns (const MkHeatmap *heatmap,
              GPtrArray       *rows)
{
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint p = 0; p < heatmap->procedures->len; p++)
    for (guint r = 0; r < rows->len; r++)
      if (((MkHeatmapRow *) rows->pdata[r])->cells[p] > 0)
        {
          g_array_append_val (columns, p);
          break;
        }
  return columns;
}

/* «СШ № 9 (ШНРО, 7)»; over every municipality «СШ № 9 (Смоленск) ·
 * ШНРО, 7», as the reports name a school; a school without a final
 * cluster reads «н/д», not a dash that could pass for «none». */
static char *
row_name (const MkChartQuery *query,
          MkHeatmapRow       *row)
{
  const char *cluster = row->cluster != MK_CLUSTER_NONE ? mk_cluster_abbreviation (row->cluster)
                                                        : MK_CHART_UNKNOWN;
  g_autofree char *school = NULL;

  if (query->municipality != NULL && *query->municipality != '\0')
    return g_strdup_printf ("%s (%s, %u)", row->name, cluster, row->n_markers);
  school = mk_report_school_label (row->name, row->municipality, TRUE);
  return g_strdup_printf ("%s · %s, %u", school, cluster, row->n_markers);
}

/* The schools with markers of the cluster shown (all: every cluster). */
static guint
schools_with_markers (const MkHeatmap    *heatmap,
                      const MkChartQuery *query)
{
  guint n = 0;

  if (query->cluster != MK_CLUSTER_NONE)
    return heatmap->n_schools[query->cluster];
  for (guint c = 0; c < MK_N_CLUSTERS; c++)
    n += heatmap->n_schools[c];
  return n;
}

static char *
heatmap_subtitle (const MkChartQuery *query,
                  const MkHeatmap    *heatmap,
                  guint               n_rows)
{
  g_autofree char *scope = mk_charts_scope (query);
  guint n_schools = schools_with_markers (heatmap, query);
  g_autofree char *shown = NULL;

  if (n_rows < n_schools)
    /* Translators: the heat map at national scale: "shown 40 of 39,778
     * schools with markers, the most markers first" */
    shown = g_strdup_printf (_("shown %u of %u schools with markers, the most markers first"),
                             n_rows, n_schools);
  else
    shown = g_strdup_printf (_("schools with markers: %u"), n_schools);
  return g_strdup_printf (_("%s; markers of %d–%d; %s; a darker cell: a marker in more years"),
                          scope, heatmap->first_year, heatmap->last_year, shown);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  const MkHeatmapRow *x = *(MkHeatmapRow **) a, *y = *(MkHeatmapRow **) b;
  int order = mk_natural_compare (x->name, y->name);

  return order != 0 ? order : mk_natural_compare (x->municipality, y->municipality);
}

/* The rows shown, in QUERY's order: the first MAX_ROWS of the cluster by
 * markers (the heat map holds them most markers first), then sorted. */
static GPtrArray *
shown_rows (const MkHeatmap    *heatmap,
            const MkChartQuery *query)
{
  guint max_rows = query->max_rows > 0 ? query->max_rows : MK_CHARTS_HEATMAP_ROWS;
  GPtrArray *rows = g_ptr_array_new ();

  for (guint r = 0; r < heatmap->rows->len && rows->len < max_rows; r++)
    {
      MkHeatmapRow *row = heatmap->rows->pdata[r];

      if (query->cluster == MK_CLUSTER_NONE || row->cluster == query->cluster)
        g_ptr_array_add (rows, row);
    }
  if (query->order == MK_HEATMAP_BY_NAME)
    g_ptr_array_sort (rows, compare_by_name);
  return rows;
}

MkChartData *
mk_charts_marker_heatmap (const MkHeatmap    *heatmap,
                          const MkChartQuery *query)
{
  g_autoptr(GPtrArray) rows = shown_rows (heatmap, query);
  g_autoptr(GArray) columns = used_columns (heatmap, rows);
  g_autofree char *title = NULL;
  MkChartData *data;

  title = query->cluster != MK_CLUSTER_NONE
          ? g_strdup_printf (_("Markers by school and procedure, %s"),
                             mk_cluster_abbreviation (query->cluster))
          : g_strdup (_("Markers by school and procedure"));
  data = mk_chart_data_new (MK_CHART_HEATMAP, title);
  data->subtitle = heatmap_subtitle (query, heatmap, rows->len);
  data->integral = TRUE;
  for (guint c = 0; c < columns->len; c++)
    mk_chart_data_add_category (data, heatmap->procedures->pdata[g_array_index (columns, guint, c)], 0);
  for (guint r = 0; r < rows->len; r++)
    {
      MkHeatmapRow *row = rows->pdata[r];
      g_autofree char *name = row_name (query, row);
      MkChartSeries *series = mk_chart_data_add_series (data, name, 0xD55E00);

      data->names_unknown |= row->cluster == MK_CLUSTER_NONE;
      for (guint c = 0; c < columns->len; c++)
        mk_chart_series_set (series, c, row->cells[g_array_index (columns, guint, c)], NULL);
    }
  return data;
}
