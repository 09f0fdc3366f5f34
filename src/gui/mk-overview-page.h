/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* «Обзор»: the clusters of one school year (and municipality, or all) at a
 * glance — five cluster cards with counts, shares and the change against
 * the previous year, and the dashboard's charts. A click on a card or a
 * bar opens the Clusters page filtered to it, a heat-map cell the Results
 * page with its school searched. An MkPage. */
#define MK_TYPE_OVERVIEW_PAGE (mk_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (MkOverviewPage, mk_overview_page, MK, OVERVIEW_PAGE, AdwBin)

GtkWidget *mk_overview_page_new (void);
/* Shows the marker history of the school SCHOOL_ID at SCHOOL_YEAR (0
 * keeps the year shown), switching to its municipality when another one
 * is shown; FALSE if the page does not list the school. */
gboolean   mk_overview_page_show_school_history (MkOverviewPage *self,
                                                 int             school_year,
                                                 gint64          school_id);

G_END_DECLS
