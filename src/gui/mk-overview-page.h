#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* «Обзор»: the clusters of one school year (and municipality, or all) at a
 * glance — five cluster cards with counts, shares and the change against
 * the previous year, and the dashboard's charts. A click on a card, a bar
 * or a heat-map row opens the Clusters page filtered to it. An MkPage. */
#define MK_TYPE_OVERVIEW_PAGE (mk_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (MkOverviewPage, mk_overview_page, MK, OVERVIEW_PAGE, AdwBin)

GtkWidget *mk_overview_page_new (void);

G_END_DECLS
