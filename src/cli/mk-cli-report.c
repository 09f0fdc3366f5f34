/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mk-cli-private.h"
#include "mk-cli-roadmaps.h"
#include "mk-pdf-render.h"
#include "mk-report.h"
#include "mk-school-year.h"
#include "mk-xlsx-render.h"

typedef gboolean (*RenderFunc) (MkSheet *sheet, const char *path, GError **error);

/* The renderer the output's extension names; NULL for any other. */
static RenderFunc
renderer_for (const char *output)
{
  g_autofree char *lower = g_utf8_strdown (output, -1);

  if (g_str_has_suffix (lower, ".xlsx"))
    return mk_xlsx_render;
  if (g_str_has_suffix (lower, ".pdf"))
    return mk_pdf_render;
  return NULL;
}

static int
list_reports (void)
{
  guint n = 0;
  const MkReportInfo *reports = mk_report_catalog (&n);

  for (guint i = 0; i < n; i++)
    printf ("%s\t%s\n", reports[i].id, reports[i].title);
  return MK_EXIT_OK;
}

/* --from FIRST (a school year no later than --year), --cluster CODE and
 * --roadmap ID, for the reports that take them. */
static gboolean
parse_scope (MkCliContext       *ctx,
             const MkReportInfo *info,
             MkReportParams     *params)
{
  const char *from = mk_cli_option (ctx, "--from");
  const char *cluster = mk_cli_option (ctx, "--cluster");

  if (from != NULL && !(info->uses & MK_REPORT_USES_FIRST_YEAR))
    return mk_cli_error (_("report %s covers one school year: --from does not apply"),
                         info->id), FALSE;
  if (cluster != NULL && !(info->uses & MK_REPORT_USES_CLUSTER))
    return mk_cli_error (_("report %s does not list schools by cluster: --cluster does not apply"),
                         info->id), FALSE;
  if (mk_cli_option (ctx, "--roadmap") != NULL && !(info->uses & MK_REPORT_USES_ROADMAP))
    return mk_cli_error (_("report %s lays out no roadmap: --roadmap does not apply"),
                         info->id), FALSE;
  if ((params->roadmap_id = mk_cli_roadmap_option (ctx)) < 0)
    return FALSE;
  params->school = mk_cli_option (ctx, "--school");
  if (params->school != NULL && !(info->uses & MK_REPORT_USES_SCHOOL))
    return mk_cli_error (_("report %s is not of one school: --school does not apply"),
                         info->id), FALSE;

  if (from != NULL && (!mk_school_year_parse (from, &params->first_year) ||
                       params->first_year > params->school_year))
    return mk_cli_error (_("--from must be a school year no later than --year, such as 2018/2019")), FALSE;
  params->cluster = MK_CLUSTER_NONE;
  if (cluster != NULL && !mk_cluster_from_code (cluster, &params->cluster))
    return mk_cli_error (_("--cluster must be SPU, SBU, SNRO, SFNSU or SRNR")), FALSE;
  return TRUE;
}

/* Reads ID, --year, --municipality and -o; prints why they are wrong. */
static gboolean
parse_args (MkCliContext        *ctx,
            const MkReportInfo **info,
            MkReportParams      *params,
            const char         **output,
            RenderFunc          *render)
{
  const char *id = mk_cli_positional (ctx, 0);
  const char *year = mk_cli_option (ctx, "--year");

  *output = mk_cli_option (ctx, "-o");
  if (*output == NULL)
    *output = mk_cli_option (ctx, "--output");
  if (id == NULL)
    return mk_cli_error (_("a report id is needed; mayak-cli report --list shows them")), FALSE;
  if ((*info = mk_report_find (id)) == NULL)
    return mk_cli_error (_("unknown report %s; mayak-cli report --list shows the reports"),
                         id), FALSE;
  if (year == NULL || !mk_school_year_parse (year, &params->school_year))
    return mk_cli_error (_("--year must be a school year such as 2022/2023")), FALSE;
  if (*output == NULL || **output == '\0')
    return mk_cli_error (_("-o FILE.xlsx or -o FILE.pdf is needed")), FALSE;
  if ((*render = renderer_for (*output)) == NULL)
    return mk_cli_error (_("cannot write %s: the file name must end in .xlsx or .pdf"),
                         *output), FALSE;
  params->municipality = mk_cli_option (ctx, "--municipality");
  return parse_scope (ctx, *info, params);
}

int
mk_cli_report (MkCliContext *ctx)
{
  MkReportParams params = { 0 };
  const MkReportInfo *info = NULL;
  const char *output = NULL;
  RenderFunc render = NULL;
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;

  if (mk_cli_flag (ctx, "--list"))
    return list_reports ();
  if (!parse_args (ctx, &info, &params, &output, &render))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  /* A roadmap that is not there, or not of the report, is a wrong
   * argument; anything else, the database. */
  if ((sheet = mk_report_build (info, store, &params, &error)) == NULL)
    return mk_cli_error ("%s", error->message),
           g_error_matches (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND) ||
           g_error_matches (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID) ? MK_EXIT_USAGE
                                                                            : MK_EXIT_DATABASE;
  if (!render (sheet, output, &error))
    return mk_cli_error ("%s", error->message), MK_EXIT_USAGE;
  /* What the sheet changed to fit a spreadsheet: a cut text, a number
   * shown as unknown. */
  for (const char *const *w = mk_sheet_get_warnings (sheet); *w != NULL; w++)
    g_printerr ("%s\n", *w);
  return MK_EXIT_OK;
}
