/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "mk-charts-catalog.h"
#include "mk-cli-chart.h"
#include "mk-cli-private.h"
#include "mk-school-year.h"

#define DEFAULT_WIDTH  1000
#define DEFAULT_HEIGHT 600
#define MAX_SIZE       10000

/* The id is the first argument that is neither an option nor its value;
 * mk_cli_positional does not know --width and --height take one. */
static const char *
chart_id (MkCliContext *ctx)
{
  static const char *valued[] = {
    "--year", "--school", "--municipality", "--cluster", "-o", "--output",
    "--width", "--height",
  };

  for (int i = 1; i < ctx->argc; i++)
    {
      if (g_strv_contains (valued, ctx->argv[i]))
        i++;
      else if (ctx->argv[i][0] != '-')
        return ctx->argv[i];
    }
  return NULL;
}

static gboolean
parse_size (MkCliContext *ctx,
            const char   *name,
            int           fallback,
            int          *size)
{
  const char *text = mk_cli_option (ctx, name);
  char *end = NULL;
  gint64 value;

  *size = fallback;
  if (text == NULL)
    return TRUE;
  value = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || value < 100 || value > MAX_SIZE)
    return (mk_cli_error (_("%s must be a whole number from 100 to %d"), name, MAX_SIZE),
            FALSE);
  *size = (int) value;
  return TRUE;
}

static const char *
output_path (MkCliContext *ctx)
{
  const char *path = mk_cli_option (ctx, "-o");

  return path != NULL ? path : mk_cli_option (ctx, "--output");
}

/* Everything that needs no database: the id, the year, the file, sizes. */
static gboolean
check_usage (MkCliContext *ctx,
             const char   *id,
             MkChartQuery *query)
{
  const char *year = mk_cli_option (ctx, "--year");
  const char *cluster = mk_cli_option (ctx, "--cluster");

  if (!mk_charts_id_known (id))
    {
      g_autofree char *known = g_strjoinv (", ", (char **) mk_charts_ids ());
      return (mk_cli_error (_("unknown chart «%s»; charts: %s"), id ? id : "", known), FALSE);
    }
  if (year == NULL || !mk_school_year_parse (year, &query->school_year))
    return (mk_cli_error (_("give the school year: --year 2022/2023")), FALSE);
  if (!mk_chart_path_supported (output_path (ctx)))
    return (mk_cli_error (_("give the picture file: -o FILE.png, FILE.svg or FILE.pdf")), FALSE);
  if (mk_charts_needs_school (id) && mk_cli_option (ctx, "--school") == NULL)
    return (mk_cli_error (_("give the school: --school NAME")), FALSE);
  if (cluster != NULL && !mk_cluster_from_code (cluster, &query->cluster))
    return (mk_cli_error (_("--cluster must be SPU, SBU, SNRO, SFNSU or SRNR")), FALSE);
  return TRUE;
}

/* --school NAME [--municipality NAME]; prints why none or several match. */
static gboolean
find_school (MkCliContext *ctx,
             MkStore      *store,
             MkChartQuery *query)
{
  const char *name = mk_cli_option (ctx, "--school");
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) school = NULL;

  school = mk_store_find_school (store, query->municipality, name, &candidates, &error);
  if (school != NULL)
    return (query->school_id = mk_school_get_id (school), TRUE);
  mk_cli_error ("%s: %s", name, error != NULL ? error->message : _("Unknown school."));
  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    fprintf (stderr, "  %s\n", (const char *) candidates->pdata[i]);
  return FALSE;
}

/* A heat map grows with its rows unless a height is given. */
static int
default_height (const MkChartData *data)
{
  if (data->kind != MK_CHART_HEATMAP)
    return DEFAULT_HEIGHT;
  return CLAMP (220 + 22 * (int) data->series->len, 320, MAX_SIZE);
}

static int
write_chart (MkCliContext      *ctx,
             const MkChartData *data)
{
  g_autoptr(GError) error = NULL;
  int width, height;

  if (!parse_size (ctx, "--width", DEFAULT_WIDTH, &width) ||
      !parse_size (ctx, "--height", default_height (data), &height))
    return MK_EXIT_USAGE;
  if (!mk_chart_save (data, output_path (ctx), width, height, &error))
    return (mk_cli_error ("%s", error->message), MK_EXIT_USAGE);
  return MK_EXIT_OK;
}

int
mk_cli_chart (MkCliContext *ctx)
{
  const char *id = chart_id (ctx);
  MkChartQuery query = { .municipality = mk_cli_option (ctx, "--municipality"),
                         .cluster = MK_CLUSTER_NONE };
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkChartData) data = NULL;
  g_autoptr(GError) error = NULL;

  if (!check_usage (ctx, id, &query))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if (mk_charts_needs_school (id) && !find_school (ctx, store, &query))
    return MK_EXIT_REFUSED;
  if ((data = mk_charts_build (store, id, &query, &error)) == NULL)
    return (mk_cli_error ("%s", error->message), MK_EXIT_DATABASE);
  return write_chart (ctx, data);
}
