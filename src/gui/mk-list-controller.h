/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The list of a list page (Schools, Clusters): its items, a search text,
 * the page's own filters, the column view's sort, the selection (kept by
 * id across reloads) and the count «5 of 43 schools». The page keeps only
 * what is its own: which items match, and the widgets of its filters. */
#define MK_TYPE_LIST_CONTROLLER (mk_list_controller_get_type ())
G_DECLARE_FINAL_TYPE (MkListController, mk_list_controller, MK, LIST_CONTROLLER, GObject)

/* Whether ITEM is shown: the page's filters and, when KEY (a folded search
 * key) is not NULL, the search. */
typedef gboolean (*MkListMatchFunc) (gpointer    item,
                                     const char *key,
                                     gpointer    page);
/* The id an item is reselected by after a reload. */
typedef gint64   (*MkListIdFunc)    (gpointer    item);

/* Sets up VIEW's models; the columns must be there already. Emits
 * "selection-changed" and "count-changed" (shown or total changed). */
MkListController *mk_list_controller_new          (GtkColumnView    *view,
                                                   MkListMatchFunc   match,
                                                   MkListIdFunc      id,
                                                   gpointer          page);
/* Shows ITEMS (may be NULL), keeping the selected item, or the one KEEP
 * names when not 0, selected. */
void              mk_list_controller_set_items    (MkListController *self,
                                                   GListModel       *items,
                                                   gint64            keep);
GListModel       *mk_list_controller_get_items    (MkListController *self);
/* The search text as typed; blank for none. */
void              mk_list_controller_set_search   (MkListController *self,
                                                   const char       *text);
gboolean          mk_list_controller_has_search   (MkListController *self);
/* The page's filters changed: every item is matched again. */
void              mk_list_controller_refilter     (MkListController *self);
/* The items shown, filtered and sorted. */
GListModel       *mk_list_controller_get_shown    (MkListController *self);
gpointer          mk_list_controller_get_selected (MkListController *self);
gint64            mk_list_controller_get_selected_id (MkListController *self);
gboolean          mk_list_controller_select_id    (MkListController *self,
                                                   gint64            id);
void              mk_list_controller_select_position (MkListController *self,
                                                      guint             position);
/* Replaces the item at its place (a refreshed row), or removes it when
 * FRESH is NULL; FALSE when the items hold no item with that id. */
gboolean          mk_list_controller_replace      (MkListController *self,
                                                   gint64            id,
                                                   gpointer          fresh);
guint             mk_list_controller_get_n_shown  (MkListController *self);
guint             mk_list_controller_get_n_total  (MkListController *self);
/* «43 schools», or «5 of 43 schools» while filtered. */
char             *mk_list_controller_dup_count_text (MkListController *self);

G_END_DECLS
