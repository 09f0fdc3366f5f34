/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-list-filter"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

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

static void
setup_button_label (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  cut)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (cut != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
    }
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_button_label (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  const char *text = gtk_string_object_get_string (string);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

/* «Каменск-Уральский городской округ» would make the button, and so the
 * page, too wide for the window: the button cuts it, the list does not. */
static void
ellipsize_button (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_button_label), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_button_label), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_button_label), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_button_label), NULL);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

GtkStringList *
mk_municipality_dropdown_setup (GtkDropDown *dropdown,
                                gboolean     ellipsize)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_string_list_append (list, _("All municipalities"));
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  if (ellipsize)
    ellipsize_button (dropdown);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  return list;
}

void
mk_municipality_dropdown_fill (GtkDropDown       *dropdown,
                               GtkStringList     *list,
                               const char *const *names,
                               const char        *keep)
{
  g_autofree char *kept = g_strdup (keep);  /* KEEP may be an item of LIST */
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint selected = 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_strcmp0 (names[i], kept) == 0)
      selected = i + 1;
  /* One splice, so that the dropdown sees a single change. */
  gtk_string_list_splice (list, 1, n - 1, names);
  gtk_drop_down_set_selected (dropdown, selected);
}

const char *
mk_municipality_dropdown_get_name (GtkDropDown   *dropdown,
                                   GtkStringList *list)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position == 0)
    return NULL;
  return gtk_string_list_get_string (list, position);
}

gboolean
mk_municipality_dropdown_set_name (GtkDropDown   *dropdown,
                                   GtkStringList *list,
                                   const char    *name)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (name == NULL)
    {
      gtk_drop_down_set_selected (dropdown, 0);
      return TRUE;
    }
  for (guint i = 1; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (list, i), name) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return TRUE;
      }
  return FALSE;
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
