/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-school-year.h"
#include "mk-store-private.h"
#include "mk-store-roadmaps.h"

#define ROADMAP_COLUMNS \
  "r.id, r.school_year, r.number, r.title, r.level, IFNULL (m.name, ''), r.order_number, " \
  "r.order_date, r.order_title, r.numbered_sections, r.archived, " \
  "(SELECT group_concat (cluster, ' ') FROM roadmap_cluster WHERE roadmap_id = r.id) "
#define ROADMAP_FROM "FROM roadmap r LEFT JOIN municipality m ON m.id = r.municipality_id "

static MkRoadmap *
roadmap_from_row (sqlite3_stmt *stmt)
{
  MkRoadmapInfo info = {
    .id = sqlite3_column_int64 (stmt, 0),
    .school_year = sqlite3_column_int (stmt, 1),
    .number = sqlite3_column_int (stmt, 2),
    .title = (char *) mk_stmt_column_text (stmt, 3),
    .level = g_strcmp0 (mk_stmt_column_text (stmt, 4), "municipal") == 0
             ? MK_ROADMAP_MUNICIPAL : MK_ROADMAP_SCHOOL,
    .municipality = (char *) mk_stmt_column_text (stmt, 5),
    .order_number = (char *) mk_stmt_column_text (stmt, 6),
    .order_date = (char *) mk_stmt_column_text (stmt, 7),
    .order_title = (char *) mk_stmt_column_text (stmt, 8),
    .numbered_sections = sqlite3_column_int (stmt, 9) != 0,
    .archived = sqlite3_column_int (stmt, 10) != 0,
  };

  mk_roadmap_parse_clusters (mk_stmt_column_text (stmt, 11), &info.clusters);
  return mk_roadmap_new (&info);
}

/* The roadmaps STMT (of ROADMAP_COLUMNS) selects, bound by the caller. */
static GListModel *
collect_roadmaps (MkStore       *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  GListStore *roadmaps = g_list_store_new (MK_TYPE_ROADMAP);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(MkRoadmap) roadmap = roadmap_from_row (stmt);
      g_list_store_append (roadmaps, roadmap);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_object_unref (roadmaps);
      return (mk_store_fail (self, error), NULL);
    }
  return G_LIST_MODEL (roadmaps);
}

GListModel *
mk_store_list_roadmaps (MkStore  *self,
                        int       school_year,
                        GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT " ROADMAP_COLUMNS ROADMAP_FROM
      "WHERE ?1 = 0 OR r.school_year = ?1 "
      "ORDER BY r.school_year, IFNULL (m.name_key, ''), r.number", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, school_year);
  return collect_roadmaps (self, stmt, error);
}

/* The only roadmap STMT selects, or NULL (ERROR unset) for none. */
static MkRoadmap *
first_roadmap (MkStore       *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GListModel) found = collect_roadmaps (self, stmt, error);

  if (found == NULL || g_list_model_get_n_items (found) == 0)
    return NULL;
  return g_list_model_get_item (found, 0);
}

MkRoadmap *
mk_store_get_roadmap (MkStore  *self,
                      gint64    id,
                      GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT " ROADMAP_COLUMNS ROADMAP_FROM "WHERE r.id = ?1", error);
  GError *local = NULL;
  MkRoadmap *roadmap;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  roadmap = first_roadmap (self, stmt, &local);
  if (roadmap == NULL && local == NULL)
    g_set_error (&local, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                 _("There is no roadmap with id %lld"), (long long) id);
  if (local != NULL)
    g_propagate_error (error, local);
  return roadmap;
}

MkRoadmap *
mk_store_find_roadmap (MkStore     *self,
                       int          school_year,
                       int          number,
                       const char  *municipality,
                       GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT " ROADMAP_COLUMNS ROADMAP_FROM
      "WHERE r.school_year = ?1 AND r.number = ?2 AND IFNULL (m.name_key, '') = ?3", error);
  g_autofree char *key = municipality != NULL ? mk_store_municipality_key (municipality)
                                              : g_strdup ("");

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, school_year);
  sqlite3_bind_int (stmt, 2, number);
  mk_stmt_bind_text (stmt, 3, key);
  return first_roadmap (self, stmt, error);
}

static gboolean
write_clusters (MkStore    *self,
                MkRoadmap  *roadmap,
                GError    **error)
{
  const MkRoadmapInfo *info = mk_roadmap_get_info (roadmap);
  sqlite3_stmt *stmt = mk_store_statement (self,
      "DELETE FROM roadmap_cluster WHERE roadmap_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info->id);
  if (!mk_store_step_done (self, stmt, error) ||
      (stmt = mk_store_statement (self, "INSERT INTO roadmap_cluster (roadmap_id, cluster) "
                                        "VALUES (?1, ?2)", error)) == NULL)
    return FALSE;
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    {
      if (!mk_roadmap_serves (roadmap, c))
        continue;
      sqlite3_bind_int64 (stmt, 1, info->id);
      mk_stmt_bind_text (stmt, 2, mk_cluster_to_code (c));
      if (!mk_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_roadmap (MkStore    *self,
               MkRoadmap  *roadmap,
               gint64      municipality,
               GError    **error)
{
  const MkRoadmapInfo *info = mk_roadmap_get_info (roadmap);
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO roadmap (id, school_year, number, title, level, municipality_id, "
      "order_number, order_date, order_title, numbered_sections, archived) "
      "VALUES (NULLIF (?1, 0), ?2, ?3, ?4, ?5, NULLIF (?6, 0), ?7, ?8, ?9, ?10, ?11) "
      "ON CONFLICT (id) DO UPDATE SET school_year = excluded.school_year, "
      "number = excluded.number, title = excluded.title, level = excluded.level, "
      "municipality_id = excluded.municipality_id, order_number = excluded.order_number, "
      "order_date = excluded.order_date, order_title = excluded.order_title, "
      "numbered_sections = excluded.numbered_sections, archived = excluded.archived", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info->id);
  sqlite3_bind_int (stmt, 2, info->school_year);
  sqlite3_bind_int (stmt, 3, info->number);
  mk_stmt_bind_text (stmt, 4, info->title);
  mk_stmt_bind_text (stmt, 5, info->level == MK_ROADMAP_MUNICIPAL ? "municipal" : "school");
  sqlite3_bind_int64 (stmt, 6, municipality);
  mk_stmt_bind_text (stmt, 7, info->order_number);
  mk_stmt_bind_text (stmt, 8, info->order_date);
  mk_stmt_bind_text (stmt, 9, info->order_title);
  sqlite3_bind_int (stmt, 10, info->numbered_sections);
  sqlite3_bind_int (stmt, 11, info->archived);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  if (info->id == 0)
    mk_roadmap_set_id (roadmap, sqlite3_last_insert_rowid (mk_store_get_db (self)));
  return write_clusters (self, roadmap, error);
}

static gboolean
same_roadmap (MkRoadmap *a,
              MkRoadmap *b)
{
  const MkRoadmapInfo *x = mk_roadmap_get_info (a), *y = mk_roadmap_get_info (b);

  return x->school_year == y->school_year && x->number == y->number &&
         g_strcmp0 (x->title, y->title) == 0 && x->level == y->level &&
         g_strcmp0 (x->municipality, y->municipality) == 0 &&
         g_strcmp0 (x->order_number, y->order_number) == 0 &&
         g_strcmp0 (x->order_date, y->order_date) == 0 &&
         g_strcmp0 (x->order_title, y->order_title) == 0 &&
         x->numbered_sections == y->numbered_sections && x->archived == y->archived &&
         x->clusters == y->clusters;
}

/* The roadmap of the same year, number and municipality, other than
 * ROADMAP itself: a duplicate. */
static gboolean
check_unique (MkStore    *self,
              MkRoadmap  *roadmap,
              GError    **error)
{
  const MkRoadmapInfo *info = mk_roadmap_get_info (roadmap);
  g_autoptr(MkRoadmap) other = mk_store_find_roadmap (self, info->school_year, info->number,
                                                      info->municipality, NULL);
  g_autofree char *year = mk_school_year_format (info->school_year);

  if (other == NULL || mk_roadmap_get_info (other)->id == info->id)
    return TRUE;
  g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE,
               _("The school year %s already has a roadmap № %d"), year, info->number);
  return FALSE;
}

gboolean
mk_store_save_roadmap (MkStore       *self,
                       MkRoadmap     *roadmap,
                       MkPutOutcome  *outcome,
                       GError       **error)
{
  const MkRoadmapInfo *info = mk_roadmap_get_info (roadmap);
  g_autoptr(MkRoadmap) before = NULL;
  gint64 municipality;
  MkPutOutcome result;

  if (!mk_roadmap_check (roadmap, error) || !check_unique (self, roadmap, error) ||
      !mk_store_municipality_id (self, info->municipality, &municipality, error))
    return FALSE;
  if (info->id != 0)
    before = mk_store_get_roadmap (self, info->id, NULL);
  result = before == NULL ? MK_PUT_ADDED
           : same_roadmap (before, roadmap) ? MK_PUT_UNCHANGED : MK_PUT_REPLACED;
  if (outcome != NULL)
    *outcome = result;
  if (result == MK_PUT_UNCHANGED)
    return TRUE;
  if (!mk_store_ensure_school_year (self, info->school_year, error) ||
      !mk_store_begin (self, error))
    return FALSE;
  if (!write_roadmap (self, roadmap, municipality, error))
    return (mk_store_rollback (self), FALSE);
  mk_store_emit_changed (self, MK_TOPIC_ROADMAPS);
  return mk_store_commit (self, error);
}
