/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import.h"

G_BEGIN_DECLS

/* The part every importer shares: the first non-empty row is the header,
 * each further non-empty row is a record, and checking stops after
 * MK_IMPORT_MAX_ERRORS. Progress is reported as the «reading» stage. */
typedef struct {
  /* Reads the header from the reader's current row; FALSE with ERROR only
   * when the file cannot be read on (header problems go to the report). */
  gboolean (*header) (gpointer   data,
                      GError   **error);
  /* Reads one record from the reader's current row into the report and
   * whatever DATA collects. */
  void     (*row)    (gpointer   data);
} MkImportWalk;

/* FALSE with ERROR when the reader fails; an empty file, header errors
 * and a header with no rows under it are reported. */
gboolean mk_import_walk_table (MkTableReader         *reader,
                               MkImportReport        *report,
                               const MkImportOptions *options,
                               const MkImportWalk    *walk,
                               gpointer               data,
                               GError               **error);

/* Reports progress through OPTIONS when it has a callback. */
void     mk_import_progress   (const MkImportOptions *options,
                               double                 fraction,
                               const char            *stage);

G_END_DECLS
