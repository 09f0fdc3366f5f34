#define G_LOG_DOMAIN "test-reports-more"
#include "config.h"

#include <string.h>

#include "mk-demo.h"
#include "mk-report-private.h"
#include "mk-table-reader.h"
#include "mk-test-report.h"
#include "mk-test-util.h"
#include "mk-xlsx-render.h"

/* The reports staff, levels and individual-programs on the demo, read
 * back with the project's reader and with python3-openpyxl. */


/* Таблицы 2.1, 3.1 (two blocks of ten, as the seed), 4.1, 4.2 with the
 * notes as stored. The seed orders the ШсРНР columns as it listed them;
 * the report orders schools by name (СШ № 1, 5, 10, …). */
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
  /* СШ № 15 has no administrators figure: a blank, as in the seed. */
  mk_test_report_assert_line (dump, "G13\ts\tGeneral\t'СШ № 15'");
  g_assert_null (strstr (dump, "\nG15\t"));
  /* The О(с)Ш have no staff figures: left out, as the seed does. */
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
  mk_test_report_assert_own (path, 4, 6, "39");
}

/* Таблица 7: the seed's two rows exactly (ИСБШ 76,5 and 71,3; 4/6/7 and
 * 3/9/9 markers; sums 13 and 18; status ШФНСУ). */
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

static void
test_catalog (void)
{
  static const char *ids[] = { "levels", "individual-programs", "staff" };

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
  g_test_add ("/reports-more/staff", Fixture, NULL, fixture_set_up, test_staff,
              fixture_tear_down);
  g_test_add ("/reports-more/levels", Fixture, NULL, fixture_set_up, test_levels,
              fixture_tear_down);
  g_test_add ("/reports-more/individual-programs", Fixture, NULL, fixture_set_up,
              test_individual_programs, fixture_tear_down);
  return g_test_run ();
}
