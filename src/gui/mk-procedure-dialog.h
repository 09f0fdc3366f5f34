/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-procedure.h"
#include "mk-record-dialog.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* Adds a procedure to the catalog (docs/methodology.md) from its parts — kind,
 * subject, grade for ВПР, level for ЕГЭ mathematics — showing the code
 * they make as they change, or edits one: its title, and its parts while
 * no result uses it. It saves through the store itself (Enter saves,
 * Escape cancels: an MkRecordDialog), shows what is wrong next to the
 * field and closes. */
#define MK_TYPE_PROCEDURE_DIALOG (mk_procedure_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MkProcedureDialog, mk_procedure_dialog, MK, PROCEDURE_DIALOG,
                      MkRecordDialog)

/* EDITED is the procedure being changed, or NULL to add one; N_RESULTS
 * is how many results use it (its parts are then fixed). */
MkProcedureDialog *mk_procedure_dialog_new (GtkWindow   *parent,
                                            MkStore     *store,
                                            MkProcedure *edited,
                                            guint        n_results);

G_END_DECLS
