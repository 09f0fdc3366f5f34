/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-store-private.h"
#include "mk-store-share-private.h"
#include "mk-store-window.h"

/* Classifying 40,000 schools used to step SQLite through all 2.4 million
 * results of the window and judge each in C; now SQLite counts them per
 * school and year, and hands over only the one result in twelve or so
 * that may be a marker, is «Необ.» or has no participants. C still judges
 * each of those with mk_result_judge, so SQL only has to find a superset
 * of them: the rule itself stays in one place. */

gboolean
mk_store_foreach_result_count (MkStore            *self,
                               int                 first_year,
                               int                 last_year,
                               MkResultCountFunc   func,
                               gpointer            user_data,
                               GError            **error)
{
  /* The table's key order: the groups need no sort. */
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT school_id, year, count(*) FROM result WHERE year BETWEEN ?1 AND ?2 "
      "GROUP BY school_id, year ORDER BY school_id, year", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, first_year);
  sqlite3_bind_int (stmt, 2, last_year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkResultCount count = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
        sqlite3_column_int (stmt, 2),
      };

      if (!func (&count, user_data))
        break;
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE || mk_store_fail (self, error);
}

#define COLUMNS "SELECT school_id, year, procedure_id, participants, low, " \
  "low_share, mark = 'Н', "
#define WINDOW "FROM result WHERE year BETWEEN ?1 AND ?2 AND "

/* Three ordered streams that SQLite merges without sorting. At or above
 * the indexed threshold the markers come from result_marker, which does
 * not hold the «Необ.» flag: those rows say 0, and the «Необ.» stream
 * brings the flag of any marker that has it as a second row of the same
 * key. Below it one scan finds all three kinds. */
static char *
notable_sql (int threshold)
{
  int share = threshold * 1000;

  if (share < MK_STORE_SHARE_INDEXED)
    return g_strdup_printf (COLUMNS "non_objective " WINDOW "(%s >= %d OR "
                            "non_objective = 1 OR participants = 0)",
                            MK_STORE_SHARE_SQL, share);
  return g_strdup_printf (COLUMNS "0 " WINDOW "%s >= %d AND %s >= %d "
                          "UNION ALL " COLUMNS "1 " WINDOW "non_objective = 1 "
                          "UNION ALL " COLUMNS "non_objective " WINDOW "participants = 0 "
                          "ORDER BY 1, 2, 3",
                          MK_STORE_SHARE_SQL, MK_STORE_SHARE_INDEXED,
                          MK_STORE_SHARE_SQL, share);
}

/* Codes by procedure id: joining the catalog in the query costs more. */
static GPtrArray *
load_codes (MkStore  *self,
            GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT id, code FROM procedure", error);
  g_autoptr(GPtrArray) codes = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  codes = g_ptr_array_new_with_free_func (g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id < 0 || id > G_MAXINT)
        continue;
      if (id >= codes->len)
        g_ptr_array_set_size (codes, id + 1);
      codes->pdata[id] = g_strdup (mk_stmt_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return mk_store_fail (self, error), NULL;
  return g_steal_pointer (&codes);
}

static const char *
code_of (GPtrArray *codes,
         gint64     id)
{
  if (id < 0 || id >= codes->len || codes->pdata[id] == NULL)
    return "";
  return codes->pdata[id];
}

static int
column_number (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL
         ? -1 : sqlite3_column_int (stmt, column);
}

static void
row_from_stmt (sqlite3_stmt *stmt,
               GPtrArray    *codes,
               MkResultRow  *row)
{
  *row = (MkResultRow) {
    sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
    sqlite3_column_int64 (stmt, 2), NULL,
    column_number (stmt, 3), column_number (stmt, 4), column_number (stmt, 5),
    sqlite3_column_int (stmt, 6), sqlite3_column_int (stmt, 7),
  };
  row->procedure_code = code_of (codes, row->procedure_id);
}

static gboolean
same_result (const MkResultRow *a,
             const MkResultRow *b)
{
  return a->school_id == b->school_id && a->year == b->year &&
         a->procedure_id == b->procedure_id;
}

gboolean
mk_store_foreach_notable_result (MkStore       *self,
                                 int            first_year,
                                 int            last_year,
                                 int            threshold,
                                 MkResultFunc   func,
                                 gpointer       user_data,
                                 GError       **error)
{
  g_autoptr(GPtrArray) codes = load_codes (self, error);
  g_autofree char *sql = notable_sql (threshold);
  sqlite3_stmt *stmt = codes == NULL ? NULL : mk_store_statement (self, sql, error);
  MkResultRow pending = { 0 }, row;
  gboolean has_pending = FALSE, go_on = TRUE;
  int rc = SQLITE_DONE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, first_year);
  sqlite3_bind_int (stmt, 2, last_year);
  /* One row late, so that two rows of one result become one. */
  while (go_on && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      row_from_stmt (stmt, codes, &row);
      if (has_pending && same_result (&pending, &row))
        {
          pending.non_objective |= row.non_objective;
          continue;
        }
      if (has_pending)
        go_on = func (&pending, user_data);
      pending = row;
      has_pending = TRUE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return mk_store_fail (self, error);
  if (go_on && has_pending)
    func (&pending, user_data);
  return TRUE;
}
