/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* Work on the database off the main thread, the one way every caller does
 * it. An MkStore belongs to one thread, so the worker opens its own
 * connection to the same file (the database is in WAL mode: the caller
 * keeps reading while the worker writes). Progress reaches the caller's
 * main context, coalesced, and never after the callback. What the worker
 * commits it announces on its own connection; when the job is done those
 * topics are emitted on the caller's store, in the main thread, so that
 * every page reloads once. */

typedef enum {
  MK_STORE_JOB_READ,   /* mk_store_open_to_read: never writes */
  MK_STORE_JOB_WRITE,  /* mk_store_open: its commits reach the caller */
  MK_STORE_JOB_COPY,   /* mk_store_open_copy: a dry run; nothing reaches it */
} MkStoreJobAccess;

typedef struct _MkStoreJob MkStoreJob;

/* Runs in the worker thread with the worker's connection; DATA is the
 * job's data, for its inputs and its results. */
typedef gboolean (*MkStoreJobFunc)     (MkStoreJob  *job,
                                        MkStore     *worker,
                                        gpointer     data,
                                        GError     **error);
typedef void     (*MkStoreJobProgress) (double       fraction,
                                        const char  *stage,
                                        gpointer     user_data);

/* Runs FUNC on a worker connection to STORE's file. SOURCE_OBJECT is the
 * GTask's (kept alive until CALLBACK); PROGRESS may be NULL. */
void         mk_store_job_run_async    (MkStore             *store,
                                        MkStoreJobAccess     access,
                                        MkStoreJobFunc       func,
                                        gpointer             data,
                                        GDestroyNotify       data_free,
                                        MkStoreJobProgress   progress,
                                        gpointer             progress_data,
                                        gpointer             source_object,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
/* FALSE with ERROR when FUNC failed. Emits the topics the worker
 * committed on the store the job was started for. */
gboolean     mk_store_job_run_finish   (GAsyncResult        *result,
                                        GError             **error);
/* The DATA of the job RESULT finishes, for what FUNC put there. */
gpointer     mk_store_job_get_data     (GAsyncResult        *result);
/* The path of the database the job ran on. */
const char  *mk_store_job_get_path     (GAsyncResult        *result);

/* In the worker: how far it is (0 … 1) and what it is doing. */
void         mk_store_job_progress     (MkStoreJob          *job,
                                        double               fraction,
                                        const char          *stage);
/* The shape of MkImportProgressFunc: USER_DATA is the MkStoreJob. */
void         mk_store_job_progress_func (double              fraction,
                                         const char         *stage,
                                         gpointer            user_data);
GCancellable *mk_store_job_get_cancellable (MkStoreJob      *job);

G_END_DECLS
