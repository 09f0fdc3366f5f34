/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mk-cli-output.h"
#include "mk-cli-private.h"
#include "mk-demo.h"

/* Options that take a value, so that their value is not a positional. */
static const char *valued[] = {
  "--format", "--sheet", "--year", "--school", "--cluster", "--reason",
  "--municipality", "-o", "--output", "--from",
  "--scope", "--schools", "--snro", "--note",
  "--title", "--extract", "--date",
};

void
mk_cli_error (const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "mayak-cli: %s\n", message);
}

static gboolean
takes_value (const char *arg)
{
  for (guint i = 0; i < G_N_ELEMENTS (valued); i++)
    if (g_str_equal (arg, valued[i]))
      return TRUE;
  return FALSE;
}

const char *
mk_cli_option (MkCliContext *ctx,
               const char   *name)
{
  gsize len = strlen (name);

  for (int i = 1; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];
      if (g_str_equal (arg, name) && i + 1 < ctx->argc)
        return ctx->argv[i + 1];
      if (strncmp (arg, name, len) == 0 && arg[len] == '=')
        return arg + len + 1;
    }
  return NULL;
}

gboolean
mk_cli_flag (MkCliContext *ctx,
             const char   *name)
{
  for (int i = 1; i < ctx->argc; i++)
    if (g_str_equal (ctx->argv[i], name))
      return TRUE;
  return FALSE;
}

const char *
mk_cli_positional (MkCliContext *ctx,
                   guint         n)
{
  for (int i = 1; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];
      if (takes_value (arg))
        i++;
      else if (arg[0] == '-' && arg[1] != '\0')
        continue;
      else if (n-- == 0)
        return arg;
    }
  return NULL;
}

/* A database that cannot be opened is exit 3, whatever the command. */
static MkStore *
open_with (MkStore     *(*open) (const char *, GError **),
           MkCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  MkStore *store = open (ctx->db_path, &error);

  if (store == NULL)
    mk_cli_error ("%s", error->message);
  return store;
}

MkStore *
mk_cli_open_store (MkCliContext *ctx)
{
  return open_with (mk_store_open, ctx);
}

gboolean
mk_cli_format (MkCliContext   *ctx,
               MkOutputFormat *format)
{
  if (mk_output_format_parse (mk_cli_option (ctx, "--format"), format))
    return TRUE;
  mk_cli_error (_("--format must be tsv, csv or json"));
  return FALSE;
}

void
mk_cli_write_rows (MkOutput     *out,
                   GListModel   *items,
                   MkCliRowFunc  row,
                   gpointer      data)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      row (out, item, data);
    }
  mk_output_finish (out);
}

int
mk_cli_list (MkCliContext      *ctx,
             const char *const *keys,
             MkCliListFunc      list,
             MkCliRowFunc       row)
{
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  MkOutputFormat format;

  if (!mk_cli_format (ctx, &format))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((items = list (store, &error)) == NULL)
    return (mk_cli_error ("%s", error->message), MK_EXIT_DATABASE);
  mk_cli_write_rows (mk_output_new (format, keys), items, row, NULL);
  return MK_EXIT_OK;
}

int
mk_cli_run_action (MkCliContext      *ctx,
                   const MkCliAction *actions,
                   guint              n_actions,
                   const char        *usage)
{
  const char *word = mk_cli_positional (ctx, 0);

  for (guint i = 0; i < n_actions; i++)
    if (g_strcmp0 (actions[i].word, word) == 0)
      return actions[i].run (ctx);
  mk_cli_error (usage, word);
  return MK_EXIT_USAGE;
}

MkStore *
mk_cli_open_store_to_read (MkCliContext *ctx)
{
  return open_with (mk_store_open_to_read, ctx);
}


int
mk_cli_init (MkCliContext *ctx)
{
  g_autoptr(MkStore) store = mk_cli_open_store (ctx);

  if (store == NULL)
    return MK_EXIT_DATABASE;
  printf ("schema %d\n", mk_store_get_schema_version (store));
  return MK_EXIT_OK;
}

int
mk_cli_demo (MkCliContext *ctx)
{
  g_autoptr(MkStore) store = mk_cli_open_store (ctx);
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return MK_EXIT_DATABASE;
  if (!mk_demo_load (store, &error))
    {
      mk_cli_error ("%s", error->message);
      return MK_EXIT_REFUSED;
    }
  printf (_("Demo data loaded: %u schools.\n"), mk_store_count_schools (store));
  return MK_EXIT_OK;
}

static void
print_school (MkOutput *out,
              gpointer  item,
              gpointer  data)
{
  MkSchool *school = item;
  const char *values[] = {
    mk_school_get_municipality (school), mk_school_get_name (school),
    mk_school_get_full_name (school),
    mk_profile_to_code (mk_school_get_profile (school)), NULL };

  mk_output_row (out, values);
}

int
mk_cli_schools (MkCliContext *ctx)
{
  static const char *keys[] = { "municipality", "name", "full_name", "profile", NULL };

  return mk_cli_list (ctx, keys, mk_store_list_schools, print_school);
}

/* backup TARGET: a copy that holds every write, taken with the database
 * open read-only, so that it is safe while the app runs. */
int
mk_cli_backup (MkCliContext *ctx)
{
  const char *target = mk_cli_positional (ctx, 0);
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (target == NULL)
    return (mk_cli_error (_("usage: mayak-cli backup TARGET")), MK_EXIT_USAGE);
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if (!mk_store_backup (store, target, &error))
    {
      mk_cli_error ("%s", error->message);
      return g_error_matches (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID)
             ? MK_EXIT_USAGE : MK_EXIT_DATABASE;
    }
  printf (_("Copy saved: %s\n"), target);
  return MK_EXIT_OK;
}
