/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-classify"
#include "config.h"

#include <string.h>

#include "mk-store-clusters.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"
#include "mk-test-util.h"

typedef struct {
  char    *dir;
  char    *path;
  MkStore *store;
} Fixture;

static gint64
add_school (MkStore    *store,
            const char *municipality,
            const char *name,
            MkProfile   profile)
{
  g_autoptr(MkSchool) school = mk_school_new ();
  g_autoptr(GError) error = NULL;

  mk_school_set_municipality (school, municipality);
  mk_school_set_name (school, name);
  mk_school_set_profile (school, profile);
  mk_store_add_school (store, school, &error);
  g_assert_no_error (error);
  return mk_school_get_id (school);
}

/* One result; MARK is "Н" or NULL, and "Необ." flags it. */
static void
put (MkStore    *store,
     gint64      school,
     int         year,
     const char *code,
     int         participants,
     int         low,
     const char *mark)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProcedure) procedure = mk_store_find_procedure (store, code, &error);
  MkResultRow row = { school, year, 0, NULL, participants, low, -1,
                      g_strcmp0 (mark, "Н") == 0, g_strcmp0 (mark, "Необ.") == 0 };

  g_assert_no_error (error);
  row.procedure_id = mk_procedure_get_id (procedure);
  mk_store_put_result (store, &row, NULL, &error);
  g_assert_no_error (error);
}

static void
put_context (MkStore *store,
             gint64   school,
             int      year,
             int      isbsh,
             int      reported)
{
  g_autoptr(GError) error = NULL;
  MkContextRow row = { school, year, isbsh, -1, -1, reported };

  mk_store_put_context (store, &row, TRUE, &(MkPutOutcome) { 0 }, &error);
  g_assert_no_error (error);
}

/* A small district; what each school should become is in the comments. */
static void
fill (MkStore *store)
{
  const char *t = "Тестовый район";
  gint64 sh2 = add_school (store, t, "СШ № 2", MK_PROFILE_SECONDARY);
  gint64 sh10 = add_school (store, t, "СШ № 10", MK_PROFILE_SECONDARY);
  gint64 gym = add_school (store, t, "Гимназия № 1", MK_PROFILE_ADVANCED);
  gint64 lyc = add_school (store, t, "Лицей № 3", MK_PROFILE_ADVANCED);
  gint64 sh7 = add_school (store, t, "СШ № 7", MK_PROFILE_SECONDARY);
  gint64 sh9 = add_school (store, t, "СШ № 9", MK_PROFILE_SECONDARY);
  gint64 osh = add_school (store, "Алексеевский район", "ОШ № 5", MK_PROFILE_BASIC);

  /* СШ № 2: 3 of 10 and a bare Н = 2 markers, ИСБШ 70,0 → ШФНСУ. */
  put (store, sh2, 2021, "ВПР РУ-5", 10, 3, NULL);
  put (store, sh2, 2022, "ОГЭ МА", -1, -1, "Н");
  put (store, sh2, 2022, "ЕГЭ ХИМ", 7, 2, NULL);
  put_context (store, sh2, 2022, 700, -1);
  /* СШ № 10: the same markers with ИСБШ 70,1 → ШсРНР. */
  put (store, sh10, 2021, "ВПР РУ-5", 10, 3, NULL);
  put (store, sh10, 2022, "ОГЭ МА", -1, -1, "Н");
  put_context (store, sh10, 2021, 650, -1);
  put_context (store, sh10, 2022, 701, -1);
  /* Гимназия № 1: one marker, advanced → ШПУ; Необ. is not counted. */
  put (store, gym, 2022, "ЕГЭ ФИЗ", 20, 6, NULL);
  put (store, gym, 2022, "ВПР МА-5", 50, 1, "Необ.");
  /* Лицей № 3: advanced with two markers → ШсРНР. */
  put (store, lyc, 2021, "ВПР МА-4", 30, 9, NULL);
  put (store, lyc, 2022, "ВПР МА-5", 30, 10, NULL);
  /* СШ № 7: «4Н» reported for 2021 + 3 counted in 2022 = 7 → ШНРО. */
  put_context (store, sh7, 2021, -1, 4);
  put (store, sh7, 2022, "ВПР РУ-6", 20, 6, NULL);
  put (store, sh7, 2022, "ВПР РУ-7", 20, 7, NULL);
  put (store, sh7, 2022, "ОГЭ РУ", 20, 8, NULL);
  /* СШ № 9: no markers, low ИСБШ → ШБУ, resilient; 0 participants warn. */
  put (store, sh9, 2022, "ОГЭ РУ", 25, 1, NULL);
  put (store, sh9, 2022, "ЕГЭ ЛИТ", 0, 0, NULL);
  put_context (store, sh9, 2022, 612, -1);
  put (store, osh, 2019, "ОГЭ МА", 10, 9, NULL);   /* outside: no data */
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = mk_test_tmpdir_new ();
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = mk_store_open (f->path, &error);
  g_assert_no_error (error);
  fill (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->path);
  mk_test_tmpdir_free (f->dir);
}

static void
classify (MkStore           *store,
          int                year,
          MkClassifySummary *summary)
{
  g_autoptr(GError) error = NULL;

  mk_store_classify (store, year, summary, &error);
  g_assert_no_error (error);
}

static gint64
school_id (MkStore    *store,
           const char *name)
{
  g_autoptr(MkSchool) school = mk_store_find_school (store, NULL, name, NULL, NULL);

  g_assert_nonnull (school);
  return mk_school_get_id (school);
}

static MkAssignment *
assignment (MkStore    *store,
            const char *name,
            int         year)
{
  return mk_store_get_assignment (store, school_id (store, name), year, NULL);
}

static void
assert_final (MkStore    *store,
              const char *name,
              int         year,
              MkCluster   computed,
              MkCluster   final)
{
  g_autoptr(MkAssignment) item = assignment (store, name, year);

  g_assert_nonnull (item);
  g_assert_cmpint (mk_assignment_get_computed (item), ==, computed);
  g_assert_cmpint (mk_assignment_get_final (item), ==, final);
}

static void
test_classify (Fixture       *f,
               gconstpointer  data)
{
  /* By MkCluster: none, SPU, SBU, SNRO, SFNSU, SRNR. */
  static const guint expected[MK_N_CLUSTERS] = { 1, 1, 1, 1, 1, 2 };
  static const char *order[] = {   /* municipality, then natural order */
    "ОШ № 5", "Гимназия № 1", "Лицей № 3", "СШ № 2", "СШ № 7", "СШ № 9", "СШ № 10",
  };
  MkClassifySummary summary;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(MkAssignment) sh7 = NULL;
  g_autoptr(MkAssignment) sh9 = NULL;
  guint counts[MK_N_CLUSTERS];

  classify (f->store, 2022, &summary);
  g_assert_true (mk_store_count_clusters (f->store, 2022, counts, NULL));
  g_assert_cmpuint (summary.schools, ==, 7);
  for (guint i = 0; i < MK_N_CLUSTERS; i++)
    g_assert_cmpuint (summary.clusters[i], ==, expected[i]);
  for (guint i = 0; i < MK_N_CLUSTERS; i++)
    g_assert_cmpuint (counts[i], ==, expected[i]);
  list = mk_store_list_assignments (f->store, 2022, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (list, i);
      g_assert_cmpstr (mk_assignment_get_school_name (item), ==, order[i]);
    }
  g_assert_cmpuint (summary.warnings, ==, 1);
  /* What the page says after the run: ОШ № 5 has no data and no cluster. */
  {
    g_autofree char *line = mk_classify_summary_describe (&summary, 2022);

    g_assert_cmpstr (line, ==, "2022/2023: 6 of 7 schools classified; "
                               "1 without data could not be");
  }
  assert_final (f->store, "СШ № 10", 2022, MK_CLUSTER_SRNR, MK_CLUSTER_SRNR);
  assert_final (f->store, "Лицей № 3", 2022, MK_CLUSTER_SRNR, MK_CLUSTER_SRNR);
  assert_final (f->store, "ОШ № 5", 2022, MK_CLUSTER_NONE, MK_CLUSTER_NONE);
  sh7 = assignment (f->store, "СШ № 7", 2022);
  g_assert_cmpint (mk_assignment_get_computed (sh7), ==, MK_CLUSTER_SNRO);
  g_assert_cmpint (mk_assignment_get_markers_prev (sh7), ==, 4);
  g_assert_cmpint (mk_assignment_get_markers_cur (sh7), ==, 3);
  g_assert_cmpint (mk_assignment_get_level (sh7), ==, MK_LEVEL_MODERATE);
  g_assert_nonnull (strstr (mk_assignment_get_explanation (sh7), "reported total"));
  sh9 = assignment (f->store, "СШ № 9", 2022);
  g_assert_true (mk_assignment_get_resilient (sh9));
  g_assert_cmpint (mk_assignment_get_isbsh (sh9), ==, 612);
  g_assert_cmpint (mk_assignment_get_markers_prev (sh9), ==, -1);
  g_assert_nonnull (strstr (mk_assignment_get_explanation (sh9), "2021: no results."));
}

static void
restore_after_delete (MkStore *store,
                      gint64   id)
{
  g_autoptr(GListModel) kept = mk_store_list_school_history (store, id, NULL);
  g_autoptr(MkSchoolBackup) backup = mk_store_delete_school (store, id, NULL);

  g_assert_true (mk_store_restore_school (store, backup, NULL));
  for (guint i = 0; i < g_list_model_get_n_items (kept); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (kept, i);
      g_assert_true (mk_store_restore_assignment (store, item, NULL));
    }
}

static void
test_override (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkAssignment) item = NULL;
  g_autofree char *date = NULL;
  gint64 sh10 = school_id (f->store, "СШ № 10");
  gboolean had = FALSE;
  MkClassifySummary summary;
  g_autofree char *line = NULL;

  classify (f->store, 2022, NULL);
  g_assert_false (mk_store_set_override (f->store, sh10, 2022, MK_CLUSTER_SNRO, "  ",
                                         NULL, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mk_store_set_override (f->store, sh10, 2022, MK_CLUSTER_SNRO, "x",
                                         "31.02.2023", &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (mk_store_set_override (f->store, sh10, 2022, MK_CLUSTER_SNRO,
                                        "Приказ № 594", "13.12.2022", &error));
  g_assert_no_error (error);
  /* Classifying again keeps the override, and says so. */
  classify (f->store, 2022, &summary);
  line = mk_classify_summary_describe (&summary, 2022);
  g_assert_cmpstr (line, ==, "2022/2023: 6 of 7 schools classified; "
                             "1 without data could not be; overrides kept: 1");
  item = assignment (f->store, "СШ № 10", 2022);
  g_assert_cmpint (mk_assignment_get_computed (item), ==, MK_CLUSTER_SRNR);
  g_assert_cmpint (mk_assignment_get_final (item), ==, MK_CLUSTER_SNRO);
  g_assert_cmpstr (mk_assignment_get_override_reason (item), ==, "Приказ № 594");
  g_assert_cmpstr (mk_assignment_get_override_date (item), ==, "2022-12-13");
  date = mk_assignment_dup_override_date_text (item);
  g_assert_cmpstr (date, ==, "13.12.2022");
  restore_after_delete (f->store, sh10);
  assert_final (f->store, "СШ № 10", 2022, MK_CLUSTER_SRNR, MK_CLUSTER_SNRO);
  g_assert_true (mk_store_clear_override (f->store, sh10, 2022, &had, NULL));
  g_assert_true (had);
  assert_final (f->store, "СШ № 10", 2022, MK_CLUSTER_SRNR, MK_CLUSTER_SRNR);
  g_assert_true (mk_store_clear_override (f->store, sh10, 2022, &had, NULL));
  g_assert_false (had);
}

/* Years known only from documents: an override without a computed
 * cluster, and the ШНРО history built on final clusters. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GArray) snro = NULL;
  g_autoptr(MkAssignment) sh7 = NULL;
  gint64 id = school_id (f->store, "СШ № 7");
  gboolean had;

  g_assert_true (mk_store_set_override (f->store, id, 2020, MK_CLUSTER_SNRO,
                                        "Таблица 4", "2020-12-01", NULL));
  g_assert_true (mk_store_set_override (f->store, id, 2021, MK_CLUSTER_SNRO,
                                        "Таблица 4", NULL, NULL));
  g_assert_true (mk_store_set_override (f->store, id, 2019, MK_CLUSTER_SBU,
                                        "Таблица 4", NULL, NULL));
  classify (f->store, 2022, NULL);
  sh7 = assignment (f->store, "СШ № 7", 2022);
  g_assert_true (mk_assignment_get_snro_repeated (sh7));
  g_assert_cmpuint (mk_assignment_get_snro_streak (sh7), ==, 3);
  history = mk_store_list_school_history (f->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);
  snro = mk_store_list_snro_years (f->store, NULL, NULL);
  g_assert_cmpuint (snro->len, ==, 4);
  g_assert_cmpint (g_array_index (snro, MkSnroYear, 1).school_year, ==, 2020);
  g_assert_cmpuint (g_array_index (snro, MkSnroYear, 1).first_time, ==, 1);
  g_assert_cmpuint (g_array_index (snro, MkSnroYear, 2).repeated, ==, 1);
  g_assert_cmpuint (g_array_index (snro, MkSnroYear, 3).total, ==, 1);
  g_assert_cmpuint (g_array_index (snro, MkSnroYear, 3).repeated, ==, 1);
  /* Clearing an override of a year never classified removes the row. */
  g_assert_true (mk_store_clear_override (f->store, id, 2019, &had, NULL));
  g_assert_null (mk_store_get_assignment (f->store, id, 2019, NULL));
}

static void
test_methodology (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(MkMethodology) m = NULL;
  g_autoptr(MkMethodology) later = NULL;
  g_autoptr(MkMethodology) earlier = NULL;
  g_autoptr(MkAssignment) sh2 = NULL;
  g_autoptr(GError) error = NULL;

  classify (f->store, 2022, NULL);
  m = mk_store_load_methodology (f->store, 2022, NULL);
  g_assert_true (mk_methodology_set (m, MK_SETTING_MARKER_THRESHOLD, 20, NULL));
  g_assert_true (mk_store_save_methodology (f->store, 2022, m, NULL));
  g_assert_true (mk_methodology_set (m, MK_SETTING_SNRO_MIN, 9, NULL));
  g_assert_false (mk_store_save_methodology (f->store, 2022, m, &error));
  g_assert_error (error, MK_METHODOLOGY_ERROR, MK_METHODOLOGY_ERROR_INCONSISTENT);
  /* 2 of 7 (28.6 %) is a marker at 20 %: СШ № 2 keeps ШФНСУ with 3. */
  classify (f->store, 2022, NULL);
  sh2 = assignment (f->store, "СШ № 2", 2022);
  g_assert_cmpint (mk_assignment_get_markers_total (sh2), ==, 3);
  g_assert_cmpint (mk_assignment_get_final (sh2), ==, MK_CLUSTER_SFNSU);
  g_assert_nonnull (strstr (mk_assignment_get_explanation (sh2), "at least 20 %"));
  later = mk_store_load_methodology (f->store, 2023, NULL);
  g_assert_cmpint (mk_methodology_get (later, MK_SETTING_MARKER_THRESHOLD), ==, 20);
  earlier = mk_store_load_methodology (f->store, 2021, NULL);
  g_assert_cmpint (mk_methodology_get (earlier, MK_SETTING_MARKER_THRESHOLD), ==, 30);
}

static int
cli (char      **out,
     char      **err,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("MK_CLI"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  /* Output nobody asked for goes away: stray lines would break TAP. */
  g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                (out ? 0 : G_SPAWN_STDOUT_TO_DEV_NULL) |
                (err ? 0 : G_SPAWN_STDERR_TO_DEV_NULL), NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli_explain_and_errors (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *bogus = mk_test_write_file (f->dir, "bogus.db", "not a db", -1);

  g_assert_true (mk_store_classify (f->store, 2022, NULL, NULL));
  g_clear_object (&f->store);
  g_assert_cmpint (cli (&out, NULL, "--db", f->path, "explain", "--school", "сш 7",
                        "--year", "2022/2023", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Тестовый район, СШ № 7, 2022/2023\n"));
  g_assert_nonnull (strstr (out, "Rule 2, SNRO (at least 7 markers): applies."));
  g_assert_cmpint (cli (NULL, &err, "--db", f->path, "explain", "--school", "СШ № 77",
                        "--year", "2022/2023", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "СШ № 7"));   /* a candidate */
  g_assert_cmpint (cli (NULL, NULL, "--db", f->path, "explain", "--school", "x", NULL), ==, 2);
  g_assert_cmpint (cli (NULL, NULL, "--db", f->path, "override", "--school", "СШ № 7",
                        "--year", "2022", "--cluster", "XYZ", "--reason", "r", NULL), ==, 2);
  g_assert_cmpint (cli (NULL, NULL, "--db", f->path, "override", "--school", "СШ № 7",
                        "--year", "2022", "--cluster", "SBU", NULL), ==, 2);
  g_assert_cmpint (cli (NULL, NULL, "--db", f->path, "override", "--school", "сш 7",
                        "--year", "2022", "--clear", NULL), ==, 0);
  g_assert_cmpint (cli (NULL, NULL, "--db", bogus, "classify", "--year", "2022", NULL), ==, 3);
  g_assert_cmpint (cli (NULL, NULL, "--db", f->path, "classify", "--year", "22/23",
                        NULL), ==, 2);
}

static const char schools_csv[] =
  "municipality,name,profile\n"
  "Тестовый район,СШ № 2,secondary\n"
  "Тестовый район,СШ № 10,secondary\n"
  "Тестовый район,СШ № 7,secondary\n"
  "Тестовый район,Гимназия № 1,advanced\n";

static const char results_csv[] =
  "municipality,school,year,procedure,participants,low,low_share,mark\n"
  "Тестовый район,СШ № 2,2021,ВПР РУ-5,10,3,,\n"
  "Тестовый район,СШ № 2,2022,ОГЭ МА,,,,Н\n"
  "Тестовый район,СШ № 2,2022,ЕГЭ ХИМ,7,2,,\n"
  "Тестовый район,СШ № 10,2021,ВПР МА-4,,,\"30,0\",\n"
  "Тестовый район,СШ № 10,2022,ВПР МА-5,,,29.999,\n"
  "Тестовый район,СШ № 7,2022,ВПР РУ-6,20,6,,\n"
  "Тестовый район,СШ № 7,2022,ВПР РУ-7,20,7,,\n"
  "Тестовый район,СШ № 7,2022,ОГЭ РУ,20,8,,\n"
  "Тестовый район,СШ № 7,2022,ЕГЭ ЛИТ,0,0,,\n"
  "Тестовый район,Гимназия № 1,2022,ЕГЭ ФИЗ,20,6,,\n"
  "Тестовый район,Гимназия № 1,2022,ВПР МА-5,50,1,,Необ.\n";

static const char context_csv[] =
  "municipality,school,year,isbsh,reported_markers\n"
  "Тестовый район,СШ № 2,2022,\"70,0\",\n"
  "Тестовый район,СШ № 10,2022,\"70,1\",\n"
  "Тестовый район,СШ № 7,2021,,4\n"
  "Тестовый район,Гимназия № 1,2022,65.2,\n";

static void
import (const char *db,
        const char *dir,
        const char *what,
        const char *contents)
{
  g_autofree char *name = g_strconcat (what, ".csv", NULL);
  g_autofree char *path = mk_test_write_file (dir, name, contents, -1);

  g_assert_cmpint (cli (NULL, NULL, "--db", db, "import", what, path, NULL), ==, 0);
}

/* Files in, the contract's table out: CSV through the importers, then
 * classify and clusters, byte for byte. */
static void
test_cli_csv (void)
{
  const char *expected =
    "municipality\tschool\tmarkers_prev\tmarkers_cur\tmarkers_total\tlevel\tisbsh\t"
    "computed\tfinal\toverride_reason\n"
    "Тестовый район\tГимназия № 1\t\t1\t1\tsingle\t65.2\tSPU\tSPU\t\n"
    "Тестовый район\tСШ № 2\t1\t1\t2\tbasic\t70.0\tSFNSU\tSFNSU\t\n"
    "Тестовый район\tСШ № 7\t4\t3\t7\tmoderate\t\tSNRO\tSNRO\t\n"
    "Тестовый район\tСШ № 10\t1\t0\t1\tsingle\t70.1\tSBU\tSFNSU\t"
    "Список региона, «ёлочки»\n";
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "csv.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;

  import (db, dir, "schools", schools_csv);
  import (db, dir, "results", results_csv);
  import (db, dir, "context", context_csv);
  g_assert_cmpint (cli (&out, NULL, "--db", db, "classify", "--year", "2022/2023",
                        NULL), ==, 0);
  g_assert_cmpstr (out, ==, "2022/2023: SPU 1, SBU 1, SNRO 1, SFNSU 1, SRNR 0, "
                   "no data 0; schools 4, overrides kept 0, results with 0 "
                   "participants 1\n");
  g_assert_cmpint (cli (NULL, NULL, "--db", db, "override", "--school", "СШ 10",
                        "--year", "2022/2023", "--cluster", "SFNSU", "--reason",
                        "Список региона, «ёлочки»", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (cli (&out, NULL, "--db", db, "clusters", "--year", "2022/2023",
                        NULL), ==, 0);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpint (cli (&csv, NULL, "--db", db, "clusters", "--year", "2022/2023",
                        "--format", "csv", NULL), ==, 0);
  g_assert_nonnull (strstr (csv, "\nТестовый район,СШ № 2,1,1,2,basic,70.0,SFNSU,SFNSU,\n"));
  g_assert_true (g_str_has_suffix (csv, ",SBU,SFNSU,\"Список региона, «ёлочки»\"\n"));
  g_assert_cmpint (cli (&json, NULL, "--db", db, "clusters", "--year", "2022/2023",
                        "--format", "json", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (json, "[\n  {\"municipality\": \"Тестовый район\", "
                                   "\"school\": \"Гимназия № 1\", \"markers_prev\": \"\""));
  g_assert_nonnull (strstr (json, "\"final\": \"SFNSU\", \"override_reason\": "
                            "\"Список региона, «ёлочки»\", \"explanation\": \"2022/2023: "));
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static gboolean
stale (MkStore *store,
       int      year)
{
  g_autoptr(GError) error = NULL;
  gboolean result;

  g_assert_true (mk_store_clusters_are_stale (store, year, &result, &error));
  g_assert_no_error (error);
  return result;
}

/* Clusters are stale after a change they depend on, and only then. */
static void
test_stale (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(MkMethodology) m = NULL;
  g_autoptr(MkSchool) school = NULL;
  gint64 sh9 = school_id (f->store, "СШ № 9");

  g_assert_false (stale (f->store, 2022));  /* never classified */
  classify (f->store, 2022, NULL);
  g_assert_false (stale (f->store, 2022));
  put (f->store, sh9, 2023, "ОГЭ МА", 10, 5, NULL);   /* after the window */
  put (f->store, sh9, 2020, "ОГЭ МА", 10, 5, NULL);   /* before it */
  g_assert_false (stale (f->store, 2022));
  put (f->store, sh9, 2021, "ОГЭ МА", 10, 5, NULL);   /* in it */
  g_assert_true (stale (f->store, 2022));
  classify (f->store, 2022, NULL);
  g_assert_false (stale (f->store, 2022));
  put_context (f->store, sh9, 2022, 640, -1);
  g_assert_true (stale (f->store, 2022));
  classify (f->store, 2022, NULL);
  /* The same settings saved again change nothing; another threshold does. */
  m = mk_store_load_methodology (f->store, 2022, NULL);
  g_assert_true (mk_store_save_methodology (f->store, 2022, m, NULL));
  g_assert_false (stale (f->store, 2022));
  g_assert_true (mk_methodology_set (m, MK_SETTING_MARKER_THRESHOLD, 25, NULL));
  g_assert_true (mk_store_save_methodology (f->store, 2022, m, NULL));
  g_assert_true (stale (f->store, 2022));
  classify (f->store, 2022, NULL);
  /* A new head changes no cluster; a new profile may. */
  school = mk_store_get_school (f->store, sh9, NULL);
  mk_school_set_head (school, "Иванова И. И.");
  g_assert_true (mk_store_update_school (f->store, school, NULL));
  g_assert_false (stale (f->store, 2022));
  mk_school_set_profile (school, MK_PROFILE_ADVANCED);
  g_assert_true (mk_store_update_school (f->store, school, NULL));
  g_assert_true (stale (f->store, 2022));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/classify/clusters", test_classify);
  ADD ("/classify/override", test_override);
  ADD ("/classify/history", test_history);
  ADD ("/classify/methodology", test_methodology);
  ADD ("/classify/stale", test_stale);
  ADD ("/classify/cli-explain-errors", test_cli_explain_and_errors);
#undef ADD
  g_test_add_func ("/classify/cli-csv", test_cli_csv);
  return g_test_run ();
}
