/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import-run.h"
#include "mk-import-report.h"
#include "mk-school-resolver.h"
#include "mk-store-results.h"
#include "mk-table-reader.h"

G_BEGIN_DECLS

/* The validated results of one file, held compactly (32 bytes a row, so
 * that 2.4 million rows fit in 80 MB) until the write, which sorts them
 * into the table's key order first (docs/pitfalls.md: insert order
 * decides speed). Shared by the results and markers importers. */
typedef struct _MkResultBatch MkResultBatch;

MkResultBatch *mk_result_batch_new           (void);
void           mk_result_batch_free          (MkResultBatch    *self);
/* ROW's school id may be below zero (a school to create). */
void           mk_result_batch_add           (MkResultBatch    *self,
                                              const MkResultRow *row,
                                              guint             line);
/* The file lists SCHOOL_ID (below zero: a school to create) for YEAR:
 * as assessed when REPORTED is -1 (a marker matrix row, marks or not),
 * otherwise with REPORTED markers, a count the marks do not give. */
void           mk_result_batch_add_listing   (MkResultBatch    *self,
                                              gint64            school_id,
                                              int               year,
                                              int               reported);
guint          mk_result_batch_get_length    (MkResultBatch    *self);
/* A key (school, year, procedure) the file gives twice is an error at
 * each later line, naming the first. */
void           mk_result_batch_check_repeats (MkResultBatch    *self,
                                              MkTableReader    *reader,
                                              MkImportReport   *report);
/* The write step of an import of results: creates the schools SCHOOLS
 * planned and writes every row inside RUN's transaction, counting added,
 * replaced and unchanged rows into its report. */
gboolean       mk_result_batch_write         (MkResultBatch         *self,
                                              MkSchoolResolver      *schools,
                                              MkImportRun           *run,
                                              GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkResultBatch, mk_result_batch_free)

G_END_DECLS
