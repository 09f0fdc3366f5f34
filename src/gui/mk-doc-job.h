/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mk-doc-layout.h"
#include "mk-protocol.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* A protocol's document built and cut into pages as a store job, off the
 * main thread: its tables are reports, and laying out thirty pages takes
 * longer than a frame. PROTOCOL is copied; ITEM as mk_protocol_doc_new. */
void         mk_doc_job_run_async  (MkStore             *store,
                                    const MkProtocol    *protocol,
                                    guint                item,
                                    gpointer             source_object,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
/* The layout (its document kept with it: free both with
 * mk_doc_job_result_free), or NULL with ERROR. */
typedef struct {
  MkDoc       *doc;
  MkDocLayout *layout;
} MkDocJobResult;

MkDocJobResult *mk_doc_job_run_finish   (GAsyncResult   *result,
                                         GError        **error);
void            mk_doc_job_result_free  (MkDocJobResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkDocJobResult, mk_doc_job_result_free)

G_END_DECLS
