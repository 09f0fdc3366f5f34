/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-list-controller"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-list-controller.h"
#include "mk-list-filter.h"

struct _MkListController
{
  GObject              parent_instance;

  GListModel          *items;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  char                *key;         /* the folded search; NULL for none */
  MkListMatchFunc      match;
  MkListIdFunc         id;
  gpointer             page;
};

G_DEFINE_FINAL_TYPE (MkListController, mk_list_controller, G_TYPE_OBJECT)

enum {
  SELECTION_CHANGED,
  COUNT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
match_item (gpointer item,
            gpointer user_data)
{
  MkListController *self = user_data;

  return self->match (item, self->key, self->page);
}

static void
on_selected (MkListController *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
on_shown_changed (MkListController *self)
{
  g_signal_emit (self, signals[COUNT_CHANGED], 0);
}

MkListController *
mk_list_controller_new (GtkColumnView   *view,
                        MkListMatchFunc  match,
                        MkListIdFunc     id,
                        gpointer         page)
{
  MkListController *self = g_object_new (MK_TYPE_LIST_CONTROLLER, NULL);

  self->match = match;
  self->id = id;
  self->page = page;
  self->filter = gtk_custom_filter_new (match_item, self, NULL);
  mk_column_view_setup_models (view, GTK_FILTER (self->filter), &self->filter_model,
                               &self->sort_model, &self->selection);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (on_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed", G_CALLBACK (on_shown_changed),
                           self, G_CONNECT_SWAPPED);
  return self;
}

void
mk_list_controller_set_items (MkListController *self,
                              GListModel       *items,
                              gint64            keep)
{
  if (keep == 0)
    keep = mk_list_controller_get_selected_id (self);
  g_set_object (&self->items, items);
  gtk_filter_list_model_set_model (self->filter_model, items);
  if (keep != 0)
    mk_list_controller_select_id (self, keep);
  g_signal_emit (self, signals[COUNT_CHANGED], 0);
}

GListModel *
mk_list_controller_get_items (MkListController *self)
{
  return self->items;
}

void
mk_list_controller_refilter (MkListController *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_emit (self, signals[COUNT_CHANGED], 0);
}

void
mk_list_controller_set_search (MkListController *self,
                               const char       *text)
{
  g_free (self->key);
  self->key = mk_search_key_new (text);
  mk_list_controller_refilter (self);
}

gboolean
mk_list_controller_has_search (MkListController *self)
{
  return self->key != NULL;
}

GListModel *
mk_list_controller_get_shown (MkListController *self)
{
  return G_LIST_MODEL (self->sort_model);
}

gpointer
mk_list_controller_get_selected (MkListController *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

gint64
mk_list_controller_get_selected_id (MkListController *self)
{
  gpointer item = mk_list_controller_get_selected (self);

  return item != NULL ? self->id (item) : 0;
}

static guint
find_id (GListModel       *model,
         MkListController *self,
         gint64            id)
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (self->id (item) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

gboolean
mk_list_controller_select_id (MkListController *self,
                              gint64            id)
{
  guint position = find_id (G_LIST_MODEL (self->sort_model), self, id);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

void
mk_list_controller_select_position (MkListController *self,
                                    guint             position)
{
  gtk_single_selection_set_selected (self->selection, position);
}

/* One splice in place of the item: the filter and the sorter look at that
 * row again, and the rest is not read anew. */
gboolean
mk_list_controller_replace (MkListController *self,
                            gint64            id,
                            gpointer          fresh)
{
  guint position = G_IS_LIST_STORE (self->items) ? find_id (self->items, self, id)
                                                 : GTK_INVALID_LIST_POSITION;

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  if (fresh != NULL)
    g_list_store_splice (G_LIST_STORE (self->items), position, 1, &fresh, 1);
  else
    g_list_store_remove (G_LIST_STORE (self->items), position);
  if (fresh != NULL)
    mk_list_controller_select_id (self, id);
  g_signal_emit (self, signals[COUNT_CHANGED], 0);
  return TRUE;
}

guint
mk_list_controller_get_n_shown (MkListController *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
}

guint
mk_list_controller_get_n_total (MkListController *self)
{
  return self->items != NULL ? g_list_model_get_n_items (self->items) : 0;
}

char *
mk_list_controller_dup_count_text (MkListController *self)
{
  guint shown = mk_list_controller_get_n_shown (self);
  guint total = mk_list_controller_get_n_total (self);

  if (shown == total)
    return g_strdup_printf (ngettext ("%u school", "%u schools", total), total);
  /* Translators: "5 of 43 schools"; the plural follows the total */
  return g_strdup_printf (ngettext ("%u of %u school", "%u of %u schools", total),
                          shown, total);
}

static void
mk_list_controller_dispose (GObject *object)
{
  MkListController *self = MK_LIST_CONTROLLER (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->items);
  G_OBJECT_CLASS (mk_list_controller_parent_class)->dispose (object);
}

static void
mk_list_controller_finalize (GObject *object)
{
  g_free (MK_LIST_CONTROLLER (object)->key);
  G_OBJECT_CLASS (mk_list_controller_parent_class)->finalize (object);
}

static void
mk_list_controller_class_init (MkListControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mk_list_controller_dispose;
  object_class->finalize = mk_list_controller_finalize;
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  signals[COUNT_CHANGED] = g_signal_new ("count-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
mk_list_controller_init (MkListController *self)
{
}
