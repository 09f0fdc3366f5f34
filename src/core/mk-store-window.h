/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store-results.h"

G_BEGIN_DECLS

/* The results of a classification window read the way 40,000 schools can
 * be classified in well under a second: how many results each school has
 * in each year, counted by SQLite, and only the results that can change
 * a verdict or an explanation, instead of every result. */

/* How many results a school has in a calendar year. */
typedef struct {
  gint64 school_id;
  int    year;
  int    n_results;
} MkResultCount;

typedef gboolean (*MkResultCountFunc) (const MkResultCount *count,
                                       gpointer             user_data);

/* One MkResultCount per school and calendar year FIRST_YEAR … LAST_YEAR
 * that has a result, ordered by school, then year. */
gboolean mk_store_foreach_result_count   (MkStore            *self,
                                          int                 first_year,
                                          int                 last_year,
                                          MkResultCountFunc   func,
                                          gpointer            user_data,
                                          GError            **error);

/* Every result of the years that mk_result_judge may make a marker at
 * THRESHOLD (a percent, as the methodology sets it), whether or not a
 * methodology counts «Необ.», or that it warns about: the markers, every
 * «Необ.» result and every result with 0 participants. Others may come
 * too, so the caller judges each; each result comes once, ordered by
 * school, year, then procedure id, as mk_store_foreach_result gives them.
 * At the default threshold and above it the markers come from the
 * partial index result_marker; below it SQLite reads every result. */
gboolean mk_store_foreach_notable_result (MkStore            *self,
                                          int                 first_year,
                                          int                 last_year,
                                          int                 threshold,
                                          MkResultFunc        func,
                                          gpointer            user_data,
                                          GError            **error);

G_END_DECLS
