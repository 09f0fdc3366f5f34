/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-import"
#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "mk-demo.h"
#include "mk-import.h"
#include "mk-importers.h"
#include "mk-store-clusters.h"
#include "mk-store-results.h"
#include "mk-test-util.h"

typedef struct {
  char           *dir;
  MkStore        *store;
  MkImportReport *report;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = mk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "mayak.db", NULL);
  f->store = mk_store_open (path, NULL);
  g_assert_nonnull (f->store);
  f->report = mk_import_report_new ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->report);
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

static char *
write_cp1251 (const char *dir,
              const char *name,
              const char *utf8)
{
  gsize len = 0;
  g_autofree char *bytes = g_convert (utf8, -1, "CP1251", "UTF-8", NULL, &len, NULL);

  g_assert_nonnull (bytes);
  return mk_test_write_file (dir, name, bytes, len);
}

static MkSchool *
find (MkStore    *store,
      const char *municipality,
      const char *name)
{
  g_autoptr(GError) error = NULL;
  MkSchool *school = mk_store_find_school (store, municipality, name, NULL, &error);

  g_assert_no_error (error);
  return school;
}

static const char *schools_csv =
  "Муниципальное образование;Наименование ОО;Полное наименование;Профиль\r\n"
  "Смоленск;СШ № 9;МБОУ «СШ № 9»;\r\n"
  "Смоленск;Гимназия № 4;МБОУ «Гимназия № 4»;\r\n"
  "Смоленск;СШ № 29;\"МБОУ \"\"СШ № 29 с углублённым изучением отдельных предметов\"\"\";\r\n"
  "Ельнинский район;Ельнинская СШ № 2;МБОУ Ельнинская СШ №2 им. К.И.Ракутина;средняя\r\n";

static void
test_cp1251_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = write_cp1251 (f->dir, "schools.csv", schools_csv);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) school29 = NULL;
  g_autoptr(MkSchool) gymnasium = NULL;
  MkImportOptions options = { NULL, FALSE };

  g_assert_true (mk_import (MK_IMPORT_KIND_SCHOOLS, f->store, path, &options, f->report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 4);
  g_assert_cmpuint (mk_store_count_schools (f->store), ==, 4);
  school29 = find (f->store, "Смоленск", "СШ 29");
  g_assert_cmpint (mk_school_get_profile (school29), ==, MK_PROFILE_ADVANCED);
  g_assert_cmpstr (mk_school_get_full_name (school29), ==,
                   "МБОУ \"СШ № 29 с углублённым изучением отдельных предметов\"");
  gymnasium = find (f->store, "Смоленск", "Гимназия №4");
  g_assert_cmpint (mk_school_get_profile (gymnasium), ==, MK_PROFILE_ADVANCED);
}

static void
test_reimport_counts (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *first = mk_test_write_file (f->dir, "a.csv", schools_csv, -1);
  g_autofree char *second = mk_test_write_file (f->dir, "b.csv",
    "municipality,name,head\nСмоленск,МБОУ \"СОШ №9\",Петрова А.А.\n"
    "Смоленск,Гимназия № 4,\nСмоленск,СШ № 40,\n", -1);
  g_autoptr(MkImportReport) again = mk_import_report_new ();
  g_autoptr(MkSchool) school9 = NULL;
  MkImportOptions options = { NULL, FALSE };

  g_assert_true (mk_import (MK_IMPORT_KIND_SCHOOLS, f->store, first, &options, f->report, NULL));
  g_assert_true (mk_import (MK_IMPORT_KIND_SCHOOLS, f->store, second, &options, again, NULL));
  g_assert_cmpuint (mk_import_report_get_added (again), ==, 1);
  g_assert_cmpuint (mk_import_report_get_replaced (again), ==, 1);
  g_assert_cmpuint (mk_import_report_get_unchanged (again), ==, 1);
  school9 = find (f->store, "Смоленск", "СШ № 9");
  g_assert_cmpstr (mk_school_get_head (school9), ==, "Петрова А.А.");
  g_assert_cmpstr (mk_school_get_full_name (school9), ==, "МБОУ «СШ № 9»");
}

static void
assert_has_line (GPtrArray  *lines,
                 const char *prefix,
                 const char *fragment)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (lines->pdata[i], prefix) &&
        strstr (lines->pdata[i], fragment) != NULL)
      return;
  for (guint i = 0; i < lines->len; i++)
    g_printerr ("  %s\n", (const char *) lines->pdata[i]);
  g_error ("no line «%s…%s»", prefix, fragment);
}

static void
test_bad_row_refuses_all (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "bad.csv",
    "municipality;name;profile\n"
    "Смоленск;СШ № 1;\n"
    "Смоленск;СШ № 2;гимназический\n"
    "Смоленск;;\n"
    "Смоленск;МБОУ «СШ № 1»;\n", -1);
  g_autofree char *prefix2 = g_strdup_printf ("%s:3:", path);
  g_autofree char *prefix3 = g_strdup_printf ("%s:4:", path);
  g_autofree char *prefix4 = g_strdup_printf ("%s:5:", path);
  g_autoptr(GError) error = NULL;
  MkImportOptions options = { NULL, FALSE };
  GPtrArray *errors;

  g_assert_false (mk_import (MK_IMPORT_KIND_SCHOOLS, f->store, path, &options, f->report, &error));
  g_assert_error (error, MK_IMPORT_ERROR, MK_IMPORT_ERROR_REFUSED);
  errors = mk_import_report_get_errors (f->report);
  g_assert_cmpuint (errors->len, ==, 3);
  assert_has_line (errors, prefix2, "гимназический");
  assert_has_line (errors, prefix3, "");
  assert_has_line (errors, prefix4, "bad.csv:2");
  g_assert_cmpuint (mk_store_count_schools (f->store), ==, 0);
}

static void
test_missing_column (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "nocol.csv",
    "Муниципальное образование;Директор;Цвет\nСмоленск;Иванова;синий\n", -1);
  g_autofree char *prefix = g_strdup_printf ("%s:1:", path);
  MkImportOptions options = { NULL, FALSE };

  g_assert_false (mk_import (MK_IMPORT_KIND_SCHOOLS, f->store, path, &options, f->report, NULL));
  assert_has_line (mk_import_report_get_errors (f->report), prefix, "name");
  assert_has_line (mk_import_report_get_warnings (f->report), prefix, "Цвет");
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "s.csv", schools_csv, -1);
  MkImportOptions options = { NULL, TRUE };

  g_assert_true (mk_import (MK_IMPORT_KIND_SCHOOLS, f->store, path, &options, f->report, NULL));
  g_assert_cmpuint (mk_import_report_get_added (f->report), ==, 4);
  g_assert_cmpuint (mk_store_count_schools (f->store), ==, 0);
}

static char *
write_xlsx (const char *dir)
{
  char *path = g_build_filename (dir, "schools.xlsx", NULL);
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (book, "Школы");
  const char *rows[][3] = {
    { "МО", "Наименование общеобразовательной организации", "Профиль" },
    { "Смоленск", "О(с)Ш № 1", "" },
    { "Смоленск", "Лицей № 1", "лицей" },
  };

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint c = 0; c < 3; c++)
      worksheet_write_string (sheet, r, c, rows[r][c], NULL);
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);
  return path;
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = write_xlsx (f->dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) evening = NULL;
  g_autoptr(MkSchool) lyceum = NULL;
  MkImportOptions options = { "Школы", FALSE };

  g_assert_true (mk_import (MK_IMPORT_KIND_SCHOOLS, f->store, path, &options, f->report, &error));
  g_assert_no_error (error);
  evening = find (f->store, "Смоленск", "О(с)Ш № 1");
  g_assert_cmpint (mk_school_get_profile (evening), ==, MK_PROFILE_EVENING);
  lyceum = find (f->store, "Смоленск", "Лицей №1");
  g_assert_cmpint (mk_school_get_profile (lyceum), ==, MK_PROFILE_ADVANCED);
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) school11 = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(MkStaffRow) row = NULL;

  g_assert_true (mk_demo_load (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mk_store_count_schools (f->store), >=, 43 + 1 + 1 + 10);
  school11 = find (f->store, "Смоленск", "СШ № 11");
  staff = mk_store_list_staff (f->store, mk_school_get_id (school11), NULL);
  /* One row per school year of the database; the Smolensk report's table is
   * 2022/2023. */
  for (guint i = 0; row == NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(MkStaffRow) candidate = g_list_model_get_item (staff, i);
      if (mk_staff_row_get_school_year (candidate) == 2022)
        row = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (row);
  g_assert_cmpstr (mk_staff_row_get_raw (row, MK_STAFF_TEACHERS), ==, "55");
  g_assert_cmpstr (mk_staff_row_get_raw (row, MK_STAFF_PSYCHOLOGISTS), ==, "2 (РК)");
  g_assert_cmpstr (mk_staff_row_get_raw (row, MK_STAFF_SPEECH_THERAPISTS), ==, "3 (1РК)");
  g_assert_false (mk_demo_load (f->store, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
}

/* The demo reproduces the Smolensk report's 2022/2023 clusters, the
 * deviations from the rules are overrides with reasons. */
static void
test_demo_clusters (Fixture       *f,
                    gconstpointer  data)
{
  const guint expected[MK_N_CLUSTERS] = { 0, 4, 11, 6, 2, 20 };
  g_autoptr(GListModel) items = NULL;
  guint counts[MK_N_CLUSTERS] = { 0 };
  guint overrides = 0;

  g_assert_true (mk_demo_load (f->store, NULL));
  g_assert_true (mk_store_count_clusters (f->store, 2022, counts, NULL));
  items = mk_store_list_assignments (f->store, 2022, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (items, i);
      if (g_strcmp0 (mk_assignment_get_municipality (item), "Смоленск") != 0)
        {
          counts[mk_assignment_get_final (item)]--;
          continue;
        }
      if (mk_assignment_get_override (item) == MK_CLUSTER_NONE)
        continue;
      overrides++;
      g_assert_cmpstr (mk_assignment_get_override_reason (item), !=, "");
    }
  for (guint c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    g_assert_cmpuint (counts[c], ==, expected[c]);
  g_assert_cmpuint (overrides, >, 0);
}

/* Таблица 4 of the Smolensk monitoring report with K = 2:
 * 2019/2020–2021/2022 come out as printed. The Smolensk report's 2022/2023
 * row says 3 first-time / 3 repeated, but its own lists make СШ № 9, 19,
 * 36, 39 repeated (all four were ШНРО in 2021/2022): 2 / 4. Mayak shows the
 * computed value. */
static void
test_demo_snro_history (Fixture       *f,
                        gconstpointer  data)
{
  const MkSnroYear expected[] = {
    { 2018, 5, 0, 0 }, { 2019, 8, 6, 2 }, { 2020, 9, 4, 5 },
    { 2021, 9, 5, 4 }, { 2022, 6, 2, 4 },
  };
  g_autoptr(GArray) years = NULL;

  g_assert_true (mk_demo_load (f->store, NULL));
  years = mk_store_list_snro_years (f->store, NULL, NULL);
  g_assert_cmpuint (years->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < years->len; i++)
    {
      MkSnroYear *year = &g_array_index (years, MkSnroYear, i);
      g_assert_cmpint (year->school_year, ==, expected[i].school_year);
      g_assert_cmpuint (year->total, ==, expected[i].total);
      if (i == 0)
        continue;  /* 2018/2019 looks back to years the table does not list */
      g_assert_cmpuint (year->first_time, ==, expected[i].first_time);
      g_assert_cmpuint (year->repeated, ==, expected[i].repeated);
    }
}

static gboolean
count_row (const MkResultRow *row,
           gpointer           data)
{
  (*(guint *) data)++;
  return TRUE;
}

/* Undo of a deletion brings back the school's results and its cluster
 * set by hand, not only its registry card. */
static void
test_delete_undo_keeps_data (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(MkSchool) school = NULL;
  g_autoptr(MkSchoolBackup) backup = NULL;
  g_autoptr(MkAssignment) item = NULL;
  guint before = 0, after = 0;

  g_assert_true (mk_demo_load (f->store, NULL));
  school = find (f->store, "Смоленск", "СШ № 39");
  mk_store_foreach_result (f->store, 1990, 2100, count_row, &before, NULL);
  backup = mk_store_delete_school (f->store, mk_school_get_id (school), NULL);
  g_assert_nonnull (backup);
  g_assert_true (mk_store_restore_school (f->store, backup, NULL));
  mk_store_foreach_result (f->store, 1990, 2100, count_row, &after, NULL);
  g_assert_cmpuint (after, ==, before);
  item = mk_store_get_assignment (f->store, mk_school_get_id (school), 2022, NULL);
  g_assert_cmpint (mk_assignment_get_final (item), ==, MK_CLUSTER_SNRO);
  g_assert_cmpstr (mk_assignment_get_override_reason (item), !=, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/import/schools/cp1251-csv", test_cp1251_csv);
  ADD ("/import/schools/reimport-counts", test_reimport_counts);
  ADD ("/import/schools/bad-row-refuses-all", test_bad_row_refuses_all);
  ADD ("/import/schools/missing-column", test_missing_column);
  ADD ("/import/schools/dry-run", test_dry_run);
  ADD ("/import/schools/xlsx", test_xlsx);
  ADD ("/import/demo", test_demo);
  ADD ("/import/demo/clusters", test_demo_clusters);
  ADD ("/import/demo/snro-history", test_demo_snro_history);
  ADD ("/import/demo/delete-undo-keeps-data", test_delete_undo_keeps_data);
  return g_test_run ();
}
