/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-store-window"
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mk-demo.h"
#include "mk-markers.h"
#include "mk-school.h"
#include "mk-store-clusters.h"
#include "mk-store-procedures.h"
#include "mk-store-window.h"
#include "mk-test-util.h"

/* The window reads of the classification (mk-store-window.h): results
 * counted per school and year by SQL, and only the results that may be
 * markers, «Необ.» or warnings. Each is checked against every result read
 * one by one and judged with mk_result_judge, and with values by hand. */

typedef struct {
  char    *dir;
  MkStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = mk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = mk_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

/* What the reads gave, one string a row: "school year n" for counts,
 * "school year code participants low share mark flag" for results. */
static gboolean
take_count (const MkResultCount *count,
            gpointer             user_data)
{
  g_ptr_array_add (user_data, g_strdup_printf ("%" G_GINT64_FORMAT " %d %d",
                                               count->school_id, count->year,
                                               count->n_results));
  return TRUE;
}

static char *
row_text (const MkResultRow *row)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " %d %s %d %d %d %d %d", row->school_id,
                          row->year, row->procedure_code, row->participants, row->low,
                          row->low_share, row->mark_low, row->non_objective);
}

static gboolean
take_row (const MkResultRow *row,
          gpointer           user_data)
{
  g_ptr_array_add (user_data, row_text (row));
  return TRUE;
}

static GPtrArray *
counts_of (MkStore *store,
           int      first,
           int      last)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (mk_store_foreach_result_count (store, first, last, take_count,
                                                rows, &error));
  g_assert_no_error (error);
  return rows;
}

static GPtrArray *
notable_of (MkStore *store,
            int      first,
            int      last,
            int      threshold)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (mk_store_foreach_notable_result (store, first, last, threshold,
                                                  take_row, rows, &error));
  g_assert_no_error (error);
  return rows;
}

/* The same two reads made from every result, as the classification
 * made them before: the reference. */
typedef struct {
  MkMethodology *methodology;
  GPtrArray     *counts;
  GPtrArray     *notable;
  gint64         school;
  int            year;
  int            n;
} Reference;

static void
flush_count (Reference *ref)
{
  if (ref->n > 0)
    g_ptr_array_add (ref->counts, g_strdup_printf ("%" G_GINT64_FORMAT " %d %d",
                                                   ref->school, ref->year, ref->n));
  ref->n = 0;
}

static gboolean
take_reference (const MkResultRow *row,
                gpointer           user_data)
{
  Reference *ref = user_data;
  MkJudgement judgement;

  if (row->school_id != ref->school || row->year != ref->year)
    flush_count (ref);
  ref->school = row->school_id;
  ref->year = row->year;
  ref->n++;
  mk_result_judge (row, ref->methodology, &judgement);
  if (judgement.marker || judgement.non_objective ||
      judgement.verdict == MK_VERDICT_NO_PARTICIPANTS)
    g_ptr_array_add (ref->notable, row_text (row));
  return TRUE;
}

/* Every result the reference names comes, exactly as stored, in the same
 * order; the others that come (allowed: the caller judges) are not
 * markers; counts are equal. */
static void
assert_like_reference (MkStore *store,
                       int      first,
                       int      last,
                       int      threshold)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkMethodology) methodology = mk_methodology_new ();
  g_autoptr(GPtrArray) counts = counts_of (store, first, last);
  g_autoptr(GPtrArray) notable = notable_of (store, first, last, threshold);
  Reference ref = { methodology, g_ptr_array_new_with_free_func (g_free),
                    g_ptr_array_new_with_free_func (g_free) };
  guint j = 0;

  g_assert_true (mk_methodology_set (methodology, MK_SETTING_MARKER_THRESHOLD,
                                     threshold, NULL));
  g_assert_true (mk_store_foreach_result (store, first, last, take_reference, &ref,
                                          &error));
  g_assert_no_error (error);
  flush_count (&ref);
  g_assert_cmpuint (counts->len, ==, ref.counts->len);
  for (guint i = 0; i < counts->len; i++)
    g_assert_cmpstr (counts->pdata[i], ==, ref.counts->pdata[i]);
  for (guint i = 0; i < ref.notable->len; i++)
    {
      while (j < notable->len && g_strcmp0 (notable->pdata[j], ref.notable->pdata[i]) != 0)
        j++;
      g_assert_cmpuint (j, <, notable->len);
      j++;
    }
  g_ptr_array_unref (ref.counts);
  g_ptr_array_unref (ref.notable);
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GPtrArray) notable = NULL;
  guint total = 0, flagged = 0;

  g_assert_true (mk_demo_load (f->store, &error));
  g_assert_no_error (error);
  counts = counts_of (f->store, 2021, 2022);
  notable = notable_of (f->store, 2021, 2022, 30);
  /* The demo's marker matrices of 2021 and 2022: 104 results of 36
   * school years, every one a «Н» or a «Необ.». */
  g_assert_cmpuint (counts->len, ==, 36);
  for (guint i = 0; i < counts->len; i++)
    total += atoi (strrchr (counts->pdata[i], ' ') + 1);
  g_assert_cmpuint (total, ==, 104);
  g_assert_cmpuint (notable->len, ==, 104);
  for (guint i = 0; i < notable->len; i++)
    flagged += g_str_has_suffix (notable->pdata[i], " 1");
  g_assert_cmpuint (flagged, ==, 5);
  for (int threshold = 1; threshold <= 100; threshold += 33)
    assert_like_reference (f->store, 2018, 2022, threshold);
}

static gint64
add_school (MkStore    *store,
            const char *name)
{
  return mk_test_add_school (store, "Тестовый район", name);
}

/* One result: LOW_SHARE in thousandths of a percent, -1 for none. */
static void
put (MkStore    *store,
     gint64      school,
     int         year,
     const char *code,
     int         participants,
     int         low,
     int         low_share,
     gboolean    non_objective)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProcedure) procedure = mk_store_find_procedure (store, code, &error);
  MkResultRow row = { school, year, 0, NULL, participants, low, low_share, FALSE,
                      non_objective };

  g_assert_no_error (error);
  row.procedure_id = mk_procedure_get_id (procedure);
  mk_store_put_result (store, &row, NULL, &error);
  g_assert_no_error (error);
}

static void
fill (MkStore *store)
{
  gint64 a = add_school (store, "СШ № 1");
  gint64 b = add_school (store, "СШ № 2");

  put (store, a, 2022, "ОГЭ РУ", 20, 4, -1, FALSE);        /* 20,0 % */
  put (store, a, 2022, "ОГЭ МА", 100, 26, -1, FALSE);      /* 26,0 % */
  put (store, a, 2022, "ОГЭ ФИЗ", 40, 12, -1, TRUE);       /* 30,0 % and «Необ.» */
  put (store, a, 2022, "ЕГЭ ФИЗ", -1, -1, 25000, FALSE);   /* a share only: 25,0 % */
  put (store, a, 2022, "ЕГЭ ХИМ", 0, 0, -1, FALSE);        /* 0 participants */
  put (store, a, 2022, "ВПР МА-5", 50, 1, -1, TRUE);       /* 2,0 % and «Необ.» */
  put (store, a, 2022, "ВПР РУ-5", 10, 3, -1, FALSE);      /* 30,0 % */
  put (store, a, 2021, "ВПР РУ-5", 1000, 249, -1, FALSE);  /* 24,9 % */
  put (store, b, 2021, "ОГЭ РУ", 30, 1, -1, FALSE);
}

static char *
codes_of (GPtrArray *rows)
{
  GString *codes = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      g_auto(GStrv) fields = g_strsplit (rows->pdata[i], " ", -1);

      /* "id year ОГЭ ФИЗ …": the code is two words, then the flag last */
      g_string_append_printf (codes, "%s%s %s %s %s", i > 0 ? "; " : "", fields[1],
                              fields[2], fields[3], fields[g_strv_length (fields) - 1]);
    }
  return g_string_free (codes, FALSE);
}

static void
test_by_hand (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GPtrArray) at_25 = NULL;
  g_autoptr(GPtrArray) at_30 = NULL;
  g_autoptr(GPtrArray) at_40 = NULL;
  g_autofree char *codes_25 = NULL;
  g_autofree char *codes_30 = NULL;
  g_autofree char *codes_40 = NULL;

  fill (f->store);
  counts = counts_of (f->store, 2021, 2022);
  g_assert_cmpuint (counts->len, ==, 3);
  g_assert_true (g_str_has_suffix (counts->pdata[0], " 2021 1"));
  g_assert_true (g_str_has_suffix (counts->pdata[1], " 2022 7"));
  g_assert_true (g_str_has_suffix (counts->pdata[2], " 2021 1"));
  /* Below the indexed 30 %: one scan; at and above it: the indexes. The
   * «Необ.» marker comes once, with its flag. Ordered by school, year,
   * procedure id (the catalog's order). */
  at_25 = notable_of (f->store, 2021, 2022, 25);
  at_30 = notable_of (f->store, 2021, 2022, 30);
  at_40 = notable_of (f->store, 2021, 2022, 40);
  codes_25 = codes_of (at_25);
  codes_30 = codes_of (at_30);
  codes_40 = codes_of (at_40);
  g_assert_cmpstr (codes_25, ==, "2022 ОГЭ МА 0; 2022 ОГЭ ФИЗ 1; 2022 ЕГЭ ФИЗ 0; "
                   "2022 ЕГЭ ХИМ 0; 2022 ВПР МА-5 1; 2022 ВПР РУ-5 0");
  g_assert_cmpstr (codes_30, ==, "2022 ОГЭ ФИЗ 1; 2022 ЕГЭ ХИМ 0; 2022 ВПР МА-5 1; "
                   "2022 ВПР РУ-5 0");
  g_assert_cmpstr (codes_40, ==, "2022 ОГЭ ФИЗ 1; 2022 ЕГЭ ХИМ 0; 2022 ВПР МА-5 1");
  for (int threshold = 1; threshold <= 100; threshold++)
    assert_like_reference (f->store, 2021, 2022, threshold);
}

/* The classification over these reads, at 25 % with «Необ.» counted:
 * ОГЭ МА, ОГЭ ФИЗ, ЕГЭ ФИЗ, ВПР РУ-5 and the «Необ.» ВПР МА-5 are
 * markers (5), ЕГЭ ХИМ is a warning, 2021's 24,9 % is not a marker. */
static void
test_classify (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkMethodology) methodology = NULL;
  g_autoptr(MkAssignment) assignment = NULL;
  MkClassifySummary summary;
  g_autoptr(MkSchool) school = NULL;
  const char *explanation;

  fill (f->store);
  methodology = mk_store_load_methodology (f->store, 2022, &error);
  g_assert_no_error (error);
  g_assert_true (mk_methodology_set (methodology, MK_SETTING_MARKER_THRESHOLD, 25, NULL));
  g_assert_true (mk_methodology_set (methodology, MK_SETTING_COUNT_NON_OBJECTIVE, 1, NULL));
  g_assert_true (mk_store_save_methodology (f->store, 2022, methodology, &error));
  g_assert_no_error (error);
  g_assert_true (mk_store_classify (f->store, 2022, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.warnings, ==, 1);
  school = mk_store_find_school (f->store, NULL, "СШ № 1", NULL, NULL);
  assignment = mk_store_get_assignment (f->store, mk_school_get_id (school), 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mk_assignment_get_markers_prev (assignment), ==, 0);
  g_assert_cmpint (mk_assignment_get_markers_cur (assignment), ==, 5);
  explanation = mk_assignment_get_explanation (assignment);
  g_assert_nonnull (strstr (explanation, "2021: no markers in 1 result."));
  g_assert_nonnull (strstr (explanation, "2022: 5 markers: ОГЭ МА (26,0 %); "
                            "ОГЭ ФИЗ (30,0 %); ЕГЭ ФИЗ (25,0 %); "
                            "ВПР МА-5 (non-objective, counted); ВПР РУ-5 (30,0 %)."));
  g_assert_nonnull (strstr (explanation, "Results with 0 participants are never "
                            "markers: ЕГЭ ХИМ, 2022."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-window/demo", test_demo);
  ADD ("/store-window/by-hand", test_by_hand);
  ADD ("/store-window/classify", test_classify);
  return g_test_run ();
}
