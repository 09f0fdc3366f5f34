/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import.h"
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
/* Writes every row inside the caller's transaction, counting added,
 * replaced and unchanged rows into REPORT. SCHOOLS maps the ids of
 * schools it created. */
gboolean       mk_result_batch_write         (MkResultBatch         *self,
                                              MkStore               *store,
                                              MkSchoolResolver      *schools,
                                              const MkImportOptions *options,
                                              MkImportReport        *report,
                                              GError               **error);

/* Creates the schools the import needs, writes the batch and commits,
 * all in one transaction (or rolls back for a dry run or on errors). */
gboolean       mk_result_batch_commit        (MkResultBatch         *self,
                                              MkStore               *store,
                                              MkSchoolResolver      *schools,
                                              const MkImportOptions *options,
                                              MkImportReport        *report,
                                              const char            *path,
                                              GError               **error);

/* An error or warning at the reader's current line. */
void           mk_import_row_error           (MkImportReport   *report,
                                              MkTableReader    *reader,
                                              const char       *format,
                                              ...) G_GNUC_PRINTF (3, 4);
void           mk_import_row_warning         (MkImportReport   *report,
                                              MkTableReader    *reader,
                                              const char       *format,
                                              ...) G_GNUC_PRINTF (3, 4);
/* After this many errors an importer stops checking the rest of a file:
 * a wrong column in a 2-million-row file is one mistake, not millions. */
#define MK_IMPORT_MAX_ERRORS 1000
/* TRUE, after saying so at the current line, when REPORT is full. */
gboolean       mk_import_too_many_errors     (MkImportReport   *report,
                                              MkTableReader    *reader);

/* "file.csv:12" or "file.xlsx:Лист1!12" for LINE of READER's file. */
char          *mk_import_location            (MkTableReader    *reader,
                                              guint             line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkResultBatch, mk_result_batch_free)

G_END_DECLS
