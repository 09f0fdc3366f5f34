/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-names.h"
#include "mk-store-private.h"

#define SCHOOL_COLUMNS \
  "s.id, m.name, coalesce (r.name, ''), s.name, s.full_name, s.legal_form, " \
  "s.profile, s.rural, s.head, s.deputy, s.curator "
#define SCHOOL_FROM \
  "FROM school s JOIN municipality m ON m.id = s.municipality_id " \
  "LEFT JOIN region r ON r.id = m.region_id "
#define SCHOOL_ORDER "ORDER BY m.name COLLATE mk_natural, s.name COLLATE mk_natural, s.id"

static gint64
ensure_region (MkStore     *self,
               const char  *region,
               GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO region (name) VALUES (?1) "
      "ON CONFLICT (name) DO UPDATE SET name = name RETURNING id", error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  mk_stmt_bind_text (stmt, 1, region);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    mk_store_fail (self, error);
  sqlite3_reset (stmt);
  return id;
}

/* A municipality keeps the region it was first given unless it had none. */
gint64
mk_store_ensure_municipality (MkStore     *self,
                              const char  *municipality,
                              const char  *region,
                              GError     **error)
{
  g_autofree char *key = NULL;
  g_autofree char *trimmed = g_strdup (municipality);
  sqlite3_stmt *stmt;
  gint64 region_id = 0, id = 0;

  if (region != NULL && *region != '\0' &&
      (region_id = ensure_region (self, region, error)) == 0)
    return 0;
  stmt = mk_store_statement (self,
      "INSERT INTO municipality (name, name_key, region_id) "
      "VALUES (?1, ?3, nullif (?2, 0)) "
      "ON CONFLICT (name_key) DO UPDATE SET region_id = "
      "coalesce (municipality.region_id, excluded.region_id) RETURNING id", error);
  if (stmt == NULL)
    return 0;
  key = mk_store_municipality_key (municipality);
  if (*key == '\0')
    return (g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                                 _("The municipality is empty.")), 0);
  mk_stmt_bind_text (stmt, 1, g_strstrip (trimmed));
  sqlite3_bind_int64 (stmt, 2, region_id);
  mk_stmt_bind_text (stmt, 3, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    mk_store_fail (self, error);
  sqlite3_reset (stmt);
  return id;
}

char **
mk_store_list_municipalities (MkStore  *self,
                              GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT name FROM municipality ORDER BY name COLLATE mk_natural", error);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (names, mk_stmt_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return g_strv_builder_end (names);
}

guint
mk_store_count_schools (MkStore *self)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT count(*) FROM school", NULL);
  guint count = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return count;
}

static MkSchool *
school_from_row (sqlite3_stmt *stmt)
{
  MkSchool *school = mk_school_new ();
  MkProfile profile = MK_PROFILE_SECONDARY;

  mk_school_set_id (school, sqlite3_column_int64 (stmt, 0));
  mk_school_set_municipality (school, mk_stmt_column_text (stmt, 1));
  mk_school_set_region (school, mk_stmt_column_text (stmt, 2));
  mk_school_set_name (school, mk_stmt_column_text (stmt, 3));
  mk_school_set_full_name (school, mk_stmt_column_text (stmt, 4));
  mk_school_set_legal_form (school, mk_stmt_column_text (stmt, 5));
  mk_profile_from_text (mk_stmt_column_text (stmt, 6), &profile);
  mk_school_set_profile (school, profile);
  mk_school_set_rural (school, sqlite3_column_int (stmt, 7));
  mk_school_set_head (school, mk_stmt_column_text (stmt, 8));
  mk_school_set_deputy (school, mk_stmt_column_text (stmt, 9));
  mk_school_set_curator (school, mk_stmt_column_text (stmt, 10));
  return school;
}

GListModel *
mk_store_list_schools (MkStore  *self,
                       GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT " SCHOOL_COLUMNS SCHOOL_FROM SCHOOL_ORDER, error);
  g_autoptr(GPtrArray) schools = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *list;
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (schools, school_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  list = g_list_store_new (MK_TYPE_SCHOOL);
  g_list_store_splice (list, 0, 0, schools->pdata, schools->len);
  return G_LIST_MODEL (list);
}

MkSchool *
mk_store_get_school (MkStore  *self,
                     gint64    id,
                     GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT " SCHOOL_COLUMNS SCHOOL_FROM "WHERE s.id = ?1", error);
  MkSchool *school = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    school = school_from_row (stmt);
  else
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                 _("There is no school with id %lld."), (long long) id);
  sqlite3_reset (stmt);
  return school;
}

/* The school that already holds KEY in the municipality, for messages. */
static char *
existing_name (MkStore    *self,
               gint64      municipality_id,
               const char *key,
               gint64      except_id)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT name FROM school WHERE municipality_id = ?1 AND name_key = ?2 "
      "AND id <> ?3", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, municipality_id);
  mk_stmt_bind_text (stmt, 2, key);
  sqlite3_bind_int64 (stmt, 3, except_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (mk_stmt_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

/* Checks what the database cannot say well and finds the municipality. */
static gboolean
validate_school (MkStore   *self,
                 MkSchool  *school,
                 char     **key,
                 gint64    *municipality_id,
                 GError   **error)
{
  g_autofree char *name = g_strstrip (g_strdup (mk_school_get_name (school)));
  g_autofree char *municipality =
    g_strstrip (g_strdup (mk_school_get_municipality (school)));
  g_autofree char *taken = NULL;

  if (*municipality == '\0')
    return (g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                                 _("The municipality is empty.")), FALSE);
  if (*name == '\0')
    return (g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                                 _("The school name is empty.")), FALSE);
  *key = mk_names_school_key (name);
  if (*key == NULL || **key == '\0')
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("«%s» is not a school name."), name), FALSE);
  *municipality_id = mk_store_ensure_municipality (self, municipality,
                                                   mk_school_get_region (school),
                                                   error);
  if (*municipality_id == 0)
    return FALSE;
  taken = existing_name (self, *municipality_id, *key, mk_school_get_id (school));
  if (taken == NULL)
    return TRUE;
  g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE,
               _("%s already has the school «%s»; «%s» would be the same school."),
               municipality, taken, name);
  return FALSE;
}

static void
bind_school (sqlite3_stmt *stmt,
             MkSchool     *school,
             const char   *key,
             gint64        municipality_id)
{
  g_autofree char *name = g_strstrip (g_strdup (mk_school_get_name (school)));

  sqlite3_bind_int64 (stmt, 1, municipality_id);
  mk_stmt_bind_text (stmt, 2, name);
  mk_stmt_bind_text (stmt, 3, key);
  mk_stmt_bind_text (stmt, 4, mk_school_get_full_name (school));
  mk_stmt_bind_text (stmt, 5, mk_school_get_legal_form (school));
  mk_stmt_bind_text (stmt, 6, mk_profile_to_code (mk_school_get_profile (school)));
  sqlite3_bind_int (stmt, 7, mk_school_get_rural (school));
  mk_stmt_bind_text (stmt, 8, mk_school_get_head (school));
  mk_stmt_bind_text (stmt, 9, mk_school_get_deputy (school));
  mk_stmt_bind_text (stmt, 10, mk_school_get_curator (school));
  if (mk_school_get_id (school) != 0)
    sqlite3_bind_int64 (stmt, 11, mk_school_get_id (school));
}

/* Runs under a savepoint so that a failed write leaves nothing behind
 * (a municipality created for it included), inside an import or not. */
static gboolean
write_school (MkStore     *self,
              MkSchool    *school,
              const char  *sql,
              GError     **error)
{
  sqlite3 *db = mk_store_get_db (self);
  g_autofree char *key = NULL;
  gint64 municipality_id = 0;
  sqlite3_stmt *stmt;
  gboolean ok;

  sqlite3_exec (db, "SAVEPOINT write_school", NULL, NULL, NULL);
  ok = validate_school (self, school, &key, &municipality_id, error) &&
       (stmt = mk_store_statement (self, sql, error)) != NULL;
  if (ok)
    {
      bind_school (stmt, school, key, municipality_id);
      ok = mk_store_step_done (self, stmt, error);
    }
  if (!ok)
    sqlite3_exec (db, "ROLLBACK TO write_school", NULL, NULL, NULL);
  sqlite3_exec (db, "RELEASE write_school", NULL, NULL, NULL);
  return ok;
}

gboolean
mk_store_add_school (MkStore   *self,
                     MkSchool  *school,
                     GError   **error)
{
  const char *sql =
    "INSERT INTO school (municipality_id, name, name_key, full_name, "
    "legal_form, profile, rural, head, deputy, curator, id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

  if (!write_school (self, school, sql, error))
    return FALSE;
  if (mk_school_get_id (school) == 0)
    mk_school_set_id (school, sqlite3_last_insert_rowid (mk_store_get_db (self)));
  /* A new school is in no year's clusters yet. */
  if (!mk_store_note_change (self, MK_CHANGE_REGISTRY, 0, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_SCHOOLS);
  return TRUE;
}

gboolean
mk_store_update_school (MkStore   *self,
                        MkSchool  *school,
                        GError   **error)
{
  const char *sql =
    "UPDATE school SET municipality_id = ?1, name = ?2, name_key = ?3, "
    "full_name = ?4, legal_form = ?5, profile = ?6, rural = ?7, head = ?8, "
    "deputy = ?9, curator = ?10 WHERE id = ?11";

  g_autoptr(MkSchool) before = NULL;

  g_return_val_if_fail (mk_school_get_id (school) != 0, FALSE);
  before = mk_store_get_school (self, mk_school_get_id (school), NULL);
  if (!write_school (self, school, sql, error))
    return FALSE;
  if (sqlite3_changes (mk_store_get_db (self)) == 0)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                         _("The school «%s» no longer exists."),
                         mk_school_get_name (school)), FALSE);
  /* The profile decides ШПУ; a new name or head decides nothing. */
  if (before != NULL && mk_school_get_profile (before) != mk_school_get_profile (school) &&
      !mk_store_note_change (self, MK_CHANGE_REGISTRY, 0, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_SCHOOLS);
  return TRUE;
}
