/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-reports-indicators"
#include "config.h"

#include <string.h>

#include "mk-test-report.h"
#include "mk-test-util.h"

/* The indicator reports and import, run through mayak-cli on the demo as
 * a user runs them, and read back with openpyxl. */

typedef MkTestDemoDb Demo;

/* Report ID of 2021/2022 (for ONE school, or every school when NULL),
 * written to DIR/NAME. */
static char *
write_report (Demo       *d,
              const char *id,
              const char *school,
              const char *name)
{
  g_auto(MkTestRun) run = { 0 };
  char *path = g_build_filename (d->dir, name, NULL);

  if (school != NULL)
    mk_test_cli (&run, "--db", d->db, "report", id, "--year", "2021/2022", "--municipality",
                 "Каменск-Уральский городской округ", "--school", school, "-o", path, NULL);
  else
    mk_test_cli (&run, "--db", d->db, "report", id, "--year", "2022/2023", "-o", path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  return path;
}

/* Every row of the sheet, its cells joined by «|». */
static char *
rows_of (const char *path)
{
  return mk_test_report_python (path,
      "for r in ws.iter_rows(values_only=True):\n"
      "    print('|'.join('' if c is None else str(c) for c in r))\n");
}

/* Done when: each school's table as the protocol prints it. */
static void
test_school_tables (Demo          *d,
                    gconstpointer  data)
{
  /* The name as people write it: «№2» is «№ 2». */
  g_autofree char *sh2 = write_report (d, "indicators-school", "Средняя школа №2", "sh2.xlsx");
  g_autofree char *sh7 = write_report (d, "indicators-school", "Средняя школа № 7", "sh7.xlsx");
  g_autofree char *lyceum = write_report (d, "indicators-school", "Лицей № 9", "l9.xlsx");
  g_autofree char *osh14 = write_report (d, "indicators-school", "Основная школа № 14", "o14.xlsx");
  g_autofree char *rows2 = rows_of (sh2), *rows7 = rows_of (sh7), *rows9 = rows_of (lyceum);
  g_autofree char *rows14 = rows_of (osh14);
  g_autofree char *merged = mk_test_report_python (sh2, "print(sorted(str(m) for m in ws.merged_cells.ranges))");

  mk_test_assert_has (rows2, "Муниципальное автономное общеобразовательное учреждение «Средняя школа №2»");
  mk_test_assert_has (rows2, "(директор Маркова И.В., куратор Григорьева М.В., заместитель директора "
                             "по УВР Саламатова Л.И.)");
  mk_test_assert_has (rows2, "№ п/п|Критерий|Показатель (индикатор)|Единица измерения|2019 год|2020 год|2021 год");
  mk_test_assert_has (rows2, "|Доля учителей, которые ежегодно показывают положительную динамику "
                             "образовательных результатов обучающихся|Доля|0,6|0,5|0,5");
  /* Criterion 2 is merged over its two indicators. */
  mk_test_assert_has (merged, "'A5:A6'");
  mk_test_assert_has (merged, "'B5:B6'");
  mk_test_assert_has (rows7, "|Доля|14ч. 50%|14ч. 47%|10 ч. 38%");
  mk_test_assert_has (rows9, "|4/27|4/27");
  mk_test_assert_has (rows14, "|Доля|7/14|8/15|7/16");
  /* A row the school's table has but gives no value for: «н/д», not 0. */
  mk_test_assert_has (rows14, "|н/д|н/д|н/д");
}

/* Done when: ZATO Solnechny's Таблица 2, a count and a share per year. */
static void
test_municipal_table (Demo          *d,
                      gconstpointer  data)
{
  g_autofree char *path = write_report (d, "indicators-municipal", NULL, "municipal.xlsx");
  g_autofree char *rows = rows_of (path);

  mk_test_assert_has (rows, "№|Показатель|Значение 2021 года||Значение 2022 года|");
  mk_test_assert_has (rows, "||Количество единиц|в %|Количество единиц|в %");
  mk_test_assert_has (rows, "1.3|Доля ОО, которые внесли изменения в учебный план с целью повышения "
                            "образовательных результатов обучающихся|1|50|1|50");
  mk_test_assert_has (rows, "1|Нормативно-правовое обеспечение повышения качества образования|");
  /* The Kamensk-Uralsky municipal table keeps its comments verbatim. */
  mk_test_assert_has (rows, "|Процент|30% МОУ №№ 17, 37, 40, КУГ|23% МОУ №№ 17, 40, КУГ|");
}

/* A refused file changes nothing, down to the byte of the report; a good
 * one is counted, and its warnings are listed without refusing it. */
static void
test_import (Demo          *d,
             gconstpointer  data)
{
  g_autofree char *before = write_report (d, "indicators-school", "Средняя школа № 2", "before.xlsx");
  g_autofree char *after = NULL, *before_bytes = NULL, *after_bytes = NULL, *good = NULL;
  g_autofree char *bad = mk_test_write_file (d->dir, "bad.csv",
      "Набор показателей;Мониторинг школы с низкими результатами обучения\n"
      "Муниципалитет;Каменск-Уральский городской округ\n"
      "Школа;Средняя школа № 2\n"
      "№ п/п;Критерий;Показатель (индикатор);Единица измерения;2019 год;2020 год;2021 год\n"
      "1.;Ежегодная положительная динамика;Доля учителей, которые ежегодно показывают положительную "
      "динамику образовательных результатов обучающихся;Доля;0,9;0,9;0,9\n"
      "2.;Совершенствование;;Процент;1;2;3\n", -1);
  g_auto(MkTestRun) refused = { 0 }, accepted = { 0 };
  gsize before_len, after_len;

  mk_test_cli (&refused, "--db", d->db, "import", "indicators", bad, NULL);
  g_assert_cmpint (refused.status, !=, 0);
  mk_test_assert_has (refused.err, "bad.csv:6: the indicator has no title");
  after = write_report (d, "indicators-school", "Средняя школа № 2", "after.xlsx");
  before_bytes = mk_test_read_file (before, &before_len);
  after_bytes = mk_test_read_file (after, &after_len);
  g_assert_cmpmem (before_bytes, before_len, after_bytes, after_len);

  good = mk_test_write_file (d->dir, "good.csv",
      "Набор показателей;Мониторинг школы с низкими результатами обучения\n"
      "Муниципалитет;Каменск-Уральский городской округ\n"
      "Школа;Средняя школа № 2\n"
      "№ п/п;Критерий;Показатель (индикатор);Единица измерения;2021 год;2022 год\n"
      "1.;Ежегодная положительная динамика образовательных результатов обучающихся;Доля учителей, "
      "которые ежегодно показывают положительную динамику образовательных результатов "
      "обучающихся;Доля;0,5;7\n", -1);
  mk_test_cli (&accepted, "--db", d->db, "import", "indicators", good, NULL);
  g_assert_cmpint (accepted.status, ==, 0);
  mk_test_assert_has (accepted.out, "added 1, replaced 0, unchanged 1");
  mk_test_assert_has (accepted.err, "good.csv:5: column F (2022): 7 is a «Доля» above 1");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/reports/indicators/school-tables", Demo, NULL, mk_test_demo_db_set_up,
              test_school_tables, mk_test_demo_db_tear_down);
  g_test_add ("/reports/indicators/municipal-table", Demo, NULL, mk_test_demo_db_set_up,
              test_municipal_table, mk_test_demo_db_tear_down);
  g_test_add ("/reports/indicators/import", Demo, NULL, mk_test_demo_db_set_up, test_import,
              mk_test_demo_db_tear_down);
  return g_test_run ();
}
