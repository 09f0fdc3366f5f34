/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-job"
#include "config.h"

#include "mk-store-job.h"
#include "mk-test-util.h"

/* Store jobs: the worker's own connection, progress in the caller's main
 * context, and the topics the worker committed emitted on the caller's
 * store at the end, not for a copy in memory, not for a failure. */

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
  GPtrArray *topics;
  double    last_progress;
} Wait;

static void
on_changed (MkStore    *store,
            const char *topic,
            Wait       *wait)
{
  g_ptr_array_add (wait->topics, g_strdup (topic));
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = mk_store_job_run_finish (result, &wait->error);
  wait->done = TRUE;
}

static void
on_progress (double      fraction,
             const char *stage,
             gpointer    user_data)
{
  ((Wait *) user_data)->last_progress = fraction;
}

static gboolean
add_school_in_worker (MkStoreJob  *job,
                      MkStore     *worker,
                      gpointer     data,
                      GError     **error)
{
  mk_store_job_progress (job, 0.5, "half");
  mk_store_job_progress (job, 1.0, "done");
  mk_test_add_school (worker, "Город", data);
  return TRUE;
}

static gboolean
fail_in_worker (MkStoreJob  *job,
                MkStore     *worker,
                gpointer     data,
                GError     **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no");
  return FALSE;
}

static void
run (MkStore          *store,
     MkStoreJobAccess  access,
     MkStoreJobFunc    func,
     const char       *name,
     Wait             *wait)
{
  *wait = (Wait) { .topics = g_ptr_array_new_with_free_func (g_free) };
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), wait);
  mk_store_job_run_async (store, access, func, (gpointer) name, NULL, on_progress, wait,
                          NULL, NULL, on_done, wait);
  while (!wait->done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_signal_handlers_disconnect_by_data (store, wait);
}

static void
test_job (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "job.db", NULL);
  g_autoptr(MkStore) store = mk_store_open (path, NULL);
  Wait wait;

  /* A write: the school is there for the caller, who hears «schools». */
  run (store, MK_STORE_JOB_WRITE, add_school_in_worker, "СШ № 1", &wait);
  g_assert_true (wait.ok);
  g_assert_cmpuint (mk_store_count_schools (store), ==, 1);
  g_assert_true (g_ptr_array_find_with_equal_func (wait.topics, MK_TOPIC_SCHOOLS,
                                                   g_str_equal, NULL));
  /* The two reports coalesce into the latest, queued before the end. */
  g_assert_cmpfloat (wait.last_progress, ==, 1.0);
  g_ptr_array_unref (wait.topics);

  /* A copy: nothing reaches the file or the caller. */
  run (store, MK_STORE_JOB_COPY, add_school_in_worker, "СШ № 2", &wait);
  g_assert_true (wait.ok);
  g_assert_cmpuint (mk_store_count_schools (store), ==, 1);
  g_assert_cmpuint (wait.topics->len, ==, 0);
  g_ptr_array_unref (wait.topics);

  /* A failure is the worker's error, and announces nothing. */
  run (store, MK_STORE_JOB_WRITE, fail_in_worker, NULL, &wait);
  g_assert_false (wait.ok);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpuint (wait.topics->len, ==, 0);
  g_clear_error (&wait.error);
  g_ptr_array_unref (wait.topics);
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store-job/write-copy-fail", test_job);
  return g_test_run ();
}
