/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-dashboard"
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "mk-charts-catalog.h"
#include "mk-store.h"

/* Times what the Overview page does when it opens a school year: one
 * mk_dashboard_load and the charts built from it (drawing aside), for
 * all municipalities and for one. The machine is shared: each scope is
 * loaded REPEATS times after one warm-up; the minimum is the figure, the
 * median and maximum show the spread.
 * Usage: bench-dashboard DB SCHOOL_YEAR MUNICIPALITY [REPEATS] */

static const char *const chart_ids[] = {
  "cluster-distribution", "cluster-trend", "levels", "snro-history", "marker-heatmap",
};

/* Milliseconds of one load, or a negative number on error. */
static double
load_once (MkStore    *store,
           int         school_year,
           const char *municipality,
           guint      *n_schools)
{
  MkChartQuery query = { .school_year = school_year, .municipality = municipality,
                         .cluster = MK_CLUSTER_NONE };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(MkDashboard) dashboard = mk_dashboard_load (store, school_year, municipality,
                                                        MK_CHARTS_HEATMAP_ROWS, &error);
  const MkClusterYear *year;

  if (dashboard == NULL)
    {
      fprintf (stderr, "bench-dashboard: %s\n", error->message);
      return -1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (chart_ids); i++)
    mk_chart_data_free (mk_charts_build_from (dashboard, chart_ids[i], &query));
  year = mk_dashboard_find_clusters (dashboard, school_year);
  *n_schools = 0;
  for (guint c = 0; year != NULL && c < MK_N_CLUSTERS; c++)
    *n_schools += year->counts[c];
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean
run_scope (MkStore    *store,
           int         school_year,
           const char *municipality,
           guint       repeats)
{
  g_autofree double *times = g_new (double, repeats);
  const char *name = municipality != NULL ? "dashboard municipality" : "dashboard all";
  guint n_schools = 0;

  if (load_once (store, school_year, municipality, &n_schools) < 0)
    return FALSE;
  for (guint i = 0; i < repeats; i++)
    if ((times[i] = load_once (store, school_year, municipality, &n_schools)) < 0)
      return FALSE;
  qsort (times, repeats, sizeof (double), compare_doubles);
  printf ("%-22s %10u rows %8.4f s  min of %u loads; median %.1f ms, max %.1f ms\n", name,
          n_schools, times[0] / 1000.0, repeats, times[repeats / 2], times[repeats - 1]);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = NULL;
  guint repeats;

  setlocale (LC_ALL, "C");
  if (argc < 4)
    {
      fprintf (stderr, "Usage: %s DB SCHOOL_YEAR MUNICIPALITY [REPEATS]\n", argv[0]);
      return 2;
    }
  repeats = argc > 4 ? (guint) MAX (1, atoi (argv[4])) : 20;
  if ((store = mk_store_open (argv[1], &error)) == NULL)
    {
      fprintf (stderr, "bench-dashboard: %s\n", error->message);
      return 1;
    }
  return run_scope (store, atoi (argv[2]), NULL, repeats) &&
         run_scope (store, atoi (argv[2]), argv[3], repeats) ? 0 : 1;
}
