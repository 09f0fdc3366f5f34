/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-clusters-page.h"
#include "mk-store-clusters.h"
#include "mk-test-gui.h"

G_BEGIN_DECLS

/* Shared by the display tests of the clusters page and of its overrides
 * (test-gui-clusters.c, test-gui-overrides.c): a store of seven schools
 * whose results and context give each cluster, the clusters page on it,
 * and the helpers that drive the page and read the store. */

#define YEAR 2022  /* 2022/2023: markers of 2021 and 2022 */
#define TOWN "Тестовый район"
#define OTHER "Другой район"

typedef struct
{
  MkTestPage          t;
  MkClustersPage *page;
} Fixture;

/* The schools, their results and context in a new database, and the
 * clusters page on it in a window; closes them. For MK_TEST_PAGE_ADD. */
void          fixture_setup                      (Fixture          *f,
                                                  gconstpointer     data);
void          fixture_teardown                   (Fixture          *f,
                                                  gconstpointer     data);

/* The page's spinner turns while a classification runs. */
gboolean      mk_test_clusters_busy              (MkClustersPage   *page);
/* The rows the page shows, filtered and sorted, and how many. */
GListModel   *mk_test_clusters_shown             (Fixture          *f);
guint         mk_test_clusters_n_shown           (Fixture          *f);
/* The cluster chips as they read: «ШПУ 1 · ШБУ 1 · ШНРО 2 · …». */
char         *mk_test_clusters_dup_counts        (Fixture          *f);
/* The chips of the five clusters with these counts, in that order. */
char         *mk_test_clusters_expected_counts   (guint             spu,
                                                  guint             sbu,
                                                  guint             snro,
                                                  guint             sfnsu,
                                                  guint             srnr);
/* Shows only the overridden assignments, or all of them again. */
void          mk_test_clusters_overridden_only   (Fixture          *f,
                                                  gboolean          only);
/* The panel of the selected assignment. */
GtkWidget    *mk_test_clusters_details           (Fixture          *f);
/* Classifies through the page's action and waits for its worker. */
void          mk_test_clusters_classify          (Fixture          *f);
/* Selects NAME among the rows shown and returns its assignment. */
MkAssignment *mk_test_clusters_select_school     (Fixture          *f,
                                                  const char       *name);
/* The stored assignment of the school for YEAR. */
MkAssignment *mk_test_clusters_stored            (Fixture          *f,
                                                  const char       *municipality,
                                                  const char       *name);

G_END_DECLS
