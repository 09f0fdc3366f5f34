/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-natural.h"
#include "mk-store-private.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"

static void
matrix_row_free (gpointer data)
{
  MkResultMatrixRow *row = data;

  g_free (row->municipality);
  g_free (row->school);
  g_free (row->cells);
  g_free (row);
}

void
mk_result_matrix_free (MkResultMatrix *matrix)
{
  if (matrix == NULL)
    return;
  g_clear_object (&matrix->procedures);
  g_clear_pointer (&matrix->rows, g_ptr_array_unref);
  g_free (matrix);
}

/* The marker rule (docs/methodology.md, «Markers») with integers only, so
 * that 30.0 % is a marker and 29.99 % is not; in mk_result_judge's order:
 * no participants is never a marker, counts before a stored share, a bare
 * «Н» last. */
static gboolean
cell_is_marker (const MkResultCell *cell,
                int                 threshold)
{
  if (cell->participants == 0)
    return FALSE;
  if (cell->participants > 0 && cell->low >= 0)
    return 100000 * (gint64) cell->low >= (gint64) threshold * cell->participants;
  if (cell->low_share >= 0)
    return cell->low_share >= threshold;
  return cell->mark_low;
}

static void
read_cell (sqlite3_stmt *stmt,
           MkResultCell *cell,
           int           threshold)
{
  cell->present = TRUE;
  cell->participants = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 4);
  cell->low = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 5);
  cell->low_share = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 6);
  if (cell->low_share < 0 && cell->participants > 0 && cell->low >= 0)
    cell->low_share = (int) ((200000 * (gint64) cell->low / cell->participants + 1) / 2);
  cell->mark_low = sqlite3_column_int (stmt, 7);
  cell->non_objective = sqlite3_column_int (stmt, 8);
  cell->marker = cell_is_marker (cell, threshold);
}

static MkResultMatrixRow *
new_row (sqlite3_stmt *stmt,
         guint         n_columns)
{
  MkResultMatrixRow *row = g_new0 (MkResultMatrixRow, 1);

  row->school_id = sqlite3_column_int64 (stmt, 0);
  row->municipality = g_strdup (mk_stmt_column_text (stmt, 1));
  row->school = g_strdup (mk_stmt_column_text (stmt, 2));
  row->cells = g_new0 (MkResultCell, n_columns);
  return row;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const MkResultMatrixRow *ra = *(MkResultMatrixRow **) a;
  const MkResultMatrixRow *rb = *(MkResultMatrixRow **) b;
  int order = mk_natural_compare (ra->municipality, rb->municipality);

  if (order == 0)
    order = mk_natural_compare (ra->school, rb->school);
  if (order == 0)
    order = ra->school_id < rb->school_id ? -1 : ra->school_id > rb->school_id;
  return order;
}

/* Column of each procedure id, by id. */
static GHashTable *
column_by_id (GListModel *procedures)
{
  GHashTable *columns = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (procedures, i);
      gint64 *id = g_new (gint64, 1);

      *id = mk_procedure_get_id (procedure);
      g_hash_table_insert (columns, id, GUINT_TO_POINTER (i + 1));
    }
  return columns;
}

/* Rows come in the table's key order (school, year, procedure), so that
 * the scan needs no sort; the few thousand schools are sorted after. */
static gboolean
read_rows (MkStore         *self,
           MkResultMatrix  *matrix,
           GHashTable      *columns,
           int              threshold,
           GError         **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT r.school_id, m.name, s.name, r.procedure_id, r.participants, "
      "r.low, r.low_share, r.mark = 'Н', r.non_objective FROM result r "
      "JOIN school s ON s.id = r.school_id "
      "JOIN municipality m ON m.id = s.municipality_id "
      "WHERE r.year = ?1 ORDER BY r.school_id", error);
  guint n_columns = g_list_model_get_n_items (matrix->procedures);
  MkResultMatrixRow *row = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, matrix->year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 procedure_id = sqlite3_column_int64 (stmt, 3);
      guint column = GPOINTER_TO_UINT (g_hash_table_lookup (columns, &procedure_id));

      if (row == NULL || row->school_id != sqlite3_column_int64 (stmt, 0))
        g_ptr_array_add (matrix->rows, row = new_row (stmt, n_columns));
      if (column == 0)
        continue;
      read_cell (stmt, &row->cells[column - 1], threshold);
      row->n_markers += row->cells[column - 1].marker;
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

MkResultMatrix *
mk_store_get_result_matrix (MkStore  *self,
                            int       year,
                            int       threshold,
                            GError  **error)
{
  g_autoptr(MkResultMatrix) matrix = g_new0 (MkResultMatrix, 1);
  g_autoptr(GHashTable) columns = NULL;

  matrix->year = year;
  matrix->rows = g_ptr_array_new_with_free_func (matrix_row_free);
  matrix->procedures = mk_store_list_procedures (self, error);
  if (matrix->procedures == NULL)
    return NULL;
  columns = column_by_id (matrix->procedures);
  if (!read_rows (self, matrix, columns, threshold, error))
    return NULL;
  g_ptr_array_sort (matrix->rows, compare_rows);
  return g_steal_pointer (&matrix);
}
