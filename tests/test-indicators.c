/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-indicators"
#include "config.h"

#include "mk-indicator-value.h"
#include "mk-test-util.h"

/* Indicator values as the Kamensk-Uralsky protocol and the ZATO
 * Solnechny report write them: every form read, the raw text untouched,
 * and the warnings a specialist should see. */

static MkIndicatorReading
read_value (const char *raw)
{
  MkIndicatorReading r;

  mk_indicator_value_read (raw, &r);
  return r;
}

static void
test_plain_numbers (void)
{
  MkIndicatorReading percent = read_value ("30%"), share = read_value ("0,6");
  MkIndicatorReading dotted = read_value ("42.8%"), count = read_value (" 36 ");
  MkIndicatorReading empty = read_value (""), spaces = read_value ("  ");
  double value;

  g_assert_true (percent.has_number && percent.percent && !percent.has_comment);
  g_assert_cmpfloat_with_epsilon (percent.number, 30, 1e-9);
  g_assert_true (mk_indicator_reading_value (&percent, MK_UNIT_SHARE, &value));
  g_assert_cmpfloat_with_epsilon (value, 0.3, 1e-9);
  g_assert_true (share.has_number && !share.percent);
  g_assert_cmpfloat_with_epsilon (share.number, 0.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (dotted.number, 42.8, 1e-9);
  g_assert_true (count.has_number && !count.has_comment);
  g_assert_cmpfloat_with_epsilon (count.number, 36, 1e-9);
  g_assert_true (empty.empty && !empty.has_number);
  g_assert_true (spaces.empty);
}

static void
test_fractions_and_pairs (void)
{
  MkIndicatorReading lyceum = read_value ("4/27"), half = read_value ("1/2");
  MkIndicatorReading seven = read_value ("7/16"), people = read_value ("14ч. 50%");
  MkIndicatorReading spaced = read_value ("10 ч. 38%");
  double value;

  g_assert_true (lyceum.has_fraction && lyceum.has_count && lyceum.has_number);
  g_assert_cmpfloat_with_epsilon (lyceum.count, 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (lyceum.total, 27, 1e-9);
  g_assert_true (mk_indicator_reading_value (&lyceum, MK_UNIT_PERCENT, &value));
  g_assert_cmpfloat_with_epsilon (value, 400.0 / 27, 1e-9);
  g_assert_cmpfloat_with_epsilon (half.number, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (seven.total, 16, 1e-9);
  g_assert_true (people.has_count && people.has_share && people.percent);
  g_assert_cmpfloat_with_epsilon (people.count, 14, 1e-9);
  g_assert_cmpfloat_with_epsilon (people.share, 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (spaced.count, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (spaced.share, 38, 1e-9);
}

static void
test_numbers_with_words (void)
{
  MkIndicatorReading list = read_value ("30% МОУ №№ 17, 37, 40, КУГ");
  MkIndicatorReading extremes = read_value ("27,53% Самый высокий- 93% в Средней школе № 2. "
                                            "Самый низкий в МОУ № 32 - 0%");
  MkIndicatorReading project = read_value ("16 ШНОР 7 в проекте «500+» - 20");
  MkIndicatorReading project22 = read_value ("16 ШНОР 4 в проекте 2.2");
  MkIndicatorReading schools = read_value ("16 ШНОР");
  MkIndicatorReading seminars = read_value ("14 МОУ №№ 1, 2, 5, 60 проводил и на базе своих школ семинары");
  MkIndicatorReading words = read_value ("нет данных");

  g_assert_true (list.has_number && list.percent && list.has_comment);
  g_assert_cmpfloat_with_epsilon (list.number, 30, 1e-9);
  g_assert_true (extremes.has_number && extremes.has_comment);
  g_assert_cmpfloat_with_epsilon (extremes.number, 27.53, 1e-9);
  g_assert_false (project.has_number);
  g_assert_true (project.has_comment);
  g_assert_false (project22.has_number);
  g_assert_true (schools.has_number && schools.has_count && schools.has_comment);
  g_assert_cmpfloat_with_epsilon (schools.count, 16, 1e-9);
  g_assert_true (seminars.has_number);
  g_assert_cmpfloat_with_epsilon (seminars.count, 14, 1e-9);
  g_assert_false (words.has_number || words.empty);
}

static void
test_units (void)
{
  g_assert_cmpint (mk_indicator_unit_parse ("Процент"), ==, MK_UNIT_PERCENT);
  g_assert_cmpint (mk_indicator_unit_parse ("доля"), ==, MK_UNIT_SHARE);
  g_assert_cmpint (mk_indicator_unit_parse ("Единицы"), ==, MK_UNIT_COUNT);
  g_assert_cmpint (mk_indicator_unit_parse ("чел."), ==, MK_UNIT_OTHER);
  g_assert_cmpint (mk_indicator_unit_parse (""), ==, MK_UNIT_OTHER);
}

static void
test_unit_warnings (void)
{
  MkIndicatorReading nine = read_value ("9"), half = read_value ("0,5"), fifty = read_value ("50%");
  MkIndicatorReading over = read_value ("120"), lyceum = read_value ("4/27");
  g_autofree char *share_above_one = mk_indicator_unit_warning (&nine, MK_UNIT_SHARE);
  g_autofree char *percent_above = mk_indicator_unit_warning (&over, MK_UNIT_PERCENT);

  mk_test_assert_has (share_above_one, "above 1");
  mk_test_assert_has (percent_above, "above 100");
  g_assert_null (mk_indicator_unit_warning (&half, MK_UNIT_SHARE));
  g_assert_null (mk_indicator_unit_warning (&fifty, MK_UNIT_SHARE));
  g_assert_null (mk_indicator_unit_warning (&lyceum, MK_UNIT_SHARE));
  g_assert_null (mk_indicator_unit_warning (&nine, MK_UNIT_COUNT));
}

/* «514» after 14 and 16 in a Kamensk-Uralsky school table: a typo a
 * specialist must see. */
static void
test_jump_warning (void)
{
  MkIndicatorReading years[3] = { read_value ("14"), read_value ("16"), read_value ("514") };
  MkIndicatorReading steady[3] = { read_value ("28"), read_value ("30"), read_value ("30") };
  MkIndicatorReading two[2] = { read_value ("1"), read_value ("500") };
  g_autofree char *jump = mk_indicator_jump_warning (years, 3, 2);

  mk_test_assert_has (jump, "514");
  g_assert_null (mk_indicator_jump_warning (years, 3, 0));
  g_assert_null (mk_indicator_jump_warning (steady, 3, 1));
  g_assert_null (mk_indicator_jump_warning (two, 2, 1));  /* one other year says too little */
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/indicators/plain-numbers", test_plain_numbers);
  g_test_add_func ("/indicators/fractions-and-pairs", test_fractions_and_pairs);
  g_test_add_func ("/indicators/numbers-with-words", test_numbers_with_words);
  g_test_add_func ("/indicators/units", test_units);
  g_test_add_func ("/indicators/unit-warnings", test_unit_warnings);
  g_test_add_func ("/indicators/jump-warning", test_jump_warning);
  return g_test_run ();
}
