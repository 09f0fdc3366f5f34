#define G_LOG_DOMAIN "mk-import-job"
#include "config.h"

#include "mk-import-job.h"

MkImportRequest *
mk_import_request_copy (const MkImportRequest *request)
{
  MkImportRequest *copy = g_memdup2 (request, sizeof *request);

  copy->db_path = g_strdup (request->db_path);
  copy->path = g_strdup (request->path);
  copy->sheet = request->sheet != NULL && *request->sheet != '\0' ? g_strdup (request->sheet) : NULL;
  return copy;
}

void
mk_import_request_free (MkImportRequest *request)
{
  if (request == NULL)
    return;
  g_free (request->db_path);
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

/* --- Progress: from the importing thread to the main context ----------- */

/* The importer may report thousands of times a second; only the latest
 * value waits, and at most one delivery is queued at a time. */
typedef struct {
  GMutex                lock;
  double                fraction;
  char                 *stage;
  gboolean              queued;
  gboolean              done;     /* main thread: no more deliveries */
  GMainContext         *context;
  MkImportProgressFunc  func;
  gpointer              data;
} Progress;

static void
progress_clear (gpointer data)
{
  Progress *progress = data;

  g_mutex_clear (&progress->lock);
  g_free (progress->stage);
  g_main_context_unref (progress->context);
}

static void
progress_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, progress_clear);
}

static gboolean
progress_deliver (gpointer data)
{
  Progress *progress = data;
  g_autofree char *stage = NULL;
  double fraction;

  g_mutex_lock (&progress->lock);
  progress->queued = FALSE;
  fraction = progress->fraction;
  stage = g_strdup (progress->stage);
  g_mutex_unlock (&progress->lock);
  if (!progress->done && progress->func != NULL)
    progress->func (fraction, stage, progress->data);
  return G_SOURCE_REMOVE;
}

/* Called in the importing thread. */
static void
progress_report (double      fraction,
                 const char *stage,
                 gpointer    data)
{
  Progress *progress = data;
  gboolean queue;

  g_mutex_lock (&progress->lock);
  progress->fraction = fraction;
  if (g_strcmp0 (progress->stage, stage) != 0)
    {
      g_free (progress->stage);
      progress->stage = g_strdup (stage);
    }
  queue = !progress->queued;
  progress->queued = TRUE;
  g_mutex_unlock (&progress->lock);
  if (queue)
    g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT, progress_deliver,
                                g_atomic_rc_box_acquire (progress), progress_unref);
}

/* --- The thread --------------------------------------------------------- */

typedef struct {
  MkImportRequest *request;
  Progress        *progress;
} JobData;

static void
job_data_free (gpointer data)
{
  JobData *job = data;

  mk_import_request_free (job->request);
  progress_unref (job->progress);
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

static gboolean
run_import (MkStore                *store,
            const MkImportRequest  *request,
            const MkImportOptions  *options,
            MkImportReport         *report,
            GError                **error)
{
  switch (request->kind)
    {
    case MK_IMPORT_KIND_RESULTS:
      return mk_import_results (store, request->path, options, report, error);
    case MK_IMPORT_KIND_MARKERS:
      return mk_import_markers (store, request->path, options, report, error);
    case MK_IMPORT_KIND_CONTEXT:
    default:
      return mk_import_context (store, request->path, options, report, error);
    }
}

static MkImportOutcome *
job_run (JobData  *job,
         GError  **error)
{
  const MkImportRequest *request = job->request;
  g_autoptr(MkImportOutcome) outcome = g_new0 (MkImportOutcome, 1);
  MkImportOptions options = {
    request->sheet, request->dry_run, request->create_missing,
    request->kind == MK_IMPORT_KIND_MARKERS ? request->year : 0,
    progress_report, job->progress };
  g_autoptr(GError) local = NULL;
  g_autoptr(MkStore) store = NULL;

  outcome->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  outcome->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  outcome->report = mk_import_report_new ();
  if (request->dry_run && !read_preview (request, outcome, error))
    return NULL;
  store = mk_import_open_store (request->db_path, &options, error);
  if (store == NULL)
    return NULL;
  if (!run_import (store, request, &options, outcome->report, &local) &&
      !g_error_matches (local, MK_IMPORT_ERROR, MK_IMPORT_ERROR_REFUSED))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  outcome->refused = mk_import_report_has_errors (outcome->report);
  return g_steal_pointer (&outcome);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;
  MkImportOutcome *outcome = job_run (task_data, &error);

  if (outcome == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, outcome, (GDestroyNotify) mk_import_outcome_free);
}

void
mk_import_job_run_async (gpointer               source_object,
                         const MkImportRequest *request,
                         MkImportProgressFunc   progress,
                         gpointer               progress_data,
                         GAsyncReadyCallback    callback,
                         gpointer               user_data)
{
  g_autoptr(GTask) task = g_task_new (source_object, NULL, callback, user_data);
  JobData *job = g_new0 (JobData, 1);

  job->request = mk_import_request_copy (request);
  job->progress = g_atomic_rc_box_new0 (Progress);
  g_mutex_init (&job->progress->lock);
  job->progress->context = g_main_context_ref_thread_default ();
  job->progress->func = progress;
  job->progress->data = progress_data;
  g_task_set_source_tag (task, mk_import_job_run_async);
  g_task_set_task_data (task, job, job_data_free);
  g_task_run_in_thread (task, job_thread);
}

MkImportOutcome *
mk_import_job_run_finish (GAsyncResult  *result,
                          GError       **error)
{
  JobData *job = g_task_get_task_data (G_TASK (result));

  /* A delivery still queued must not reach a caller that moved on. */
  job->progress->done = TRUE;
  return g_task_propagate_pointer (G_TASK (result), error);
}
