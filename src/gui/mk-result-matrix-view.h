/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-result-grid.h"

G_BEGIN_DECLS

/* Schools × procedures of one year as ONE widget drawn with GtkSnapshot:
 * a column view builds cells for every column, which at 30+ columns costs
 * 35–95 ms a frame (docs/pitfalls.md). Only the visible rows are drawn, so
 * 40,000 schools scroll as smoothly as 40. The header row (procedure
 * codes) and the first columns (school, markers) stay in place while the
 * body scrolls; put the view in a GtkScrolledWindow (it is GtkScrollable).
 *
 * A cell cursor moves with the arrows, Page Up/Down, Home/End and the
 * mouse; Enter or a double click emits "cell-activated". */
#define MK_TYPE_RESULT_MATRIX_VIEW (mk_result_matrix_view_get_type ())
G_DECLARE_FINAL_TYPE (MkResultMatrixView, mk_result_matrix_view, MK, RESULT_MATRIX_VIEW, GtkWidget)

GtkWidget    *mk_result_matrix_view_new          (void);
void          mk_result_matrix_view_set_grid     (MkResultMatrixView *self,
                                                  MkResultGrid       *grid);
MkResultGrid *mk_result_matrix_view_get_grid     (MkResultMatrixView *self);
/* Draw the municipality after each school's name (when several are shown). */
void          mk_result_matrix_view_set_show_municipality (MkResultMatrixView *self,
                                                           gboolean            show);
/* FALSE when the grid is empty. */
gboolean      mk_result_matrix_view_get_cursor   (MkResultMatrixView *self,
                                                  guint              *row,
                                                  guint              *column);
/* Moves the cursor (clamped to the grid) and scrolls it into view. */
void          mk_result_matrix_view_set_cursor   (MkResultMatrixView *self,
                                                  guint               row,
                                                  guint               column);
/* Shows POPOVER pointing at the cursor cell; the view is its parent until
 * it closes. */
void          mk_result_matrix_view_popup_at_cursor (MkResultMatrixView *self,
                                                     GtkPopover         *popover);

G_END_DECLS
