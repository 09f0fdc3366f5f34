/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import-report.h"
#include "mk-store.h"
#include "mk-table-reader.h"

G_BEGIN_DECLS

#define MK_IMPORT_ERROR (mk_import_error_quark ())

typedef enum {
  MK_IMPORT_ERROR_REFUSED,  /* the data has errors; the report lists them */
} MkImportError;

GQuark mk_import_error_quark (void);

/* Called now and then from the importing thread: FRACTION of the work done
 * (0 to 1) and what is being done («Чтение», «Запись»). */
typedef void (*MkImportProgressFunc) (double      fraction,
                                      const char *stage,
                                      gpointer    user_data);

typedef struct {
  const char *sheet;    /* XLSX sheet, NULL for the first */
  gboolean    dry_run;  /* validate and count, write nothing */
  gboolean    create_missing;  /* results, markers, context: create unknown
                                  schools (and municipalities) */
  int         year;     /* calendar year: the markers matrix's (required);
                           for results and context files without a year
                           column; 0 when not given */
  MkImportProgressFunc progress;       /* may be NULL */
  gpointer             progress_data;
} MkImportOptions;

/* The store an import of OPTIONS runs on: the database DB_PATH, or for a
 * dry run a copy of it in memory, so that the dry run does all the real
 * import does and the file is only read (see mk_store_open_copy). */
MkStore *mk_import_open_store (const char            *db_path,
                               const MkImportOptions *options,
                               GError               **error);

/* Every importer: reads the whole file, validates every row into REPORT,
 * then writes in one transaction. Returns FALSE with MK_TABLE_ERROR when the
 * file cannot be read, MK_IMPORT_ERROR_REFUSED when a row is wrong (nothing
 * is written), MK_STORE_ERROR when the database fails. */
gboolean mk_import_schools (MkStore               *store,
                            const char            *path,
                            const MkImportOptions *options,
                            MkImportReport        *report,
                            GError               **error);

/* Staff as in Таблицы 2.1–4.2 of the Smolensk annual report: municipality,
 * school, school_year, then one column per role; cells keep notes
 * ("2 (РК)"). */
gboolean mk_import_staff   (MkStore               *store,
                            const char            *path,
                            const MkImportOptions *options,
                            MkImportReport        *report,
                            GError               **error);

/* Results in long format (docs/command-line.md, «results»): one row per
 * school × year × procedure with participants and low, a share, or a mark
 * Н/Необ. */
gboolean mk_import_results (MkStore               *store,
                            const char            *path,
                            const MkImportOptions *options,
                            MkImportReport        *report,
                            GError               **error);

/* A marker matrix like Приложение 1 of the Smolensk monitoring report
 * (docs/command-line.md, «markers») for OPTIONS->year, which must be set: a
 * school per row, a procedure per column under a one- or two-row heading,
 * cells Н, Необ., - or empty. */
gboolean mk_import_markers (MkStore               *store,
                            const char            *path,
                            const MkImportOptions *options,
                            MkImportReport        *report,
                            GError               **error);

/* ИСБШ, students, «500+» and reported marker totals per school × year
 * (docs/command-line.md, «context»). Columns the file lacks and empty cells
 * keep what is stored. */
gboolean mk_import_context (MkStore               *store,
                            const char            *path,
                            const MkImportOptions *options,
                            MkImportReport        *report,
                            GError               **error);

/* Clusters set by hand: municipality, school, school_year, cluster (SNRO or
 * ШНРО), reason (required), date (optional, dd.mm.yyyy). The history known
 * only from documents comes in this way, and decided deviations. */
gboolean mk_import_overrides (MkStore               *store,
                              const char            *path,
                              const MkImportOptions *options,
                              MkImportReport        *report,
                              GError               **error);

/* External statistics (docs/methodology.md): school_year, scope, schools (in
 * the monitoring), snro, and an optional note; a row per year and scope,
 * replacing what is stored for them. */
gboolean mk_import_statistics (MkStore               *store,
                               const char            *path,
                               const MkImportOptions *options,
                               MkImportReport        *report,
                               GError               **error);

G_END_DECLS
