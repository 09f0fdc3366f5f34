/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-preview"
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "mk-report.h"
#include "mk-store.h"

/* Times what the Reports page builds to show a report: each report of the
 * catalog whole (as an export builds it) and as the preview asks for it,
 * its first PREVIEW_ROWS rows. The minimum of REPEATS builds is the
 * figure. Usage: bench-preview DB SCHOOL_YEAR [REPEATS] */

#define PREVIEW_ROWS 60

/* Milliseconds of one build, or a negative number on error. */
static double
build_once (MkStore            *store,
            const MkReportInfo *info,
            int                 school_year,
            guint               max_rows,
            guint              *n_rows)
{
  MkReportParams params = { .school_year = school_year, .cluster = MK_CLUSTER_NONE,
                            .max_rows = max_rows };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(MkSheet) sheet = mk_report_build (info, store, &params, &error);

  if (sheet == NULL)
    {
      fprintf (stderr, "bench-preview: %s: %s\n", info->id, error->message);
      return -1;
    }
  *n_rows = mk_sheet_get_n_rows (sheet);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
best_of (MkStore            *store,
         const MkReportInfo *info,
         int                 school_year,
         guint               max_rows,
         guint               repeats,
         guint              *n_rows)
{
  double best = -1;

  for (guint i = 0; i < repeats; i++)
    {
      double ms = build_once (store, info, school_year, max_rows, n_rows);
      if (ms < 0)
        return ms;
      best = best < 0 ? ms : MIN (best, ms);
    }
  return best;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = NULL;
  guint n_reports, repeats;
  const MkReportInfo *catalog = mk_report_catalog (&n_reports);

  setlocale (LC_ALL, "C");
  if (argc < 3)
    {
      fprintf (stderr, "Usage: %s DB SCHOOL_YEAR [REPEATS]\n", argv[0]);
      return 2;
    }
  repeats = argc > 3 ? (guint) MAX (1, atoi (argv[3])) : 3;
  if ((store = mk_store_open (argv[1], &error)) == NULL)
    {
      fprintf (stderr, "bench-preview: %s\n", error->message);
      return 1;
    }
  for (guint r = 0; r < n_reports; r++)
    {
      guint whole_rows = 0, preview_rows = 0;
      double whole = best_of (store, &catalog[r], atoi (argv[2]), 0, repeats, &whole_rows);
      double preview = best_of (store, &catalog[r], atoi (argv[2]), PREVIEW_ROWS, repeats,
                                &preview_rows);

      if (whole < 0 || preview < 0)
        return 1;
      printf ("preview %-22s %8u rows %8.3f s whole, %8.3f s for %u rows\n", catalog[r].id,
              whole_rows, whole / 1000.0, preview / 1000.0, preview_rows);
    }
  return 0;
}
