/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store.h"

G_BEGIN_DECLS

/* Results and school context as the classification reads them. Numbers
 * that are not known are -1. */

/* One result of a school in a calendar year (docs/methodology.md). */
typedef struct {
  gint64      school_id;
  int         year;            /* calendar year of the assessment */
  gint64      procedure_id;
  const char *procedure_code;  /* 'ВПР РУ-5' */
  int         participants;
  int         low;             /* got «2» / below the threshold */
  int         low_share;       /* thousandths of a percent: 33.3 % = 33300 */
  gboolean    mark_low;        /* a bare 'Н' with no numbers */
  gboolean    non_objective;   /* 'Необ.' */
} MkResultRow;

/* Context of a school in a calendar year. */
typedef struct {
  gint64  school_id;
  int     year;
  int     isbsh;             /* tenths: 70.0 = 700 */
  int     students;
  int     project_500;       /* 1, 0, or -1 when not known */
  int     reported_markers;  /* a region's list gives only a count ("3Н") */
} MkContextRow;

/* Return FALSE to stop early. */
typedef gboolean (*MkResultFunc)  (const MkResultRow  *row,
                                   gpointer            user_data);
typedef gboolean (*MkContextFunc) (const MkContextRow *row,
                                   gpointer            user_data);

/* Every result with FIRST_YEAR <= year <= LAST_YEAR, ordered by school,
 * year, then procedure id (the catalog's order for the default catalog). */
gboolean mk_store_foreach_result  (MkStore        *self,
                                   int             first_year,
                                   int             last_year,
                                   MkResultFunc    func,
                                   gpointer        user_data,
                                   GError        **error);
/* Every context row in the years, ordered by school then year. */
gboolean mk_store_foreach_context (MkStore        *self,
                                   int             first_year,
                                   int             last_year,
                                   MkContextFunc   func,
                                   gpointer        user_data,
                                   GError        **error);

typedef gboolean (*MkAssessedFunc) (gint64    school_id,
                                    int       year,
                                    gpointer  user_data);
/* Every school listed as assessed in the years (a marker matrix row, with
 * or without marks), ordered by school then year. */
gboolean mk_store_foreach_assessed (MkStore          *self,
                                    int               first_year,
                                    int               last_year,
                                    MkAssessedFunc    func,
                                    gpointer          user_data,
                                    GError          **error);

/* --- Writing: importers and the GUI ------------------------------------ */

#define MK_TOPIC_RESULTS "results"
#define MK_TOPIC_CONTEXT "context"

/* What storing a row did to the key it names. */
typedef enum {
  MK_PUT_ADDED,
  MK_PUT_REPLACED,
  MK_PUT_UNCHANGED,
} MkPutOutcome;

typedef struct {
  guint added;
  guint replaced;
  guint unchanged;
} MkPutCounts;

/* Records that the documents of calendar YEAR list the school as
 * assessed; with no marker among its results, it had 0 markers. */
gboolean mk_store_put_assessed (MkStore            *self,
                                gint64              school_id,
                                int                 year,
                                GError            **error);
/* Stores ROW (procedure_code is not read; -1 is «not known»), replacing
 * whatever the key (school, year, procedure) held. */
gboolean mk_store_put_result   (MkStore            *self,
                                const MkResultRow  *row,
                                MkPutOutcome       *outcome,
                                GError            **error);
/* Around a write of N_ROWS results by mk_store_put_results, inside a
 * transaction: when the rows are mostly new and many, the partial indexes
 * of results are dropped, to be built again once by
 * mk_store_restore_result_indexes — faster than keeping them up to date
 * row by row. Returns what restore needs (empty when nothing was
 * dropped); NULL on error. */
GPtrArray *mk_store_suspend_result_indexes (MkStore   *self,
                                            gsize      n_rows,
                                            GError   **error);
gboolean   mk_store_restore_result_indexes (MkStore   *self,
                                            GPtrArray *suspended,
                                            GError   **error);
/* The same for N_ROWS rows, adding to COUNTS; fastest (≈1.5 M rows/s)
 * when ROWS are sorted by school, year, procedure id, the table's key
 * order. A key may appear only once in ROWS. Stops at the first row the
 * database refuses. */
gboolean mk_store_put_results  (MkStore            *self,
                                const MkResultRow  *rows,
                                gsize               n_rows,
                                MkPutCounts        *counts,
                                GError            **error);
/* Removes the result of SCHOOL_ID in YEAR for PROCEDURE_ID (the cell
 * editor's «Clear»); MK_STORE_ERROR_NOT_FOUND when there is none. */
gboolean mk_store_delete_result (MkStore           *self,
                                 gint64             school_id,
                                 int                year,
                                 gint64             procedure_id,
                                 GError           **error);
/* Stores ROW for its school and year. With MERGE a field of -1 keeps what
 * is stored (a file with only ИСБШ leaves students alone); without it the
 * row replaces everything. */
gboolean mk_store_put_context  (MkStore            *self,
                                const MkContextRow *row,
                                gboolean            merge,
                                MkPutOutcome       *outcome,
                                GError            **error);
/* The context of one school and year; FALSE (ERROR unset) when none. */
gboolean mk_store_get_context  (MkStore            *self,
                                gint64              school_id,
                                int                 year,
                                MkContextRow       *row,
                                GError            **error);

/* --- Reading one year for the GUI -------------------------------------- */

/* Calendar years that have results, ascending. */
GArray  *mk_store_list_result_years (MkStore       *self,
                                     GError       **error);

/* One school × procedure cell of a year. */
typedef struct {
  gboolean present;        /* the school has this result */
  int      participants;   /* -1 when not known */
  int      low;
  int      low_share;      /* thousandths of a percent; computed from low
                              and participants when only they are given */
  gboolean mark_low;       /* 'Н' */
  gboolean non_objective;  /* 'Необ.' */
  gboolean marker;         /* low by the threshold (docs/methodology.md) */
} MkResultCell;

typedef struct {
  gint64        school_id;
  char         *municipality;
  char         *school;       /* the short name */
  guint         n_markers;
  MkResultCell *cells;        /* one per procedure of the matrix */
} MkResultMatrixRow;

/* Results of one calendar year as schools × procedures: every school with
 * a result that year, sorted like the school list, and every procedure of
 * the catalog as a column, in its order. */
typedef struct {
  int         year;
  GListModel *procedures;     /* MkProcedure: the columns */
  GPtrArray  *rows;           /* MkResultMatrixRow */
} MkResultMatrix;

/* THRESHOLD is the marker rule's share in thousandths of a percent
 * (30000 for 30 %): 100·low ≥ threshold·participants/1000 is a marker,
 * exactly; a bare 'Н' is one; 0 participants never. */
MkResultMatrix *mk_store_get_result_matrix (MkStore   *self,
                                            int        year,
                                            int        threshold,
                                            GError   **error);
void            mk_result_matrix_free      (MkResultMatrix *matrix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkResultMatrix, mk_result_matrix_free)

/* --- Markers over a window, for reports at national scale -------------- */

/* How many years of a window one school has a marker for one procedure. */
typedef struct {
  gint64 school_id;
  gint64 procedure_id;
  guint  n_years;
} MkMarkerCount;

/* The school × procedure pairs with a marker in any calendar year FIRST …
 * LAST, by the rule of mk_result_judge (THRESHOLD in thousandths of a
 * percent, as mk_store_get_result_matrix takes it);
 * with NON_OBJECTIVE a «Необ.» result counts as a marker too. One pass in
 * SQL that returns only the markers, ordered by school id, then procedure
 * id. A GArray of MkMarkerCount; NULL on error. */
GArray *mk_store_count_markers (MkStore   *self,
                                int        first_year,
                                int        last_year,
                                int        threshold,
                                gboolean   non_objective,
                                GError   **error);

G_END_DECLS
