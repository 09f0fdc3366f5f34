/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-bulk"
#include "config.h"

#include <sqlite3.h>

#include "mk-import.h"
#include "mk-importers.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"
#include "mk-test-util.h"

/* A bulk import of results drops the partial indexes of result (the
 * markers' of migration 0004, the results without participants of 0005)
 * inside its transaction and builds them again after the rows are in:
 * they are all there after, and they answer as before. */

typedef struct {
  char    *dir;
  char    *db;
  MkStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = mk_test_tmpdir_new ();
  f->db = g_build_filename (f->dir, "mayak.db", NULL);
  f->store = mk_store_open (f->db, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->db);
  mk_test_tmpdir_free (f->dir);
}

static guint
count_partial_indexes (Fixture *f)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM pragma_index_list ('result') "
                                           "WHERE partial = 1", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static gboolean
count_row (const MkResultRow *row,
           gpointer           user_data)
{
  (*(guint *) user_data)++;
  return TRUE;
}

static guint
count_results (Fixture *f)
{
  guint n = 0;

  g_assert_true (mk_store_foreach_result (f->store, 1990, 2100, count_row, &n, NULL));
  return n;
}

/* 400 new schools × 25 procedures (10,000 rows, a bulk write); every
 * fifth result a marker. BAD adds a row the import refuses. */
static char *
write_bulk_csv (Fixture  *f,
                gboolean  bad)
{
  g_autoptr(GListModel) procedures = mk_store_list_procedures (f->store, NULL);
  g_autoptr(GString) csv = g_string_new ("municipality;school;year;procedure;participants;low\n");

  g_assert_cmpuint (g_list_model_get_n_items (procedures), >=, 25);
  for (guint s = 1; s <= 400; s++)
    for (guint p = 0; p < 25; p++)
      {
        g_autoptr(MkProcedure) procedure = g_list_model_get_item (procedures, p);

        g_string_append_printf (csv, "Рославль;СШ № %u;2022;%s;20;%u\n", s,
                                mk_procedure_get_code (procedure), (s + p) % 5 == 0 ? 10 : 1);
      }
  if (bad)
    g_string_append (csv, "Рославль;СШ № 1;2021;ОГЭ МА;10;12\n");
  return mk_test_write_file (f->dir, bad ? "bulk-bad.csv" : "bulk.csv", csv->str, -1);
}

static gboolean
import (Fixture    *f,
        const char *path,
        GError    **error)
{
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { .create_missing = TRUE };
  gboolean ok = mk_import (MK_IMPORT_KIND_RESULTS, f->store, path, &options, report, error);

  if (ok)
    g_assert_cmpuint (mk_import_report_get_added (report), ==, 10000);
  return ok;
}

static void
test_bulk_write (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *bad = write_bulk_csv (f, TRUE);
  g_autofree char *good = write_bulk_csv (f, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkResultMatrix) matrix = NULL;
  g_autoptr(GArray) counts = NULL;
  guint n_markers = 0, n_indexes = count_partial_indexes (f);

  g_assert_cmpuint (n_indexes, >=, 2);
  g_assert_false (import (f, bad, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count_results (f), ==, 0);
  g_assert_cmpuint (count_partial_indexes (f), ==, n_indexes);

  g_assert_true (import (f, good, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_results (f), ==, 10000);
  g_assert_cmpuint (count_partial_indexes (f), ==, n_indexes);
  /* The markers, one result in five, by a full read and by the index. */
  matrix = mk_store_get_result_matrix (f->store, 2022, 30000, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < matrix->rows->len; i++)
    n_markers += ((MkResultMatrixRow *) matrix->rows->pdata[i])->n_markers;
  g_assert_cmpuint (n_markers, ==, 2000);
  counts = mk_store_count_markers (f->store, 2022, 2022, 30000, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts->len, ==, 2000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/import-bulk/write", Fixture, NULL, fixture_setup, test_bulk_write,
              fixture_teardown);
  return g_test_run ();
}
