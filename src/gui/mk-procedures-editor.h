/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The procedure catalog (docs/methodology.md) as a group of the references
 * page: an expandable row per kind (ОГЭ, ЕГЭ, ВПР) holding a row per
 * procedure — code, title and how many results use it — with Add, Edit
 * (a dialog) and Delete, which a toast can undo and which is refused
 * while results use the procedure. Changes are written at once. */
#define MK_TYPE_PROCEDURES_EDITOR (mk_procedures_editor_get_type ())
G_DECLARE_FINAL_TYPE (MkProceduresEditor, mk_procedures_editor, MK, PROCEDURES_EDITOR,
                      AdwPreferencesGroup)

GtkWidget *mk_procedures_editor_new       (void);
void       mk_procedures_editor_set_store (MkProceduresEditor *self,
                                           MkStore            *store);

/* Test hooks: the procedures shown, in the order of the rows; a row; the
 * dialog open now; deleting a row as its button does, and undo. */
GListModel *mk_procedures_editor_get_procedures (MkProceduresEditor *self);
GtkWidget  *mk_procedures_editor_get_row        (MkProceduresEditor *self,
                                                 guint               index);
GtkWindow  *mk_procedures_editor_get_dialog     (MkProceduresEditor *self);
void        mk_procedures_editor_delete         (MkProceduresEditor *self,
                                                 guint               index);
void        mk_procedures_editor_undo           (MkProceduresEditor *self);

G_END_DECLS
