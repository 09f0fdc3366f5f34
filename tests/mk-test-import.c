/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-import"
#include "config.h"

#include <string.h>

#include "mk-importers.h"
#include "mk-store-procedures.h"
#include "mk-test-import.h"
#include "mk-test-util.h"

/* The fixture of the importer tests of results, markers and context: a
 * store with five schools, and the helpers that read back what an import
 * wrote. */

/* Two municipalities share «СШ № 9», so that a file without the
 * municipality cannot tell which one it means. */
static const char *schools_csv =
  "municipality;name\n"
  "Смоленск;СШ № 9\n"
  "Смоленск;СШ № 19\n"
  "Смоленск;Гимназия № 4\n"
  "Смоленск;СШ № 29\n"
  "Вязьма;СШ № 9\n";

void
mk_test_import_setup (MkTestImport  *f,
                      gconstpointer  data)
{
  g_autofree char *schools = NULL;
  MkImportOptions options = { NULL, FALSE };

  f->dir = mk_test_tmpdir_new ();
  f->db = g_build_filename (f->dir, "mayak.db", NULL);
  f->store = mk_store_open (f->db, NULL);
  g_assert_nonnull (f->store);
  f->report = mk_import_report_new ();
  schools = mk_test_write_file (f->dir, "schools.csv", schools_csv, -1);
  g_assert_true (mk_import (MK_IMPORT_KIND_SCHOOLS, f->store, schools, &options, f->report, NULL));
  g_clear_object (&f->report);
  f->report = mk_import_report_new ();
}

void
mk_test_import_teardown (MkTestImport  *f,
                         gconstpointer  data)
{
  g_clear_object (&f->report);
  g_clear_object (&f->store);
  g_free (f->db);
  mk_test_tmpdir_free (f->dir);
}

gint64
mk_test_import_school_id (MkTestImport *f,
                          const char   *municipality,
                          const char   *name)
{
  g_autoptr(MkSchool) school = mk_store_find_school (f->store, municipality, name,
                                                     NULL, NULL);

  g_assert_nonnull (school);
  return mk_school_get_id (school);
}

typedef struct {
  gint64       school_id;
  const char  *code;
  MkResultRow  found;
  guint        n_found;
  guint        n_all;
} Search;

static gboolean
search_row (const MkResultRow *row,
            gpointer           user_data)
{
  Search *search = user_data;

  search->n_all++;
  if (row->school_id == search->school_id && g_str_equal (row->procedure_code, search->code))
    {
      search->found = *row;
      search->found.procedure_code = NULL;
      search->n_found++;
    }
  return TRUE;
}

/* The stored result, read back through the store's own query. */
MkResultRow
mk_test_import_result_of (MkTestImport *f,
                          const char   *municipality,
                          const char   *school,
                          int           year,
                          const char   *code)
{
  Search search = { mk_test_import_school_id (f, municipality, school), code };
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_store_foreach_result (f->store, year, year, search_row, &search, &error));
  g_assert_no_error (error);
  if (search.n_found != 1)
    g_error ("%s %s %d %s: %u results", municipality, school, year, code, search.n_found);
  return search.found;
}

guint
mk_test_import_count_of (MkTestImport *f,
                         gint64        school_id,
                         int           year,
                         const char   *code)
{
  Search search = { school_id, code };

  g_assert_true (mk_store_foreach_result (f->store, year, year, search_row, &search, NULL));
  return search.n_found;
}

MkContextRow
mk_test_import_context_of (MkTestImport *f,
                           const char   *municipality,
                           const char   *school,
                           int           year)
{
  MkContextRow row;
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_store_get_context (f->store, mk_test_import_school_id (f, municipality, school),
                                       year, &row, &error));
  g_assert_no_error (error);
  return row;
}

guint
mk_test_import_count_results (MkTestImport *f)
{
  Search search = { -1, "" };

  g_assert_true (mk_store_foreach_result (f->store, 1990, 2100, search_row, &search, NULL));
  return search.n_all;
}

void
mk_test_import_assert_result (MkResultRow row,
                              int         participants,
                              int         low,
                              int         low_share,
                              gboolean    mark_low,
                              gboolean    non_objective)
{
  g_assert_cmpint (row.participants, ==, participants);
  g_assert_cmpint (row.low, ==, low);
  g_assert_cmpint (row.low_share, ==, low_share);
  g_assert_cmpint (row.mark_low, ==, mark_low);
  g_assert_cmpint (row.non_objective, ==, non_objective);
}

void
mk_test_import_assert_stored (MkTestImport *f,
                              const char   *municipality,
                              const char   *school,
                              int           year,
                              const char   *code,
                              int           participants,
                              int           low,
                              int           low_share,
                              gboolean      mark_low,
                              gboolean      non_objective)
{
  mk_test_import_assert_result (mk_test_import_result_of (f, municipality, school, year, code),
                                participants, low, low_share, mark_low, non_objective);
}

void
mk_test_import_assert_has_line (GPtrArray  *lines,
                                const char *prefix,
                                const char *fragment)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (lines->pdata[i], prefix) && strstr (lines->pdata[i], fragment))
      return;
  for (guint i = 0; i < lines->len; i++)
    g_printerr ("  %s\n", (const char *) lines->pdata[i]);
  g_error ("no line «%s…%s»", prefix, fragment);
}

gboolean
mk_test_import_run (MkTestImport          *f,
                    MkImportKind           kind,
                    const char            *path,
                    const MkImportOptions *options,
                    GError               **error)
{
  g_clear_object (&f->report);
  f->report = mk_import_report_new ();
  return mk_import (kind, f->store, path, options, f->report, error);
}

