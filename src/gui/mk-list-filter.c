/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-list-filter"
#include "config.h"

#include <string.h>


#include "mk-gui-util.h"
#include "mk-list-filter.h"

char *
mk_search_key_new (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped != '\0' ? mk_fold_for_search (stripped) : NULL;
}

gboolean
mk_search_key_matches (const char *text,
                       const char *key)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = mk_fold_for_search (text);
  return strstr (folded, key) != NULL;
}

void
mk_search_entry_stop (GtkSearchEntry *entry,
                      GtkWidget      *focus)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (focus);
}

void
mk_column_view_setup_models (GtkColumnView       *view,
                             GtkFilter           *filter,
                             GtkFilterListModel **filter_model,
                             GtkSortListModel   **sort_model,
                             GtkSingleSelection **selection)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (view);

  *filter_model = gtk_filter_list_model_new (NULL, g_object_ref (filter));
  *sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (*filter_model)),
                                         g_object_ref (sorter));
  *selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (*sort_model)));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (*selection));
}

void
mk_column_view_sort_by_position (GtkColumnView *view,
                                 guint          column,
                                 GtkSortType    order)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, column);

  gtk_column_view_sort_by_column (view, view_column, order);
}
