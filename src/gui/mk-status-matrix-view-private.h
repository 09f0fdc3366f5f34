/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-status-matrix-view.h"

G_BEGIN_DECLS

/* The geometry: the item column (code and title), a column per school,
 * then «Выполнено»; the heading row, a row per item, then «Выполнено». */
#define MK_STATUS_ROW_HEIGHT    28
#define MK_STATUS_HEADER_HEIGHT 52
#define MK_STATUS_CODE_WIDTH    64
#define MK_STATUS_TITLE_WIDTH   380
#define MK_STATUS_CELL_WIDTH    92
#define MK_STATUS_COUNT_WIDTH   96

struct _MkStatusMatrixView
{
  GtkWidget      parent_instance;
  MkStatusTable *table;
  PangoLayout   *text;
  int            cursor_row;   /* -1 while the table is empty */
  int            cursor_column;
};

/* mk-status-matrix-draw.c */
void mk_status_matrix_view_snapshot_cells (MkStatusMatrixView *self,
                                           GtkSnapshot        *snapshot);
/* The x of the left edge of school COLUMN. */
int  mk_status_matrix_column_x            (guint               column);

G_END_DECLS
