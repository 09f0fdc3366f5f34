/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-cli-private.h"
#include "mk-cli-roadmaps.h"
#include "mk-school-year.h"
#include "mk-store-roadmaps.h"

static void
output_roadmap (MkOutput *out,
                gpointer  item,
                gpointer  data)
{
  const MkRoadmapInfo *info = mk_roadmap_get_info (item);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, info->id);
  g_autofree char *number = g_strdup_printf ("%d", info->number);
  g_autofree char *year = mk_school_year_format (info->school_year);
  g_autofree char *clusters = mk_roadmap_dup_cluster_codes (item);
  const char *level = info->level == MK_ROADMAP_MUNICIPAL ? "municipal" : "school";
  const char *values[] = { id, number, year, info->municipality != NULL ? info->municipality : "",
                           clusters, level, info->archived ? "yes" : "no", info->title, NULL };

  mk_output_row (out, values);
}

int
mk_cli_roadmaps (MkCliContext *ctx)
{
  static const char *keys[] = { "id", "number", "school_year", "municipality", "clusters",
                                "level", "archived", "title", NULL };
  const char *year_text = mk_cli_option (ctx, "--year");
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GListModel) roadmaps = NULL;
  g_autoptr(GError) error = NULL;
  MkOutputFormat format;
  int year = 0;

  if (year_text != NULL && !mk_school_year_parse (year_text, &year))
    {
      mk_cli_error (_("--year needs a school year like 2022/2023, not «%s»"), year_text);
      return MK_EXIT_USAGE;
    }
  if (!mk_cli_format (ctx, &format))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((roadmaps = mk_store_list_roadmaps (store, year, &error)) == NULL)
    return (mk_cli_error ("%s", error->message), MK_EXIT_DATABASE);
  mk_cli_write_rows (mk_output_new (format, keys), roadmaps, output_roadmap, NULL);
  return MK_EXIT_OK;
}

gint64
mk_cli_roadmap_option (MkCliContext *ctx)
{
  const char *text = mk_cli_option (ctx, "--roadmap");
  guint64 id = 0;

  if (text == NULL)
    return 0;
  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      mk_cli_error (_("--roadmap needs the id of a roadmap (mayak-cli roadmaps lists them), "
                      "not «%s»"), text);
      return -1;
    }
  return (gint64) id;
}
