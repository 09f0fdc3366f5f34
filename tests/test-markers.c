/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-markers"
#include "config.h"

#include "mk-markers.h"

/* A result with numbers; -1 is «not known». */
static MkResultRow
result (int participants,
        int low,
        int low_share)
{
  return (MkResultRow) { 1, 2022, 1, "ВПР РУ-5", participants, low, low_share,
                         FALSE, FALSE };
}

static gboolean
is_marker (MkResultRow row)
{
  MkMethodology m;

  mk_methodology_init_default (&m);
  return mk_result_is_marker (&row, &m);
}

static void
test_count_boundary (void)
{
  g_assert_true (is_marker (result (10, 3, -1)));     /* 30.0 % */
  g_assert_false (is_marker (result (7, 2, -1)));     /* 28.6 % */
  g_assert_true (is_marker (result (1000, 300, -1))); /* 30.0 % */
  g_assert_false (is_marker (result (1000, 299, -1)));/* 29.9 % */
  g_assert_false (is_marker (result (10000, 2999, -1))); /* 29.99 % */
  g_assert_true (is_marker (result (43, 13, -1)));    /* 30.2 % */
  g_assert_false (is_marker (result (43, 12, -1)));   /* 27.9 % */
  g_assert_true (is_marker (result (5, 5, -1)));
  g_assert_false (is_marker (result (5, 0, -1)));
}

static void
test_share_boundary (void)
{
  g_assert_true (is_marker (result (-1, -1, 30000)));
  g_assert_false (is_marker (result (-1, -1, 29999)));
  g_assert_true (is_marker (result (-1, -1, 100000)));
  g_assert_false (is_marker (result (-1, -1, 0)));
  /* A share with participants but no count still decides. */
  g_assert_true (is_marker (result (20, -1, 33300)));
}

static void
test_no_participants (void)
{
  MkResultRow row = result (0, 0, -1);
  MkJudgement judgement;
  MkMethodology m;

  mk_methodology_init_default (&m);
  mk_result_judge (&row, &m, &judgement);
  g_assert_false (judgement.marker);
  g_assert_cmpint (judgement.verdict, ==, MK_VERDICT_NO_PARTICIPANTS);
  /* Not even with a mark or a share. */
  row.mark_low = TRUE;
  row.low_share = 50000;
  g_assert_false (mk_result_is_marker (&row, &m));
  row.non_objective = TRUE;
  mk_methodology_set (&m, MK_SETTING_COUNT_NON_OBJECTIVE, 1, NULL);
  g_assert_false (mk_result_is_marker (&row, &m));
}

static void
test_mark (void)
{
  MkResultRow row = result (-1, -1, -1);
  MkJudgement judgement;
  MkMethodology m;

  mk_methodology_init_default (&m);
  mk_result_judge (&row, &m, &judgement);
  g_assert_cmpint (judgement.verdict, ==, MK_VERDICT_NO_DATA);
  g_assert_false (judgement.marker);
  row.mark_low = TRUE;
  mk_result_judge (&row, &m, &judgement);
  g_assert_cmpint (judgement.verdict, ==, MK_VERDICT_MARK);
  g_assert_true (judgement.marker);
  g_assert_cmpint (judgement.share_tenths, ==, -1);
}

static void
test_non_objective (void)
{
  MkResultRow flag_only = result (-1, -1, -1);
  MkResultRow with_numbers = result (20, 1, -1);
  MkJudgement judgement;
  MkMethodology m;

  flag_only.non_objective = with_numbers.non_objective = TRUE;
  mk_methodology_init_default (&m);
  mk_result_judge (&flag_only, &m, &judgement);
  g_assert_false (judgement.marker);
  g_assert_true (judgement.non_objective);
  g_assert_false (mk_result_is_marker (&with_numbers, &m));
  g_assert_true (mk_methodology_set (&m, MK_SETTING_COUNT_NON_OBJECTIVE, 1, NULL));
  mk_result_judge (&flag_only, &m, &judgement);
  g_assert_true (judgement.marker);
  g_assert_cmpint (judgement.verdict, ==, MK_VERDICT_NON_OBJECTIVE);
  g_assert_true (mk_result_is_marker (&with_numbers, &m));
}

static void
test_threshold_setting (void)
{
  MkResultRow row = result (10, 2, -1);
  MkMethodology m;

  mk_methodology_init_default (&m);
  g_assert_false (mk_result_is_marker (&row, &m));
  g_assert_true (mk_methodology_set (&m, MK_SETTING_MARKER_THRESHOLD, 20, NULL));
  g_assert_true (mk_result_is_marker (&row, &m));
}

static void
test_share_text (void)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  g_assert_cmpint (mk_share_tenths (11, 43), ==, 256);   /* 25.58 → 25,6 */
  g_assert_cmpint (mk_share_tenths (1, 3), ==, 333);
  g_assert_cmpint (mk_share_tenths (2, 3), ==, 667);
  g_assert_cmpint (mk_share_tenths (1, 8), ==, 125);     /* 12.5 exactly */
  g_assert_cmpint (mk_share_tenths (1, 16), ==, 63);     /* 6.25 → 6,3 half up */
  g_assert_cmpint (mk_share_tenths (1, 0), ==, -1);
  a = mk_format_tenths (333);
  b = mk_format_tenths (700);
  c = mk_format_tenths (5);
  g_assert_cmpstr (a, ==, "33,3");
  g_assert_cmpstr (b, ==, "70,0");
  g_assert_cmpstr (c, ==, "0,5");
}

static void
test_year_counts (void)
{
  MkMethodology m;
  MkYearMarkers year;
  MkResultRow rows[] = {
    result (10, 3, -1), result (7, 2, -1), result (0, 0, -1), result (-1, -1, 30000),
  };

  mk_methodology_init_default (&m);
  mk_year_markers_init (&year, 2022);
  g_assert_false (mk_year_markers_known (&year));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      MkJudgement judgement;

      mk_result_judge (&rows[i], &m, &judgement);
      mk_year_markers_add (&year, &judgement);
    }
  g_assert_true (mk_year_markers_known (&year));
  g_assert_cmpint (year.results, ==, 4);
  g_assert_cmpint (year.counted, ==, 2);
  g_assert_cmpint (year.warnings, ==, 1);
  g_assert_cmpint (mk_year_markers_total (&year), ==, 2);
  /* A reported total («3Н») replaces the count, also when smaller. */
  year.reported = 5;
  g_assert_cmpint (mk_year_markers_total (&year), ==, 5);
  year.reported = 0;
  g_assert_cmpint (mk_year_markers_total (&year), ==, 0);
  /* A reported total alone makes the year known. */
  mk_year_markers_init (&year, 2021);
  year.reported = 3;
  g_assert_true (mk_year_markers_known (&year));
}

static void
test_levels (void)
{
  static const struct { int markers; MkLevel level; const char *code; } cases[] = {
    { 0, MK_LEVEL_NONE, "none" }, { 1, MK_LEVEL_SINGLE, "single" },
    { 2, MK_LEVEL_BASIC, "basic" }, { 6, MK_LEVEL_BASIC, "basic" },
    { 7, MK_LEVEL_MODERATE, "moderate" }, { 10, MK_LEVEL_MODERATE, "moderate" },
    { 11, MK_LEVEL_STRONG, "strong" }, { 19, MK_LEVEL_STRONG, "strong" },
  };
  MkMethodology m;

  mk_methodology_init_default (&m);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MkLevel level = mk_level_for (cases[i].markers, &m);
      MkLevel parsed;

      g_assert_cmpint (level, ==, cases[i].level);
      g_assert_cmpstr (mk_level_to_code (level), ==, cases[i].code);
      g_assert_true (mk_level_from_code (cases[i].code, &parsed));
      g_assert_cmpint (parsed, ==, level);
    }
}

static void
test_methodology (void)
{
  g_autoptr(MkMethodology) m = mk_methodology_new ();
  g_autoptr(MkMethodology) copy = NULL;
  g_autoptr(GError) error = NULL;
  MkSetting setting;

  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_MARKER_THRESHOLD), ==, 30);
  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_WINDOW), ==, 2);
  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_ISBSH_THRESHOLD), ==, 700);
  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_SNRO_MIN), ==, 7);
  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_SRNR_MIN), ==, 2);
  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_SRNR_MAX), ==, 6);
  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_SPU_MAX), ==, 1);
  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_LOOK_BACK), ==, 2);
  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_COUNT_NON_OBJECTIVE), ==, 0);
  g_assert_true (mk_methodology_validate (m, NULL));
  for (guint i = 0; i < MK_N_SETTINGS; i++)
    {
      g_assert_true (mk_setting_from_key (mk_setting_get_info (i)->key, &setting));
      g_assert_cmpint (setting, ==, i);
      g_assert_nonnull (mk_setting_label (i));
    }
  g_assert_false (mk_methodology_set (m, MK_SETTING_MARKER_THRESHOLD, 0, &error));
  g_assert_error (error, MK_METHODOLOGY_ERROR, MK_METHODOLOGY_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_cmpint (mk_methodology_get (m, MK_SETTING_MARKER_THRESHOLD), ==, 30);
  copy = mk_methodology_copy (m);
  g_assert_true (mk_methodology_equal (m, copy));
  /* ШсРНР must meet ШНРО without a gap. */
  g_assert_true (mk_methodology_set (copy, MK_SETTING_SNRO_MIN, 8, NULL));
  g_assert_false (mk_methodology_validate (copy, &error));
  g_assert_error (error, MK_METHODOLOGY_ERROR, MK_METHODOLOGY_ERROR_INCONSISTENT);
  g_clear_error (&error);
  g_assert_true (mk_methodology_set (copy, MK_SETTING_SRNR_MAX, 7, NULL));
  g_assert_true (mk_methodology_validate (copy, NULL));
  g_assert_true (mk_methodology_set (copy, MK_SETTING_LEVEL_MODERATE, 11, NULL));
  g_assert_false (mk_methodology_validate (copy, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/markers/count-boundary", test_count_boundary);
  g_test_add_func ("/markers/share-boundary", test_share_boundary);
  g_test_add_func ("/markers/no-participants", test_no_participants);
  g_test_add_func ("/markers/mark", test_mark);
  g_test_add_func ("/markers/non-objective", test_non_objective);
  g_test_add_func ("/markers/threshold-setting", test_threshold_setting);
  g_test_add_func ("/markers/share-text", test_share_text);
  g_test_add_func ("/markers/year-counts", test_year_counts);
  g_test_add_func ("/markers/levels", test_levels);
  g_test_add_func ("/markers/methodology", test_methodology);
  return g_test_run ();
}
