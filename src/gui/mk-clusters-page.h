/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The clusters of one school year: classification, the table of every
 * school's markers and clusters with filters, counts per cluster, and the
 * explanation, override and history of the selected school. An MkPage. */
#define MK_TYPE_CLUSTERS_PAGE (mk_clusters_page_get_type ())
G_DECLARE_FINAL_TYPE (MkClustersPage, mk_clusters_page, MK, CLUSTERS_PAGE, AdwBin)

GtkWidget *mk_clusters_page_new         (void);
/* Shows the schools of YEAR that MUNICIPALITY (NULL: all), CLUSTER (-1:
 * all, else a final MkCluster, MK_CLUSTER_NONE for no data) and SEARCH
 * choose, as the filters would: what a card or chart of the Overview
 * opens. FALSE when YEAR is not offered. */
gboolean   mk_clusters_page_show_schools (MkClustersPage *self,
                                          int             year,
                                          const char     *municipality,
                                          int             cluster,
                                          const char     *search);
/* Shows YEAR and classifies it, with the progress and result on the
 * page; FALSE when YEAR is not offered. */
gboolean   mk_clusters_page_classify_year (MkClustersPage *self,
                                           int             year);

G_END_DECLS
