/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-school-year.h"
#include "mk-store-private.h"

GListModel *
mk_store_list_staff (MkStore  *self,
                     gint64    school_id,
                     GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT y.start_year, st.role, st.raw FROM school_year y "
      "LEFT JOIN staff st ON st.school_year = y.start_year AND st.school_id = ?1 "
      "ORDER BY y.start_year", error);
  GListStore *rows;
  MkStaffRow *row = NULL;

  if (stmt == NULL)
    return NULL;
  rows = g_list_store_new (MK_TYPE_STAFF_ROW);
  sqlite3_bind_int64 (stmt, 1, school_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      MkStaffRole role;

      if (row == NULL || mk_staff_row_get_school_year (row) != year)
        {
          row = mk_staff_row_new (school_id, year);
          g_list_store_append (rows, row);
          g_object_unref (row);
        }
      if (mk_staff_role_from_code (mk_stmt_column_text (stmt, 1), &role))
        mk_staff_row_set_raw (row, role, mk_stmt_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (rows);
}

static gboolean
delete_staff_value (MkStore     *self,
                    gint64       school_id,
                    int          school_year,
                    MkStaffRole  role,
                    GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "DELETE FROM staff WHERE school_id = ?1 AND school_year = ?2 AND role = ?3",
      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, school_id);
  sqlite3_bind_int (stmt, 2, school_year);
  mk_stmt_bind_text (stmt, 3, mk_staff_role_to_code (role));
  return mk_store_step_done (self, stmt, error);
}

static gboolean
write_staff_value (MkStore     *self,
                   gint64       school_id,
                   int          school_year,
                   MkStaffRole  role,
                   const char  *raw,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  int count = 0;

  if (!mk_staff_parse (raw, &count, NULL))
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("«%s» does not start with a number of staff; write "
                           "it like «2» or «2 (РК)»."), raw), FALSE);
  if (!mk_store_ensure_school_year (self, school_year, error))
    return FALSE;
  stmt = mk_store_statement (self,
      "INSERT INTO staff (school_id, school_year, role, count, raw) "
      "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO UPDATE SET "
      "count = excluded.count, raw = excluded.raw", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, school_id);
  sqlite3_bind_int (stmt, 2, school_year);
  mk_stmt_bind_text (stmt, 3, mk_staff_role_to_code (role));
  sqlite3_bind_int (stmt, 4, count);
  mk_stmt_bind_text (stmt, 5, raw);
  return mk_store_step_done (self, stmt, error);
}

gboolean
mk_store_set_staff (MkStore     *self,
                    gint64       school_id,
                    int          school_year,
                    MkStaffRole  role,
                    const char  *raw,
                    GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (raw != NULL ? raw : ""));
  gboolean ok;

  g_return_val_if_fail (role < MK_N_STAFF_ROLES, FALSE);
  if (*text == '\0')
    ok = delete_staff_value (self, school_id, school_year, role, error);
  else
    ok = write_staff_value (self, school_id, school_year, role, text, error);
  if (ok)
    mk_store_emit_changed (self, MK_TOPIC_STAFF);
  return ok;
}
