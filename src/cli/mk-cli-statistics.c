/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mk-cli-output.h"
#include "mk-cli-private.h"
#include "mk-cli-statistics.h"
#include "mk-school-year.h"
#include "mk-store-statistics.h"

static void
output_statistic (MkOutput *out,
                  gpointer  item,
                  gpointer  data)
{
  MkStatistic *row = item;
  g_autofree char *year = mk_statistic_dup_year_label (row);
  g_autofree char *schools = g_strdup_printf ("%u", mk_statistic_get_schools (row));
  g_autofree char *snro = g_strdup_printf ("%u", mk_statistic_get_snro (row));
  const char *values[] = { year, mk_statistic_get_scope (row), schools, snro, NULL };

  mk_output_row (out, values);
}

static int
list_statistics (MkCliContext *ctx)
{
  static const char *keys[] = { "school_year", "scope", "schools", "snro", NULL };

  return mk_cli_list (ctx, keys, mk_store_list_statistics, output_statistic);
}

/* --year and --scope name the figures for set and delete. */
static gboolean
parse_key (MkCliContext  *ctx,
           int           *year,
           const char   **scope)
{
  const char *text = mk_cli_option (ctx, "--year");

  *scope = mk_cli_option (ctx, "--scope");
  if (text == NULL || !mk_school_year_parse (text, year))
    {
      mk_cli_error (_("give the school year: --year 2022/2023"));
      return FALSE;
    }
  if (*scope == NULL || **scope == '\0')
    {
      mk_cli_error (_("give the scope the figures are for: --scope NAME"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_count (MkCliContext *ctx,
             const char   *name,
             guint        *count)
{
  const char *text = mk_cli_option (ctx, name);
  char *end = NULL;
  guint64 value;

  if (text != NULL && g_ascii_isdigit (*text))
    {
      value = g_ascii_strtoull (text, &end, 10);
      if (*end == '\0' && value <= G_MAXINT)
        return (*count = (guint) value, TRUE);
    }
  mk_cli_error (_("%s needs a whole number of schools, not «%s»"), name,
                text != NULL ? text : "");
  return FALSE;
}

static int
set_statistic (MkCliContext *ctx)
{
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkStatistic) statistic = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  const char *scope;
  guint schools, snro;
  MkPutOutcome outcome;
  int year;

  if (!parse_key (ctx, &year, &scope) || !parse_count (ctx, "--schools", &schools) ||
      !parse_count (ctx, "--snro", &snro))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  statistic = mk_statistic_new (year, scope, schools, snro, mk_cli_option (ctx, "--note"));
  if (!mk_store_set_statistic (store, statistic, &outcome, &error))
    {
      mk_cli_error ("%s", error->message);
      return error->code == MK_STORE_ERROR_INVALID ? MK_EXIT_REFUSED : MK_EXIT_DATABASE;
    }
  label = mk_school_year_format (year);
  if (outcome == MK_PUT_ADDED)
    printf (_("Added the statistics of «%s» for %s.\n"), scope, label);
  else if (outcome == MK_PUT_REPLACED)
    printf (_("Replaced the statistics of «%s» for %s.\n"), scope, label);
  else
    printf (_("The statistics of «%s» for %s are unchanged.\n"), scope, label);
  return MK_EXIT_OK;
}

static int
delete_statistic (MkCliContext *ctx)
{
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkStatistic) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  const char *scope;
  int year;

  if (!parse_key (ctx, &year, &scope))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((removed = mk_store_delete_statistic (store, year, scope, &error)) == NULL)
    {
      mk_cli_error ("%s", error->message);
      return error->code == MK_STORE_ERROR_NOT_FOUND ? MK_EXIT_REFUSED : MK_EXIT_DATABASE;
    }
  label = mk_statistic_dup_year_label (removed);
  printf (_("Deleted the statistics of «%s» for %s.\n"), mk_statistic_get_scope (removed), label);
  return MK_EXIT_OK;
}

int
mk_cli_statistics (MkCliContext *ctx)
{
  static const MkCliAction actions[] = {
    { NULL, list_statistics }, { "set", set_statistic }, { "delete", delete_statistic },
  };

  return mk_cli_run_action (ctx, actions, G_N_ELEMENTS (actions),
                            _("unknown statistics action «%s»: use set or delete, or nothing "
                              "to list"));
}
