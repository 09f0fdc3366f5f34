/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the Schools, Clusters and Results pages share in their filter
 * bars: the search key, the municipality dropdown and the list models
 * behind a column view. */

/* TEXT stripped and folded (mk_fold_for_search), or NULL when blank. */
char          *mk_search_key_new                  (const char     *text);
/* Whether folded TEXT holds KEY (a search key); FALSE for NULL TEXT. */
gboolean       mk_search_key_matches              (const char     *text,
                                                   const char     *key);
/* The search entry's Escape: empties ENTRY and gives FOCUS the focus. */
void           mk_search_entry_stop               (GtkSearchEntry *entry,
                                                   GtkWidget      *focus);

/* A model of «All municipalities» alone, set on DROPDOWN with search;
 * ELLIPSIZE cuts long names on the button (not in the list). Returns the
 * model, which the caller owns. */
GtkStringList *mk_municipality_dropdown_setup     (GtkDropDown    *dropdown,
                                                   gboolean        ellipsize);
/* Replaces the names after «All municipalities» with NAMES in one splice
 * and selects KEEP when it is still there, «All» otherwise. */
void           mk_municipality_dropdown_fill      (GtkDropDown    *dropdown,
                                                   GtkStringList  *list,
                                                   const char *const *names,
                                                   const char     *keep);
/* The selected name, or NULL for «All municipalities». */
const char    *mk_municipality_dropdown_get_name  (GtkDropDown    *dropdown,
                                                   GtkStringList  *list);
/* Selects NAME, or «All» for NULL. FALSE if NAME is not offered. */
gboolean       mk_municipality_dropdown_set_name  (GtkDropDown    *dropdown,
                                                   GtkStringList  *list,
                                                   const char     *name);

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
