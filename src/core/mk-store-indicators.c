/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-store-indicators.h"
#include "mk-natural.h"
#include "mk-store-private.h"
#include "mk-text.h"

void
mk_indicator_set_free (MkIndicatorSet *set)
{
  if (set == NULL)
    return;
  g_free (set->title);
  g_free (set->municipality);
  g_free (set);
}

MkIndicator *
mk_indicator_new (const char *code,
                  const char *criterion,
                  const char *title,
                  const char *unit)
{
  MkIndicator *indicator = g_new0 (MkIndicator, 1);

  indicator->code = g_strdup (code != NULL ? code : "");
  indicator->criterion = g_strdup (criterion != NULL ? criterion : "");
  indicator->title = g_strdup (title != NULL ? title : "");
  indicator->unit = g_strdup (unit != NULL ? unit : "");
  return indicator;
}

void
mk_indicator_free (MkIndicator *indicator)
{
  if (indicator == NULL)
    return;
  g_free (indicator->code);
  g_free (indicator->criterion);
  g_free (indicator->title);
  g_free (indicator->unit);
  g_free (indicator);
}

void
mk_indicator_value_free (MkIndicatorValue *value)
{
  if (value == NULL)
    return;
  g_free (value->raw);
  g_free (value->share_raw);
  g_free (value);
}

/* Steps STMT to the end, adding what ROW_FUNC makes of each row to a new
 * array freed with FREE_FUNC; NULL on error. */
static GPtrArray *
collect (MkStore        *self,
         sqlite3_stmt   *stmt,
         gpointer      (*row_func) (sqlite3_stmt *stmt),
         GDestroyNotify  free_func,
         GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, row_func (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&rows);
}

static gpointer
set_from_row (sqlite3_stmt *stmt)
{
  MkIndicatorSet *set = g_new0 (MkIndicatorSet, 1);

  set->id = sqlite3_column_int64 (stmt, 0);
  set->title = g_strdup (mk_stmt_column_text (stmt, 1));
  set->municipality = sqlite3_column_type (stmt, 2) == SQLITE_NULL
                      ? NULL : g_strdup (mk_stmt_column_text (stmt, 2));
  return set;
}

GPtrArray *
mk_store_list_indicator_sets (MkStore  *self,
                              GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT s.id, s.title, m.name FROM indicator_set s "
      "LEFT JOIN municipality m ON m.id = s.municipality_id "
      "ORDER BY IFNULL (m.name_key, ''), s.title_key", error);

  return stmt != NULL ? collect (self, stmt, set_from_row,
                                 (GDestroyNotify) mk_indicator_set_free, error) : NULL;
}

gboolean
mk_store_ensure_indicator_set (MkStore     *self,
                               const char  *title,
                               const char  *municipality,
                               gint64      *id,
                               gboolean    *added,
                               GError     **error)
{
  g_autofree char *key = mk_text_fold (title);
  gint64 municipality_id = 0;
  sqlite3_stmt *stmt;

  if (!mk_store_municipality_id (self, municipality, &municipality_id, error) ||
      (stmt = mk_store_statement (self, "SELECT id FROM indicator_set WHERE title_key = ?1 "
                                  "AND IFNULL (municipality_id, 0) = ?2", error)) == NULL)
    return FALSE;
  mk_stmt_bind_text (stmt, 1, key);
  sqlite3_bind_int64 (stmt, 2, municipality_id);
  *id = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (added != NULL)
    *added = *id == 0;
  if (*id != 0)
    return TRUE;
  if ((stmt = mk_store_statement (self, "INSERT INTO indicator_set (title, title_key, "
                                  "municipality_id) VALUES (?1, ?2, NULLIF (?3, 0))", error)) == NULL)
    return FALSE;
  mk_stmt_bind_text (stmt, 1, title);
  mk_stmt_bind_text (stmt, 2, key);
  sqlite3_bind_int64 (stmt, 3, municipality_id);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (mk_store_get_db (self));
  mk_store_emit_changed (self, MK_TOPIC_INDICATORS);
  return TRUE;
}

static gpointer
indicator_from_row (sqlite3_stmt *stmt)
{
  MkIndicator *indicator = mk_indicator_new (mk_stmt_column_text (stmt, 1),
                                             mk_stmt_column_text (stmt, 2),
                                             mk_stmt_column_text (stmt, 3),
                                             mk_stmt_column_text (stmt, 4));

  indicator->id = sqlite3_column_int64 (stmt, 0);
  indicator->section = sqlite3_column_int (stmt, 5) != 0;
  indicator->paired = sqlite3_column_int (stmt, 6) != 0;
  return indicator;
}

GPtrArray *
mk_store_list_indicators (MkStore  *self,
                          gint64    set_id,
                          GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT id, code, criterion, title, unit, section, paired FROM indicator "
      "WHERE set_id = ?1 ORDER BY position", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  return collect (self, stmt, indicator_from_row, (GDestroyNotify) mk_indicator_free, error);
}

GPtrArray *
mk_store_list_indicators_of (MkStore  *self,
                             gint64    set_id,
                             gint64    school_id,
                             GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT i.id, e.code, e.criterion, i.title, e.unit, i.section, i.paired FROM indicator i "
      "JOIN indicator_entity e ON e.indicator_id = i.id AND e.school_id = ?2 "
      "WHERE i.set_id = ?1 ORDER BY e.position", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  sqlite3_bind_int64 (stmt, 2, school_id);
  return collect (self, stmt, indicator_from_row, (GDestroyNotify) mk_indicator_free, error);
}

gboolean
mk_store_add_indicator_row (MkStore            *self,
                            const MkIndicator  *indicator,
                            gint64              school_id,
                            guint               position,
                            GError            **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO indicator_entity (indicator_id, school_id, position, code, criterion, unit) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET position = excluded.position, "
      "code = excluded.code, criterion = excluded.criterion, unit = excluded.unit", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator->id);
  sqlite3_bind_int64 (stmt, 2, school_id);
  sqlite3_bind_int (stmt, 3, (int) position);
  mk_stmt_bind_text (stmt, 4, indicator->code);
  mk_stmt_bind_text (stmt, 5, indicator->criterion);
  mk_stmt_bind_text (stmt, 6, indicator->unit);
  return mk_store_step_done (self, stmt, error);
}

/* The stored row INDICATOR stands for: the same title (and code, for a
 * section), or NULL. */
static MkIndicator *
find_indicator (MkStore      *self,
                gint64        set_id,
                MkIndicator  *indicator,
                GError      **error)
{
  g_autofree char *key = mk_text_fold (indicator->title);
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT id, code, criterion, title, unit, section, paired FROM indicator "
      "WHERE set_id = ?1 AND title_key = ?2 AND section = ?3 AND (?3 = 0 OR code = ?4)", error);
  MkIndicator *found = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  mk_stmt_bind_text (stmt, 2, key);
  sqlite3_bind_int (stmt, 3, indicator->section);
  mk_stmt_bind_text (stmt, 4, indicator->code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = indicator_from_row (stmt);
  sqlite3_reset (stmt);
  return found;
}

static gboolean
same_indicator (const MkIndicator *a,
                const MkIndicator *b)
{
  return g_str_equal (a->code, b->code) && g_str_equal (a->criterion, b->criterion) &&
         g_str_equal (a->title, b->title) && g_str_equal (a->unit, b->unit) &&
         a->section == b->section && a->paired == b->paired;
}

gboolean
mk_store_put_indicator (MkStore       *self,
                        gint64         set_id,
                        MkIndicator   *indicator,
                        MkPutOutcome  *outcome,
                        GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(MkIndicator) stored = find_indicator (self, set_id, indicator, &local);
  g_autofree char *key = mk_text_fold (indicator->title);
  sqlite3_stmt *stmt;

  if (local != NULL)
    return g_propagate_error (error, g_steal_pointer (&local)), FALSE;
  if (outcome != NULL)
    *outcome = stored == NULL ? MK_PUT_ADDED : same_indicator (stored, indicator) ? MK_PUT_UNCHANGED
                                                                                   : MK_PUT_REPLACED;
  if ((stmt = mk_store_statement (self,
         "INSERT INTO indicator (id, set_id, position, code, criterion, title, title_key, unit, "
         "section, paired) VALUES (NULLIF (?1, 0), ?2, (SELECT IFNULL (MAX (position), -1) + 1 "
         "FROM indicator WHERE set_id = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO UPDATE "
         "SET code = excluded.code, criterion = excluded.criterion, title = excluded.title, "
         "unit = excluded.unit, paired = excluded.paired", error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, stored != NULL ? stored->id : 0);
  sqlite3_bind_int64 (stmt, 2, set_id);
  mk_stmt_bind_text (stmt, 3, indicator->code);
  mk_stmt_bind_text (stmt, 4, indicator->criterion);
  mk_stmt_bind_text (stmt, 5, indicator->title);
  mk_stmt_bind_text (stmt, 6, key);
  mk_stmt_bind_text (stmt, 7, indicator->unit);
  sqlite3_bind_int (stmt, 8, indicator->section);
  sqlite3_bind_int (stmt, 9, indicator->paired);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  indicator->id = stored != NULL ? stored->id : sqlite3_last_insert_rowid (mk_store_get_db (self));
  mk_store_emit_changed (self, MK_TOPIC_INDICATORS);
  return TRUE;
}

static gpointer
value_from_row (sqlite3_stmt *stmt)
{
  MkIndicatorValue *value = g_new0 (MkIndicatorValue, 1);

  value->indicator_id = sqlite3_column_int64 (stmt, 0);
  value->school_id = sqlite3_column_int64 (stmt, 1);
  value->year = sqlite3_column_int (stmt, 2);
  value->raw = g_strdup (mk_stmt_column_text (stmt, 3));
  value->share_raw = g_strdup (mk_stmt_column_text (stmt, 4));
  return value;
}

GPtrArray *
mk_store_list_indicator_values (MkStore  *self,
                                gint64    set_id,
                                gint64    school_id,
                                GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT v.indicator_id, v.school_id, v.year, v.raw, v.share_raw FROM indicator_value v "
      "JOIN indicator i ON i.id = v.indicator_id WHERE i.set_id = ?1 AND (?2 < 0 OR v.school_id = ?2) "
      "ORDER BY v.school_id, i.position, v.year", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  sqlite3_bind_int64 (stmt, 2, school_id);
  return collect (self, stmt, value_from_row, (GDestroyNotify) mk_indicator_value_free, error);
}

static MkPutOutcome
value_outcome (MkStore                *self,
               const MkIndicatorValue *value)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT raw, share_raw FROM indicator_value "
                                           "WHERE indicator_id = ?1 AND school_id = ?2 AND year = ?3",
                                           NULL);
  MkPutOutcome outcome = MK_PUT_ADDED;

  if (stmt == NULL)
    return outcome;
  sqlite3_bind_int64 (stmt, 1, value->indicator_id);
  sqlite3_bind_int64 (stmt, 2, value->school_id);
  sqlite3_bind_int (stmt, 3, value->year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    outcome = g_strcmp0 (mk_stmt_column_text (stmt, 0), value->raw) == 0 &&
              g_strcmp0 (mk_stmt_column_text (stmt, 1), value->share_raw) == 0
              ? MK_PUT_UNCHANGED : MK_PUT_REPLACED;
  sqlite3_reset (stmt);
  return outcome;
}

gboolean
mk_store_set_indicator_value (MkStore                 *self,
                              const MkIndicatorValue  *value,
                              MkPutOutcome            *outcome,
                              GError                 **error)
{
  g_autofree char *raw = g_strstrip (g_strdup (value->raw != NULL ? value->raw : ""));
  g_autofree char *share = g_strstrip (g_strdup (value->share_raw != NULL ? value->share_raw : ""));
  gboolean blank = *raw == '\0' && *share == '\0';
  sqlite3_stmt *stmt = blank
    ? mk_store_statement (self, "DELETE FROM indicator_value WHERE indicator_id = ?1 "
                          "AND school_id = ?2 AND year = ?3", error)
    : mk_store_statement (self, "INSERT INTO indicator_value (indicator_id, school_id, year, raw, "
                          "share_raw) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO UPDATE SET "
                          "raw = excluded.raw, share_raw = excluded.share_raw", error);

  if (stmt == NULL)
    return FALSE;
  if (outcome != NULL)
    *outcome = value_outcome (self, value);
  sqlite3_bind_int64 (stmt, 1, value->indicator_id);
  sqlite3_bind_int64 (stmt, 2, value->school_id);
  sqlite3_bind_int (stmt, 3, value->year);
  if (!blank)
    {
      mk_stmt_bind_text (stmt, 4, value->raw);
      mk_stmt_bind_text (stmt, 5, value->share_raw);
    }
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_INDICATORS);
  return TRUE;
}

/* The first column of SQL's rows for set SET_ID. */
static GArray *
collect_ids (MkStore     *self,
             const char  *sql,
             gint64       set_id,
             gsize        size,
             GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, sql, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, (guint) size);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int year = (int) id;

      g_array_append_vals (ids, size == sizeof (int) ? (gpointer) &year : (gpointer) &id, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&ids);
}

GArray *
mk_store_list_indicator_years (MkStore  *self,
                               gint64    set_id,
                               GError  **error)
{
  return collect_ids (self, "SELECT DISTINCT v.year FROM indicator_value v JOIN indicator i "
                      "ON i.id = v.indicator_id WHERE i.set_id = ?1 ORDER BY v.year",
                      set_id, sizeof (int), error);
}

typedef struct {
  gint64  id;
  char   *name;
} NamedId;

static int
compare_named (gconstpointer a,
               gconstpointer b)
{
  const NamedId *x = a, *y = b;

  if ((x->id == 0) != (y->id == 0))
    return x->id == 0 ? -1 : 1;
  return mk_natural_compare (x->name, y->name);
}

GArray *
mk_store_list_indicator_schools (MkStore  *self,
                                 gint64    set_id,
                                 GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT DISTINCT e.school_id, IFNULL (s.name, '') FROM indicator_entity e "
      "JOIN indicator i ON i.id = e.indicator_id LEFT JOIN school s ON s.id = e.school_id "
      "WHERE i.set_id = ?1", error);
  g_autoptr(GArray) named = g_array_new (FALSE, FALSE, sizeof (NamedId));
  GArray *ids;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NamedId item = { sqlite3_column_int64 (stmt, 0), g_strdup (mk_stmt_column_text (stmt, 1)) };
      g_array_append_val (named, item);
    }
  sqlite3_reset (stmt);
  /* Natural order: «№ 2» before «№ 17». */
  g_array_sort (named, compare_named);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < named->len; i++)
    {
      g_array_append_val (ids, g_array_index (named, NamedId, i).id);
      g_free (g_array_index (named, NamedId, i).name);
    }
  if (rc != SQLITE_DONE)
    return (g_array_unref (ids), mk_store_fail (self, error), NULL);
  return ids;
}
