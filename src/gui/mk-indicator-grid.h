/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-indicator-table.h"

G_BEGIN_DECLS

/* One entity's indicator table to edit in place: a row per indicator
 * (sections in bold), a column per year, each cell an entry holding the
 * text exactly as written. Enter or leaving a cell writes it; Ctrl+V of a
 * block copied from a spreadsheet (tabs and newlines) fills the cells
 * from the focused one on, as one change (the action grid.paste). A handful of years and a few
 * dozen rows: entries, not a drawn grid. */
#define MK_TYPE_INDICATOR_GRID (mk_indicator_grid_get_type ())
G_DECLARE_FINAL_TYPE (MkIndicatorGrid, mk_indicator_grid, MK, INDICATOR_GRID, AdwBin)

GtkWidget        *mk_indicator_grid_new        (void);
/* TABLE may be NULL; the grid is rebuilt whenever the table changes. */
void              mk_indicator_grid_set_table  (MkIndicatorGrid  *self,
                                                MkIndicatorTable *table);
/* The cell last focused; FALSE when none. */
gboolean          mk_indicator_grid_get_cell   (MkIndicatorGrid  *self,
                                                guint            *row,
                                                guint            *column);
/* Writes BLOCK (tab-separated rows) from the cell last focused on. */
void              mk_indicator_grid_paste_block (MkIndicatorGrid *self,
                                                 const char      *block);

G_END_DECLS
