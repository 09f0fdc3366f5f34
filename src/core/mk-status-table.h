/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store-roadmaps.h"

G_BEGIN_DECLS

/* What was reported of one roadmap: its items as rows, the schools it
 * covers as columns (one column, the municipality, for a municipal plan),
 * a report or nothing in each cell. The status matrix edits it, Таблица
 * 2.2 prints it and the overview sums it up. A heading or an item with
 * items below it takes no status. Every change is written at once and can
 * be undone. */
#define MK_TYPE_STATUS_TABLE (mk_status_table_get_type ())
G_DECLARE_FINAL_TYPE (MkStatusTable, mk_status_table, MK, STATUS_TABLE, GObject)

MkStatusTable         *mk_status_table_new          (MkStore        *store,
                                                     MkRoadmap      *roadmap,
                                                     GError        **error);
MkRoadmap             *mk_status_table_get_roadmap  (MkStatusTable  *self);
gboolean               mk_status_table_reload       (MkStatusTable  *self,
                                                     GError        **error);
guint                  mk_status_table_n_rows       (MkStatusTable  *self);
guint                  mk_status_table_n_columns    (MkStatusTable  *self);
MkRoadmapItem         *mk_status_table_get_item     (MkStatusTable  *self,
                                                     guint           row);
/* The school of COLUMN; for a municipal plan the municipality, id 0. */
const MkRoadmapSchool *mk_status_table_get_school   (MkStatusTable  *self,
                                                     guint           column);
gboolean               mk_status_table_takes_status (MkStatusTable  *self,
                                                     guint           row);
/* The report of a cell, or NULL when nothing was reported. */
const MkItemReport    *mk_status_table_get          (MkStatusTable  *self,
                                                     guint           row,
                                                     guint           column);

/* Sets STATUS in a cell (ROW or COLUMN -1: the whole column or row, in
 * one edit); cells that take no status are skipped. The information of a
 * cell is kept. */
gboolean               mk_status_table_set_status   (MkStatusTable  *self,
                                                     int             row,
                                                     int             column,
                                                     MkItemStatus    status,
                                                     GError        **error);
/* Replaces the information, evidence and date of a cell. */
gboolean               mk_status_table_set_details  (MkStatusTable  *self,
                                                     guint           row,
                                                     guint           column,
                                                     const char     *information,
                                                     const char     *evidence,
                                                     const char     *reported,
                                                     GError        **error);
gboolean               mk_status_table_can_undo     (MkStatusTable  *self);
gboolean               mk_status_table_can_redo     (MkStatusTable  *self);
gboolean               mk_status_table_undo         (MkStatusTable  *self,
                                                     GError        **error);
gboolean               mk_status_table_redo         (MkStatusTable  *self,
                                                     GError        **error);

/* Of the cells of COLUMN (ROW) that take a status: how many there are,
 * how many have one, and how many are done («да» or «не требуется»). */
typedef struct {
  guint cells;
  guint reported;
  guint done;
} MkStatusCount;

MkStatusCount          mk_status_table_count_column (MkStatusTable  *self,
                                                     guint           column);
MkStatusCount          mk_status_table_count_row    (MkStatusTable  *self,
                                                     guint           row);
MkStatusCount          mk_status_table_count_all    (MkStatusTable  *self);

G_END_DECLS
