#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One entry of the report catalog (DOMAIN.md §4). */
typedef struct {
  const char *id;
  const char *title;
} MkReportInfo;

/* The reports this version can build; empty until the report generator
 * lands, so that `report --list` tells the truth. */
const MkReportInfo *mk_report_catalog (guint *n_reports);

G_END_DECLS
