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

GtkWidget *mk_clusters_page_new (void);

G_END_DECLS
