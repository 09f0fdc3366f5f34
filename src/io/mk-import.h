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

typedef struct {
  const char *sheet;    /* XLSX sheet, NULL for the first */
  gboolean    dry_run;  /* validate and count, write nothing */
} MkImportOptions;

/* Every importer: reads the whole file, validates every row into REPORT,
 * then writes in one transaction. Returns FALSE with MK_TABLE_ERROR when the
 * file cannot be read, MK_IMPORT_ERROR_REFUSED when a row is wrong (nothing
 * is written), MK_STORE_ERROR when the database fails. */
gboolean mk_import_schools (MkStore               *store,
                            const char            *path,
                            const MkImportOptions *options,
                            MkImportReport        *report,
                            GError               **error);

/* Staff of seed 003 Таблицы 2.1–4.2: municipality, school, school_year,
 * then one column per role; cells keep notes ("2 (РК)"). */
gboolean mk_import_staff   (MkStore               *store,
                            const char            *path,
                            const MkImportOptions *options,
                            MkImportReport        *report,
                            GError               **error);

/* Shared by the importers: ends a validated import by writing or not. */
gboolean mk_import_finish  (MkStore               *store,
                            const MkImportOptions *options,
                            MkImportReport        *report,
                            gboolean               written,
                            GError               **error);

G_END_DECLS
