/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mk-report.h"

G_BEGIN_DECLS

/* A report's sheet built as a store job, on a read-only connection of
 * its own, so that the Reports page never blocks its window for the
 * second or two a national database takes. PARAMS is copied. */
void     mk_report_build_job_run_async  (MkStore              *store,
                                         const MkReportInfo   *info,
                                         const MkReportParams *params,
                                         gpointer              source_object,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
/* The sheet, or NULL with ERROR. */
MkSheet *mk_report_build_job_run_finish (GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
