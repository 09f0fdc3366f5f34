/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-status-table.h"

G_BEGIN_DECLS

/* The status matrix of a roadmap, items × schools, drawn as one widget
 * (a column view builds a widget per cell and column, which at 30
 * schools costs more than a frame; docs/pitfalls.md). Typed from the
 * keyboard: the arrows move, д н ч т set «да», «нет», «частично», «не
 * требуется», ? or Delete «нет данных»; with Shift the key sets the whole
 * row, with Ctrl the whole column. The last column and row count what is
 * done per item and per school; a school that has reported nothing is
 * marked in its heading. Put it in a GtkScrolledWindow. */
#define MK_TYPE_STATUS_MATRIX_VIEW (mk_status_matrix_view_get_type ())
G_DECLARE_FINAL_TYPE (MkStatusMatrixView, mk_status_matrix_view, MK, STATUS_MATRIX_VIEW, GtkWidget)

GtkWidget     *mk_status_matrix_view_new        (void);
/* TABLE may be NULL; the view redraws whenever the table changes. */
void           mk_status_matrix_view_set_table  (MkStatusMatrixView *self,
                                                 MkStatusTable      *table);
MkStatusTable *mk_status_matrix_view_get_table  (MkStatusMatrixView *self);
/* FALSE when the table is empty. */
gboolean       mk_status_matrix_view_get_cursor (MkStatusMatrixView *self,
                                                 guint              *row,
                                                 guint              *column);
void           mk_status_matrix_view_set_cursor (MkStatusMatrixView *self,
                                                 guint               row,
                                                 guint               column);
/* Sets STATUS at the cursor, or in its whole row (WHOLE 'r') or column
 * ('c'), as the keys do; a failure is shown in a toast. */
void           mk_status_matrix_view_set_status (MkStatusMatrixView *self,
                                                 MkItemStatus        status,
                                                 char                whole);

G_END_DECLS
