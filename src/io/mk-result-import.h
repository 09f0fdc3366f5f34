/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import-run.h"
#include "mk-procedure-resolver.h"
#include "mk-result-batch.h"

G_BEGIN_DECLS

/* What the two importers of results (a long table of results, a marker
 * matrix) share: schools and procedures resolved by name, and the batch
 * of rows written at the end. Their own state (MkImportRun's DATA) starts
 * with it, so that these serve as their MkImporterSpec steps. */
typedef struct {
  MkSchoolResolver    *schools;
  MkProcedureResolver *procedures;
  MkResultBatch       *batch;
} MkResultImport;

/* The resolvers over RUN's store and an empty batch. */
gboolean mk_result_import_prepare (MkImportRun  *run,
                                   GError      **error);
/* A school, year and procedure given twice is an error at the later row. */
void     mk_result_import_check   (MkImportRun  *run);
/* Creates the schools the file needs and writes the batch. */
gboolean mk_result_import_write   (MkImportRun  *run,
                                   GError      **error);
void     mk_result_import_clear   (MkImportRun  *run);

G_END_DECLS
