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
  gint64      roadmap_id;  /* roadmap statuses: the roadmap they report on */
  /* An indicator table without the lines that name them: its set, its
   * municipality and its school (NULL: the municipality's table). */
  const char *indicator_set;
  const char *municipality;
  const char *school;
} MkImportOptions;

/* The store an import of OPTIONS runs on: the database DB_PATH, or for a
 * dry run a copy of it in memory, so that the dry run does all the real
 * import does and the file is only read (see mk_store_open_copy). */
MkStore *mk_import_open_store (const char            *db_path,
                               const MkImportOptions *options,
                               GError               **error);

G_END_DECLS
