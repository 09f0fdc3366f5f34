/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-store.h"
#include "mk-store-results.h"
#include "mk-procedure.h"

G_BEGIN_DECLS

/* A popover to edit one result of the matrix: participants, low results,
 * share, the mark «Н» and the non-objective flag. Each field says what is
 * wrong with it next to it; «Save» writes through mk_store_put_result and
 * emits "saved", after which the store's "changed" reloads the page;
 * «Clear» deletes the result through mk_store_delete_result and emits
 * "cleared" with the deleted row. */
#define MK_TYPE_RESULT_EDITOR (mk_result_editor_get_type ())
G_DECLARE_FINAL_TYPE (MkResultEditor, mk_result_editor, MK, RESULT_EDITOR, GtkPopover)

/* CELL is what the matrix holds for the school, PROCEDURE and YEAR now. */
MkResultEditor *mk_result_editor_new (MkStore                 *store,
                                      const MkResultMatrixRow *row,
                                      MkProcedure             *procedure,
                                      int                      year,
                                      const MkResultCell      *cell);

G_END_DECLS
