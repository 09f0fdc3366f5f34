/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The «Results» section: one calendar year of results as a schools ×
 * procedures matrix with filters, a legend, editing of a cell and the
 * import assistant. */
#define MK_TYPE_RESULTS_PAGE (mk_results_page_get_type ())
G_DECLARE_FINAL_TYPE (MkResultsPage, mk_results_page, MK, RESULTS_PAGE, AdwBin)

GtkWidget *mk_results_page_new (void);
/* Shows the results of calendar year YEAR that MUNICIPALITY, KIND («ВПР»,
 * «ОГЭ», «ЕГЭ») and SEARCH choose (NULL: all), as the filters would: what
 * a heat-map cell of the Overview opens. FALSE when YEAR is not offered. */
gboolean   mk_results_page_show_results (MkResultsPage *self,
                                         int            year,
                                         const char    *municipality,
                                         const char    *kind,
                                         const char    *search);

G_END_DECLS
