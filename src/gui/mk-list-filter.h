/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the Schools, Clusters and Results pages share in their filter
 * bars: the search key and the list models behind a column view (the
 * municipality is an MkMunicipalityDropDown). */

/* TEXT stripped and folded (mk_fold_for_search), or NULL when blank. */
char          *mk_search_key_new                  (const char     *text);
/* Whether folded TEXT holds KEY (a search key); FALSE for NULL TEXT. */
gboolean       mk_search_key_matches              (const char     *text,
                                                   const char     *key);
/* The search entry's Escape: empties ENTRY and gives FOCUS the focus. */
void           mk_search_entry_stop               (GtkSearchEntry *entry,
                                                   GtkWidget      *focus);

/* FILTER → a sort model by VIEW's sorter → a single selection, set as
 * VIEW's model. Call after the columns are added. Each model is returned
 * with a reference for the caller. */
void           mk_column_view_setup_models        (GtkColumnView       *view,
                                                   GtkFilter           *filter,
                                                   GtkFilterListModel **filter_model,
                                                   GtkSortListModel   **sort_model,
                                                   GtkSingleSelection **selection);
/* Sorts VIEW by its column number COLUMN, as a click on the header does. */
void           mk_column_view_sort_by_position    (GtkColumnView  *view,
                                                   guint           column,
                                                   GtkSortType     order);

G_END_DECLS
