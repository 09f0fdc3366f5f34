/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-protocols-page"
#include "config.h"

#include <pango/pangocairo.h>

#include "mk-doc-job.h"
#include "mk-pdf-render.h"
#include "mk-protocol-doc.h"
#include "mk-store-job.h"

typedef struct {
  MkProtocol     *protocol;
  guint           item;
  MkDocJobResult *result;
} DocJob;

void
mk_doc_job_result_free (MkDocJobResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->layout, mk_doc_layout_free);
  g_clear_pointer (&result->doc, mk_doc_free);
  g_free (result);
}

static void
doc_job_free (gpointer data)
{
  DocJob *job = data;

  mk_protocol_free (job->protocol);
  mk_doc_job_result_free (job->result);
  g_free (job);
}

static gboolean
build_in_worker (MkStoreJob  *worker_job,
                 MkStore     *store,
                 gpointer     data,
                 GError     **error)
{
  DocJob *job = data;
  MkDoc *doc = mk_protocol_doc_new (store, job->protocol, job->item, error);
  /* The pages are drawn in the main thread: their fonts are their own. */
  PangoFontMap *font_map;
  PangoContext *context;

  if (doc == NULL)
    return FALSE;
  font_map = pango_cairo_font_map_new ();
  context = mk_pdf_context_new_for_font_map (font_map);
  job->result = g_new0 (MkDocJobResult, 1);
  job->result->doc = doc;
  job->result->layout = mk_doc_layout_new (doc, context);
  g_object_unref (context);
  g_object_unref (font_map);
  return TRUE;
}

void
mk_doc_job_run_async (MkStore             *store,
                      const MkProtocol    *protocol,
                      guint                item,
                      gpointer             source_object,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  DocJob *job = g_new0 (DocJob, 1);

  job->protocol = mk_protocol_copy (protocol);
  job->item = item;
  mk_store_job_run_async (store, MK_STORE_JOB_READ, build_in_worker, job, doc_job_free,
                          NULL, NULL, source_object, cancellable, callback, user_data);
}

MkDocJobResult *
mk_doc_job_run_finish (GAsyncResult  *result,
                       GError       **error)
{
  DocJob *job = mk_store_job_get_data (result);

  if (!mk_store_job_run_finish (result, error))
    return NULL;
  return g_steal_pointer (&job->result);
}
