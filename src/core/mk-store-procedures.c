/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-store-private.h"
#include "mk-store-procedures.h"

#define MAX_CANDIDATES 3

#define PROCEDURE_COLUMNS \
  "SELECT id, code, kind, subject_code, subject, coalesce (grade, 0), level, " \
  "title, position FROM procedure "

static MkProcedure *
procedure_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (MK_TYPE_PROCEDURE,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "code", mk_stmt_column_text (stmt, 1),
                       "kind", mk_stmt_column_text (stmt, 2),
                       "subject-code", mk_stmt_column_text (stmt, 3),
                       "subject", mk_stmt_column_text (stmt, 4),
                       "grade", sqlite3_column_int (stmt, 5),
                       "level", mk_stmt_column_text (stmt, 6),
                       "title", mk_stmt_column_text (stmt, 7),
                       "position", sqlite3_column_int (stmt, 8),
                       NULL);
}

GListModel *
mk_store_list_procedures (MkStore  *self,
                          GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      PROCEDURE_COLUMNS "ORDER BY position, id", error);
  g_autoptr(GPtrArray) procedures = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *list;
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (procedures, procedure_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  list = g_list_store_new (MK_TYPE_PROCEDURE);
  g_list_store_splice (list, 0, 0, procedures->pdata, procedures->len);
  return G_LIST_MODEL (list);
}

MkProcedure *
mk_store_find_procedure (MkStore     *self,
                         const char  *code,
                         GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      PROCEDURE_COLUMNS "WHERE code = ?1", error);
  MkProcedure *procedure = NULL;

  if (stmt == NULL)
    return NULL;
  mk_stmt_bind_text (stmt, 1, code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    procedure = procedure_from_row (stmt);
  else
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                 _("«%s» is not in the procedure catalog"), code);
  sqlite3_reset (stmt);
  return procedure;
}

static void
fill_candidates (MkStore     *self,
                 const char  *written,
                 GPtrArray  **candidates)
{
  g_autoptr(GListModel) catalog = NULL;

  if (candidates == NULL)
    return;
  catalog = mk_store_list_procedures (self, NULL);
  *candidates = catalog != NULL
    ? mk_procedure_closest (catalog, written, MAX_CANDIDATES)
    : g_ptr_array_new_with_free_func (g_free);
}

MkProcedure *
mk_store_lookup_procedure (MkStore     *self,
                           const char  *written,
                           GPtrArray  **candidates,
                           GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *code = NULL;
  MkProcedureSpec spec;
  MkProcedure *procedure;

  if (candidates != NULL)
    *candidates = NULL;
  if (!mk_procedure_parse (written, &spec, &local))
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                   _("unknown procedure «%s»: %s"), written, local->message);
      fill_candidates (self, written, candidates);
      return NULL;
    }
  code = mk_procedure_spec_to_code (&spec);
  procedure = mk_store_find_procedure (self, code, NULL);
  if (procedure != NULL)
    return procedure;
  g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
               _("unknown procedure «%s»: %s is not in the catalog"), written, code);
  fill_candidates (self, written, candidates);
  return NULL;
}
