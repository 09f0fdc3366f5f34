/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import-job"
#include "config.h"

#include "mk-import-job.h"
#include "mk-store-job.h"

MkImportRequest *
mk_import_request_copy (const MkImportRequest *request)
{
  MkImportRequest *copy = g_memdup2 (request, sizeof *request);

  copy->path = g_strdup (request->path);
  copy->sheet = request->sheet != NULL && *request->sheet != '\0' ? g_strdup (request->sheet) : NULL;
  return copy;
}

void
mk_import_request_free (MkImportRequest *request)
{
  if (request == NULL)
    return;
  g_free (request->path);
  g_free (request->sheet);
  g_free (request);
}

void
mk_import_outcome_free (MkImportOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_clear_pointer (&outcome->rows, g_ptr_array_unref);
  g_clear_pointer (&outcome->lines, g_array_unref);
  g_clear_object (&outcome->report);
  g_free (outcome);
}

/* --- The worker (mk_store_job_run_async) ------------------------------- */

typedef struct {
  MkImportRequest *request;
  MkImportOutcome *outcome;
} JobData;

static void
job_data_free (gpointer data)
{
  JobData *job = data;

  mk_import_request_free (job->request);
  mk_import_outcome_free (job->outcome);
  g_free (job);
}

static char **
copy_row (MkTableReader *reader,
          guint         *n_columns)
{
  guint n = MIN (mk_table_reader_get_n_cells (reader), MK_IMPORT_PREVIEW_COLUMNS);
  char **texts = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    texts[i] = g_strdup (mk_table_reader_get_cell (reader, i)->text);
  *n_columns = MAX (*n_columns, n);
  return texts;
}

static gboolean
read_preview (const MkImportRequest  *request,
              MkImportOutcome        *outcome,
              GError                **error)
{
  g_autoptr(MkTableReader) reader = mk_table_reader_open (request->path, request->sheet,
                                                          NULL, error);
  GError *local = NULL;

  if (reader == NULL)
    return FALSE;
  while (outcome->rows->len < MK_IMPORT_PREVIEW_ROWS &&
         mk_table_reader_next_row (reader, &local))
    {
      guint line = mk_table_reader_get_line (reader);

      g_ptr_array_add (outcome->rows, copy_row (reader, &outcome->n_columns));
      g_array_append_val (outcome->lines, line);
    }
  if (local != NULL)
    return (g_propagate_error (error, local), FALSE);
  return TRUE;
}

/* On the worker's connection: a copy of the database in memory for a dry
 * run, the file itself otherwise; a refused file is an outcome, not an
 * error, and its transaction was rolled back. */
static gboolean
import_in_worker (MkStoreJob  *job,
                  MkStore     *worker,
                  gpointer     data,
                  GError     **error)
{
  JobData *import = data;
  const MkImportRequest *request = import->request;
  MkImportOutcome *outcome = import->outcome;
  MkImportOptions options = {
    request->sheet, request->dry_run, request->create_missing,
    mk_importer_get (request->kind)->needs_year ? request->year : 0,
    mk_store_job_progress_func, job,
    mk_importer_get (request->kind)->takes_roadmap ? request->roadmap_id : 0 };
  g_autoptr(GError) local = NULL;

  if (request->dry_run && !read_preview (request, outcome, error))
    return FALSE;
  if (!mk_import (request->kind, worker, request->path, &options, outcome->report, &local) &&
      !g_error_matches (local, MK_IMPORT_ERROR, MK_IMPORT_ERROR_REFUSED))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  outcome->refused = mk_import_report_has_errors (outcome->report);
  return TRUE;
}

void
mk_import_job_run_async (MkStore               *store,
                         gpointer               source_object,
                         const MkImportRequest *request,
                         MkImportProgressFunc   progress,
                         gpointer               progress_data,
                         GAsyncReadyCallback    callback,
                         gpointer               user_data)
{
  JobData *job = g_new0 (JobData, 1);

  job->request = mk_import_request_copy (request);
  job->outcome = g_new0 (MkImportOutcome, 1);
  job->outcome->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  job->outcome->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  job->outcome->report = mk_import_report_new ();
  mk_store_job_run_async (store, request->dry_run ? MK_STORE_JOB_COPY : MK_STORE_JOB_WRITE,
                          import_in_worker, job, job_data_free, progress, progress_data,
                          source_object, NULL, callback, user_data);
}

MkImportOutcome *
mk_import_job_run_finish (GAsyncResult  *result,
                          GError       **error)
{
  JobData *job = mk_store_job_get_data (result);

  /* What the import committed reaches every page through the store. */
  if (!mk_store_job_run_finish (result, error))
    return NULL;
  return g_steal_pointer (&job->outcome);
}
