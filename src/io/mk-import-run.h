/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-column-map.h"
#include "mk-import.h"
#include "mk-school-resolver.h"
#include "mk-store-results.h"

G_BEGIN_DECLS

/* One import under way: what every kind of importer works with. The kind's
 * own state is DATA, DATA_SIZE bytes of zeros when the run starts. */
typedef struct {
  MkStore               *store;
  const char            *path;
  const MkImportOptions *options;
  MkImportReport        *report;
  MkTableReader         *reader;
  MkColumnMap           *map;   /* the kind's columns in the file; NULL for
                                   a kind that reads its own heading */
  GPtrArray             *rows;  /* the records read, for a kind with
                                   FREE_ROW; NULL otherwise */
  gpointer               data;
  GHashTable            *seen;  /* key → location of its first row */
} MkImportRun;

/* What one kind of file is, for mk_import_run(): its columns and the
 * functions that are its own. Everything else — opening the file, the
 * header, the walk over the rows, stopping after too many errors,
 * progress, refusing the whole file on any error, the transaction, a dry
 * run — is the runner's and the same for every kind. */
typedef struct {
  const MkColumnSpec  *columns;     /* NULL: HEADER reads the heading */
  guint                n_columns;
  const MkTableLimits *limits;      /* NULL: the readers' defaults */
  gsize                data_size;
  /* Frees one of RUN->rows: a kind that keeps its records there. */
  GDestroyNotify       free_row;
  /* Before the file is read: resolvers, arrays. May add errors to the
   * report (the file is then refused unread). May be NULL. */
  gboolean (*prepare) (MkImportRun  *run,
                       GError      **error);
  /* With the reader on the header row, after the column map is read:
   * checks of columns that depend on one another. FALSE with ERROR only
   * when the file cannot be read on. May be NULL. */
  gboolean (*header)  (MkImportRun  *run,
                       GError      **error);
  /* One record from the reader's current row: its errors go to the
   * report, a good record into DATA. */
  void     (*row)     (MkImportRun  *run);
  /* After the last row: checks over all rows (repeats). May be NULL. */
  void     (*check)   (MkImportRun  *run);
  /* Inside the transaction: writes what DATA holds. A row the database
   * refuses is the row's error in the report; FALSE with ERROR only when
   * the database fails. NULL for a kind with WRITE_ROW. */
  gboolean (*write)   (MkImportRun  *run,
                       GError      **error);
  /* Instead of WRITE, for a kind that keeps its records in RUN->rows:
   * writes ROW, one of them, with the same rules. */
  gboolean (*write_row) (MkImportRun  *run,
                         gpointer      row,
                         GError      **error);
  /* Frees what DATA holds (not DATA itself). May be NULL. */
  void     (*clear)   (MkImportRun  *run);
} MkImporterSpec;

/* The kinds of file, one per importer file (mk-*-importer.c); the
 * command line and the window reach them through mk_import (). */
extern const MkImporterSpec mk_schools_importer;
extern const MkImporterSpec mk_staff_importer;
extern const MkImporterSpec mk_results_importer;
extern const MkImporterSpec mk_markers_importer;
extern const MkImporterSpec mk_context_importer;
extern const MkImporterSpec mk_overrides_importer;
extern const MkImporterSpec mk_statistics_importer;
extern const MkImporterSpec mk_roadmaps_importer;
extern const MkImporterSpec mk_roadmap_items_importer;
extern const MkImporterSpec mk_roadmap_statuses_importer;
extern const MkImporterSpec mk_indicators_importer;
extern const MkImporterSpec mk_protocol_importer;

/* Reads the whole file at PATH as SPEC says, validates every row into
 * REPORT, then writes in one transaction, or not at all: see
 * mk_import_schools() for what it returns. */
gboolean      mk_import_run            (const MkImporterSpec  *spec,
                                        MkStore               *store,
                                        const char            *path,
                                        const MkImportOptions *options,
                                        MkImportReport        *report,
                                        GError               **error);

/* The current row's cell of the kind's column COLUMN; an empty cell when
 * the file has no such column. */
const MkCell *mk_import_run_cell       (MkImportRun           *run,
                                        guint                  column);
/* TRUE when the cell is empty or only spaces. */
gboolean      mk_import_cell_is_blank  (const MkCell          *cell);
/* An error on the current row about COLUMN's value: FORMAT takes the
 * cell's text and then the column's name; a number refused for its digits
 * or spaces is explained instead. */
void          mk_import_run_value_error (MkImportRun          *run,
                                         guint                 column,
                                         const char           *format);
/* The school named in the current row's columns MUNICIPALITY and SCHOOL,
 * among the stored ones; 0 with an error on the row (with the names it may
 * have meant) when there is none or more than one. */
gint64        mk_import_run_find_school (MkImportRun          *run,
                                         guint                 municipality,
                                         guint                 school);
/* The current row's whole number in COLUMN: -1 when the cell is blank;
 * FALSE with an error on the row when it is not a count. */
gboolean      mk_import_run_read_count (MkImportRun          *run,
                                        guint                 column,
                                        int                  *count);
/* The current row's да/нет in COLUMN: FALSE (no) when the cell is blank;
 * FALSE with an error on the row when it is neither. */
gboolean      mk_import_run_read_flag  (MkImportRun          *run,
                                        guint                 column,
                                        gboolean             *yes);
/* The current row's calendar year in COLUMN, or the year the options give
 * for the whole file when the cell is blank; FALSE with an error on the
 * row otherwise. */
gboolean      mk_import_run_read_year  (MkImportRun          *run,
                                        guint                 column,
                                        int                  *year);
/* The school of the current row's columns MUNICIPALITY and SCHOOL through
 * SCHOOLS (which may plan to create it); 0 with an error on the row. */
gint64        mk_import_run_resolve_school (MkImportRun       *run,
                                            MkSchoolResolver  *schools,
                                            guint              municipality,
                                            guint              school);
/* NULL the first time KEY (taken) is seen in this run, remembering the
 * current row; after that, the place of that first row ("file.csv:12"),
 * for an error that says which row the current one repeats. */
const char   *mk_import_run_first_seen (MkImportRun          *run,
                                        char                 *key);
/* Counts a row written with OUTCOME as added, replaced or unchanged. */
void          mk_import_run_count      (MkImportRun           *run,
                                        MkPutOutcome           outcome);

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

/* Reports progress through OPTIONS when it has a callback. */
void          mk_import_progress       (const MkImportOptions *options,
                                        double                 fraction,
                                        const char            *stage);

G_END_DECLS
