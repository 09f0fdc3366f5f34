/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart"
#include "config.h"

#include "mk-chart-indicator.h"
#include "mk-indicator-value.h"
#include "mk-school-year.h"
#include "mk-store-clusters.h"

/* The Okabe–Ito blue of the other one-series charts. */
#define INDICATOR_COLOR 0x0072B2

MkChartData *
mk_chart_indicator_new (MkIndicatorTable *table,
                        guint             row)
{
  MkIndicator *indicator;
  MkIndicatorUnit unit;
  MkChartData *data;
  MkChartSeries *series;

  if (row >= mk_indicator_table_n_rows (table) || mk_indicator_table_is_section (table, row))
    return NULL;
  indicator = mk_indicator_table_get_row (table, row);
  unit = mk_indicator_unit_parse (indicator->unit);
  data = mk_chart_data_new (MK_CHART_BARS, indicator->title);
  data->units = *indicator->unit != '\0' ? g_utf8_strdown (indicator->unit, -1) : NULL;
  data->integral = unit == MK_UNIT_COUNT;
  for (guint y = 0; y < mk_indicator_table_n_years (table); y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", mk_indicator_table_get_year (table, y));
      mk_chart_data_add_category (data, year, 0);
    }
  series = mk_chart_data_add_series (data, indicator->title, INDICATOR_COLOR);
  for (guint y = 0; y < mk_indicator_table_n_years (table); y++)
    {
      const char *raw = mk_indicator_table_get_raw (table, row, y);
      MkIndicatorReading reading;
      double value;

      mk_indicator_value_read (raw, &reading);
      mk_chart_series_set (series, y, mk_indicator_reading_value (&reading, unit, &value)
                                      ? value : MK_CHART_UNKNOWN_VALUE, raw);
    }
  return data;
}

/* The latest final cluster the store knows for SCHOOL_ID, and its year. */
static MkCluster
latest_cluster (MkStore *store,
                gint64   school_id,
                int     *year)
{
  g_autoptr(GListModel) history = mk_store_list_school_history (store, school_id, NULL);

  for (guint i = history != NULL ? g_list_model_get_n_items (history) : 0; i-- > 0;)
    {
      g_autoptr(MkAssignment) assignment = g_list_model_get_item (history, i);

      if (mk_assignment_get_final (assignment) != MK_CLUSTER_NONE)
        {
          *year = mk_assignment_get_school_year (assignment);
          return mk_assignment_get_final (assignment);
        }
    }
  return MK_CLUSTER_NONE;
}

static MkCluster
cluster_in (MkStore *store,
            gint64   school_id,
            int      school_year)
{
  g_autoptr(MkAssignment) assignment = mk_store_get_assignment (store, school_id, school_year, NULL);

  return assignment != NULL ? mk_assignment_get_final (assignment) : MK_CLUSTER_NONE;
}

/* The schools to compare: of CLUSTER in SCHOOL_YEAR, or all. */
static GArray *
compared_schools (MkStore   *store,
                  gint64     set_id,
                  MkCluster  cluster,
                  int        school_year,
                  GError   **error)
{
  g_autoptr(GArray) all = mk_store_list_indicator_schools (store, set_id, error);
  GArray *kept;

  if (all == NULL)
    return NULL;
  kept = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < all->len; i++)
    {
      gint64 id = g_array_index (all, gint64, i);

      if (id != 0 && (cluster == MK_CLUSTER_NONE || cluster_in (store, id, school_year) == cluster))
        g_array_append_val (kept, id);
    }
  return kept;
}

static void
add_school (MkChartData *data,
            MkStore     *store,
            gint64       set_id,
            gint64       indicator_id,
            gint64       school_id,
            GArray      *years)
{
  g_autoptr(MkIndicatorTable) table = mk_indicator_table_new (store, set_id, school_id, NULL);
  g_autoptr(MkSchool) school = mk_store_get_school (store, school_id, NULL);
  guint category = data->categories->len;

  if (table == NULL || school == NULL)
    return;
  mk_chart_data_add_category (data, mk_school_get_name (school), 0);
  for (guint s = 0; s < data->series->len; s++)
    mk_chart_series_set (data->series->pdata[s], category, MK_CHART_UNKNOWN_VALUE, "");
  for (guint r = 0; r < mk_indicator_table_n_rows (table); r++)
    {
      MkIndicator *row = mk_indicator_table_get_row (table, r);
      MkIndicatorUnit unit = mk_indicator_unit_parse (row->unit);

      if (row->id != indicator_id)
        continue;
      for (guint y = 0; y < mk_indicator_table_n_years (table); y++)
        for (guint s = 0; s < years->len; s++)
          if (g_array_index (years, int, s) == mk_indicator_table_get_year (table, y))
            {
              const char *raw = mk_indicator_table_get_raw (table, r, y);
              MkIndicatorReading reading;
              double value;

              mk_indicator_value_read (raw, &reading);
              mk_chart_series_set (data->series->pdata[s], category,
                                   mk_indicator_reading_value (&reading, unit, &value)
                                   ? value : MK_CHART_UNKNOWN_VALUE, raw);
            }
    }
}

MkChartData *
mk_chart_indicator_compare_new (MkStore   *store,
                                gint64     set_id,
                                gint64     indicator_id,
                                gint64     school_id,
                                GError   **error)
{
  static const guint32 colors[] = { 0x56B4E9, 0x0072B2, 0x009E73 };
  g_autoptr(GArray) all_years = mk_store_list_indicator_years (store, set_id, error);
  g_autoptr(GArray) years = NULL, schools = NULL;
  int school_year = 0;
  MkCluster cluster = latest_cluster (store, school_id, &school_year);
  g_autofree char *year_label = NULL;
  MkChartData *data;

  if (all_years == NULL || (schools = compared_schools (store, set_id, cluster, school_year, error)) == NULL)
    return NULL;
  years = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = all_years->len > 3 ? all_years->len - 3 : 0; i < all_years->len; i++)
    g_array_append_val (years, g_array_index (all_years, int, i));
  data = mk_chart_data_new (MK_CHART_BARS, "Сравнение школ");
  year_label = mk_school_year_format (school_year);
  data->subtitle = cluster != MK_CLUSTER_NONE
                   ? g_strdup_printf ("Школы кластера %s (%s)", mk_cluster_official_abbreviation (cluster),
                                      year_label)
                   : g_strdup ("Все школы с таблицей набора: кластер школы не определён");
  for (guint s = 0; s < years->len; s++)
    {
      g_autofree char *name = g_strdup_printf ("%d", g_array_index (years, int, s));
      mk_chart_data_add_series (data, name, colors[s % G_N_ELEMENTS (colors)]);
    }
  for (guint i = 0; i < schools->len; i++)
    add_school (data, store, set_id, indicator_id, g_array_index (schools, gint64, i), years);
  return data;
}
