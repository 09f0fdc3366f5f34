/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-reports-page"
#include "config.h"

#include "mk-report-build-job.h"
#include "mk-store-job.h"

typedef struct {
  const MkReportInfo *info;
  MkReportParams      params;
  char               *municipality;  /* PARAMS' own copy */
  MkSheet            *sheet;
} BuildJob;

static void
build_job_free (gpointer data)
{
  BuildJob *job = data;

  g_free (job->municipality);
  g_clear_pointer (&job->sheet, mk_sheet_free);
  g_free (job);
}

static gboolean
build_in_worker (MkStoreJob  *job,
                 MkStore     *store,
                 gpointer     data,
                 GError     **error)
{
  BuildJob *build = data;

  build->sheet = mk_report_build (build->info, store, &build->params, error);
  return build->sheet != NULL;
}

void
mk_report_build_job_run_async (MkStore              *store,
                               const MkReportInfo   *info,
                               const MkReportParams *params,
                               gpointer              source_object,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
{
  BuildJob *job = g_new0 (BuildJob, 1);

  job->info = info;
  job->params = *params;
  job->municipality = g_strdup (params->municipality);
  job->params.municipality = job->municipality;
  mk_store_job_run_async (store, MK_STORE_JOB_READ, build_in_worker, job, build_job_free,
                          NULL, NULL, source_object, NULL, callback, user_data);
}

MkSheet *
mk_report_build_job_run_finish (GAsyncResult  *result,
                                GError       **error)
{
  BuildJob *job = mk_store_job_get_data (result);

  if (!mk_store_job_run_finish (result, error))
    return NULL;
  return g_steal_pointer (&job->sheet);
}
