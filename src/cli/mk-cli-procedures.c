/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mk-cli-output.h"
#include "mk-cli-private.h"
#include "mk-cli-procedures.h"
#include "mk-store-procedures.h"

static void
output_procedure (MkOutput *out,
                  gpointer  item,
                  gpointer  data)
{
  MkProcedure *procedure = item;
  GHashTable *counts = data;
  int grade = mk_procedure_get_grade (procedure);
  g_autofree char *grade_text = grade ? g_strdup_printf ("%d", grade) : g_strdup ("");
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, mk_procedure_get_code (procedure)));
  g_autofree char *results = g_strdup_printf ("%u", count);
  const char *values[] = {
    mk_procedure_get_code (procedure), mk_procedure_get_kind (procedure),
    mk_procedure_get_subject (procedure), grade_text, mk_procedure_get_level (procedure),
    mk_procedure_get_title (procedure), results, NULL,
  };

  mk_output_row (out, values);
}

static int
list_procedures (MkCliContext *ctx)
{
  static const char *keys[] = { "code", "kind", "subject", "grade", "level", "title",
                                "results", NULL };
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GListModel) procedures = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GError) error = NULL;
  MkOutputFormat format;

  if (!mk_cli_format (ctx, &format))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((procedures = mk_store_list_procedures (store, &error)) == NULL ||
      (counts = mk_store_count_procedure_results (store, &error)) == NULL)
    return (mk_cli_error ("%s", error->message), MK_EXIT_DATABASE);
  mk_cli_write_rows (mk_output_new (format, keys), procedures, output_procedure, counts);
  return MK_EXIT_OK;
}

/* Refusals of the data are status 1, anything else the database's. */
static int
report_failure (const GError *error)
{
  mk_cli_error ("%s", error->message);
  if (error->domain == MK_STORE_ERROR &&
      (error->code == MK_STORE_ERROR_INVALID || error->code == MK_STORE_ERROR_DUPLICATE ||
       error->code == MK_STORE_ERROR_IN_USE || error->code == MK_STORE_ERROR_NOT_FOUND))
    return MK_EXIT_REFUSED;
  return MK_EXIT_DATABASE;
}

static int
add_procedure (MkCliContext *ctx)
{
  const char *written = mk_cli_positional (ctx, 1);
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkProcedure) added = NULL;
  g_autoptr(GError) error = NULL;

  if (written == NULL || *written == '\0')
    return (mk_cli_error (_("give the procedure to add: procedures add \"ОГЭ АНГ\"")),
            MK_EXIT_USAGE);
  if ((store = mk_cli_open_store (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  added = mk_store_add_procedure_written (store, written, mk_cli_option (ctx, "--title"),
                                          &error);
  if (added == NULL)
    return report_failure (error);
  printf (_("Added the procedure %s «%s».\n"), mk_procedure_get_code (added),
          mk_procedure_get_title (added));
  return MK_EXIT_OK;
}

/* The procedure WRITTEN names, written any way people write it ("ОГЭ
 * литература"); NULL after saying which codes are closest. */
static MkProcedure *
lookup (MkStore    *store,
        const char *written)
{
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *hint = NULL;
  MkProcedure *procedure = mk_store_lookup_procedure (store, written, &candidates, &error);

  if (procedure != NULL)
    return procedure;
  if (candidates == NULL || candidates->len == 0)
    return (mk_cli_error ("%s", error->message), NULL);
  g_ptr_array_add (candidates, NULL);
  joined = g_strjoinv (", ", (char **) candidates->pdata);
  hint = g_strdup_printf (_(" Did you mean: %s?"), joined);
  mk_cli_error ("%s.%s", error->message, hint);
  return NULL;
}

static int
delete_procedure (MkCliContext *ctx)
{
  const char *written = mk_cli_positional (ctx, 1);
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkProcedure) procedure = NULL;
  g_autoptr(MkProcedure) removed = NULL;
  g_autoptr(GError) error = NULL;

  if (written == NULL || *written == '\0')
    return (mk_cli_error (_("give the procedure to delete: procedures delete CODE")),
            MK_EXIT_USAGE);
  if ((store = mk_cli_open_store (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((procedure = lookup (store, written)) == NULL)
    return MK_EXIT_REFUSED;
  removed = mk_store_delete_procedure (store, mk_procedure_get_code (procedure), &error);
  if (removed == NULL)
    return report_failure (error);
  printf (_("Deleted the procedure %s «%s».\n"), mk_procedure_get_code (removed),
          mk_procedure_get_title (removed));
  return MK_EXIT_OK;
}

int
mk_cli_procedures (MkCliContext *ctx)
{
  static const MkCliAction actions[] = {
    { NULL, list_procedures }, { "add", add_procedure }, { "delete", delete_procedure },
  };

  return mk_cli_run_action (ctx, actions, G_N_ELEMENTS (actions),
                            _("unknown procedures action «%s»: use add or delete, or nothing "
                              "to list"));
}
