#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-report.h"

const MkReportInfo *
mk_report_catalog (guint *n_reports)
{
  static const MkReportInfo none[1] = { { NULL, NULL } };

  *n_reports = 0;
  return none;
}
