/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* What the dialogs that add or edit one record of a list (a procedure, a
 * row of statistics) have in common: Cancel and Save in the header, a
 * message above the fields, Escape closes, and Save checks the fields,
 * writes through the store and closes, or shows what is wrong next to the
 * field at fault and stays. A refused Save makes the message follow the
 * changes from then on. Made with "store" and "edited" (the record
 * changed, NULL to add one). The subclass brings its fields (its template sets
 * "form") and what is its own: checking, writing, and the field a refusal
 * of the store points at. */
#define MK_TYPE_RECORD_DIALOG (mk_record_dialog_get_type ())
G_DECLARE_DERIVABLE_TYPE (MkRecordDialog, mk_record_dialog, MK, RECORD_DIALOG, AdwWindow)

struct _MkRecordDialogClass
{
  AdwWindowClass parent_class;

  /* The action of Save ("procedure.save"); see class_set_template. */
  const char *save_action;

  /* Checks the fields and shows what is wrong (show_error): FALSE keeps
   * the dialog open. */
  gboolean   (*validate)    (MkRecordDialog  *self);
  /* Writes the record; Save closes the dialog when it returns TRUE. */
  gboolean   (*write)       (MkRecordDialog  *self,
                             GError         **error);
  /* The field that ERROR, a refusal of write, is about, or NULL. */
  GtkWidget *(*error_field) (MkRecordDialog  *self,
                             const GError    *error);
};

/* For the subclass's class_init: its template (RESOURCE; the template's
 * handler "on_entry_activated" saves) and the name of its Save action. */
void        mk_record_dialog_class_set_template (GtkWidgetClass *widget_class,
                                                 const char     *resource,
                                                 const char     *save_action);

MkStore    *mk_record_dialog_get_store          (MkRecordDialog *self);
/* The record being changed ("edited" when made), or NULL when adding. */
gpointer    mk_record_dialog_get_edited         (MkRecordDialog *self);
/* Shows MESSAGE above the fields and marks FIELD; NULL clears either. */
void        mk_record_dialog_show_error         (MkRecordDialog *self,
                                                 GtkWidget      *field,
                                                 const char     *message);
/* Call when a field changes: once Save was refused, checks again. */
void        mk_record_dialog_field_changed      (MkRecordDialog *self);
/* Enter in SPIN saves, as it does in the entry rows. */
void        mk_record_dialog_save_on_enter      (MkRecordDialog *self,
                                                 GtkWidget      *spin);

G_END_DECLS
