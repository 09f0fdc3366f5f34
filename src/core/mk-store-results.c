/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-store-private.h"
#include "mk-store-results-private.h"

void
mk_stmt_bind_number (sqlite3_stmt *stmt,
                     int           index,
                     int           value)
{
  if (value < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value);
}

int
mk_stmt_column_number (sqlite3_stmt *stmt,
                       int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return -1;
  return sqlite3_column_int (stmt, column);
}

/* Codes by procedure id: joining the catalog in the query would cost a
 * fifth of a national classification. */
static GPtrArray *
load_codes (MkStore  *self,
            GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT id, code FROM procedure", error);
  GPtrArray *codes;

  if (stmt == NULL)
    return NULL;
  codes = g_ptr_array_new_with_free_func (g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint id = sqlite3_column_int (stmt, 0);
      if (id >= codes->len)
        g_ptr_array_set_size (codes, id + 1);
      codes->pdata[id] = g_strdup (mk_stmt_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return codes;
}

static const char *
code_of (GPtrArray *codes,
         gint64     id)
{
  if (id < 0 || id >= codes->len || codes->pdata[id] == NULL)
    return "";
  return codes->pdata[id];
}

/* In the table's key order, so that SQLite streams without sorting. */
gboolean
mk_store_foreach_result (MkStore       *self,
                         int            first_year,
                         int            last_year,
                         MkResultFunc   func,
                         gpointer       user_data,
                         GError       **error)
{
  g_autoptr(GPtrArray) codes = load_codes (self, error);
  sqlite3_stmt *stmt = codes == NULL ? NULL : mk_store_statement (self,
      "SELECT school_id, year, procedure_id, participants, low, low_share, "
      "mark = 'Н', non_objective FROM result "
      "WHERE year BETWEEN ?1 AND ?2 ORDER BY school_id, year, procedure_id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, first_year);
  sqlite3_bind_int (stmt, 2, last_year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 procedure_id = sqlite3_column_int64 (stmt, 2);
      MkResultRow row = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
        procedure_id, code_of (codes, procedure_id),
        mk_stmt_column_number (stmt, 3), mk_stmt_column_number (stmt, 4),
        mk_stmt_column_number (stmt, 5), sqlite3_column_int (stmt, 6),
        sqlite3_column_int (stmt, 7) };
      if (!func (&row, user_data))
        break;
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE || mk_store_fail (self, error);
}

static void
context_from_row (sqlite3_stmt *stmt,
                  MkContextRow *row)
{
  row->school_id = sqlite3_column_int64 (stmt, 0);
  row->year = sqlite3_column_int (stmt, 1);
  row->isbsh = mk_stmt_column_number (stmt, 2);
  row->students = mk_stmt_column_number (stmt, 3);
  row->project_500 = mk_stmt_column_number (stmt, 4);
  row->reported_markers = mk_stmt_column_number (stmt, 5);
}

#define CONTEXT_COLUMNS "SELECT school_id, year, isbsh, students, project_500, " \
  "reported_markers FROM context "

gboolean
mk_store_foreach_context (MkStore        *self,
                          int             first_year,
                          int             last_year,
                          MkContextFunc   func,
                          gpointer        user_data,
                          GError        **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, CONTEXT_COLUMNS
      "WHERE year BETWEEN ?1 AND ?2 ORDER BY school_id, year", error);
  MkContextRow row;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, first_year);
  sqlite3_bind_int (stmt, 2, last_year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      context_from_row (stmt, &row);
      if (!func (&row, user_data))
        break;
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE || mk_store_fail (self, error);
}

gboolean
mk_store_get_context (MkStore       *self,
                      gint64         school_id,
                      int            year,
                      MkContextRow  *row,
                      GError       **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, CONTEXT_COLUMNS
      "WHERE school_id = ?1 AND year = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, school_id);
  sqlite3_bind_int (stmt, 2, year);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    context_from_row (stmt, row);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return mk_store_fail (self, error);
  return rc == SQLITE_ROW;
}

static void
merge_context (MkContextRow       *merged,
               const MkContextRow *stored,
               const MkContextRow *row)
{
  *merged = *row;
  if (merged->isbsh < 0)
    merged->isbsh = stored->isbsh;
  if (merged->students < 0)
    merged->students = stored->students;
  if (merged->project_500 < 0)
    merged->project_500 = stored->project_500;
  if (merged->reported_markers < 0)
    merged->reported_markers = stored->reported_markers;
}

static gboolean
same_context (const MkContextRow *a,
              const MkContextRow *b)
{
  return a->isbsh == b->isbsh && a->students == b->students &&
         a->project_500 == b->project_500 &&
         a->reported_markers == b->reported_markers;
}

static gboolean
write_context (MkStore             *self,
               const MkContextRow  *row,
               GError             **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO context (school_id, year, isbsh, students, project_500, "
      "reported_markers) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
      "ON CONFLICT (school_id, year) DO UPDATE SET isbsh = excluded.isbsh, "
      "students = excluded.students, project_500 = excluded.project_500, "
      "reported_markers = excluded.reported_markers", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->school_id);
  sqlite3_bind_int (stmt, 2, row->year);
  mk_stmt_bind_number (stmt, 3, row->isbsh);
  mk_stmt_bind_number (stmt, 4, row->students);
  mk_stmt_bind_number (stmt, 5, row->project_500);
  mk_stmt_bind_number (stmt, 6, row->reported_markers);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_CONTEXT);
  return TRUE;
}

gboolean
mk_store_put_context (MkStore             *self,
                      const MkContextRow  *row,
                      gboolean             merge,
                      MkPutOutcome        *outcome,
                      GError             **error)
{
  g_autoptr(GError) local = NULL;
  MkContextRow stored, merged = *row;
  MkPutOutcome ignored;
  gboolean exists = mk_store_get_context (self, row->school_id, row->year,
                                          &stored, &local);

  if (outcome == NULL)
    outcome = &ignored;
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (exists && merge)
    merge_context (&merged, &stored, row);
  if (exists && same_context (&merged, &stored))
    {
      *outcome = MK_PUT_UNCHANGED;
      return TRUE;
    }
  *outcome = exists ? MK_PUT_REPLACED : MK_PUT_ADDED;
  /* The year is offered by every year selector once it has context. */
  return mk_store_ensure_school_year (self, row->year, error) &&
         mk_store_note_change (self, MK_CHANGE_DATA, row->year, error) &&
         write_context (self, &merged, error);
}

GArray *
mk_store_list_result_years (MkStore  *self,
                            GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT DISTINCT year FROM result ORDER BY year", error);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&years);
}
