/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-procedures-edit"
#include "config.h"

#include <string.h>

#include "mk-import.h"
#include "mk-importers.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"
#include "mk-test-util.h"

/* Editing the procedure catalog (docs/methodology.md): add, refuse a
 * duplicate, refuse to delete what results use, delete and put back, and
 * the imports understanding what was added by every spelling of it. */

typedef struct {
  char    *dir;
  MkStore *store;
  guint    changes;  /* "changed::procedures" emissions */
} Fixture;

static void
on_changed (MkStore    *store,
            const char *topic,
            Fixture    *f)
{
  f->changes++;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = mk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "mayak.db", NULL);
  f->store = mk_store_open (path, &error);
  g_assert_no_error (error);
  g_signal_connect (f->store, "changed::" MK_TOPIC_PROCEDURES, G_CALLBACK (on_changed), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

static guint
catalog_size (Fixture *f)
{
  g_autoptr(GListModel) catalog = mk_store_list_procedures (f->store, NULL);

  g_assert_nonnull (catalog);
  return g_list_model_get_n_items (catalog);
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  MkProcedureSpec spec = { "ЕГЭ", "МА", "Математика", 0, "БАЗ" };
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProcedure) added = NULL;
  g_autoptr(MkProcedure) english = NULL;
  g_autoptr(MkProcedure) found = NULL;

  /* ОГЭ Английский язык is not in the default catalog. */
  english = mk_store_add_procedure_written (f->store, "ОГЭ англ. язык", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mk_procedure_get_code (english), ==, "ОГЭ АНГ");
  g_assert_cmpstr (mk_procedure_get_kind (english), ==, "ОГЭ");
  g_assert_cmpstr (mk_procedure_get_subject (english), ==, "Английский язык");
  g_assert_cmpstr (mk_procedure_get_title (english), ==, "Английский язык");
  g_assert_cmpint (mk_procedure_get_position (english), ==, 34);
  g_assert_cmpuint (f->changes, ==, 1);
  g_assert_cmpuint (catalog_size (f), ==, 34);
  found = mk_store_lookup_procedure (f->store, "огэ английский", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mk_procedure_get_id (found), ==, mk_procedure_get_id (english));

  /* By its parts, with a title of its own; ВПР gets the «N кл» heading. */
  spec = (MkProcedureSpec) { "ВПР", "ИСТ", NULL, 6, "" };
  added = mk_store_add_procedure (f->store, &spec, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mk_procedure_get_code (added), ==, "ВПР ИСТ-6");
  g_assert_cmpstr (mk_procedure_get_title (added), ==, "История 6 кл");
  g_assert_cmpint (mk_procedure_get_grade (added), ==, 6);
  g_clear_object (&added);
  added = mk_store_add_procedure_written (f->store, "ВПР БИО-5", "  Биология (5 класс) ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mk_procedure_get_title (added), ==, "Биология (5 класс)");
  g_assert_cmpuint (f->changes, ==, 3);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  MkProcedureSpec nine = { "ВПР", "МА", NULL, 9, "" };
  MkProcedureSpec no_level = { "ЕГЭ", "МА", NULL, 0, "" };
  MkProcedureSpec no_subject = { "ОГЭ", NULL, NULL, 0, "" };
  g_autoptr(GError) error = NULL;
  MkProcedure *added;

  /* The default catalog has ОГЭ ЛИТ; any spelling of it is a duplicate. */
  added = mk_store_add_procedure_written (f->store, "ОГЭ литература", NULL, &error);
  g_assert_null (added);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "«ОГЭ ЛИТ»"));
  g_clear_error (&error);
  added = mk_store_add_procedure (f->store, &nine, NULL, 0, &error);
  g_assert_null (added);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "9"));
  g_clear_error (&error);
  added = mk_store_add_procedure (f->store, &no_level, NULL, 0, &error);
  g_assert_null (added);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ПРОФ"));
  g_clear_error (&error);
  added = mk_store_add_procedure (f->store, &no_subject, NULL, 0, &error);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  added = mk_store_add_procedure_written (f->store, "ОГЭ черчение", NULL, &error);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "черчение"));
  g_assert_cmpuint (catalog_size (f), ==, 33);
  g_assert_cmpuint (f->changes, ==, 0);
}

/* A result of «СШ № 1» (created if needed) for CODE in 2022. */
static void
add_result (Fixture    *f,
            const char *code)
{
  g_autoptr(MkSchool) school = mk_school_new ();
  g_autoptr(MkSchool) known = mk_store_find_school (f->store, "Смоленск", "СШ № 1", NULL, NULL);
  g_autoptr(MkProcedure) procedure = mk_store_find_procedure (f->store, code, NULL);
  g_autoptr(GError) error = NULL;
  MkResultRow row = { 0 };

  mk_school_set_municipality (school, "Смоленск");
  mk_school_set_name (school, "СШ № 1");
  if (known == NULL)
    g_assert_true (mk_store_add_school (f->store, school, &error));
  g_assert_no_error (error);
  row.school_id = mk_school_get_id (known != NULL ? known : school);
  row.year = 2022;
  row.procedure_id = mk_procedure_get_id (procedure);
  row.participants = 20;
  row.low = 7;
  row.low_share = -1;
  g_assert_true (mk_store_put_result (f->store, &row, NULL, &error));
  g_assert_no_error (error);
}

static void
test_delete_used (Fixture       *f,
                  gconstpointer  data)
{
  MkProcedureSpec other = { "ОГЭ", "АНГ", NULL, 0, "" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(MkProcedure) kept = NULL;
  MkProcedure *removed;

  add_result (f, "ОГЭ МА");
  counts = mk_store_count_procedure_results (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "ОГЭ МА")), ==, 1);
  g_assert_false (g_hash_table_contains (counts, "ОГЭ РУ"));
  removed = mk_store_delete_procedure (f->store, "ОГЭ МА", &error);
  g_assert_null (removed);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "«ОГЭ МА»"));
  g_assert_nonnull (strstr (error->message, "1 result"));
  g_clear_error (&error);
  /* Nor can its parts change under its results; the title can. */
  g_assert_false (mk_store_update_procedure (f->store, "ОГЭ МА", &other, NULL, 0, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (mk_store_update_procedure (f->store, "ОГЭ МА", NULL, "Математика (ОГЭ)", 0,
                                            &error));
  g_assert_no_error (error);
  kept = mk_store_find_procedure (f->store, "ОГЭ МА", &error);
  g_assert_cmpstr (mk_procedure_get_title (kept), ==, "Математика (ОГЭ)");
  g_assert_cmpint (mk_procedure_get_position (kept), ==, 2);
  g_assert_cmpuint (catalog_size (f), ==, 33);
}

static void
test_update_parts (Fixture       *f,
                   gconstpointer  data)
{
  MkProcedureSpec english = { "ОГЭ", "АНГ", NULL, 0, "" };
  MkProcedureSpec physics = { "ОГЭ", "ФИЗ", NULL, 0, "" };
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProcedure) moved = NULL;

  /* An unused procedure may become another, keeping its place. */
  g_assert_true (mk_store_update_procedure (f->store, "ОГЭ ЛИТ", &english, "", 0, &error));
  g_assert_no_error (error);
  g_assert_null (mk_store_find_procedure (f->store, "ОГЭ ЛИТ", NULL));
  moved = mk_store_find_procedure (f->store, "ОГЭ АНГ", &error);
  g_assert_nonnull (moved);
  g_assert_cmpint (mk_procedure_get_position (moved), ==, 10);
  g_assert_cmpstr (mk_procedure_get_title (moved), ==, "Английский язык");
  /* …but not into one that exists. */
  g_assert_false (mk_store_update_procedure (f->store, "ОГЭ АНГ", &physics, NULL, 0, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProcedure) removed = NULL;
  g_autoptr(MkProcedure) back = NULL;
  g_autoptr(GListModel) catalog = NULL;
  g_autoptr(MkProcedure) seventh = NULL;

  removed = mk_store_delete_procedure (f->store, "ОГЭ ЛИТ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mk_procedure_get_code (removed), ==, "ОГЭ ЛИТ");
  g_assert_cmpuint (catalog_size (f), ==, 32);
  g_assert_null (mk_store_find_procedure (f->store, "ОГЭ ЛИТ", NULL));
  g_assert_cmpuint (f->changes, ==, 1);
  g_clear_object (&removed);
  removed = mk_store_delete_procedure (f->store, "ОГЭ ЛИТ", &error);
  g_assert_null (removed);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo: the same procedure, in its old place of the matrix. */
  removed = mk_store_delete_procedure (f->store, "ОГЭ ИСТ", &error);
  g_assert_no_error (error);
  g_assert_true (mk_store_restore_procedure (f->store, removed, &error));
  g_assert_no_error (error);
  back = mk_store_find_procedure (f->store, "ОГЭ ИСТ", &error);
  g_assert_cmpstr (mk_procedure_get_title (back), ==, "История");
  g_assert_cmpint (mk_procedure_get_position (back), ==, 7);
  catalog = mk_store_list_procedures (f->store, NULL);
  seventh = g_list_model_get_item (catalog, 6);
  g_assert_cmpstr (mk_procedure_get_code (seventh), ==, "ОГЭ ИСТ");
  g_assert_cmpuint (f->changes, ==, 3);
}

/* An import of «ОГЭ литература» fails while the catalog lacks it, naming
 * the closest codes, and finds it once it is added. */
static void
test_import_finds_added (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "results.csv",
    "municipality;school;year;procedure;participants;low\n"
    "Смоленск;СШ № 1;2022;ОГЭ литература;20;7\n"
    "Смоленск;СШ № 1;2022;О Г Э Литература;20;7\n", -1);
  g_autofree char *line2 = g_strdup_printf ("%s:2: ", path);
  MkImportOptions options = { NULL, FALSE, TRUE };
  g_autoptr(MkImportReport) refused = mk_import_report_new ();
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  g_autoptr(MkProcedure) removed = mk_store_delete_procedure (f->store, "ОГЭ ЛИТ", NULL);
  g_autoptr(MkProcedure) added = NULL;
  g_autoptr(GHashTable) counts = NULL;
  GPtrArray *errors;
  const char *error;

  g_assert_nonnull (removed);
  g_assert_false (mk_import (MK_IMPORT_KIND_RESULTS, f->store, path, &options, refused, NULL));
  errors = mk_import_report_get_errors (refused);
  g_assert_cmpuint (errors->len, >=, 1);
  error = errors->pdata[0];
  if (!g_str_has_prefix (error, line2) || strstr (error, "ОГЭ ЛИТ is not in the catalog") == NULL ||
      strstr (error, "the closest are ЕГЭ ЛИТ") == NULL)
    g_error ("unexpected: %s", error);

  added = mk_store_add_procedure_written (f->store, "ОГЭ ЛИТ", NULL, NULL);
  g_assert_nonnull (added);
  /* The second row repeats the first by another spelling: refused as a
   * repeat, which shows both spellings reached the same procedure. */
  g_assert_false (mk_import (MK_IMPORT_KIND_RESULTS, f->store, path, &options, report, NULL));
  errors = mk_import_report_get_errors (report);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_nonnull (strstr (errors->pdata[0], "as on line 2"));
  g_clear_object (&report);
  report = mk_import_report_new ();
  g_free (path);
  path = mk_test_write_file (f->dir, "one.csv",
    "municipality;school;year;procedure;participants;low\n"
    "Смоленск;СШ № 1;2022;ОГЭ литература;20;7\n", -1);
  g_assert_true (mk_import (MK_IMPORT_KIND_RESULTS, f->store, path, &options, report, NULL));
  counts = mk_store_count_procedure_results (f->store, NULL);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "ОГЭ ЛИТ")), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/procedures-edit/add", test_add);
  ADD ("/procedures-edit/refused", test_refused);
  ADD ("/procedures-edit/delete-used", test_delete_used);
  ADD ("/procedures-edit/update-parts", test_update_parts);
  ADD ("/procedures-edit/delete-undo", test_delete_undo);
  ADD ("/procedures-edit/import-finds-added", test_import_finds_added);
#undef ADD
  return g_test_run ();
}
