/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-dashboard"
#include "config.h"

#include <string.h>

#include "mk-charts-catalog.h"
#include "mk-demo.h"
#include "mk-markers.h"
#include "mk-school.h"
#include "mk-natural.h"
#include "mk-store-dashboard.h"
#include "mk-store-private.h"
#include "mk-test-util.h"

/* 40,000 schools with five years of clusters, written by SQL directly. */
static void
fill_national (MkStore *store)
{
  static const char *sql =
    "INSERT INTO municipality (name, name_key) VALUES ('Край', 'край');"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
    "INSERT INTO school (municipality_id, name, name_key) SELECT 1, 'Школа ' || i, 'школа ' || i FROM n;"
    "INSERT INTO school_year VALUES (2018), (2019), (2020), (2021), (2022);"
    "INSERT INTO cluster_assignment (school_id, school_year, computed, level) "
    "SELECT s.id, y.start_year, "
    "  CASE s.id % 5 WHEN 0 THEN 'SPU' WHEN 1 THEN 'SBU' WHEN 2 THEN 'SNRO' "
    "  WHEN 3 THEN 'SFNSU' ELSE 'SRNR' END, "
    "  CASE s.id % 5 WHEN 0 THEN 'none' WHEN 1 THEN 'single' WHEN 2 THEN 'strong' "
    "  WHEN 3 THEN 'basic' ELSE 'moderate' END "
    "FROM school s, school_year y;";
  char *message = NULL;

  if (sqlite3_exec (mk_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
}

/* The dashboard opens in under 100 ms at national scale. */
static void
test_national_aggregates (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "national.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = mk_store_open (path, &error);
  MkChartQuery query = { .school_year = 2022 };
  const char *ids[] = { "cluster-distribution", "cluster-trend", "levels" };
  gint64 start;

  g_assert_no_error (error);
  fill_national (store);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(MkChartData) data = mk_charts_build (store, ids[i], &query, &error);

      g_assert_no_error (error);
      int last = data->kind == MK_CHART_HBARS ? -1 : (int) data->categories->len - 1;

      g_assert_cmpfloat (mk_chart_data_total (data, last), ==, 40000);
    }
  g_test_message ("dashboard aggregates at 40,000 schools × 5 years: %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  /* Three GROUP BY passes over the covering index cluster_summary (the
   * page makes one: bench/bench-dashboard times it); the bound is loose
   * for sanitizer builds and catches a return to per-row loading. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* The municipality filter reads only its schools. */
static void
test_filter (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "filter.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = mk_store_open (path, &error);
  g_autoptr(GArray) none = NULL;
  g_autoptr(GArray) all = NULL;

  g_assert_no_error (error);
  fill_national (store);
  none = mk_store_list_cluster_years (store, "Другой край", &error);
  all = mk_store_list_level_years (store, " КРАЙ ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (all->len, ==, 5);
  g_assert_cmpuint (g_array_index (all, MkLevelYear, 4).counts[MK_LEVEL_STRONG], ==, 8000);
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* Results of 2021 and 2022 (the window of 2022/2023) for three
 * procedures: every school with id % 8 = 0 has all six results low (50 %,
 * six markers), with id % 8 = 1 only ОГЭ РУ (two markers), the others
 * none. id % 5 gives the cluster, so each cluster has 1,000 + 1,000
 * schools with markers. */
static void
fill_results (MkStore *store)
{
  static const char *sql =
    "INSERT INTO result (school_id, year, procedure_id, participants, low) "
    "SELECT s.id, y.y, p.id, 20, "
    "  CASE WHEN s.id % 8 = 0 OR (s.id % 8 = 1 AND p.position = 1) THEN 10 ELSE 1 END "
    "FROM school s, (SELECT 2021 AS y UNION ALL SELECT 2022) y, "
    "  (SELECT id, position FROM procedure WHERE position <= 3) p ORDER BY 1, 2, 3;";
  char *message = NULL;

  if (sqlite3_exec (mk_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
}

/* What the Overview page loads at 40,000 schools: the counts, not the
 * time (bench/run measures it). */
static void
test_national_load (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "national.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = mk_store_open (path, &error);
  g_autoptr(MkDashboard) dashboard = NULL;
  g_autoptr(MkChartData) heat = NULL;
  MkChartQuery query = { .school_year = 2022, .cluster = MK_CLUSTER_NONE };
  const MkClusterYear *year;
  MkHeatmap *heatmap;
  gint64 start;

  g_assert_no_error (error);
  fill_national (store);
  fill_results (store);
  start = g_get_monotonic_time ();
  dashboard = mk_dashboard_load (store, 2022, NULL, MK_CHARTS_HEATMAP_ROWS, &error);
  g_test_message ("dashboard load at 40,000 schools: %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_no_error (error);
  year = mk_dashboard_find_clusters (dashboard, 2022);
  g_assert_cmpuint (dashboard->clusters->len, ==, 5);
  g_assert_cmpuint (year->counts[MK_CLUSTER_SNRO], ==, 8000);
  g_assert_cmpuint (g_array_index (dashboard->levels, MkLevelYear, 4).counts[MK_LEVEL_STRONG], ==, 8000);
  /* ШНРО every year since 2018: first time then, repeatedly after. */
  g_assert_cmpuint (dashboard->snro->len, ==, 5);
  g_assert_cmpuint (g_array_index (dashboard->snro, MkSnroYear, 0).first_time, ==, 8000);
  g_assert_cmpuint (g_array_index (dashboard->snro, MkSnroYear, 4).repeated, ==, 8000);
  g_assert_cmpuint (g_array_index (dashboard->snro, MkSnroYear, 4).first_time, ==, 0);

  heatmap = dashboard->heatmap;
  g_assert_cmpint (heatmap->first_year, ==, 2021);
  for (guint c = 1; c < MK_N_CLUSTERS; c++)
    g_assert_cmpuint (heatmap->n_schools[c], ==, 2000);
  /* 40 of each cluster, all with six markers: two years × three. */
  g_assert_cmpuint (heatmap->rows->len, ==, 5 * MK_CHARTS_HEATMAP_ROWS);
  for (guint r = 0; r < heatmap->rows->len; r++)
    {
      MkHeatmapRow *row = heatmap->rows->pdata[r];

      g_assert_cmpuint (row->n_markers, ==, 6);
      g_assert_cmpuint (row->cells[0] + row->cells[1] + row->cells[2], ==, 6);
      g_assert_cmpuint (row->school_id % 8, ==, 0);
    }
  heat = mk_charts_build_from (dashboard, "marker-heatmap", &query);
  g_assert_cmpuint (heat->series->len, ==, MK_CHARTS_HEATMAP_ROWS);
  g_assert_cmpuint (heat->categories->len, ==, 3);
  g_assert_nonnull (strstr (heat->subtitle, "40"));
  g_assert_nonnull (strstr (heat->subtitle, "10000"));
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static guint
snro_total (MkDashboard *dashboard,
            guint        i)
{
  return g_array_index (dashboard->snro, MkSnroYear, i).total;
}

/* Смоленск of the demo (the Smolensk reports): its clusters, its ШНРО by
 * year and its heat map; Каменск-Уральский has no classified school. */
static void
test_demo_load (void)
{
  static const guint clusters[] = { 4, 11, 6, 2, 20 };
  static const MkCluster order[] = {
    MK_CLUSTER_SPU, MK_CLUSTER_SBU, MK_CLUSTER_SNRO, MK_CLUSTER_SFNSU, MK_CLUSTER_SRNR,
  };
  static const guint snro[] = { 5, 8, 9, 9, 6 };
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autoptr(MkStore) store = mk_test_open_store (dir, "demo.db", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkDashboard) town = mk_dashboard_load (store, 2022, "Смоленск", 40, &error);
  g_autoptr(MkDashboard) other = mk_dashboard_load (store, 2022, "Каменск-Уральский городской округ",
                                                    40, &error);
  const MkClusterYear *year;
  MkHeatmap *heatmap;

  g_assert_no_error (error);
  year = mk_dashboard_find_clusters (town, 2022);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpuint (year->counts[order[i]], ==, clusters[i]);
  g_assert_cmpuint (town->snro->len, ==, G_N_ELEMENTS (snro));
  for (guint i = 0; i < G_N_ELEMENTS (snro); i++)
    {
      g_assert_cmpuint (snro_total (town, i), ==, snro[i]);
      g_assert_cmpuint (snro_total (other, i), ==, 0);
    }
  heatmap = town->heatmap;
  g_assert_cmpuint (heatmap->n_schools[MK_CLUSTER_SNRO], ==, 6);
  g_assert_cmpuint (heatmap->rows->len, >, 6);
  for (guint r = 0; r < heatmap->rows->len; r++)
    {
      MkHeatmapRow *row = heatmap->rows->pdata[r];
      guint sum = 0;

      for (guint p = 0; p < heatmap->procedures->len; p++)
        sum += row->cells[p];
      g_assert_cmpuint (sum, ==, row->n_markers);
      g_assert_cmpstr (row->municipality, ==, "Смоленск");
      if (r > 0)
        g_assert_cmpuint (row->n_markers, <=, ((MkHeatmapRow *) heatmap->rows->pdata[r - 1])->n_markers);
    }
  g_assert_cmpuint (other->heatmap->rows->len, ==, 0);
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* Sorted by name the same rows come in natural order of the names. */
static void
test_heatmap_order (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autoptr(MkStore) store = mk_test_open_store (dir, "demo.db", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkDashboard) town = mk_dashboard_load (store, 2022, "Смоленск", 40, &error);
  MkChartQuery query = { .school_year = 2022, .municipality = "Смоленск",
                         .cluster = MK_CLUSTER_NONE };
  g_autoptr(MkChartData) by_markers = NULL;
  g_autoptr(MkChartData) by_name = NULL;

  g_assert_no_error (error);
  by_markers = mk_charts_build_from (town, "marker-heatmap", &query);
  query.order = MK_HEATMAP_BY_NAME;
  by_name = mk_charts_build_from (town, "marker-heatmap", &query);
  g_assert_cmpuint (by_name->series->len, ==, by_markers->series->len);
  for (guint s = 1; s < by_name->series->len; s++)
    {
      const char *before = ((MkChartSeries *) by_name->series->pdata[s - 1])->name;
      const char *after = ((MkChartSeries *) by_name->series->pdata[s])->name;

      g_assert_cmpint (mk_natural_compare (before, after), <, 0);
      g_assert_cmpfloat (mk_chart_data_total (by_markers, -1), ==, mk_chart_data_total (by_name, -1));
    }
  g_assert_cmpstr (((MkChartSeries *) by_markers->series->pdata[0])->name, !=,
                   ((MkChartSeries *) by_name->series->pdata[0])->name);
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* The markers mk_result_judge finds in the school's results of the
 * window: what the heat map must count in SQL. */
static guint
judged_markers (MkStore   *store,
                MkHeatmap *heatmap,
                gint64     school_id)
{
  g_autoptr(MkMethodology) methodology = mk_store_load_methodology (store, heatmap->school_year, NULL);
  g_autoptr(GArray) years = mk_store_list_school_markers (store, school_id, methodology, NULL);
  guint n = 0;

  for (guint i = 0; i < years->len; i++)
    {
      MkMarkerYear *year = &g_array_index (years, MkMarkerYear, i);

      for (guint k = 0; year->year >= heatmap->first_year && year->year <= heatmap->last_year &&
                        k < MK_N_KINDS; k++)
        n += year->counts[k];
    }
  return n;
}

static void
check_against_judgement (MkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkHeatmap) heatmap = mk_store_get_heatmap (store, 2022, NULL, 0, &error);
  g_autoptr(GListModel) schools = mk_store_list_schools (store, &error);
  guint with_markers = 0, in_heatmap = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (schools, i);
      with_markers += judged_markers (store, heatmap, mk_school_get_id (school)) > 0;
    }
  for (guint c = 0; c < MK_N_CLUSTERS; c++)
    in_heatmap += heatmap->n_schools[c];
  g_assert_cmpuint (heatmap->rows->len, ==, in_heatmap);
  /* Every demo school with results has a 2022/2023 assignment. */
  g_assert_cmpuint (in_heatmap, ==, with_markers);
  for (guint r = 0; r < heatmap->rows->len; r++)
    {
      MkHeatmapRow *row = heatmap->rows->pdata[r];

      g_assert_cmpuint (row->n_markers, ==, judged_markers (store, heatmap, row->school_id));
    }
}

static guint
heatmap_markers (MkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkHeatmap) heatmap = mk_store_get_heatmap (store, 2022, NULL, 0, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint r = 0; r < heatmap->rows->len; r++)
    n += ((MkHeatmapRow *) heatmap->rows->pdata[r])->n_markers;
  return n;
}

/* The SQL of the heat map against mk_result_judge, with the default rules
 * (over the partial index) and with others: a lower threshold and «Необ.»
 * counted. */
static void
test_heatmap_rules (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autoptr(MkStore) store = mk_test_open_store (dir, "demo.db", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkMethodology) methodology = mk_store_load_methodology (store, 2022, &error);
  guint before;

  g_assert_no_error (error);
  check_against_judgement (store);
  before = heatmap_markers (store);
  g_assert_true (mk_methodology_set (methodology, MK_SETTING_MARKER_THRESHOLD, 20, &error));
  g_assert_true (mk_methodology_set (methodology, MK_SETTING_COUNT_NON_OBJECTIVE, 1, &error));
  g_assert_true (mk_store_save_methodology (store, 2022, methodology, &error));
  g_assert_no_error (error);
  check_against_judgement (store);
  g_assert_cmpuint (heatmap_markers (store), >, before);
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dashboard/national-aggregates", test_national_aggregates);
  g_test_add_func ("/dashboard/filter", test_filter);
  g_test_add_func ("/dashboard/national-load", test_national_load);
  g_test_add_func ("/dashboard/demo-load", test_demo_load);
  g_test_add_func ("/dashboard/heatmap-order", test_heatmap_order);
  g_test_add_func ("/dashboard/heatmap-rules", test_heatmap_rules);
  return g_test_run ();
}
