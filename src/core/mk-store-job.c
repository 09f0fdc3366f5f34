/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store-job"
#include "config.h"

#include "mk-store-job.h"

/* --- Progress: from the worker to the caller's main context ------------ */

/* A worker may report thousands of times a second; only the latest value
 * waits, and at most one delivery is queued at a time. */
typedef struct {
  GMutex              lock;
  double              fraction;
  char               *stage;
  gboolean            queued;
  gboolean            done;     /* main thread: no more deliveries */
  GMainContext       *context;
  MkStoreJobProgress  func;
  gpointer            data;
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
  if (!progress->done)
    progress->func (fraction, stage, progress->data);
  return G_SOURCE_REMOVE;
}

static Progress *
progress_new (MkStoreJobProgress func,
              gpointer           data)
{
  Progress *progress = g_atomic_rc_box_new0 (Progress);

  g_mutex_init (&progress->lock);
  progress->context = g_main_context_ref_thread_default ();
  progress->func = func;
  progress->data = data;
  return progress;
}

/* --- The job ------------------------------------------------------------ */

struct _MkStoreJob
{
  MkStore          *store;       /* the caller's: main thread only */
  char             *path;
  MkStoreJobAccess  access;
  MkStoreJobFunc    func;
  gpointer          data;
  GDestroyNotify    data_free;
  Progress         *progress;    /* NULL without a progress function */
  GPtrArray        *topics;      /* what the worker committed */
  GCancellable     *cancellable;
};

static void
job_free (gpointer data)
{
  MkStoreJob *job = data;

  g_clear_object (&job->store);
  g_free (job->path);
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_clear_pointer (&job->progress, progress_unref);
  g_ptr_array_unref (job->topics);
  g_clear_object (&job->cancellable);
  g_free (job);
}

void
mk_store_job_progress (MkStoreJob *job,
                       double      fraction,
                       const char *stage)
{
  Progress *progress = job->progress;
  gboolean queue;

  if (progress == NULL)
    return;
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

void
mk_store_job_progress_func (double      fraction,
                            const char *stage,
                            gpointer    user_data)
{
  mk_store_job_progress (user_data, fraction, stage);
}

GCancellable *
mk_store_job_get_cancellable (MkStoreJob *job)
{
  return job->cancellable;
}

/* In the worker: the topics its connection announces, after each commit. */
static void
on_worker_changed (MkStore    *worker,
                   const char *topic,
                   MkStoreJob *job)
{
  if (!g_ptr_array_find_with_equal_func (job->topics, topic, g_str_equal, NULL))
    g_ptr_array_add (job->topics, g_strdup (topic));
}

static MkStore *
open_worker (MkStoreJob  *job,
             GError     **error)
{
  switch (job->access)
    {
    case MK_STORE_JOB_READ:
      return mk_store_open_to_read (job->path, error);
    case MK_STORE_JOB_COPY:
      return mk_store_open_copy (job->path, error);
    case MK_STORE_JOB_WRITE:
    default:
      return mk_store_open (job->path, error);
    }
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  MkStoreJob *job = task_data;
  GError *error = NULL;
  g_autoptr(MkStore) worker = open_worker (job, &error);

  if (worker != NULL)
    g_signal_connect (worker, "changed", G_CALLBACK (on_worker_changed), job);
  if (worker == NULL || !job->func (job, worker, job->data, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
mk_store_job_run_async (MkStore             *store,
                        MkStoreJobAccess     access,
                        MkStoreJobFunc       func,
                        gpointer             data,
                        GDestroyNotify       data_free,
                        MkStoreJobProgress   progress,
                        gpointer             progress_data,
                        gpointer             source_object,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source_object, cancellable, callback, user_data);
  MkStoreJob *job = g_new0 (MkStoreJob, 1);

  job->store = g_object_ref (store);
  job->path = g_strdup (mk_store_get_path (store));
  job->access = access;
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->progress = progress != NULL ? progress_new (progress, progress_data) : NULL;
  job->topics = g_ptr_array_new_with_free_func (g_free);
  job->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  g_task_set_source_tag (task, mk_store_job_run_async);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, job_thread);
}

gboolean
mk_store_job_run_finish (GAsyncResult  *result,
                         GError       **error)
{
  MkStoreJob *job = g_task_get_task_data (G_TASK (result));
  gboolean ok;

  /* A delivery still queued must not reach a caller that moved on. */
  if (job->progress != NULL)
    job->progress->done = TRUE;
  ok = g_task_propagate_boolean (G_TASK (result), error);
  /* The worker's connection told nobody: the caller's store does now. A
   * copy's commits are the copy's own. */
  for (guint i = 0; ok && job->access == MK_STORE_JOB_WRITE && i < job->topics->len; i++)
    mk_store_emit_changed (job->store, job->topics->pdata[i]);
  return ok;
}

gpointer
mk_store_job_get_data (GAsyncResult *result)
{
  return ((MkStoreJob *) g_task_get_task_data (G_TASK (result)))->data;
}

const char *
mk_store_job_get_path (GAsyncResult *result)
{
  return ((MkStoreJob *) g_task_get_task_data (G_TASK (result)))->path;
}
