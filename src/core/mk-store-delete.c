/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-store-clusters.h"
#include "mk-store-private.h"
#include "mk-store-results.h"
#include "mk-store-roadmaps.h"

/* Everything that goes with a school (ON DELETE CASCADE), so that undo
 * puts the school back whole. */
struct _MkSchoolBackup
{
  MkSchool   *school;
  GList      *staff;        /* MkStaffRow */
  GArray     *results;      /* MkResultRow (procedure_code unset) */
  GArray     *context;      /* MkContextRow */
  GArray     *assessed;     /* int: the years it is listed as assessed */
  GListModel *assignments;  /* MkAssignment, overrides included */
  GPtrArray  *reports;      /* MkItemReport: what it reported of roadmaps */
};

void
mk_school_backup_free (MkSchoolBackup *backup)
{
  if (backup == NULL)
    return;
  g_clear_object (&backup->school);
  g_list_free_full (backup->staff, g_object_unref);
  g_clear_pointer (&backup->results, g_array_unref);
  g_clear_pointer (&backup->context, g_array_unref);
  g_clear_pointer (&backup->assessed, g_array_unref);
  g_clear_object (&backup->assignments);
  g_clear_pointer (&backup->reports, g_ptr_array_unref);
  g_free (backup);
}

static int
column_number (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL
         ? -1 : sqlite3_column_int (stmt, column);
}

static GArray *
collect_results (MkStore  *self,
                 gint64    school_id,
                 GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT year, procedure_id, participants, low, low_share, mark = 'Н', "
      "non_objective FROM result WHERE school_id = ?1", error);
  GArray *rows;

  if (stmt == NULL)
    return NULL;
  rows = g_array_new (FALSE, TRUE, sizeof (MkResultRow));
  sqlite3_bind_int64 (stmt, 1, school_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      MkResultRow row = { school_id, sqlite3_column_int (stmt, 0),
                          sqlite3_column_int64 (stmt, 1), NULL,
                          column_number (stmt, 2), column_number (stmt, 3),
                          column_number (stmt, 4), sqlite3_column_int (stmt, 5),
                          sqlite3_column_int (stmt, 6) };
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  return rows;
}

static GArray *
collect_context (MkStore  *self,
                 gint64    school_id,
                 GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT year, isbsh, students, project_500, reported_markers "
      "FROM context WHERE school_id = ?1", error);
  GArray *rows;

  if (stmt == NULL)
    return NULL;
  rows = g_array_new (FALSE, TRUE, sizeof (MkContextRow));
  sqlite3_bind_int64 (stmt, 1, school_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      MkContextRow row = { school_id, sqlite3_column_int (stmt, 0),
                           column_number (stmt, 1), column_number (stmt, 2),
                           column_number (stmt, 3), column_number (stmt, 4) };
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  return rows;
}

static GArray *
collect_assessed (MkStore  *self,
                  gint64    school_id,
                  GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT year FROM assessed WHERE school_id = ?1", error);
  GArray *years;

  if (stmt == NULL)
    return NULL;
  years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_bind_int64 (stmt, 1, school_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  return years;
}

static GList *
collect_staff (MkStore  *self,
               gint64    school_id,
               GError  **error)
{
  g_autoptr(GListModel) rows = mk_store_list_staff (self, school_id, error);
  GList *kept = NULL;

  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    kept = g_list_prepend (kept, g_list_model_get_item (rows, i));
  return g_list_reverse (kept);
}

/* Its reports of roadmap items, which the school's row does not carry
 * away by itself (school 0 is a municipality, so no foreign key). */
static GPtrArray *
take_reports (MkStore  *self,
              gint64    school_id,
              GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT item_id, status, information, evidence, reported FROM roadmap_status "
      "WHERE school_id = ?1", error);
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_item_report_free);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, school_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      MkItemStatus status = MK_STATUS_UNKNOWN;
      MkItemReport *report;

      mk_item_status_from_code (mk_stmt_column_text (stmt, 1), &status);
      report = mk_item_report_new (sqlite3_column_int64 (stmt, 0), school_id, status);
      g_free (report->information);
      report->information = g_strdup (mk_stmt_column_text (stmt, 2));
      g_free (report->evidence);
      report->evidence = g_strdup (mk_stmt_column_text (stmt, 3));
      g_free (report->reported);
      report->reported = g_strdup (mk_stmt_column_text (stmt, 4));
      g_ptr_array_add (reports, report);
    }
  sqlite3_reset (stmt);
  stmt = mk_store_statement (self, "DELETE FROM roadmap_status WHERE school_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, school_id);
  return mk_store_step_done (self, stmt, error) ? g_steal_pointer (&reports) : NULL;
}

/* Staff rows go with the school (ON DELETE CASCADE); the backup keeps them
 * so that undo restores the school whole. */
MkSchoolBackup *
mk_store_delete_school (MkStore  *self,
                        gint64    school_id,
                        GError  **error)
{
  g_autoptr(MkSchoolBackup) backup = g_new0 (MkSchoolBackup, 1);
  sqlite3_stmt *stmt;

  backup->school = mk_store_get_school (self, school_id, error);
  if (backup->school == NULL)
    return NULL;
  backup->staff = collect_staff (self, school_id, error);
  backup->results = collect_results (self, school_id, error);
  backup->context = collect_context (self, school_id, error);
  backup->assessed = collect_assessed (self, school_id, error);
  backup->assignments = mk_store_list_school_history (self, school_id, error);
  if (backup->results == NULL || backup->context == NULL || backup->assessed == NULL ||
      backup->assignments == NULL || !mk_store_begin (self, error))
    return NULL;
  /* The reports go first (they name the school) and come back with undo;
   * one transaction, so that a failed delete keeps them. */
  if ((backup->reports = take_reports (self, school_id, error)) == NULL ||
      (stmt = mk_store_statement (self, "DELETE FROM school WHERE id = ?1", error)) == NULL)
    return mk_store_rollback (self), NULL;
  sqlite3_bind_int64 (stmt, 1, school_id);
  if (!mk_store_step_done (self, stmt, error))
    return mk_store_rollback (self), NULL;
  mk_store_emit_changed (self, MK_TOPIC_SCHOOLS);
  return mk_store_commit (self, error) ? g_steal_pointer (&backup) : NULL;
}

static gboolean
restore_staff (MkStore     *self,
               MkStaffRow  *row,
               GError     **error)
{
  for (guint role = 0; role < MK_N_STAFF_ROLES; role++)
    {
      const char *raw = mk_staff_row_get_raw (row, role);
      if (*raw != '\0' &&
          !mk_store_set_staff (self, mk_staff_row_get_school_id (row),
                               mk_staff_row_get_school_year (row), role, raw,
                               error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_data (MkStore         *self,
              MkSchoolBackup  *backup,
              GError         **error)
{
  MkPutCounts counts = { 0 };

  if (backup->results->len > 0 &&
      !mk_store_put_results (self, (MkResultRow *) backup->results->data,
                             backup->results->len, &counts, error))
    return FALSE;
  for (guint i = 0; i < backup->context->len; i++)
    if (!mk_store_put_context (self, &g_array_index (backup->context, MkContextRow, i),
                               FALSE, NULL, error))
      return FALSE;
  for (guint i = 0; i < backup->assessed->len; i++)
    if (!mk_store_put_assessed (self, mk_school_get_id (backup->school),
                                g_array_index (backup->assessed, int, i), error))
      return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (backup->assignments); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (backup->assignments, i);
      if (!mk_store_restore_assignment (self, item, error))
        return FALSE;
    }
  for (guint i = 0; i < backup->reports->len; i++)
    if (!mk_store_set_item_report (self, backup->reports->pdata[i], NULL, error))
      return FALSE;
  return TRUE;
}

gboolean
mk_store_restore_school (MkStore         *self,
                         MkSchoolBackup  *backup,
                         GError         **error)
{
  sqlite3 *db = mk_store_get_db (self);
  gboolean ok;

  g_return_val_if_fail (backup != NULL, FALSE);
  sqlite3_exec (db, "SAVEPOINT restore_school", NULL, NULL, NULL);
  ok = mk_store_add_school (self, backup->school, error);
  for (GList *l = backup->staff; ok && l != NULL; l = l->next)
    ok = restore_staff (self, l->data, error);
  ok = ok && restore_data (self, backup, error);
  if (!ok)
    sqlite3_exec (db, "ROLLBACK TO restore_school", NULL, NULL, NULL);
  sqlite3_exec (db, "RELEASE restore_school", NULL, NULL, NULL);
  return ok;
}
