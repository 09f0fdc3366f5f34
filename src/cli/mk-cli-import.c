/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mk-cli-private.h"
#include "mk-cli-roadmaps.h"
#include "mk-importers.h"

static void
print_lines (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    fprintf (stderr, "%s\n", (const char *) lines->pdata[i]);
}

/* Exit status by what went wrong: the data, the file, or the database. */
static int
status_for (GError *error)
{
  if (error->domain == MK_IMPORT_ERROR)
    return MK_EXIT_REFUSED;
  if (error->domain == MK_STORE_ERROR)
    return MK_EXIT_DATABASE;
  return MK_EXIT_USAGE;
}

/* --year YYYY: a calendar year, 0 when not given, -1 when malformed. */
static int
year_option (MkCliContext *ctx)
{
  const char *text = mk_cli_option (ctx, "--year");
  char *end = NULL;
  gint64 year;

  if (text == NULL)
    return 0;
  year = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || year < 1990 || year > 2100)
    {
      mk_cli_error (_("--year needs a calendar year like 2022, not «%s»"), text);
      return -1;
    }
  return (int) year;
}

static int
run_import (MkCliContext *ctx,
            MkImportKind  kind,
            const char   *path)
{
  const MkImporterInfo *importer = mk_importer_get (kind);
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  MkImportOptions options = { mk_cli_option (ctx, "--sheet"),
                              mk_cli_flag (ctx, "--dry-run"),
                              mk_cli_flag (ctx, "--create-missing"),
                              year_option (ctx) };

  options.roadmap_id = mk_cli_roadmap_option (ctx);
  if (options.year < 0 || options.roadmap_id < 0)
    return MK_EXIT_USAGE;
  if (options.roadmap_id != 0 && !importer->takes_roadmap)
    {
      mk_cli_error (_("import %s reports on no roadmap: --roadmap does not apply"), importer->name);
      return MK_EXIT_USAGE;
    }
  options.indicator_set = mk_cli_option (ctx, "--set");
  options.municipality = mk_cli_option (ctx, "--municipality");
  options.school = mk_cli_option (ctx, "--school");
  if ((options.indicator_set != NULL || options.municipality != NULL || options.school != NULL) &&
      kind != MK_IMPORT_KIND_INDICATORS)
    {
      mk_cli_error (_("import %s takes no --set, --municipality or --school"), importer->name);
      return MK_EXIT_USAGE;
    }
  if (importer->needs_year && options.year == 0)
    {
      mk_cli_error (_("import markers needs --year YYYY: the calendar year of the matrix"));
      return MK_EXIT_USAGE;
    }
  if ((store = mk_import_open_store (ctx->db_path, &options, &error)) == NULL)
    {
      mk_cli_error ("%s", error->message);
      return MK_EXIT_DATABASE;
    }
  if (!mk_import (kind, store, path, &options, report, &error))
    {
      print_lines (mk_import_report_get_warnings (report));
      print_lines (mk_import_report_get_errors (report));
      mk_cli_error ("%s", error->message);
      return status_for (error);
    }
  print_lines (mk_import_report_get_warnings (report));
  summary = mk_import_report_dup_summary (report);
  if (options.dry_run)
    printf (_("Dry run, nothing written: %s\n"), summary);
  else
    printf (_("Imported: %s\n"), summary);
  return MK_EXIT_OK;
}

int
mk_cli_import (MkCliContext *ctx)
{
  const char *what = mk_cli_positional (ctx, 0);
  const char *path = mk_cli_positional (ctx, 1);
  MkImportKind kind;

  if (what == NULL || path == NULL)
    {
      mk_cli_error (_("usage: mayak-cli import schools|staff|results|markers|context|overrides|"
                      "statistics|roadmaps|roadmap-items|roadmap-statuses|indicators|protocol FILE [--dry-run] "
                      "[--sheet NAME] [--create-missing] [--year YYYY] [--roadmap ID]"));
      return MK_EXIT_USAGE;
    }
  if (mk_importer_find (what, &kind) != NULL)
    return run_import (ctx, kind, path);
  mk_cli_error (_("cannot import «%s»: use schools, staff, results, markers, context, "
                  "overrides, statistics, roadmaps, roadmap-items, roadmap-statuses, indicators or protocol"),
                what);
  return MK_EXIT_USAGE;
}
