/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mk-procedure.h"
#include "mk-store-results.h"

G_BEGIN_DECLS

/* The model behind the results matrix: one year's MkResultMatrix as the
 * store gave it, and the rows and columns that the filters let through.
 * Row and column numbers are those shown; the matrix view draws from
 * here and the tests read from here. Emits "changed" whenever the rows or
 * columns shown change. */
#define MK_TYPE_RESULT_GRID (mk_result_grid_get_type ())
G_DECLARE_FINAL_TYPE (MkResultGrid, mk_result_grid, MK, RESULT_GRID, GObject)

MkResultGrid            *mk_result_grid_new              (void);
/* Takes MATRIX (may be NULL: an empty grid). */
void                     mk_result_grid_set_matrix       (MkResultGrid   *self,
                                                          MkResultMatrix *matrix);
/* The calendar year shown, 0 without a matrix. */
int                      mk_result_grid_get_year         (MkResultGrid   *self);

/* Filters; NULL shows all. KIND is "ВПР", "ОГЭ" or "ЕГЭ"; SEARCH is
 * matched inside school names, case and «ё» folded. */
void                     mk_result_grid_set_municipality (MkResultGrid   *self,
                                                          const char     *municipality);
void                     mk_result_grid_set_kind         (MkResultGrid   *self,
                                                          const char     *kind);
void                     mk_result_grid_set_search       (MkResultGrid   *self,
                                                          const char     *search);
gboolean                 mk_result_grid_is_filtered      (MkResultGrid   *self);

guint                    mk_result_grid_get_n_rows       (MkResultGrid   *self);
guint                    mk_result_grid_get_n_columns    (MkResultGrid   *self);
/* Every school of the year, whatever the filters. */
guint                    mk_result_grid_get_n_all_rows   (MkResultGrid   *self);
const MkResultMatrixRow *mk_result_grid_get_row          (MkResultGrid   *self,
                                                          guint           row);
MkProcedure             *mk_result_grid_get_column       (MkResultGrid   *self,
                                                          guint           column);
const MkResultCell      *mk_result_grid_get_cell         (MkResultGrid   *self,
                                                          guint           row,
                                                          guint           column);
/* Where a school and procedure are shown; FALSE when they are not. */
gboolean                 mk_result_grid_find             (MkResultGrid   *self,
                                                          gint64          school_id,
                                                          gint64          procedure_id,
                                                          guint          *row,
                                                          guint          *column);
/* Municipalities of the year's schools, sorted; NULL-terminated. */
char                   **mk_result_grid_dup_municipalities (MkResultGrid *self);

/* What a cell says: "33,3" (a share with a decimal comma), "Н", "Необ.",
 * «0 уч.» when nobody took part, «н/д» for a result whose share is not
 * known, "" for no result. */
char                    *mk_result_cell_dup_text         (const MkResultCell *cell);
/* A share in thousandths of a percent as "33,3", rounded half up. */
char                    *mk_result_format_share          (int                 low_share);
/* Participants, low results, share and what makes it a marker. */
char                    *mk_result_cell_dup_details      (const MkResultCell *cell);

G_END_DECLS
