/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* What the editors of a list on the references page (the procedure
 * catalog, the external statistics) have in common: a row per record,
 * which opens the record's dialog; a Delete button on each, which a toast
 * can undo; Add, an action that opens the dialog empty; and a reload
 * whenever the store says the list changed. Changes are written at once,
 * by the dialog or the store call of the subclass. The subclass's
 * template gives the group its title, description and Add button; the
 * subclass reads the records, builds and places their rows, and brings
 * its dialog and its store calls. */
#define MK_TYPE_RECORD_LIST_EDITOR (mk_record_list_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (MkRecordListEditor, mk_record_list_editor, MK, RECORD_LIST_EDITOR,
                          AdwPreferencesGroup)

struct _MkRecordListEditorClass
{
  AdwPreferencesGroupClass parent_class;

  /* The store's topics (MK_TOPIC_*, NULL-terminated) that change the list. */
  const char * const *topics;
  /* Reload only while shown (and once shown again): for a list that is
   * costly to read. */
  gboolean            lazy;
  /* Toast titles (untranslated msgids) for a failed read, delete, undo. */
  const char         *read_failed;
  const char         *delete_failed;
  const char         *restore_failed;

  /* The records, in the order of the rows; may return what it could
   * read along with ERROR. */
  GListModel *(*list)          (MkRecordListEditor  *self,
                                GError             **error);
  /* ITEM's row, made by mk_editable_row_new () (its trash button in
   * *DELETE): the editor connects both. */
  GtkWidget  *(*build_row)     (MkRecordListEditor  *self,
                                gpointer             item,
                                GtkWidget          **delete);
  /* Puts ROW where it goes; NULL: at the end of the group. */
  void        (*place_row)     (MkRecordListEditor  *self,
                                gpointer             item,
                                GtkWidget           *row);
  /* After a reload, or NULL. */
  void        (*reloaded)      (MkRecordListEditor  *self);
  /* A dialog on EDITED, or on a new record when NULL. */
  GtkWindow  *(*new_dialog)    (MkRecordListEditor  *self,
                                GtkWindow           *parent,
                                gpointer             edited);
  /* Deletes ITEM from the store; returns what undo puts back. */
  gpointer    (*delete_item)   (MkRecordListEditor  *self,
                                gpointer             item,
                                GError             **error);
  /* The toast that says REMOVED was deleted; the editor adds Undo. */
  AdwToast   *(*deleted_toast) (MkRecordListEditor  *self,
                                gpointer             removed);
  gboolean    (*restore)       (MkRecordListEditor  *self,
                                gpointer             removed,
                                GError             **error);
};

/* For the subclass's class_init: its template and the name of its Add
 * action ("procedures.add"). */
void        mk_record_list_editor_class_set_template (GtkWidgetClass     *widget_class,
                                                      const char         *resource,
                                                      const char         *add_action);

void        mk_record_list_editor_set_store  (MkRecordListEditor *self,
                                              MkStore            *store);
MkStore    *mk_record_list_editor_get_store  (MkRecordListEditor *self);
/* The records shown, in the order of the rows. */
GListModel *mk_record_list_editor_get_items  (MkRecordListEditor *self);

/* Deleting a row as its button does, and «Undo» in the toast. */
void        mk_record_list_editor_delete     (MkRecordListEditor *self,
                                              guint               index);
void        mk_record_list_editor_undo       (MkRecordListEditor *self);

G_END_DECLS
