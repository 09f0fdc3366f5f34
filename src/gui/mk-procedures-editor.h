/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-record-list-editor.h"

G_BEGIN_DECLS

/* The procedure catalog (docs/methodology.md) as a group of the references
 * page: an expandable row per kind (ОГЭ, ЕГЭ, ВПР) holding a row per
 * procedure — code, title and how many results use it — with Add, Edit
 * (a dialog) and Delete, which a toast can undo and which is refused
 * while results use the procedure. Changes are written at once. The
 * items (mk_record_list_editor_get_items) are MkProcedure. */
#define MK_TYPE_PROCEDURES_EDITOR (mk_procedures_editor_get_type ())
G_DECLARE_FINAL_TYPE (MkProceduresEditor, mk_procedures_editor, MK, PROCEDURES_EDITOR,
                      MkRecordListEditor)

GtkWidget *mk_procedures_editor_new (void);

G_END_DECLS
