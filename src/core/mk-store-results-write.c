/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "mk-store-private.h"
#include "mk-store-results-private.h"

/* Writing results: the importers' hot path (docs/pitfalls.md, «SQLite:
 * insert order and covering indexes»). */

#define INSERT_RESULT "INSERT INTO result (school_id, year, procedure_id, " \
  "participants, low, low_share, mark, non_objective) " \
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"

/* The key names the row; the values are set whatever they were. */
#define UPDATE_RESULT \
  "UPDATE result SET participants = ?4, low = ?5, low_share = ?6, mark = ?7, " \
  "non_objective = ?8 WHERE school_id = ?1 AND year = ?2 AND procedure_id = ?3"

#define STORED_RESULTS \
  "SELECT year, procedure_id, participants, low, low_share, mark = 'Н', " \
  "non_objective FROM result WHERE school_id = ?1 ORDER BY year, procedure_id"

static void
bind_result (sqlite3_stmt      *stmt,
             const MkResultRow *row)
{
  sqlite3_bind_int64 (stmt, 1, row->school_id);
  sqlite3_bind_int (stmt, 2, row->year);
  sqlite3_bind_int64 (stmt, 3, row->procedure_id);
  mk_stmt_bind_number (stmt, 4, row->participants);
  mk_stmt_bind_number (stmt, 5, row->low);
  mk_stmt_bind_number (stmt, 6, row->low_share);
  sqlite3_bind_text (stmt, 7, row->mark_low ? "Н" : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 8, row->non_objective ? 1 : 0);
}

/* A statement that writes: runs it and says how many rows it changed. */
static int
step_changes (MkStore      *self,
              sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return -1;
  return sqlite3_changes (mk_store_get_db (self));
}

static gboolean
fail_row (MkStore            *self,
          const MkResultRow  *row,
          GError            **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%" G_GINT64_FORMAT,
                                          row->school_id, row->year, row->procedure_id);

  mk_store_fail (self, &local);
  g_set_error (error, MK_STORE_ERROR, local->code,
               _("Cannot store the result %s (school/year/procedure): %s"),
               key, local->message);
  return FALSE;
}

/* A school without any result yet cannot conflict: its rows go in by
 * MULTI_ROWS per statement, twice as fast as one by one. */
#define MULTI_ROWS 32

static char *
multi_insert_sql (void)
{
  g_autoptr(GString) sql = g_string_new ("INSERT INTO result (school_id, year, "
      "procedure_id, participants, low, low_share, mark, non_objective) VALUES ");

  for (guint i = 0; i < MULTI_ROWS; i++)
    g_string_append (sql, i == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)");
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static void
bind_result_at (sqlite3_stmt      *stmt,
                int                first,
                const MkResultRow *row)
{
  sqlite3_bind_int64 (stmt, first, row->school_id);
  sqlite3_bind_int (stmt, first + 1, row->year);
  sqlite3_bind_int64 (stmt, first + 2, row->procedure_id);
  mk_stmt_bind_number (stmt, first + 3, row->participants);
  mk_stmt_bind_number (stmt, first + 4, row->low);
  mk_stmt_bind_number (stmt, first + 5, row->low_share);
  sqlite3_bind_text (stmt, first + 6, row->mark_low ? "Н" : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, first + 7, row->non_objective ? 1 : 0);
}

/* What SCHOOL_ID has stored, sorted by year and procedure id, into
 * STORED (emptied first): one range scan instead of a query per row. */
static gboolean
load_stored (MkStore  *self,
             gint64    school_id,
             GArray   *stored,
             GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, STORED_RESULTS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  g_array_set_size (stored, 0);
  sqlite3_bind_int64 (stmt, 1, school_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkResultRow row = {
        school_id, sqlite3_column_int (stmt, 0), sqlite3_column_int64 (stmt, 1), NULL,
        mk_stmt_column_number (stmt, 2), mk_stmt_column_number (stmt, 3),
        mk_stmt_column_number (stmt, 4), sqlite3_column_int (stmt, 5),
        sqlite3_column_int (stmt, 6) };
      g_array_append_val (stored, row);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

static int
compare_key (const void *a,
             const void *b)
{
  const MkResultRow *ra = a, *rb = b;

  if (ra->year != rb->year)
    return ra->year < rb->year ? -1 : 1;
  if (ra->procedure_id != rb->procedure_id)
    return ra->procedure_id < rb->procedure_id ? -1 : 1;
  return 0;
}

static gboolean
same_values (const MkResultRow *a,
             const MkResultRow *b)
{
  return a->participants == b->participants && a->low == b->low &&
         a->low_share == b->low_share && !a->mark_low == !b->mark_low &&
         !a->non_objective == !b->non_objective;
}

/* ROWS of schools that have no results: plain inserts, MULTI_ROWS at a
 * time. */
static gboolean
insert_fresh (MkStore            *self,
              const MkResultRow  *rows,
              gsize               n_rows,
              GError            **error)
{
  static char *multi_sql = NULL;
  sqlite3_stmt *stmt;
  gsize i = 0;

  if (n_rows == 0)
    return TRUE;
  if (g_once_init_enter (&multi_sql))
    g_once_init_leave (&multi_sql, multi_insert_sql ());
  if ((stmt = mk_store_statement (self, multi_sql, error)) == NULL)
    return FALSE;
  for (; i + MULTI_ROWS <= n_rows; i += MULTI_ROWS)
    {
      for (guint r = 0; r < MULTI_ROWS; r++)
        bind_result_at (stmt, 1 + 8 * r, &rows[i + r]);
      if (step_changes (self, stmt) < 0)
        return fail_row (self, &rows[i], error);
    }
  if ((stmt = mk_store_statement (self, INSERT_RESULT, error)) == NULL)
    return FALSE;
  for (; i < n_rows; i++)
    {
      bind_result (stmt, &rows[i]);
      if (step_changes (self, stmt) < 0)
        return fail_row (self, &rows[i], error);
    }
  return TRUE;
}

/* ROWS of one school that has results (STORED): each row is added,
 * replaced or left as it is. */
static gboolean
upsert_rows (MkStore            *self,
             const MkResultRow  *rows,
             gsize               n_rows,
             GArray             *stored,
             MkPutCounts        *counts,
             GError            **error)
{
  sqlite3_stmt *insert = mk_store_statement (self, INSERT_RESULT, error);
  sqlite3_stmt *update = insert != NULL ? mk_store_statement (self, UPDATE_RESULT, error) : NULL;

  if (update == NULL)
    return FALSE;
  for (gsize i = 0; i < n_rows; i++)
    {
      const MkResultRow *found = bsearch (&rows[i], stored->data, stored->len,
                                          sizeof (MkResultRow), compare_key);
      sqlite3_stmt *stmt = found != NULL ? update : insert;

      if (found != NULL && same_values (found, &rows[i]))
        {
          counts->unchanged++;
          continue;
        }
      bind_result (stmt, &rows[i]);
      if (step_changes (self, stmt) < 0)
        return fail_row (self, &rows[i], error);
      counts->replaced += found != NULL;
      counts->added += found == NULL;
    }
  return TRUE;
}

/* The school years of ROWS get their row in school_year, so that every
 * year selector offers the year as soon as it has results, and the
 * clusters computed over those years become stale. */
static gboolean
note_years (MkStore            *self,
            const MkResultRow  *rows,
            gsize               n_rows,
            GError            **error)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (int));

  for (gsize i = 0; i < n_rows; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < seen->len && !known; j++)
        known = g_array_index (seen, int, j) == rows[i].year;
      if (known)
        continue;
      g_array_append_val (seen, rows[i].year);
      if (!mk_store_ensure_school_year (self, rows[i].year, error) ||
          !mk_store_note_change (self, MK_CHANGE_DATA, rows[i].year, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
mk_store_put_results (MkStore            *self,
                      const MkResultRow  *rows,
                      gsize               n_rows,
                      MkPutCounts        *counts,
                      GError            **error)
{
  g_autoptr(GArray) stored = g_array_new (FALSE, FALSE, sizeof (MkResultRow));
  gsize fresh = 0;  /* rows [fresh, start) are of schools without results */

  if (!note_years (self, rows, n_rows, error))
    return FALSE;
  for (gsize start = 0, end; start < n_rows; start = end)
    {
      for (end = start + 1; end < n_rows && rows[end].school_id == rows[start].school_id; end++)
        ;
      if (!load_stored (self, rows[start].school_id, stored, error))
        return FALSE;
      if (stored->len == 0)
        continue;
      /* Consecutive new schools go in together, in full groups. */
      if (!insert_fresh (self, rows + fresh, start - fresh, error) ||
          !upsert_rows (self, rows + start, end - start, stored, counts, error))
        return FALSE;
      counts->added += start - fresh;
      fresh = end;
    }
  if (!insert_fresh (self, rows + fresh, n_rows - fresh, error))
    return FALSE;
  counts->added += n_rows - fresh;
  if (n_rows > 0)
    mk_store_emit_changed (self, MK_TOPIC_RESULTS);
  return TRUE;
}

gboolean
mk_store_put_result (MkStore            *self,
                     const MkResultRow  *row,
                     MkPutOutcome       *outcome,
                     GError            **error)
{
  MkPutCounts counts = { 0 };

  if (!mk_store_put_results (self, row, 1, &counts, error))
    return FALSE;
  if (outcome != NULL)
    *outcome = counts.added ? MK_PUT_ADDED
             : counts.replaced ? MK_PUT_REPLACED : MK_PUT_UNCHANGED;
  return TRUE;
}


gboolean
mk_store_delete_result (MkStore  *self,
                        gint64    school_id,
                        int       year,
                        gint64    procedure_id,
                        GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "DELETE FROM result WHERE school_id = ?1 AND year = ?2 AND procedure_id = ?3", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, school_id);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int64 (stmt, 3, procedure_id);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (mk_store_get_db (self)) == 0)
    return (g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                                 _("The result no longer exists: reload the page.")), FALSE);
  if (!mk_store_note_change (self, MK_CHANGE_DATA, year, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_RESULTS);
  return TRUE;
}
