/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-clusters"
#include "config.h"

#include <string.h>

#include "mk-clusters.h"
#include "mk-snro-history.h"

/* A school of school year 2022/2023 (window 2021–2022) with MARKERS found
 * in 2022's results and none in 2021's. */
static void
input_with (MkClusterInput      *input,
            const MkMethodology *m,
            MkProfile            profile,
            int                  isbsh,
            int                  markers)
{
  mk_cluster_input_init (input, 2022, m);
  input->profile = profile;
  input->isbsh = isbsh;
  input->isbsh_year = isbsh >= 0 ? 2022 : -1;
  input->years[0].results = 10;
  input->years[1].results = MAX (markers, 10);
  input->years[1].counted = markers;
}

static MkClusterVerdict
decide (MkProfile profile,
        int       isbsh,
        int       markers)
{
  MkMethodology m;
  MkClusterInput input;
  MkClusterVerdict verdict;

  mk_methodology_init_default (&m);
  input_with (&input, &m, profile, isbsh, markers);
  mk_clusters_decide (&input, &m, &verdict);
  return verdict;
}

static MkCluster
cluster_of (MkProfile profile,
            int       isbsh,
            int       markers)
{
  return decide (profile, isbsh, markers).cluster;
}

static void
test_codes (void)
{
  static const char *codes[] = { NULL, "SPU", "SBU", "SNRO", "SFNSU", "SRNR" };
  MkCluster cluster;

  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    {
      g_assert_cmpstr (mk_cluster_to_code (c), ==, codes[c]);
      g_assert_true (mk_cluster_from_code (codes[c], &cluster));
      g_assert_cmpint (cluster, ==, c);
      g_assert_cmpint (mk_cluster_number (c), ==, (int) c);
      g_assert_cmpstr (mk_cluster_title (c), !=, "");
    }
  g_assert_true (mk_cluster_from_code ("шнро", &cluster));
  g_assert_cmpint (cluster, ==, MK_CLUSTER_SNRO);
  g_assert_true (mk_cluster_from_code ("ШсРНР", &cluster));
  g_assert_cmpint (cluster, ==, MK_CLUSTER_SRNR);
  g_assert_true (mk_cluster_from_code (" sfnsu ", &cluster));
  g_assert_cmpint (cluster, ==, MK_CLUSTER_SFNSU);
  g_assert_false (mk_cluster_from_code ("ШНОР", &cluster));
  g_assert_false (mk_cluster_from_code ("", &cluster));
  g_assert_cmpstr (mk_cluster_title (MK_CLUSTER_SFNSU), ==,
                   "Schools operating in adverse social conditions");
}

static void
test_rule_order (void)
{
  /* Rule 1: ИСБШ at or below 70,0 with two markers. */
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 700, 2), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 701, 2), ==, MK_CLUSTER_SRNR);
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 0, 2), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 700, 1), ==, MK_CLUSTER_SBU);
  /* ШФНСУ wins over ШНРО. */
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 650, 19), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpint (cluster_of (MK_PROFILE_EVENING, 713, 18), ==, MK_CLUSTER_SNRO);
  /* An unknown ИСБШ never makes ШФНСУ. */
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, -1, 19), ==, MK_CLUSTER_SNRO);
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, -1, 3), ==, MK_CLUSTER_SRNR);
  /* Rules 2 and 3 meet at 6/7. */
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 800, 7), ==, MK_CLUSTER_SNRO);
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 800, 6), ==, MK_CLUSTER_SRNR);
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 800, 2), ==, MK_CLUSTER_SRNR);
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 800, 1), ==, MK_CLUSTER_SBU);
  g_assert_cmpint (cluster_of (MK_PROFILE_SECONDARY, 800, 0), ==, MK_CLUSTER_SBU);
  /* Rule 4: advanced schools with at most one marker. */
  g_assert_cmpint (cluster_of (MK_PROFILE_ADVANCED, 800, 1), ==, MK_CLUSTER_SPU);
  g_assert_cmpint (cluster_of (MK_PROFILE_ADVANCED, 800, 0), ==, MK_CLUSTER_SPU);
  g_assert_cmpint (cluster_of (MK_PROFILE_ADVANCED, 800, 2), ==, MK_CLUSTER_SRNR);
  g_assert_cmpint (cluster_of (MK_PROFILE_ADVANCED, -1, 1), ==, MK_CLUSTER_SPU);
  g_assert_cmpint (cluster_of (MK_PROFILE_BASIC, 800, 1), ==, MK_CLUSTER_SBU);
  g_assert_cmpint (decide (MK_PROFILE_ADVANCED, 800, 1).rule, ==, MK_RULE_SPU);
  g_assert_cmpint (decide (MK_PROFILE_SECONDARY, 800, 0).rule, ==, MK_RULE_SBU);
  g_assert_cmpint (decide (MK_PROFILE_SECONDARY, 700, 2).rule, ==, MK_RULE_SFNSU);
}

static void
test_resilient (void)
{
  g_assert_true (decide (MK_PROFILE_SECONDARY, 650, 1).resilient);
  g_assert_true (decide (MK_PROFILE_SECONDARY, 700, 0).resilient);
  g_assert_true (decide (MK_PROFILE_ADVANCED, 650, 0).resilient);
  g_assert_cmpint (decide (MK_PROFILE_ADVANCED, 650, 0).cluster, ==, MK_CLUSTER_SPU);
  g_assert_false (decide (MK_PROFILE_SECONDARY, 701, 0).resilient);
  g_assert_false (decide (MK_PROFILE_SECONDARY, 650, 2).resilient);
  g_assert_false (decide (MK_PROFILE_SECONDARY, -1, 0).resilient);
}

static void
test_counts_and_levels (void)
{
  MkMethodology m;
  MkClusterInput input;
  MkClusterVerdict verdict;

  mk_methodology_init_default (&m);
  mk_cluster_input_init (&input, 2022, &m);
  g_assert_cmpuint (input.n_years, ==, 2);
  g_assert_cmpint (input.years[0].year, ==, 2021);
  g_assert_cmpint (input.years[1].year, ==, 2022);
  input.years[0].results = 30;
  input.years[0].counted = 4;
  input.years[1].results = 30;
  input.years[1].counted = 2;
  input.years[1].reported = 5;   /* «5Н» replaces the 2 counted */
  mk_clusters_decide (&input, &m, &verdict);
  g_assert_cmpint (verdict.markers_prev, ==, 4);
  g_assert_cmpint (verdict.markers_cur, ==, 5);
  g_assert_cmpint (verdict.markers, ==, 9);
  g_assert_cmpint (verdict.level, ==, MK_LEVEL_MODERATE);
  g_assert_cmpint (verdict.cluster, ==, MK_CLUSTER_SNRO);
  /* A year without results is unknown, not zero. */
  input.years[0] = (MkYearMarkers) { .year = 2021, .reported = -1 };
  mk_clusters_decide (&input, &m, &verdict);
  g_assert_cmpint (verdict.markers_prev, ==, -1);
  g_assert_cmpint (verdict.markers, ==, 5);
  g_assert_cmpint (verdict.cluster, ==, MK_CLUSTER_SRNR);
  /* No year known: not classified. */
  input.years[1] = (MkYearMarkers) { .year = 2022, .reported = -1 };
  mk_clusters_decide (&input, &m, &verdict);
  g_assert_cmpint (verdict.cluster, ==, MK_CLUSTER_NONE);
  g_assert_cmpint (verdict.rule, ==, MK_RULE_NONE);
  g_assert_cmpint (verdict.markers_cur, ==, -1);
}

static void
test_window_setting (void)
{
  MkMethodology m;
  MkClusterInput input;
  MkClusterVerdict verdict;

  mk_methodology_init_default (&m);
  g_assert_true (mk_methodology_set (&m, MK_SETTING_WINDOW, 3, NULL));
  mk_cluster_input_init (&input, 2022, &m);
  g_assert_cmpuint (input.n_years, ==, 3);
  g_assert_cmpint (input.years[0].year, ==, 2020);
  for (guint i = 0; i < 3; i++)
    input.years[i].results = 5, input.years[i].counted = (int) i + 1;
  mk_clusters_decide (&input, &m, &verdict);
  g_assert_cmpint (verdict.markers_prev, ==, 3);
  g_assert_cmpint (verdict.markers_cur, ==, 3);
  g_assert_cmpint (verdict.markers, ==, 6);
}

static char *
explain (MkClusterInput *input,
         const MkMethodology *m)
{
  MkClusterVerdict verdict;

  mk_clusters_decide (input, m, &verdict);
  return mk_clusters_explain (input, &verdict, m);
}

#define assert_contains(haystack, needle) \
  g_assert_nonnull (strstr ((haystack), (needle)))

static void
test_explanation (void)
{
  MkResultRow low = { 1, 2022, 1, "ВПР РУ-5", 9, 3, -1, FALSE, FALSE };
  MkResultRow mark = { 1, 2022, 2, "ОГЭ МА", -1, -1, -1, TRUE, FALSE };
  MkResultRow flag = { 1, 2021, 3, "ВПР МА-5", 20, 1, -1, FALSE, TRUE };
  MkResultRow empty = { 1, 2021, 4, "ЕГЭ ФИЗ", 0, 0, -1, FALSE, FALSE };
  MkMarkerNote notes[4];
  g_autofree char *text = NULL;
  MkClusterInput input;
  MkMethodology m;

  mk_methodology_init_default (&m);
  mk_cluster_input_init (&input, 2022, &m);
  input.profile = MK_PROFILE_SECONDARY;
  notes[0] = (MkMarkerNote) { 2021, "ВПР МА-5" };
  mk_result_judge (&flag, &m, &notes[0].judgement);
  notes[1] = (MkMarkerNote) { 2021, "ЕГЭ ФИЗ" };
  mk_result_judge (&empty, &m, &notes[1].judgement);
  notes[2] = (MkMarkerNote) { 2022, "ВПР РУ-5" };
  mk_result_judge (&low, &m, &notes[2].judgement);
  notes[3] = (MkMarkerNote) { 2022, "ОГЭ МА" };
  mk_result_judge (&mark, &m, &notes[3].judgement);
  input.notes = notes;
  input.n_notes = 4;
  input.years[0].results = 12;
  input.years[1].results = 14;
  input.years[1].counted = 2;
  text = explain (&input, &m);
  g_test_message ("%s", text);
  assert_contains (text, "2022/2023: Schools at risk of low results (SRNR, cluster 5).");
  assert_contains (text, "at least 30 % of the participants");
  assert_contains (text, "2021: no markers in 12 results.");
  assert_contains (text, "2022: 2 markers: ВПР РУ-5 (33,3 %); ОГЭ МА (mark «Н»).");
  assert_contains (text, "Markers in 2021–2022: 2.");
  assert_contains (text, "ISBSH is not known for 2021–2022.");
  assert_contains (text, "Rule 1, SFNSU (ISBSH at or below 70,0 and at least 2 markers): "
                   "does not apply: ISBSH is not known.");
  assert_contains (text, "Rule 2, SNRO (at least 7 markers): does not apply: the school "
                   "has 2 markers.");
  assert_contains (text, "Rule 3, SRNR (from 2 to 6 markers): applies.");
  g_assert_null (strstr (text, "Rule 4"));
  assert_contains (text, "Level of underperformance: basically underperforming.");
  assert_contains (text, "not counted as markers: ВПР МА-5, 2021.");
  assert_contains (text, "0 participants are never markers: ЕГЭ ФИЗ, 2021.");
}

static void
test_explanation_reported_and_missing (void)
{
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;
  MkClusterInput input;
  MkMethodology m;

  mk_methodology_init_default (&m);
  mk_cluster_input_init (&input, 2022, &m);
  input.profile = MK_PROFILE_ADVANCED;
  input.isbsh = 652;
  input.isbsh_year = 2022;
  input.years[1].results = 20;
  input.years[1].counted = 3;
  input.years[1].reported = 1;
  text = explain (&input, &m);
  g_test_message ("%s", text);
  assert_contains (text, "2021: no results.");
  assert_contains (text, "2022: 1 marker by the reported total, which replaces the 3 "
                   "counted from the results.");
  assert_contains (text, "ISBSH 65,2 (2022).");
  assert_contains (text, "Rule 1, SFNSU (ISBSH at or below 70,0 and at least 2 markers): "
                   "does not apply: the school has 1 marker.");
  assert_contains (text, "Rule 4, SPU (at most 1 marker and an advanced school): applies.");
  assert_contains (text, "The school is resilient");
  g_assert_null (strstr (text, "Rule 5"));
  /* No data at all. */
  input.years[1] = (MkYearMarkers) { .year = 2022, .reported = -1 };
  none = explain (&input, &m);
  assert_contains (none, "no results and no reported marker totals for 2021–2022");
  assert_contains (none, "ISBSH 65,2 (2022).");
}

/* Таблица 4 of the Smolensk monitoring report: ШНРО of Смоленск by school
 * year, school numbers. */
static const struct { int year; int schools[10]; } table4[] = {
  { 2018, { 1, 15, 18, 19, 22 } },
  { 2019, { 1, 9, 10, 17, 19, 25, 36, 38 } },
  { 2020, { 1, 5, 9, 10, 12, 24, 25, 28, 38 } },
  { 2021, { 9, 13, 16, 18, 19, 21, 28, 36, 39 } },
  { 2022, { 9, 11, 14, 19, 36, 39 } },
};

static MkSnroHistory *
smolensk_history (void)
{
  MkSnroHistory *history = mk_snro_history_new ();

  for (guint i = 0; i < G_N_ELEMENTS (table4); i++)
    for (guint j = 0; j < 10 && table4[i].schools[j] != 0; j++)
      mk_snro_history_add (history, table4[i].year, table4[i].schools[j]);
  return history;
}

static void
assert_counts (MkSnroHistory *history,
               int            year,
               guint          first_time,
               guint          repeated)
{
  guint first = 0, again = 0;

  mk_snro_history_count (history, year, 2, &first, &again);
  g_assert_cmpuint (first, ==, first_time);
  g_assert_cmpuint (again, ==, repeated);
}

static void
test_history_table4 (void)
{
  g_autoptr(MkSnroHistory) history = smolensk_history ();

  /* As printed in the Smolensk report. */
  assert_counts (history, 2019, 6, 2);
  assert_counts (history, 2020, 4, 5);
  assert_counts (history, 2021, 5, 4);
  /* The Smolensk report prints 3/3 for 2022/2023. With K = 2 only № 11 and
   * № 14 are new: № 9, 19, 36 and 39 were all in the 2021/2022 list, so the
   * app shows 2/4 and this test records the difference. */
  assert_counts (history, 2022, 2, 4);
  g_assert_true (mk_snro_history_is_repeated (history, 2022, 9, 2));
  g_assert_false (mk_snro_history_is_repeated (history, 2022, 11, 2));
  /* № 18: 2018 and 2021, three years apart: new with K = 2, repeated
   * with K = 3. */
  g_assert_false (mk_snro_history_is_repeated (history, 2021, 18, 2));
  g_assert_true (mk_snro_history_is_repeated (history, 2021, 18, 3));
  g_assert_false (mk_snro_history_is_repeated (history, 2021, 1, 2));
}

static void
test_history_streaks (void)
{
  g_autoptr(MkSnroHistory) history = smolensk_history ();

  /* «МБОУ «СШ № 9» (2019-2022) попадала в ШНРО 4 раза подряд». */
  g_assert_cmpuint (mk_snro_history_streak (history, 2022, 9), ==, 4);
  /* «СШ № 1 - 3 года подряд (2018-2021)»: 2018/2019–2020/2021. */
  g_assert_cmpuint (mk_snro_history_streak (history, 2020, 1), ==, 3);
  g_assert_cmpuint (mk_snro_history_streak (history, 2021, 1), ==, 0);
  g_assert_cmpuint (mk_snro_history_streak (history, 2022, 19), ==, 2);
  g_assert_cmpuint (mk_snro_history_streak (history, 2022, 11), ==, 1);
  g_assert_cmpuint (mk_snro_history_streak (history, 2018, 1), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/clusters/codes", test_codes);
  g_test_add_func ("/clusters/rule-order", test_rule_order);
  g_test_add_func ("/clusters/resilient", test_resilient);
  g_test_add_func ("/clusters/counts-and-levels", test_counts_and_levels);
  g_test_add_func ("/clusters/window-setting", test_window_setting);
  g_test_add_func ("/clusters/explanation", test_explanation);
  g_test_add_func ("/clusters/explanation-reported-missing",
                   test_explanation_reported_and_missing);
  g_test_add_func ("/clusters/history-table4", test_history_table4);
  g_test_add_func ("/clusters/history-streaks", test_history_streaks);
  return g_test_run ();
}
