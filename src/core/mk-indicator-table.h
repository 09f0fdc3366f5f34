/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store-indicators.h"

G_BEGIN_DECLS

/* One entity's indicator table as the editor changes it: the rows its
 * table has (the municipality's, or a school's), a column per year, the
 * raw text of each cell. Every change is written at once and can be
 * undone; a pasted block is one change. */
#define MK_TYPE_INDICATOR_TABLE (mk_indicator_table_get_type ())
G_DECLARE_FINAL_TYPE (MkIndicatorTable, mk_indicator_table, MK, INDICATOR_TABLE, GObject)

/* SCHOOL_ID 0 is the municipality. NULL with ERROR when it cannot be read. */
MkIndicatorTable *mk_indicator_table_new       (MkStore           *store,
                                                gint64             set_id,
                                                gint64             school_id,
                                                GError           **error);
gboolean          mk_indicator_table_reload    (MkIndicatorTable  *self,
                                                GError           **error);
guint             mk_indicator_table_n_rows    (MkIndicatorTable  *self);
MkIndicator      *mk_indicator_table_get_row   (MkIndicatorTable  *self,
                                                guint              row);
guint             mk_indicator_table_n_years   (MkIndicatorTable  *self);
int               mk_indicator_table_get_year  (MkIndicatorTable  *self,
                                                guint              column);
/* A column for the year after the last, empty until a value is typed:
 * the table's structure carried to a new year. */
void              mk_indicator_table_add_year  (MkIndicatorTable  *self);
/* The cell's text as written; "" when there is none. */
const char       *mk_indicator_table_get_raw   (MkIndicatorTable  *self,
                                                guint              row,
                                                guint              column);
/* Writes TEXT (an empty one removes the value) into a cell. */
gboolean          mk_indicator_table_set_raw   (MkIndicatorTable  *self,
                                                guint              row,
                                                guint              column,
                                                const char        *text,
                                                GError           **error);
/* Writes a block copied from a spreadsheet (rows by newlines, cells by
 * tabs) with its top-left cell at ROW, COLUMN, clipped to the table, as
 * one change; *N_CELLS (may be NULL) is how many cells it covered. */
gboolean          mk_indicator_table_paste     (MkIndicatorTable  *self,
                                                guint              row,
                                                guint              column,
                                                const char        *block,
                                                guint             *n_cells,
                                                GError           **error);
gboolean          mk_indicator_table_is_section (MkIndicatorTable *self,
                                                 guint             row);
/* «0,5 (доля)», «14 человек, 50 %», «нет единого числа»: what the cell
 * reads as, for the panel beside the grid. */
char             *mk_indicator_table_dup_reading  (MkIndicatorTable *self,
                                                   guint             row,
                                                   guint             column);
/* The cell's warnings (unit, jump between years), or NULL. */
char             *mk_indicator_table_dup_warnings (MkIndicatorTable *self,
                                                   guint             row,
                                                   guint             column);
gboolean          mk_indicator_table_can_undo  (MkIndicatorTable  *self);
gboolean          mk_indicator_table_can_redo  (MkIndicatorTable  *self);
gboolean          mk_indicator_table_undo      (MkIndicatorTable  *self,
                                                GError           **error);
gboolean          mk_indicator_table_redo      (MkIndicatorTable  *self,
                                                GError           **error);

G_END_DECLS
