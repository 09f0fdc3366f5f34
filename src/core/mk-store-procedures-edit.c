/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-store-private.h"
#include "mk-store-procedures.h"

/* ВПР of grades 4 to 8 (docs/methodology.md, «Entities»). */
#define VPR_GRADE_MIN 4
#define VPR_GRADE_MAX 8

/* The parts of PROCEDURE as a spec; the strings are the procedure's. */
static MkProcedureSpec
spec_of (MkProcedure *procedure)
{
  MkProcedureSpec spec = {
    mk_procedure_get_kind (procedure),
    mk_procedure_get_subject_code (procedure),
    mk_procedure_get_subject (procedure),
    mk_procedure_get_grade (procedure),
    mk_procedure_get_level (procedure),
  };
  return spec;
}

/* SPEC as the parser reads its own code back: a procedure is only
 * accepted when every spelling of it leads to it again. OUT holds the
 * parser's static strings, CODE the canonical code. */
static gboolean
canonical_spec (const MkProcedureSpec  *spec,
                MkProcedureSpec        *out,
                char                  **code,
                GError                **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *written = NULL;

  if (spec->kind == NULL || *spec->kind == '\0' ||
      spec->subject_code == NULL || *spec->subject_code == '\0')
    {
      g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                           _("A procedure needs a kind (ВПР, ОГЭ or ЕГЭ) and a subject."));
      return FALSE;
    }
  written = mk_procedure_spec_to_code (spec);
  if (!mk_procedure_parse (written, out, &local))
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                   _("«%s» is not a procedure: %s."), written, local->message);
      return FALSE;
    }
  *code = mk_procedure_spec_to_code (out);
  if (mk_procedure_spec_has_grade (out) &&
      (out->grade < VPR_GRADE_MIN || out->grade > VPR_GRADE_MAX))
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                   _("ВПР in the catalog are for grades %d to %d, not %d."),
                   VPR_GRADE_MIN, VPR_GRADE_MAX, out->grade);
      g_clear_pointer (code, g_free);
      return FALSE;
    }
  return TRUE;
}

static gint64
count_results (MkStore     *self,
               const char  *code,
               GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT count(*) FROM result "
      "WHERE procedure_id = (SELECT id FROM procedure WHERE code = ?1)", error);
  gint64 count = -1;

  if (stmt == NULL)
    return -1;
  mk_stmt_bind_text (stmt, 1, code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    mk_store_fail (self, error);
  sqlite3_reset (stmt);
  return count;
}

/* FALSE with MK_STORE_ERROR_IN_USE when results use CODE, which then
 * can be neither deleted nor given other parts (its results would
 * silently change meaning). */
static gboolean
check_unused (MkStore     *self,
              const char  *code,
              gboolean     deleting,
              GError     **error)
{
  gint64 count = count_results (self, code, error);
  gulong n = (gulong) MIN (count, G_MAXLONG);

  if (count < 0)
    return FALSE;
  if (count == 0)
    return TRUE;
  if (deleting)
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_IN_USE,
                 ngettext ("«%s» cannot be deleted: %lu result uses it. "
                           "Delete that result first, or keep the procedure.",
                           "«%s» cannot be deleted: %lu results use it. "
                           "Delete those results first, or keep the procedure.", n),
                 code, n);
  else
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_IN_USE,
                 ngettext ("The kind, subject, grade and level of «%s» cannot change: "
                           "%lu result uses it. Only its title and order can.",
                           "The kind, subject, grade and level of «%s» cannot change: "
                           "%lu results use it. Only its title and order can.", n),
                 code, n);
  return FALSE;
}

static gboolean
check_new_code (MkStore     *self,
                const char  *code,
                GError     **error)
{
  g_autoptr(MkProcedure) existing = mk_store_find_procedure (self, code, NULL);

  if (existing == NULL)
    return TRUE;
  g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE,
               _("«%s» is already in the procedure catalog."), code);
  return FALSE;
}

static int
next_position (MkStore  *self,
               GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT coalesce (max (position), 0) + 1 FROM procedure", error);
  int position = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int (stmt, 0);
  else
    mk_store_fail (self, error);
  sqlite3_reset (stmt);
  return position;
}

/* TITLE stripped, or the default heading when it is NULL or blank. */
static char *
tidy_title (const char            *title,
            const MkProcedureSpec *spec)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title != NULL ? title : ""));

  if (*stripped != '\0')
    return g_steal_pointer (&stripped);
  return mk_procedure_spec_default_title (spec);
}

static void
bind_spec (sqlite3_stmt          *stmt,
           const char            *code,
           const MkProcedureSpec *spec)
{
  mk_stmt_bind_text (stmt, 1, code);
  mk_stmt_bind_text (stmt, 2, spec->kind);
  mk_stmt_bind_text (stmt, 3, spec->subject_code);
  mk_stmt_bind_text (stmt, 4, spec->subject);
  if (spec->grade != 0)
    sqlite3_bind_int (stmt, 5, spec->grade);
  else
    sqlite3_bind_null (stmt, 5);
  mk_stmt_bind_text (stmt, 6, spec->level);
}

MkProcedure *
mk_store_add_procedure (MkStore                *self,
                        const MkProcedureSpec  *spec,
                        const char             *title,
                        int                     position,
                        GError                **error)
{
  g_autofree char *code = NULL;
  g_autofree char *heading = NULL;
  MkProcedureSpec canonical;
  sqlite3_stmt *stmt;

  if (!canonical_spec (spec, &canonical, &code, error) ||
      !check_new_code (self, code, error))
    return NULL;
  if (position <= 0 && (position = next_position (self, error)) < 0)
    return NULL;
  heading = tidy_title (title, &canonical);
  stmt = mk_store_statement (self,
      "INSERT INTO procedure (code, kind, subject_code, subject, grade, level, title, position) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return NULL;
  bind_spec (stmt, code, &canonical);
  mk_stmt_bind_text (stmt, 7, heading);
  sqlite3_bind_int (stmt, 8, position);
  if (!mk_store_step_done (self, stmt, error))
    return NULL;
  mk_store_emit_changed (self, MK_TOPIC_PROCEDURES);
  return mk_store_find_procedure (self, code, error);
}

MkProcedure *
mk_store_add_procedure_written (MkStore     *self,
                                const char  *written,
                                const char  *title,
                                GError     **error)
{
  g_autoptr(GError) local = NULL;
  MkProcedureSpec spec;

  if (!mk_procedure_parse (written, &spec, &local))
    {
      g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                   _("«%s» is not a procedure: %s."), written, local->message);
      return NULL;
    }
  return mk_store_add_procedure (self, &spec, title, 0, error);
}

/* The procedure's row as UPDATED says it should be. */
static gboolean
write_update (MkStore                *self,
              gint64                  id,
              const char             *code,
              const MkProcedureSpec  *spec,
              const char             *title,
              int                     position,
              GError                **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "UPDATE procedure SET code = ?1, kind = ?2, subject_code = ?3, subject = ?4, "
      "grade = ?5, level = ?6, title = ?7, position = ?8 WHERE id = ?9", error);

  if (stmt == NULL)
    return FALSE;
  bind_spec (stmt, code, spec);
  mk_stmt_bind_text (stmt, 7, title);
  sqlite3_bind_int (stmt, 8, position);
  sqlite3_bind_int64 (stmt, 9, id);
  return mk_store_step_done (self, stmt, error);
}

gboolean
mk_store_update_procedure (MkStore                *self,
                           const char             *code,
                           const MkProcedureSpec  *spec,
                           const char             *title,
                           int                     position,
                           GError                **error)
{
  g_autoptr(MkProcedure) old = mk_store_find_procedure (self, code, error);
  g_autofree char *new_code = NULL;
  g_autofree char *heading = NULL;
  MkProcedureSpec parts;

  if (old == NULL)
    return FALSE;
  parts = spec_of (old);
  if (!canonical_spec (spec != NULL ? spec : &parts, &parts, &new_code, error))
    return FALSE;
  if (!g_str_equal (new_code, code) &&
      (!check_unused (self, code, FALSE, error) ||
       !check_new_code (self, new_code, error)))
    return FALSE;
  heading = title != NULL ? tidy_title (title, &parts) : g_strdup (mk_procedure_get_title (old));
  if (!write_update (self, mk_procedure_get_id (old), new_code, &parts, heading,
                     position > 0 ? position : mk_procedure_get_position (old), error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_PROCEDURES);
  return TRUE;
}

MkProcedure *
mk_store_delete_procedure (MkStore     *self,
                           const char  *code,
                           GError     **error)
{
  g_autoptr(MkProcedure) removed = mk_store_find_procedure (self, code, error);
  sqlite3_stmt *stmt;

  if (removed == NULL || !check_unused (self, code, TRUE, error))
    return NULL;
  stmt = mk_store_statement (self, "DELETE FROM procedure WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, mk_procedure_get_id (removed));
  if (!mk_store_step_done (self, stmt, error))
    return NULL;
  mk_store_emit_changed (self, MK_TOPIC_PROCEDURES);
  return g_steal_pointer (&removed);
}

gboolean
mk_store_restore_procedure (MkStore     *self,
                            MkProcedure *procedure,
                            GError     **error)
{
  MkProcedureSpec spec = spec_of (procedure);
  g_autoptr(MkProcedure) added = mk_store_add_procedure (self, &spec,
                                                         mk_procedure_get_title (procedure),
                                                         mk_procedure_get_position (procedure),
                                                         error);

  return added != NULL;
}

/* Counted here rather than by GROUP BY: the result table has no index by
 * procedure, and SQLite 3.40 sorts 2.4 million rows in a temporary
 * B-tree to group them (2.4 s at national scale) where a plain scan
 * takes a fraction of that. */
static GHashTable *
count_by_id (MkStore  *self,
             GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT procedure_id FROM result", error);
  g_autoptr(GHashTable) counts = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gpointer id = GINT_TO_POINTER ((int) sqlite3_column_int64 (stmt, 0));
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, id));

      g_hash_table_insert (counts, id, GUINT_TO_POINTER (n + 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&counts);
}

GHashTable *
mk_store_count_procedure_results (MkStore  *self,
                                  GError  **error)
{
  g_autoptr(GHashTable) by_id = count_by_id (self, error);
  g_autoptr(GListModel) catalog = NULL;
  GHashTable *counts;

  if (by_id == NULL || (catalog = mk_store_list_procedures (self, error)) == NULL)
    return NULL;
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (catalog); i++)
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (catalog, i);
      gpointer id = GINT_TO_POINTER ((int) mk_procedure_get_id (procedure));

      if (g_hash_table_contains (by_id, id))
        g_hash_table_insert (counts, g_strdup (mk_procedure_get_code (procedure)),
                             g_hash_table_lookup (by_id, id));
    }
  return counts;
}
