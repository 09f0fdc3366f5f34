/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test"
#include "config.h"

#include <string.h>

#include "mk-import-values.h"
#include "mk-test-util.h"

/* Checks every importer shares: numbers as people write them, and files
 * with nothing under the header. */

static void
test_number_groups (void)
{
  struct { const char *text; guint decimals; gint64 value; } good[] = {
    { "40 000", 0, 40000 }, { "1 234 567", 0, 1234567 }, { "1\xc2\xa0" "234", 0, 1234 },
    { "12\xe2\x80\xaf" "345", 0, 12345 }, { "1 234,5", 1, 12345 }, { " 25 ", 0, 25 },
    { "999999999999999", 0, 999999999999999 }, { "999 999 999 999 999", 3, 999999999999999000 },
    { "33,3 %", 3, 33300 }, { "0", 0, 0 },
  };
  struct { const char *text; const char *problem; } bad[] = {
    { "2 5", "thousands" }, { "30 5", "thousands" }, { "12345 678", "thousands" },
    { "1 23", "thousands" }, { "1 2345", "thousands" }, { "1 234 56", "thousands" },
    { "12345678901234567890", "too large" }, { "1 000 000 000 000 000 000", "too large" },
    { "99999999999999999999999999999999999999", "too large" },
    { "40  000", NULL }, { "abc", NULL }, { "-5", NULL }, { "5 - 7", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 value = -1;

      g_assert_true (mk_parse_decimal (good[i].text, good[i].decimals, &value));
      g_assert_cmpint (value, ==, good[i].value);
      g_assert_null (mk_number_problem (good[i].text));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gint64 value = -1;
      const char *problem = mk_number_problem (bad[i].text);

      g_assert_false (mk_parse_decimal (bad[i].text, 3, &value));
      g_assert_cmpint (value, ==, -1);
      if (bad[i].problem == NULL)
        g_assert_null (problem);
      else
        mk_test_assert_has (problem, bad[i].problem);
    }
}

static void
test_number_messages (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);
  g_autofree char *schools = mk_test_write_file (dir, "schools.csv",
      "municipality;name\nСмоленск;Гимназия № 4\n", -1);
  g_autofree char *results = mk_test_write_file (dir, "results.csv",
      "school,year,procedure,participants,low\n"
      "Гимназия № 4,2022,ОГЭ МА,2 5,5\n"
      "Гимназия № 4,2022,ОГЭ ФИЗ,12345678901234567890,1\n"
      "Гимназия № 4,2022,ОГЭ ХИМ,40 000,1 000\n", -1);
  g_autofree char *line2 = g_strdup_printf ("%s:2: «2 5» in the column participants: "
                                            "a space inside a number may only separate "
                                            "thousands", results);
  g_autofree char *line3 = g_strdup_printf ("%s:3: «12345678901234567890» in the column "
                                            "participants: the number is too large", results);
  g_auto(MkTestRun) setup = { 0 }, refused = { 0 };

  mk_test_cli (&setup, "--db", db, "import", "schools", schools, NULL);
  g_assert_cmpint (setup.status, ==, 0);
  mk_test_cli (&refused, "--db", db, "import", "results", results, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  mk_test_assert_has (refused.err, line2);
  mk_test_assert_has (refused.err, line3);
  g_assert_null (strstr (refused.err, ":4:"));
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* A header and nothing under it is refused by every importer alike, at
 * the header's line. */
static void
test_header_only (void)
{
  struct { const char *kind, *header; } cases[] = {
    { "schools", "municipality;name\n" },
    { "staff", "school;Учебный год;Педагогов\n" },
    { "results", "school,year,procedure,participants,low\n" },
    { "markers", "school;ВПР РУ-5\n" },
    { "context", "school;Год;ИСБШ\n" },
    { "overrides", "school;Учебный год;Кластер;Основание\n" },
    { "statistics", "Учебный год;Регион;ОО в мониторинге;ШНРО\n" },
  };
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *db = g_build_filename (dir, "d.db", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strconcat (cases[i].kind, ".csv", NULL);
      g_autofree char *path = mk_test_write_file (dir, name, cases[i].header, -1);
      g_autofree char *expected = g_strdup_printf ("%s:1: the file has a header but no data rows",
                                                   path);
      g_auto(MkTestRun) run = { 0 };

      mk_test_cli (&run, "--db", db, "import", cases[i].kind, path, "--year", "2022", NULL);
      g_test_message ("%s: %s", cases[i].kind, run.err);
      g_assert_cmpint (run.status, ==, 1);
      mk_test_assert_has (run.err, expected);
    }
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-checks/number-groups", test_number_groups);
  g_test_add_func ("/import-checks/number-messages", test_number_messages);
  g_test_add_func ("/import-checks/header-only", test_header_only);
  return g_test_run ();
}
