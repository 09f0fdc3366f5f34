/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-procedure-resolver.h"

#define MAX_CANDIDATES 3

typedef struct {
  gint64  id;
  char   *why;
} Resolution;

struct _MkProcedureResolver
{
  GListModel *catalog;
  GHashTable *by_code;  /* code → MkProcedure (borrowed from the catalog) */
  GHashTable *memo;     /* text as written → Resolution */
};

static void
resolution_free (gpointer data)
{
  Resolution *r = data;

  g_free (r->why);
  g_free (r);
}

MkProcedureResolver *
mk_procedure_resolver_new (MkStore  *store,
                           GError  **error)
{
  GListModel *catalog = mk_store_list_procedures (store, error);
  MkProcedureResolver *self;

  if (catalog == NULL)
    return NULL;
  self = g_new0 (MkProcedureResolver, 1);
  self->catalog = catalog;
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, resolution_free);
  for (guint i = 0; i < g_list_model_get_n_items (catalog); i++)
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (catalog, i);
      g_hash_table_insert (self->by_code, (char *) mk_procedure_get_code (procedure),
                           procedure);
    }
  return self;
}

void
mk_procedure_resolver_free (MkProcedureResolver *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_code);
  g_hash_table_unref (self->memo);
  g_object_unref (self->catalog);
  g_free (self);
}

static char *
explain (MkProcedureResolver *self,
         const char          *written,
         const char          *reason)
{
  g_autoptr(GPtrArray) closest = mk_procedure_closest (self->catalog, written,
                                                       MAX_CANDIDATES);
  g_autofree char *joined = NULL;

  g_ptr_array_add (closest, NULL);
  joined = g_strjoinv (", ", (char **) closest->pdata);
  return g_strdup_printf (_("unknown procedure «%s» (%s); the closest are %s"),
                          written, reason, joined);
}

static Resolution *
resolve (MkProcedureResolver *self,
         const char          *written)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *reason = NULL;
  Resolution *r = g_new0 (Resolution, 1);
  MkProcedure *procedure;
  MkProcedureSpec spec;

  if (!mk_procedure_parse (written, &spec, &error))
    return (r->why = explain (self, written, error->message), r);
  code = mk_procedure_spec_to_code (&spec);
  procedure = g_hash_table_lookup (self->by_code, code);
  if (procedure != NULL)
    return (r->id = mk_procedure_get_id (procedure), r);
  reason = g_strdup_printf (_("%s is not in the catalog"), code);
  r->why = explain (self, written, reason);
  return r;
}

gint64
mk_procedure_resolver_resolve (MkProcedureResolver  *self,
                               const char           *written,
                               const char          **why)
{
  Resolution *r = g_hash_table_lookup (self->memo, written);

  if (r == NULL)
    {
      r = resolve (self, written);
      g_hash_table_insert (self->memo, g_strdup (written), r);
    }
  *why = r->why;
  return r->id;
}

const char *
mk_procedure_resolver_code (MkProcedureResolver *self,
                            gint64               id)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->catalog); i++)
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (self->catalog, i);
      if (mk_procedure_get_id (procedure) == id)
        return mk_procedure_get_code (procedure);
    }
  return NULL;
}
