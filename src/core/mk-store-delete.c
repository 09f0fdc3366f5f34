#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-store-private.h"

struct _MkSchoolBackup
{
  MkSchool *school;
  GList    *staff;   /* MkStaffRow, only years that had values */
};

void
mk_school_backup_free (MkSchoolBackup *backup)
{
  if (backup == NULL)
    return;
  g_clear_object (&backup->school);
  g_list_free_full (backup->staff, g_object_unref);
  g_free (backup);
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
  stmt = mk_store_statement (self, "DELETE FROM school WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, school_id);
  if (!mk_store_step_done (self, stmt, error))
    return NULL;
  mk_store_emit_changed (self, MK_TOPIC_SCHOOLS);
  return g_steal_pointer (&backup);
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
  if (!ok)
    sqlite3_exec (db, "ROLLBACK TO restore_school", NULL, NULL, NULL);
  sqlite3_exec (db, "RELEASE restore_school", NULL, NULL, NULL);
  return ok;
}
