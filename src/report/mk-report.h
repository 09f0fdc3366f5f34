/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mk-clusters.h"
#include "mk-sheet.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* What a report is built for. */
typedef struct {
  int         school_year;   /* start year: 2022 for 2022/2023 */
  int         first_year;    /* reports over several years start here;
                              * 0: the report's default */
  const char *municipality;  /* NULL: every municipality */
  MkCluster   cluster;       /* reports listing schools keep only this
                              * cluster's; MK_CLUSTER_NONE: every cluster */
  guint       max_rows;      /* a preview's: the sheet's first rows only
                              * (mk_sheet_set_row_limit); 0: every row */
  const char *school;        /* indicators-school: only this school (by
                              * name); NULL: every school */
  gint64      roadmap_id;    /* roadmap reports: the roadmap; 0: the
                              * school year's first (of the municipality) */
} MkReportParams;

typedef MkSheet *(*MkReportBuildFunc) (MkStore              *store,
                                       const MkReportParams *params,
                                       GError              **error);

/* The parameters beyond the school year and municipality that a report
 * takes, so that the Reports page offers only those. */
typedef enum {
  MK_REPORT_USES_FIRST_YEAR = 1 << 0,  /* covers school years from first_year */
  MK_REPORT_USES_CLUSTER    = 1 << 1,  /* lists schools; can keep one cluster's */
  MK_REPORT_USES_ROADMAP    = 1 << 2,  /* lays out one roadmap of the year */
  MK_REPORT_USES_SCHOOL     = 1 << 3,  /* can keep one school's */
} MkReportUses;

/* One entry of the report catalog (docs/command-line.md, «Reports»). TITLE
 * is the Russian name of the official table it lays out (docs/sources.md;
 * data, not UI); DESCRIPTION is an English msgid marked with N_, to be
 * translated where it is shown. */
typedef struct {
  const char        *id;
  const char        *title;
  const char        *description;
  MkReportBuildFunc  build;
  MkReportUses       uses;
} MkReportInfo;

/* The reports this version can build, in the order of docs/command-line.md. */
const MkReportInfo *mk_report_catalog (guint      *n_reports);
/* NULL when ID is not in the catalog. */
const MkReportInfo *mk_report_find    (const char *id);
/* Builds the sheet; NULL with ERROR set (MK_STORE_ERROR) when the data
 * cannot be read. */
MkSheet            *mk_report_build   (const MkReportInfo   *info,
                                       MkStore              *store,
                                       const MkReportParams *params,
                                       GError              **error);

G_END_DECLS
