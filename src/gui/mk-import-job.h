/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mk-importers.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* An import of the assistant, run as a store job (mk-store-job.h) on a
 * connection of its own: a copy in memory for the check, the file for the
 * import, whose commits every page then hears about. */

typedef struct {
  MkImportKind kind;
  char        *path;
  char        *sheet;           /* NULL: the first sheet */
  int          year;            /* the marker matrix's */
  gboolean     create_missing;
  gboolean     dry_run;
  gint64       roadmap_id;      /* statuses: the roadmap reported on; 0 when the file names it */
} MkImportRequest;

MkImportRequest *mk_import_request_copy (const MkImportRequest *request);
void             mk_import_request_free (MkImportRequest       *request);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkImportRequest, mk_import_request_free)

/* The first rows of the file as text, for the preview. */
#define MK_IMPORT_PREVIEW_ROWS 20
#define MK_IMPORT_PREVIEW_COLUMNS 40

typedef struct {
  GPtrArray      *rows;       /* GStrv per row, MK_IMPORT_PREVIEW_ROWS at most */
  GArray         *lines;      /* guint: the file line of each row */
  guint           n_columns;
  MkImportReport *report;     /* every error and warning, and the counts */
  gboolean        refused;    /* the report has errors: nothing written */
} MkImportOutcome;

void mk_import_outcome_free (MkImportOutcome *outcome);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkImportOutcome, mk_import_outcome_free)

/* Runs REQUEST on STORE's file in a worker: reads the preview rows (for a
 * dry run), then imports. PROGRESS is called in the main context of the
 * caller, never after the callback; SOURCE_OBJECT is kept alive meanwhile. */
void             mk_import_job_run_async  (MkStore               *store,
                                           gpointer               source_object,
                                           const MkImportRequest *request,
                                           MkImportProgressFunc   progress,
                                           gpointer               progress_data,
                                           GAsyncReadyCallback    callback,
                                           gpointer               user_data);
/* NULL with ERROR when the file or the database cannot be read; a file
 * with errors is an outcome with REFUSED set, not an error. */
MkImportOutcome *mk_import_job_run_finish (GAsyncResult          *result,
                                           GError               **error);

G_END_DECLS
