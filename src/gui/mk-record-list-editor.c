/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-record-list-editor"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-record-list-editor.h"

typedef struct
{
  MkStore    *store;
  GListModel *items;    /* the records, in the order of the rows */
  GPtrArray  *rows;     /* the AdwActionRow of each */
  GObject    *deleted;  /* what undo puts back */
  GtkWindow  *dialog;   /* weak */
  gboolean    stale;    /* the list changed while hidden */
} MkRecordListEditorPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MkRecordListEditor, mk_record_list_editor,
                                     ADW_TYPE_PREFERENCES_GROUP)

static MkRecordListEditorPrivate *
private_of (MkRecordListEditor *self)
{
  return mk_record_list_editor_get_instance_private (self);
}

MkStore *
mk_record_list_editor_get_store (MkRecordListEditor *self)
{
  return private_of (self)->store;
}

GListModel *
mk_record_list_editor_get_items (MkRecordListEditor *self)
{
  return private_of (self)->items;
}

static void
open_dialog (MkRecordListEditor *self,
             gpointer            edited)
{
  MkRecordListEditorPrivate *priv = private_of (self);

  if (priv->store == NULL)
    return;
  /* One dialog at a time: a new one replaces the one open. */
  mk_dialog_slot_close (&priv->dialog);
  mk_dialog_slot_present (&priv->dialog,
                          MK_RECORD_LIST_EDITOR_GET_CLASS (self)->new_dialog (
                              self, mk_widget_get_window (GTK_WIDGET (self)), edited));
}

static void
on_row_activated (AdwActionRow       *row,
                  MkRecordListEditor *self)
{
  MkRecordListEditorPrivate *priv = private_of (self);
  guint index;

  if (g_ptr_array_find (priv->rows, row, &index))
    {
      g_autoptr(GObject) item = g_list_model_get_item (priv->items, index);
      open_dialog (self, item);
    }
}

static void
on_delete_clicked (GtkButton          *button,
                   MkRecordListEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  guint index;

  if (g_ptr_array_find (private_of (self)->rows, row, &index))
    mk_record_list_editor_delete (self, index);
}

static void
add_row (MkRecordListEditor *self,
         gpointer            item)
{
  MkRecordListEditorClass *klass = MK_RECORD_LIST_EDITOR_GET_CLASS (self);
  GtkWidget *delete;
  GtkWidget *row = klass->build_row (self, item, &delete);

  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated), self, 0);
  g_signal_connect_object (delete, "clicked", G_CALLBACK (on_delete_clicked), self, 0);
  g_ptr_array_add (private_of (self)->rows, row);
  if (klass->place_row != NULL)
    klass->place_row (self, item, row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
}

/* A row sits in the group, or in one of its expander rows. */
static void
clear_rows (MkRecordListEditor *self)
{
  MkRecordListEditorPrivate *priv = private_of (self);

  for (guint i = 0; i < priv->rows->len; i++)
    {
      GtkWidget *row = priv->rows->pdata[i];
      GtkWidget *expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);

      if (expander != NULL)
        adw_expander_row_remove (ADW_EXPANDER_ROW (expander), row);
      else
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), row);
    }
  g_ptr_array_set_size (priv->rows, 0);
  g_clear_object (&priv->items);
  priv->items = G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
}

static void
reload (MkRecordListEditor *self)
{
  MkRecordListEditorPrivate *priv = private_of (self);
  MkRecordListEditorClass *klass = MK_RECORD_LIST_EDITOR_GET_CLASS (self);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;

  priv->stale = FALSE;
  clear_rows (self);
  if (priv->store != NULL)
    items = klass->list (self, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _(klass->read_failed), error);
  if (items != NULL)
    g_set_object (&priv->items, items);
  for (guint i = 0; i < g_list_model_get_n_items (priv->items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (priv->items, i);
      add_row (self, item);
    }
  if (klass->reloaded != NULL)
    klass->reloaded (self);
}

static void
reload_when_shown (MkRecordListEditor *self)
{
  if (!MK_RECORD_LIST_EDITOR_GET_CLASS (self)->lazy || gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    private_of (self)->stale = TRUE;
}

static void
on_map (MkRecordListEditor *self)
{
  if (private_of (self)->stale)
    reload (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_dialog (MK_RECORD_LIST_EDITOR (widget), NULL);
}

void
mk_record_list_editor_delete (MkRecordListEditor *self,
                              guint               index)
{
  MkRecordListEditorPrivate *priv = private_of (self);
  MkRecordListEditorClass *klass = MK_RECORD_LIST_EDITOR_GET_CLASS (self);
  g_autoptr(GObject) item = g_list_model_get_item (priv->items, index);
  g_autoptr(GObject) removed = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (item == NULL || priv->store == NULL)
    return;
  removed = klass->delete_item (self, item, &error);
  if (removed == NULL)
    {
      mk_widget_show_error_toast (GTK_WIDGET (self), _(klass->delete_failed), error);
      return;
    }
  g_set_object (&priv->deleted, removed);
  toast = klass->deleted_toast (self, removed);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (mk_record_list_editor_undo),
                           self, G_CONNECT_SWAPPED);
  mk_widget_add_toast (GTK_WIDGET (self), toast);
}

void
mk_record_list_editor_undo (MkRecordListEditor *self)
{
  MkRecordListEditorPrivate *priv = private_of (self);
  MkRecordListEditorClass *klass = MK_RECORD_LIST_EDITOR_GET_CLASS (self);
  g_autoptr(GObject) deleted = g_steal_pointer (&priv->deleted);
  g_autoptr(GError) error = NULL;

  if (deleted != NULL && priv->store != NULL && !klass->restore (self, deleted, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _(klass->restore_failed), error);
}

void
mk_record_list_editor_set_store (MkRecordListEditor *self,
                                 MkStore            *store)
{
  MkRecordListEditorPrivate *priv = private_of (self);

  if (priv->store == store)
    return;
  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);
  mk_dialog_slot_close (&priv->dialog);
  g_set_object (&priv->store, store);
  g_clear_object (&priv->deleted);
  if (store != NULL)
    mk_connect_store_topics (store, MK_RECORD_LIST_EDITOR_GET_CLASS (self)->topics,
                             G_CALLBACK (reload_when_shown), self);
  /* A hidden editor must not show the previous database's rows later. */
  clear_rows (self);
  reload_when_shown (self);
}

void
mk_record_list_editor_class_set_template (GtkWidgetClass *widget_class,
                                          const char     *resource,
                                          const char     *add_action_name)
{
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, resource);
  gtk_widget_class_install_action (widget_class, add_action_name, NULL, add_action);
}

static void
mk_record_list_editor_dispose (GObject *object)
{
  MkRecordListEditorPrivate *priv = private_of (MK_RECORD_LIST_EDITOR (object));

  mk_dialog_slot_close (&priv->dialog);
  /* The subclass's template: this class has none. */
  gtk_widget_dispose_template (GTK_WIDGET (object), G_OBJECT_TYPE (object));
  g_clear_object (&priv->store);
  g_clear_object (&priv->items);
  g_clear_object (&priv->deleted);
  g_clear_pointer (&priv->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (mk_record_list_editor_parent_class)->dispose (object);
}

static void
mk_record_list_editor_class_init (MkRecordListEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mk_record_list_editor_dispose;
}

static void
mk_record_list_editor_init (MkRecordListEditor *self)
{
  MkRecordListEditorPrivate *priv = private_of (self);

  priv->rows = g_ptr_array_new ();
  priv->items = G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}

/* Test hooks */
