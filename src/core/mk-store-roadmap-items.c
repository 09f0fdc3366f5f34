/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-store-private.h"
#include "mk-store-roadmaps.h"

/* The items of a roadmap, what was reported of them, and the schools a
 * roadmap covers. */

static MkRoadmapItem *
item_from_row (sqlite3_stmt *stmt)
{
  MkRoadmapItem *item = mk_roadmap_item_new (sqlite3_column_int (stmt, 1),
                                             sqlite3_column_int (stmt, 2) != 0, NULL);

  mk_roadmap_item_set_id (item, sqlite3_column_int64 (stmt, 0));
  for (guint f = 0; f < MK_N_ITEM_FIELDS; f++)
    mk_roadmap_item_set_text (item, f, mk_stmt_column_text (stmt, 3 + (int) f));
  return item;
}

/* Whether ROADMAP_ID numbers its headings; TRUE when unknown. */
static gboolean
numbered_sections (MkStore *self,
                   gint64   roadmap_id)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT numbered_sections FROM roadmap WHERE id = ?1", NULL);
  gboolean numbered = TRUE;

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    numbered = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return numbered;
}

GPtrArray *
mk_store_list_roadmap_items (MkStore  *self,
                             gint64    roadmap_id,
                             GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT id, depth, heading, title, deadline, date_from, date_to, responsible, "
      "expected_result FROM roadmap_item WHERE roadmap_id = ?1 ORDER BY position", error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  mk_roadmap_items_number (items, numbered_sections (self, roadmap_id));
  return g_steal_pointer (&items);
}

/* Items no longer in the list go, with their reports; the rest move out
 * of the way of the positions they are about to take (UNIQUE). */
static gboolean
clear_positions (MkStore    *self,
                 gint64      roadmap_id,
                 GPtrArray  *items,
                 GError    **error)
{
  g_autoptr(GString) kept = g_string_new ("0");
  g_autofree char *sql = NULL;

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (kept, ",%" G_GINT64_FORMAT,
                            mk_roadmap_item_get_id (items->pdata[i]));
  sql = g_strdup_printf ("DELETE FROM roadmap_item WHERE roadmap_id = %" G_GINT64_FORMAT
                         " AND id NOT IN (%s); UPDATE roadmap_item SET position = -position - 1 "
                         "WHERE roadmap_id = %" G_GINT64_FORMAT ";",
                         roadmap_id, kept->str, roadmap_id);
  return mk_store_exec (self, sql, error);
}

static gboolean
write_item (MkStore        *self,
            gint64          roadmap_id,
            guint           position,
            MkRoadmapItem  *item,
            GError        **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO roadmap_item (id, roadmap_id, position, depth, heading, title, deadline, "
      "date_from, date_to, responsible, expected_result) "
      "VALUES (NULLIF (?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
      "ON CONFLICT (id) DO UPDATE SET position = excluded.position, depth = excluded.depth, "
      "heading = excluded.heading, title = excluded.title, deadline = excluded.deadline, "
      "date_from = excluded.date_from, date_to = excluded.date_to, "
      "responsible = excluded.responsible, expected_result = excluded.expected_result", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mk_roadmap_item_get_id (item));
  sqlite3_bind_int64 (stmt, 2, roadmap_id);
  sqlite3_bind_int (stmt, 3, (int) position);
  sqlite3_bind_int (stmt, 4, mk_roadmap_item_get_depth (item));
  sqlite3_bind_int (stmt, 5, mk_roadmap_item_get_heading (item));
  for (guint f = 0; f < MK_N_ITEM_FIELDS; f++)
    mk_stmt_bind_text (stmt, 6 + (int) f, mk_roadmap_item_get_text (item, f));
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  if (mk_roadmap_item_get_id (item) == 0)
    mk_roadmap_item_set_id (item, sqlite3_last_insert_rowid (mk_store_get_db (self)));
  return TRUE;
}

gboolean
mk_store_save_roadmap_items (MkStore    *self,
                             gint64      roadmap_id,
                             GPtrArray  *items,
                             GError    **error)
{
  if (!mk_store_begin (self, error))
    return FALSE;
  if (!clear_positions (self, roadmap_id, items, error))
    return (mk_store_rollback (self), FALSE);
  for (guint i = 0; i < items->len; i++)
    if (!write_item (self, roadmap_id, i, items->pdata[i], error))
      return (mk_store_rollback (self), FALSE);
  mk_roadmap_items_number (items, numbered_sections (self, roadmap_id));
  mk_store_emit_changed (self, MK_TOPIC_ROADMAPS);
  return mk_store_commit (self, error);
}

static MkItemReport *
report_from_row (sqlite3_stmt *stmt)
{
  MkItemStatus status = MK_STATUS_UNKNOWN;
  MkItemReport *report;

  mk_item_status_from_code (mk_stmt_column_text (stmt, 2), &status);
  report = mk_item_report_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                               status);
  g_free (report->information);
  report->information = g_strdup (mk_stmt_column_text (stmt, 3));
  g_free (report->evidence);
  report->evidence = g_strdup (mk_stmt_column_text (stmt, 4));
  g_free (report->reported);
  report->reported = g_strdup (mk_stmt_column_text (stmt, 5));
  return report;
}

GPtrArray *
mk_store_list_item_reports (MkStore  *self,
                            gint64    roadmap_id,
                            GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT s.item_id, s.school_id, s.status, s.information, s.evidence, s.reported "
      "FROM roadmap_status s JOIN roadmap_item i ON i.id = s.item_id "
      "WHERE i.roadmap_id = ?1 ORDER BY i.position, s.school_id", error);
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_item_report_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (reports, report_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return (mk_store_fail (self, error), NULL);
  return g_steal_pointer (&reports);
}

MkItemReport *
mk_store_get_item_report (MkStore *self,
                          gint64   item_id,
                          gint64   school_id)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT item_id, school_id, status, information, evidence, reported FROM roadmap_status "
      "WHERE item_id = ?1 AND school_id = ?2", NULL);
  MkItemReport *report = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, school_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    report = report_from_row (stmt);
  sqlite3_reset (stmt);
  return report;
}

static gboolean
is_empty (const MkItemReport *report)
{
  return report->status == MK_STATUS_UNKNOWN && *report->information == '\0' &&
         *report->evidence == '\0' && *report->reported == '\0';
}

static gboolean
write_report (MkStore             *self,
              const MkItemReport  *report,
              GError             **error)
{
  sqlite3_stmt *stmt = is_empty (report)
    ? mk_store_statement (self, "DELETE FROM roadmap_status WHERE item_id = ?1 "
                                "AND school_id = ?2", error)
    : mk_store_statement (self,
        "INSERT INTO roadmap_status (item_id, school_id, status, information, evidence, "
        "reported) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET "
        "status = excluded.status, information = excluded.information, "
        "evidence = excluded.evidence, reported = excluded.reported", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, report->item_id);
  sqlite3_bind_int64 (stmt, 2, report->school_id);
  if (!is_empty (report))
    {
      mk_stmt_bind_text (stmt, 3, mk_item_status_to_code (report->status));
      mk_stmt_bind_text (stmt, 4, report->information);
      mk_stmt_bind_text (stmt, 5, report->evidence);
      mk_stmt_bind_text (stmt, 6, report->reported);
    }
  return mk_store_step_done (self, stmt, error);
}

gboolean
mk_store_set_item_report (MkStore             *self,
                          const MkItemReport  *report,
                          MkPutOutcome        *outcome,
                          GError             **error)
{
  g_autoptr(MkItemReport) before = mk_store_get_item_report (self, report->item_id,
                                                             report->school_id);
  MkPutOutcome result = before == NULL ? (is_empty (report) ? MK_PUT_UNCHANGED : MK_PUT_ADDED)
                        : mk_item_report_equal (before, report) ? MK_PUT_UNCHANGED
                        : MK_PUT_REPLACED;

  if (outcome != NULL)
    *outcome = result;
  if (result == MK_PUT_UNCHANGED)
    return TRUE;
  if (!write_report (self, report, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_ROADMAPS);
  return TRUE;
}
