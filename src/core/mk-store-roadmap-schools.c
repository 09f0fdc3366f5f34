/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-natural.h"
#include "mk-store-private.h"
#include "mk-store-roadmaps.h"

void
mk_roadmap_school_free (MkRoadmapSchool *school)
{
  if (school == NULL)
    return;
  g_free (school->name);
  g_free (school->municipality);
  g_free (school);
}

/* «'SNRO','SFNSU'»: the codes of the clusters ROADMAP serves, fixed words
 * of ours, safe to write into SQL. */
static char *
cluster_list (MkRoadmap *roadmap)
{
  GString *list = g_string_new (NULL);

  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    if (mk_roadmap_serves (roadmap, c))
      g_string_append_printf (list, "%s'%s'", list->len > 0 ? "," : "", mk_cluster_to_code (c));
  return g_string_free (list, FALSE);
}

static int
compare_schools (gconstpointer a,
                 gconstpointer b)
{
  const MkRoadmapSchool *x = *(MkRoadmapSchool *const *) a, *y = *(MkRoadmapSchool *const *) b;
  int by_municipality = g_utf8_collate (x->municipality, y->municipality);

  return by_municipality != 0 ? by_municipality : mk_natural_compare (x->name, y->name);
}

/* The schools of the roadmap's clusters in its year (final clusters),
 * and those that left them but have reports of it. */
static char *
schools_sql (MkRoadmap *roadmap)
{
  g_autofree char *clusters = cluster_list (roadmap);
  /* A roadmap of one municipality reads its schools only: with «?2 = ''
   * OR …» the planner would walk every school of the country for each of
   * 2,000 municipal roadmaps. */
  const char *where = mk_roadmap_get_info (roadmap)->municipality != NULL ? "m.name_key = ?2 AND "
                                                                          : "?2 = '' AND ";

  return g_strdup_printf (
    "SELECT s.id, s.name, m.name, EXISTS (SELECT 1 FROM cluster_assignment a "
    "  WHERE a.school_id = s.id AND a.school_year = ?1 "
    "  AND COALESCE (a.override, a.computed) IN (%s)) AS member "
    "FROM municipality m JOIN school s ON s.municipality_id = m.id "
    "WHERE %s(member OR EXISTS (SELECT 1 FROM roadmap_status st "
    "  JOIN roadmap_item i ON i.id = st.item_id WHERE i.roadmap_id = ?3 AND st.school_id = s.id))",
    clusters, where);
}

GPtrArray *
mk_store_list_roadmap_schools (MkStore    *self,
                               MkRoadmap  *roadmap,
                               GError    **error)
{
  const MkRoadmapInfo *info = mk_roadmap_get_info (roadmap);
  g_autoptr(GPtrArray) schools = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_roadmap_school_free);
  g_autofree char *sql = NULL;
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (info->level == MK_ROADMAP_MUNICIPAL)
    return g_steal_pointer (&schools);
  sql = schools_sql (roadmap);
  if ((stmt = mk_store_statement (self, sql, error)) == NULL)
    return NULL;
  key = info->municipality != NULL ? mk_store_municipality_key (info->municipality) : g_strdup ("");
  sqlite3_bind_int (stmt, 1, info->school_year);
  mk_stmt_bind_text (stmt, 2, key);
  sqlite3_bind_int64 (stmt, 3, info->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkRoadmapSchool *school = g_new0 (MkRoadmapSchool, 1);

      school->id = sqlite3_column_int64 (stmt, 0);
      school->name = g_strdup (mk_stmt_column_text (stmt, 1));
      school->municipality = g_strdup (mk_stmt_column_text (stmt, 2));
      school->member = sqlite3_column_int (stmt, 3) != 0;
      g_ptr_array_add (schools, school);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  g_ptr_array_sort (schools, compare_schools);
  return g_steal_pointer (&schools);
}

MkRoadmap *
mk_store_copy_roadmap (MkStore  *self,
                       gint64    roadmap_id,
                       int       to_year,
                       GError  **error)
{
  g_autoptr(MkRoadmap) source = mk_store_get_roadmap (self, roadmap_id, error);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(MkRoadmap) copy = NULL;
  MkRoadmapInfo info;

  if (source == NULL ||
      (items = mk_store_list_roadmap_items (self, roadmap_id, error)) == NULL)
    return NULL;
  info = *mk_roadmap_get_info (source);
  info.id = 0;
  info.school_year = to_year;
  info.archived = FALSE;
  copy = mk_roadmap_new (&info);
  for (guint i = 0; i < items->len; i++)
    mk_roadmap_item_set_id (items->pdata[i], 0);
  if (!mk_store_begin (self, error))
    return NULL;
  if (!mk_store_save_roadmap (self, copy, NULL, error) ||
      !mk_store_save_roadmap_items (self, mk_roadmap_get_info (copy)->id, items, error))
    return (mk_store_rollback (self), NULL);
  if (!mk_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&copy);
}
