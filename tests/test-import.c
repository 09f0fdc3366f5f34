#define G_LOG_DOMAIN "mk-test-import"
#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "mk-demo.h"
#include "mk-import.h"
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

  g_assert_true (mk_import_schools (f->store, path, &options, f->report, &error));
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

  g_assert_true (mk_import_schools (f->store, first, &options, f->report, NULL));
  g_assert_true (mk_import_schools (f->store, second, &options, again, NULL));
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

  g_assert_false (mk_import_schools (f->store, path, &options, f->report, &error));
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

  g_assert_false (mk_import_schools (f->store, path, &options, f->report, NULL));
  assert_has_line (mk_import_report_get_errors (f->report), prefix, "name");
  assert_has_line (mk_import_report_get_warnings (f->report), prefix, "Цвет");
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->dir, "s.csv", schools_csv, -1);
  MkImportOptions options = { NULL, TRUE };

  g_assert_true (mk_import_schools (f->store, path, &options, f->report, NULL));
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

  g_assert_true (mk_import_schools (f->store, path, &options, f->report, &error));
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
  row = g_list_model_get_item (staff, 0);
  g_assert_cmpint (mk_staff_row_get_school_year (row), ==, 2022);
  g_assert_cmpstr (mk_staff_row_get_raw (row, MK_STAFF_TEACHERS), ==, "55");
  g_assert_cmpstr (mk_staff_row_get_raw (row, MK_STAFF_PSYCHOLOGISTS), ==, "2 (РК)");
  g_assert_cmpstr (mk_staff_row_get_raw (row, MK_STAFF_SPEECH_THERAPISTS), ==, "3 (1РК)");
  g_assert_false (mk_demo_load (f->store, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
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
  return g_test_run ();
}
