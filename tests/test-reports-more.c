/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reports-more"
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "mk-demo.h"
#include "mk-report-private.h"
#include "mk-table-reader.h"
#include "mk-test-report.h"
#include "mk-test-util.h"
#include "mk-xlsx-render.h"

/* The reports staff, levels and individual-programs on the demo, read
 * back with the project's reader and with python3-openpyxl. */


/* Таблицы 2.1, 3.1 (two blocks of ten, as the Smolensk report), 4.1, 4.2
 * with the notes as stored. The Smolensk report orders the ШсРНР columns as
 * it listed them; the report orders schools by name (СШ № 1, 5, 10, …). */
static void
test_staff (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "staff", "Смоленск");
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "A1\ts\tGeneral\t'Штат педагогических работников (Смоленск), "
                     "2022-2023 учебный год'");
  mk_test_report_assert_line (dump, "merge\tA1:L1");
  mk_test_report_assert_line (dump, "A3\ts\tGeneral\t'Таблица 2.1. ШНРО'");
  mk_test_report_assert_line (dump, "A4\ts\tGeneral\t'МБОУ'");
  mk_test_report_assert_line (dump, "B4\ts\tGeneral\t'СШ № 9'");
  mk_test_report_assert_line (dump, "G4\ts\tGeneral\t'СШ № 39'");
  mk_test_report_assert_line (dump, "B5\tn\t0\t53");
  mk_test_report_assert_line (dump, "A7\ts\tGeneral\t'Психологи'");
  mk_test_report_assert_line (dump, "C7\ts\tGeneral\t'2 (РК)'");
  mk_test_report_assert_line (dump, "C8\ts\tGeneral\t'3 (1РК)'");
  mk_test_report_assert_line (dump, "G9\tn\t0\t1");
  mk_test_report_assert_line (dump, "A12\ts\tGeneral\t'Таблица 3.1. ШФНСУ, ШсРНР'");
  mk_test_report_assert_line (dump, "K13\ts\tGeneral\t'СШ № 21'");
  mk_test_report_assert_line (dump, "K20\ts\tGeneral\t'СШ № 35'");
  mk_test_report_assert_line (dump, "K22\ts\tGeneral\t'4+6 СОВМ.'");
  mk_test_report_assert_line (dump, "A28\ts\tGeneral\t'Таблица 4.1. ШПУ'");
  mk_test_report_assert_line (dump, "B30\ts\tGeneral\t'62 (3 - в декрете)'");
  mk_test_report_assert_line (dump, "page\tlandscape");
  /* СШ № 15 has no administrators figure: the Smolensk report leaves the
   * cell blank, which reads as nothing or as 0; it is «н/д», with the
   * legend under the table. */
  mk_test_report_assert_line (dump, "G13\ts\tGeneral\t'СШ № 15'");
  mk_test_report_assert_line (dump, "G15\ts\tGeneral\t'н/д'");
  g_assert_nonnull (strstr (dump, "н/д — нет данных"));
  /* The О(с)Ш have no staff figures: left out, as the Smolensk report does. */
  g_assert_null (strstr (dump, "О(с)Ш"));
  mk_test_report_assert_own (path, 7, 2, "2 (РК)");
  mk_test_report_assert_own (path, 5, 1, "53");
}

/* Таблица 5 is the region's (351 schools); the demo holds Smolensk, with
 * results for 2021 and 2022 only, so the one window it can count is
 * «2021, 2022» (school year 2022/2023) and 2021/2022 is in the footnote. */
static void
test_levels (Fixture       *f,
             gconstpointer  data)
{
  static const char *counts[] = { "2", "4", "18", "4", "11", "39" };
  g_autofree char *path = mk_test_report_export (f, "levels", "Смоленск");
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "A1\ts\tGeneral\t'Таблица 5'");
  mk_test_report_assert_line (dump, "merge\tA2:G2");
  mk_test_report_assert_line (dump, "A3\ts\tGeneral\t'Годы'");
  mk_test_report_assert_line (dump, "B3\ts\tGeneral\t'Количество ОО сильно неуспевающих («НР» 11-19), ед'");
  mk_test_report_assert_line (dump, "F3\ts\tGeneral\t'Количество ОО не имеющих маркеров «НР», ед'");
  mk_test_report_assert_line (dump, "G3\ts\tGeneral\t'Всего ОО, участвовавших в оценочных процедурах, ед.'");
  mk_test_report_assert_line (dump, "A4\ts\tGeneral\t'2021, 2022'");
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *line = g_strdup_printf ("%c4\tn\t0\t%s", 'B' + i, counts[i]);
      mk_test_report_assert_line (dump, line);
    }
  mk_test_report_assert_line (dump, "merge\tA5:G5");
  /* The footnote says, window by window, whom the table leaves out: the
   * 4 of 43 schools of its row, and the window that has no row at all. */
  mk_test_report_assert_line (dump, "A5\ts\tGeneral\t'2020, 2021: none of 43 schools has a "
                              "level (no data), so the years have no row. 2021, 2022: 4 schools "
                              "without a level (no data) are not counted.'");
  mk_test_report_assert_own (path, 4, 6, "39");
}

/* Таблица 7: the Smolensk report's two rows exactly (ИСБШ 76,5 and 71,3;
 * 4/6/7 and 3/9/9 markers; sums 13 and 18; status ШФНСУ). */
static void
test_individual_programs (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "individual-programs", "Смоленск");
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "A3\ts\tGeneral\t'Наименование ОО'");
  mk_test_report_assert_line (dump, "C3\ts\tGeneral\t'Число маркеров «НР» в 2020 г, ед.'");
  mk_test_report_assert_line (dump, "F3\ts\tGeneral\t'Сумма маркеров «НР» в 2021 и 2022 г, ед.'");
  mk_test_report_assert_line (dump, "G3\ts\tGeneral\t'Статус ОО в 2022'");
  mk_test_report_assert_line (dump, "A4\ts\tGeneral\t'МБОУ \"О(с)Ш № 1\"'");
  mk_test_report_assert_line (dump, "B4\tn\t0.0\t76.5");
  mk_test_report_assert_line (dump, "C4\tn\t0\t4");
  mk_test_report_assert_line (dump, "D4\tn\t0\t6");
  mk_test_report_assert_line (dump, "E4\tn\t0\t7");
  mk_test_report_assert_line (dump, "F4\tn\t0\t13");
  mk_test_report_assert_line (dump, "G4\ts\tGeneral\t'ШФНСУ'");
  mk_test_report_assert_line (dump, "B5\tn\t0.0\t71.3");
  mk_test_report_assert_line (dump, "C5\tn\t0\t3");
  mk_test_report_assert_line (dump, "F5\tn\t0\t18");
  g_assert_null (strstr (dump, "\nA6\t"));
  mk_test_report_assert_line (dump, "merge\tA2:G2");
  mk_test_report_assert_own (path, 5, 6, "ШФНСУ");
}

/* Over every municipality each school is named with its own; nothing in
 * the demo's rows is unknown, so no legend. */
static void
test_individual_programs_municipalities (Fixture       *f,
                                         gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "individual-programs", NULL);
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "A4\ts\tGeneral\t'МБОУ \"О(с)Ш № 1\" (Смоленск)'");
  mk_test_report_assert_line (dump, "A5\ts\tGeneral\t'МБОУ \"О(с)Ш № 2\" (Смоленск)'");
  mk_test_report_assert_line (dump, "F5\tn\t0\t18");
  g_assert_null (strstr (dump, "н/д"));
}

/* --cluster keeps one cluster's schools and --from starts a multi-year
 * table later; both through mayak-cli, as a script would ask. */
static void
test_cli_scope (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "demo.db", NULL);
  g_autofree char *staff = g_build_filename (f->dir, "staff-srnr.xlsx", NULL);
  g_autofree char *history = g_build_filename (f->dir, "history.xlsx", NULL);
  const char *staff_argv[] = { g_getenv ("MK_CLI"), "--db", db, "report", "staff",
                               "--year", "2022/2023", "--cluster", "SRNR", "-o", staff, NULL };
  const char *history_argv[] = { g_getenv ("MK_CLI"), "--db", db, "report", "snro-history",
                                 "--year", "2022/2023", "--from", "2020/2021", "-o", history,
                                 NULL };
  const char *levels_argv[] = { g_getenv ("MK_CLI"), "--db", db, "report", "levels",
                                "--year", "2022/2023", "--cluster", "SNRO", "-o", history,
                                NULL };
  const char *overrides_argv[] = { g_getenv ("MK_CLI"), "--db", db, "report", "overrides",
                                   "--year", "2022/2023", "-o", history, NULL };
  const char *late_argv[] = { g_getenv ("MK_CLI"), "--db", db, "report", "snro-history",
                              "--year", "2021/2022", "--from", "2022/2023", "-o", history,
                              NULL };
  g_autofree char *dump = NULL, *history_dump = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_clear_object (&f->store);  /* the CLI opens the file itself */
  g_assert_true (g_spawn_sync (NULL, (char **) staff_argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_true (g_spawn_check_wait_status (status, &error));
  dump = mk_test_report_openpyxl (staff);
  /* Only Таблица 3.1 and only its ШсРНР schools: СШ № 1 is ШсРНР,
   * the ШФНСУ schools and the other tables are gone. */
  mk_test_report_assert_line (dump, "A3\ts\tGeneral\t'Таблица 3.1. ШФНСУ, ШсРНР'");
  mk_test_report_assert_line (dump, "B4\ts\tGeneral\t'СШ № 1'");
  g_assert_null (strstr (dump, "Таблица 2.1"));
  g_assert_null (strstr (dump, "Таблица 4.1"));

  g_assert_true (g_spawn_sync (NULL, (char **) history_argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_true (g_spawn_check_wait_status (status, &error));
  history_dump = mk_test_report_openpyxl (history);
  mk_test_report_assert_line (history_dump, "A5\ts\tGeneral\t'2020-2021'");
  mk_test_report_assert_line (history_dump, "A7\ts\tGeneral\t'2022-2023'");
  g_assert_null (strstr (history_dump, "2018-2019"));
  /* Three rows, then the note naming the denominators. */
  g_assert_nonnull (strstr (history_dump, "\nA8\ts\tGeneral\t'ШНРО от общего количества"));
  g_assert_null (strstr (history_dump, "\nA9\t"));

  /* The hand-set clusters, as a user asks for them. */
  g_assert_true (g_spawn_sync (NULL, (char **) overrides_argv, NULL,
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                               &error));
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_free (dump);
  dump = mk_test_report_openpyxl (history);
  mk_test_report_assert_line (dump, "D4\ts\tGeneral\t'ШФНСУ'");

  /* A first year after the last is a usage error (exit 2). */
  g_assert_true (g_spawn_sync (NULL, (char **) late_argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  /* Таблица 5 counts schools, it does not list them: no --cluster. */
  g_assert_true (g_spawn_sync (NULL, (char **) levels_argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
}

/* «Ручные корректировки кластеров» of 2022/2023 in Смоленск: the two
 * evening schools computed ШНРО and set to ШФНСУ, as Приложение 2 lists
 * them; a school never classified from data has its computed cluster
 * «н/д», not a cluster or a blank. Over every municipality the names carry
 * theirs. */
static void
test_overrides (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *all = mk_test_report_export (f, "overrides", NULL);
  g_autofree char *dump_all = mk_test_report_openpyxl (all);
  g_autofree char *path = mk_test_report_export (f, "overrides", "Смоленск");
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "A1\ts\tGeneral\t'Ручные корректировки кластеров "
                                    "(Смоленск), 2022-2023 учебный год'");
  mk_test_report_assert_line (dump, "C3\ts\tGeneral\t'Расчётный кластер'");
  mk_test_report_assert_line (dump, "B4\ts\tGeneral\t'О(с)Ш № 1'");
  mk_test_report_assert_line (dump, "C4\ts\tGeneral\t'ШНРО'");
  mk_test_report_assert_line (dump, "D4\ts\tGeneral\t'ШФНСУ'");
  mk_test_report_assert_line (dump, "B7\ts\tGeneral\t'СШ № 16'");
  mk_test_report_assert_line (dump, "C7\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "D7\ts\tGeneral\t'ШсРНР'");
  mk_test_report_assert_line (dump, "A11\tn\t0\t8");
  g_assert_nonnull (strstr (dump, "н/д — нет данных"));
  g_assert_nonnull (strstr (dump, "\nF4\ts\tGeneral\t'"));
  mk_test_report_assert_line (dump_all, "B4\ts\tGeneral\t'О(с)Ш № 1 (Смоленск)'");
}

static void
test_catalog (void)
{
  static const char *ids[] = { "levels", "individual-programs", "staff", "overrides" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const MkReportInfo *info = mk_report_find (ids[i]);

      g_assert_nonnull (info);
      g_assert_nonnull (info->description);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reports-more/catalog", test_catalog);
  g_test_add ("/reports-more/cli-scope", Fixture, NULL, fixture_set_up, test_cli_scope,
              fixture_tear_down);
  g_test_add ("/reports-more/overrides", Fixture, NULL, fixture_set_up, test_overrides,
              fixture_tear_down);
  g_test_add ("/reports-more/staff", Fixture, NULL, fixture_set_up, test_staff,
              fixture_tear_down);
  g_test_add ("/reports-more/levels", Fixture, NULL, fixture_set_up, test_levels,
              fixture_tear_down);
  g_test_add ("/reports-more/individual-programs-municipalities", Fixture, NULL, fixture_set_up,
              test_individual_programs_municipalities, fixture_tear_down);
  g_test_add ("/reports-more/individual-programs", Fixture, NULL, fixture_set_up,
              test_individual_programs, fixture_tear_down);
  return g_test_run ();
}
