/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mk-cli-private.h"
#include "mk-import.h"

typedef gboolean (*ImportFunc) (MkStore *, const char *, const MkImportOptions *,
                                MkImportReport *, GError **);

static const struct { const char *what; ImportFunc import; } importers[] = {
  { "schools", mk_import_schools },
  { "staff", mk_import_staff },
  { "results", mk_import_results },
  { "markers", mk_import_markers },
  { "context", mk_import_context },
  { "overrides", mk_import_overrides },
  { "statistics", mk_import_statistics },
};

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
            ImportFunc    import,
            const char   *path)
{
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  MkImportOptions options = { mk_cli_option (ctx, "--sheet"),
                              mk_cli_flag (ctx, "--dry-run"),
                              mk_cli_flag (ctx, "--create-missing"),
                              year_option (ctx) };

  if (options.year < 0)
    return MK_EXIT_USAGE;
  if (import == mk_import_markers && options.year == 0)
    {
      mk_cli_error (_("import markers needs --year YYYY: the calendar year of the matrix"));
      return MK_EXIT_USAGE;
    }
  if ((store = mk_import_open_store (ctx->db_path, &options, &error)) == NULL)
    {
      mk_cli_error ("%s", error->message);
      return MK_EXIT_DATABASE;
    }
  if (!import (store, path, &options, report, &error))
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

  if (what == NULL || path == NULL)
    {
      mk_cli_error (_("usage: mayak-cli import schools|staff|results|markers|context|overrides|"
                      "statistics FILE [--dry-run] [--sheet NAME] [--create-missing] [--year YYYY]"));
      return MK_EXIT_USAGE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (importers); i++)
    if (g_str_equal (what, importers[i].what))
      return run_import (ctx, importers[i].import, path);
  mk_cli_error (_("cannot import «%s»: use schools, staff, results, markers, context, "
                  "overrides or statistics"),
                what);
  return MK_EXIT_USAGE;
}
