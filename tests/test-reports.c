/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reports"
#include "config.h"

#include <locale.h>
#include <string.h>

#include "mk-demo.h"
#include "mk-report-private.h"
#include "mk-table-reader.h"
#include "mk-test-report.h"
#include "mk-test-util.h"
#include "mk-xlsx-render.h"

/* Every export is read back twice: with the project's own reader and with
 * python3-openpyxl, the library an analyst would open it with. */


/* The own reader's view: "T|text" cells by "row:col" (1-based rows),
 * T = type letter, '*' appended for a cell inside a merged range. */
static GHashTable *
read_own (const char *path)
{
  static const char types[] = "etnpdb";
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) reader = mk_table_reader_open (path, NULL, NULL, &error);
  GHashTable *cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_assert_no_error (error);
  while (mk_table_reader_next_row (reader, &error))
    for (guint c = 0; c < mk_table_reader_get_n_cells (reader); c++)
      {
        const MkCell *cell = mk_table_reader_get_cell (reader, c);
        g_hash_table_insert (cells,
                             g_strdup_printf ("%u:%u", mk_table_reader_get_line (reader), c),
                             g_strdup_printf ("%c|%s%s", types[cell->type], cell->text,
                                              cell->merged ? "*" : ""));
      }
  g_assert_no_error (error);
  return cells;
}

static void
assert_own (GHashTable *cells,
            guint       row,
            guint       col,
            const char *expected)
{
  g_autofree char *key = g_strdup_printf ("%u:%u", row, col);

  g_assert_cmpstr (g_hash_table_lookup (cells, key), ==, expected);
}

/* Таблица 1 of the Smolensk monitoring report for Smolensk, rows 5–9,
 * columns B–E. */
static const char *dist_counts[2][5] = {
  { "6", "21", "9", "3", "4" },       /* 2021-2022 */
  { "4", "11", "6", "2", "20" },      /* 2022-2023 */
};
/* The shares are written at full precision (count / 43) and shown with
 * one decimal by the percent format. */
static const char *dist_shares[2][5] = {
  { "0.1395348837209302", "0.4883720930232558", "0.2093023255813954",
    "0.06976744186046512", "0.09302325581395349" },
  { "0.09302325581395349", "0.2558139534883721", "0.1395348837209302",
    "0.04651162790697674", "0.4651162790697674" },
};

static void
check_distribution_openpyxl (const char *path)
{
  g_autofree char *dump = mk_test_report_openpyxl (path);

  mk_test_report_assert_line (dump, "A2\ts\tGeneral\t'Распределение по кластерам (Смоленск)'");
  mk_test_report_assert_line (dump, "B3\ts\tGeneral\t'2021-2022'");
  mk_test_report_assert_line (dump, "D3\ts\tGeneral\t'2022-2023'");
  mk_test_report_assert_line (dump, "C4\ts\tGeneral\t'Доля от 43 ОО'");
  mk_test_report_assert_line (dump, "A9\ts\tGeneral\t'Кластер 5. ШсРНР'");
  for (guint y = 0; y < 2; y++)
    for (guint i = 0; i < 5; i++)
      {
        g_autofree char *count = g_strdup_printf ("%c%u\tn\t0\t%s", 'B' + 2 * y, 5 + i,
                                                  dist_counts[y][i]);
        g_autofree char *share = g_strdup_printf ("%c%u\tn\t0.0%%\t%s", 'C' + 2 * y, 5 + i,
                                                  dist_shares[y][i]);
        mk_test_report_assert_line (dump, count);
        mk_test_report_assert_line (dump, share);
      }
  /* The Smolensk report prints 25,5% for 11 of 43; 11/43 = 25.58…%, which
   * the format shows as 25,6% (docs/methodology.md). */
  mk_test_report_assert_line (dump, "E6\tn\t0.0%\t0.2558139534883721");
  g_assert_null (strstr (dump, "0.255\n"));
  mk_test_report_assert_line (dump, "A10\ts\tGeneral\t'Всего'");
  mk_test_report_assert_line (dump, "D10\tn\t0\t43");
  mk_test_report_assert_line (dump, "merge\tA3:A4");
  mk_test_report_assert_line (dump, "merge\tB3:C3");
  mk_test_report_assert_line (dump, "merge\tD3:E3");
  mk_test_report_assert_line (dump, "titles\t$3:$4");
  mk_test_report_assert_line (dump, "paper\t9\tportrait");
}

/* --municipality Смоленск counts the final clusters (overrides included)
 * of Smolensk's schools; the demo's other municipalities have no clusters
 * in these years, and unclassified schools are not counted. */
static void
test_distribution (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "cluster-distribution", "Смоленск");
  g_autoptr(GHashTable) own = read_own (path);

  assert_own (own, 3, 1, "t|2021-2022*");
  assert_own (own, 3, 2, "t|2021-2022*");
  assert_own (own, 4, 3, "t|Кол-во");
  assert_own (own, 5, 0, "t|Кластер 1. ШПУ");
  assert_own (own, 7, 0, "t|Кластер 3. ШНРО");
  assert_own (own, 6, 3, "n|11");
  assert_own (own, 10, 1, "n|43");
  check_distribution_openpyxl (path);
}

/* A share column adds up to 100 % in a spreadsheet: the shares are not
 * rounded in the file (0.14 + 0.488 + 0.209 + 0.07 + 0.093 was 1.0). */
static void
test_distribution_sum (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "cluster-distribution", "Смоленск");
  g_autofree char *sums = mk_test_report_python (path,
      "for col in 'CE':\n"
      "    print(round(sum(ws[f'{col}{r}'].value for r in range(5, 10)), 12), "
      "ws[f'{col}5'].number_format)\n");

  g_assert_cmpstr (sums, ==, "1.0 0.0%\n1.0 0.0%");
}

/* From 2018/2019 the demo knows only Smolensk's ШНРО lists: 5 of its 43
 * schools are 11,6 %, the other clusters «н/д» (never 0), the 38 schools
 * without a cluster get a row, and the footnote says all of it. */
static void
test_distribution_from (Fixture       *f,
                        gconstpointer  data)
{
  MkReportParams params = { .school_year = 2022, .first_year = 2018,
                            .municipality = "Смоленск" };
  g_autofree char *path = g_build_filename (f->dir, "from.xlsx", NULL);
  g_autoptr(MkSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;

  sheet = mk_report_build (mk_report_find ("cluster-distribution"), f->store, &params, &error);
  g_assert_no_error (error);
  g_assert_true (mk_xlsx_render (sheet, path, &error));
  dump = mk_test_report_openpyxl (path);
  mk_test_report_assert_line (dump, "B3\ts\tGeneral\t'2018-2019'");
  mk_test_report_assert_line (dump, "B7\tn\t0\t5");
  mk_test_report_assert_line (dump, "C7\tn\t0.0%\t0.1162790697674419");
  mk_test_report_assert_line (dump, "B5\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "C6\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "C9\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "A10\ts\tGeneral\t'ОО без кластера'");
  mk_test_report_assert_line (dump, "B10\tn\t0\t38");
  mk_test_report_assert_line (dump, "B11\tn\t0\t43");
  /* 2021/2022 is known whole: numbers, none without a cluster. */
  mk_test_report_assert_line (dump, "H5\tn\t0\t6");
  mk_test_report_assert_line (dump, "H10\tn\t0\t0");
  g_assert_nonnull (strstr (dump, "н/д — нет данных"));
  g_assert_nonnull (strstr (dump, "2018-2019 — 38 ОО"));
  g_assert_null (strstr (dump, "B7\tn\t0.0%\t1\n"));
  mk_test_report_assert_own (path, 7, 2, "0.116279069767442");
}

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "cluster-lists", "Смоленск");
  g_autofree char *dump = mk_test_report_openpyxl (path);
  g_autoptr(GHashTable) own = read_own (path);

  assert_own (own, 4, 0, "t|Кластер «Школы повышенного уровня»**");
  assert_own (own, 5, 2, "t|Наименование общеобразовательной организации");
  assert_own (own, 6, 0, "n|1");
  mk_test_report_assert_line (dump, "A4\ts\tGeneral\t'Кластер «Школы повышенного уровня»*'");
  mk_test_report_assert_line (dump, "merge\tA4:C4");
  mk_test_report_assert_line (dump, "A5\ts\tGeneral\t'№'");
  mk_test_report_assert_line (dump, "B5\ts\tGeneral\t'Муниципальное образование'");
  /* ШНРО: the six schools of Приложение 2, then the definition. */
  mk_test_report_assert_line (dump, "A27\ts\tGeneral\t'Кластер «Школы с низкими результатами обучения»*'");
  mk_test_report_assert_line (dump, "C29\ts\tGeneral\t'МБОУ «СШ № 9»'");
  mk_test_report_assert_line (dump, "A34\tn\t0\t6");
  mk_test_report_assert_line (dump, "C34\ts\tGeneral\t'МБОУ «СШ № 39»'");
  g_assert_nonnull (strstr (dump, "A35\ts\tGeneral\t'* Кластер объединяет общеобразовательные "
                                  "организации, для которых"));
  mk_test_report_assert_line (dump, "merge\tA35:C35");
  /* ШсРНР ends with its 20th school, СШ № 35, as in the Smolensk report. */
  mk_test_report_assert_line (dump, "A64\tn\t0\t20");
  mk_test_report_assert_line (dump, "C64\ts\tGeneral\t'МБОУ «СШ № 35»'");
}

/* Таблица 4 with K = 2. The demo's first year is 2018/2019, so first time
 * or repeated is unknown where the look-back reaches before it: 2018/2019
 * (printed: 1/20%, 4/80%) reads «н/д», and 2019/2020 (printed: 6/75%,
 * 2/25%) «н/д» and «≥2/≥25,0%», the two known to be repeated; 2020/2021
 * and 2021/2022 are the Smolensk report's rows with one decimal. For 2022/2023 the Smolensk
 * report prints 3/50% and 3/50%; the data give 2 first-time (СШ № 11, 14)
 * and 4 repeated (9, 19, 36, 39 were ШНРО in 2021/2022), so 2/33,3% and
 * 4/66,7%: the app shows the computed value. */
static void
test_snro_history (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = mk_test_report_export (f, "snro-history", "Смоленск");
  g_autofree char *dump = mk_test_report_openpyxl (path);
  g_autoptr(GHashTable) own = read_own (path);

  assert_own (own, 3, 2, "t|Попали в перечень*");
  assert_own (own, 4, 2, "t|Первоначально Кол-во/% от ШНРО года");
  mk_test_report_assert_line (dump, "E3\ts\tGeneral\t'ШНРО от общего количества школ "
                                    "Кол-во/% от 43 ОО'");
  mk_test_report_assert_line (dump, "merge\tA3:A4");
  mk_test_report_assert_line (dump, "merge\tC3:D3");
  mk_test_report_assert_line (dump, "merge\tE3:E4");
  mk_test_report_assert_line (dump, "A5\ts\tGeneral\t'2018-2019'");
  mk_test_report_assert_line (dump, "B5\ts\tGeneral\t'СШ №№ 1, 15, 18, 19, 22'");
  mk_test_report_assert_line (dump, "E5\ts\tGeneral\t'5/11,6%'");
  mk_test_report_assert_line (dump, "C5\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "D5\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "C6\ts\tGeneral\t'н/д'");
  mk_test_report_assert_line (dump, "D6\ts\tGeneral\t'≥2/≥25,0%'");
  g_assert_null (strstr (dump, "100,0%"));
  g_assert_nonnull (strstr (dump, "2018-2019, 2019-2020: в базе нет перечня"));
  g_assert_nonnull (strstr (dump, "≥ — неполная сумма"));
  mk_test_report_assert_line (dump, "E6\ts\tGeneral\t'8/18,6%'");
  mk_test_report_assert_line (dump, "C7\ts\tGeneral\t'4/44,4%'");
  mk_test_report_assert_line (dump, "D7\ts\tGeneral\t'5/55,6%'");
  mk_test_report_assert_line (dump, "B8\ts\tGeneral\t'СШ №№ 9, 13, 16, 18, 19, 21, 28, 36, 39'");
  mk_test_report_assert_line (dump, "C8\ts\tGeneral\t'5/55,6%'");
  mk_test_report_assert_line (dump, "E8\ts\tGeneral\t'9/20,9%'");
  mk_test_report_assert_line (dump, "B9\ts\tGeneral\t'СШ №№ 9, 11, 14, 19, 36, 39'");
  mk_test_report_assert_line (dump, "C9\ts\tGeneral\t'2/33,3%'");   /* printed: 3/50% */
  mk_test_report_assert_line (dump, "D9\ts\tGeneral\t'4/66,7%'");   /* printed: 3/50% */
  mk_test_report_assert_line (dump, "E9\ts\tGeneral\t'6/14,0%'");
  mk_test_report_assert_line (dump, "paper\t9\tlandscape");
}

/* Over every municipality the last column is of all 74 schools, names
 * carry their municipality, and a municipality whose list is not known
 * (Каменск-Уральский has no clusters) reads «н/д», not 0. */
static void
test_snro_history_scopes (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *kamensk = mk_test_report_export (f, "snro-history",
                                                    "Каменск-Уральский городской округ");
  g_autofree char *dump_k = mk_test_report_openpyxl (kamensk);
  g_autofree char *all = mk_test_report_export (f, "snro-history", NULL);
  g_autofree char *dump = mk_test_report_openpyxl (all);

  mk_test_report_assert_line (dump, "B5\ts\tGeneral\t'Смоленск: СШ №№ 1, 15, 18, 19, 22'");
  mk_test_report_assert_line (dump, "E5\ts\tGeneral\t'5/6,8%'");
  mk_test_report_assert_line (dump, "E8\ts\tGeneral\t'9/12,2%'");
  mk_test_report_assert_line (dump_k, "A5\ts\tGeneral\t'2022-2023'");
  mk_test_report_assert_line (dump_k, "E5\ts\tGeneral\t'н/д'");
  g_assert_null (strstr (dump_k, "'0/"));
}

/* Under a Russian locale libxlsxwriter would write <v>0,465</v>. */
static void
test_russian_locale (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = NULL, *dump = NULL;
  g_autoptr(GHashTable) own = NULL;

  if (setlocale (LC_ALL, "ru_RU.UTF-8") == NULL)
    {
      g_test_skip ("ru_RU.UTF-8 is not installed");
      return;
    }
  path = mk_test_report_export (f, "cluster-distribution", "Смоленск");
  setlocale (LC_ALL, "C.UTF-8");
  own = read_own (path);
  dump = mk_test_report_openpyxl (path);
  mk_test_report_assert_line (dump, "E9\tn\t0.0%\t0.4651162790697674");
  mk_test_report_assert_line (dump, "C9\tn\t0.0%\t0.09302325581395349");
}

/* Text that a spreadsheet would run stays text. */
static void
test_text_not_formula (Fixture       *f,
                       gconstpointer  data)
{
  static const char *texts[] = { "=1+1", "+7", "-3", "@SUM(A1)" };
  g_autoptr(MkSheet) sheet = mk_sheet_new ("t");
  g_autofree char *path = g_build_filename (f->dir, "text.xlsx", NULL);
  g_autofree char *dump = NULL, *xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) own = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    mk_sheet_set_text (sheet, i, 0, texts[i], 0);
  g_assert_true (mk_xlsx_render (sheet, path, &error));
  g_assert_no_error (error);
  dump = mk_test_report_openpyxl (path);
  mk_test_report_assert_line (dump, "A1\ts\tGeneral\t'=1+1'");
  mk_test_report_assert_line (dump, "A2\ts\tGeneral\t'+7'");
  mk_test_report_assert_line (dump, "A3\ts\tGeneral\t'-3'");
  mk_test_report_assert_line (dump, "A4\ts\tGeneral\t'@SUM(A1)'");
  own = read_own (path);
  assert_own (own, 1, 0, "t|=1+1");
}

/* Constant-memory mode writes row by row: merges over several rows and
 * their values must survive it, numbers are written under the C numeric
 * locale there too, and the own reader reads its inline strings. */
static void
test_constant_memory (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("big");
  g_autofree char *path = g_build_filename (f->dir, "big.xlsx", NULL);
  g_autofree char *dump = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) own = NULL;
  gboolean russian;
  MkSheetStyle bold = { .flags = MK_SHEET_BOLD | MK_SHEET_BORDER };
  guint b = mk_sheet_add_style (sheet, &bold);
  GDate date;

  mk_sheet_add_title (sheet, 0, 3, "Заголовок");
  mk_sheet_set_text (sheet, 1, 0, "Год", b);
  mk_sheet_merge (sheet, 1, 0, 3, 0);
  mk_sheet_set_text (sheet, 1, 1, "Доля", b);
  mk_sheet_set_text (sheet, 2, 1, "Кол-во", b);
  mk_sheet_set_share (sheet, 2, 2, 0.465, 0);
  mk_sheet_set_decimal (sheet, 3, 2, 70.25, 0);
  g_date_set_dmy (&date, 1, 9, 2023);
  mk_sheet_set_date (sheet, 4, 1, &date, 0);
  mk_sheet_set_integer (sheet, 4, 2, 7, 0);
  russian = setlocale (LC_ALL, "ru_RU.UTF-8") != NULL;
  g_assert_true (mk_xlsx_render_full (sheet, path, 0, &error));
  if (russian)
    setlocale (LC_ALL, "C.UTF-8");
  g_assert_no_error (error);
  dump = mk_test_report_openpyxl (path);
  mk_test_report_assert_line (dump, "A1\ts\tGeneral\t'Заголовок'");
  mk_test_report_assert_line (dump, "merge\tA1:C1");
  mk_test_report_assert_line (dump, "merge\tA2:A4");
  mk_test_report_assert_line (dump, "A2\ts\tGeneral\t'Год'");
  mk_test_report_assert_line (dump, "B2\ts\tGeneral\t'Доля'");
  mk_test_report_assert_line (dump, "B3\ts\tGeneral\t'Кол-во'");
  mk_test_report_assert_line (dump, "C3\tn\t0.0%\t0.465");
  mk_test_report_assert_line (dump, "C4\tn\t0\t70.25");
  mk_test_report_assert_line (dump, "C5\tn\t0\t7");
  mk_test_report_assert_line (dump, "B5\td\tdd.mm.yyyy\tdatetime.datetime(2023, 9, 1, 0, 0)");
  own = read_own (path);
  assert_own (own, 1, 0, "t|Заголовок*");
  assert_own (own, 2, 0, "t|Год*");
  assert_own (own, 3, 1, "t|Кол-во");
}

static void
test_share_rounding (void)
{
  g_autofree char *text = mk_report_count_share (4, 9);

  g_assert_cmpuint (mk_report_share_permille (11, 43), ==, 256);
  g_assert_cmpuint (mk_report_share_permille (1, 16), ==, 63);   /* 6.25 → 6.3 */
  g_assert_cmpuint (mk_report_share_permille (1, 3), ==, 333);
  g_assert_cmpuint (mk_report_share_permille (2, 3), ==, 667);
  g_assert_cmpuint (mk_report_share_permille (3, 0), ==, 0);
  g_assert_cmpstr (text, ==, "4/44,4%");
  /* No share of nothing: a year with no ШНРО has 0 first-time, not
   * «0/0,0%». */
  g_free (text);
  text = mk_report_count_share (0, 0);
  g_assert_cmpstr (text, ==, "0");
  g_free (text);
  text = mk_report_count_share_partial (2, 0, TRUE);
  g_assert_cmpstr (text, ==, "≥2");
}

static int
run_cli (const char *db,
         const char *arg1,
         const char *arg2,
         const char *arg3,
         char      **out)
{
  const char *argv[] = { g_getenv ("MK_CLI"), "--db", db, "report", arg1, arg2, arg3,
                         "--municipality", "Смоленск", NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                out, NULL, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "demo.db", NULL);
  g_autofree char *bad = mk_test_write_file (f->dir, "bad.db", "not a database", -1);
  g_autofree char *out = NULL, *list = NULL, *path = g_build_filename (f->dir, "c.xlsx", NULL);
  g_autofree char *o = g_strconcat ("-o=", path, NULL);

  g_clear_object (&f->store);  /* the CLI opens the file itself */
  g_assert_cmpint (run_cli (db, "--list", NULL, NULL, &list), ==, 0);
  g_assert_nonnull (strstr (list, "cluster-distribution\tРаспределение по кластерам\n"));
  g_assert_nonnull (strstr (list, "snro-history\t"));
  g_assert_cmpint (run_cli (db, "cluster-lists", "--year=2022/2023", o, &out), ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (db, "no-such", "--year=2022/2023", o, NULL), ==, 2);
  g_assert_cmpint (run_cli (db, "cluster-lists", "--year=abc", o, NULL), ==, 2);
  g_assert_cmpint (run_cli (db, "cluster-lists", "--year=2022/2023", NULL, NULL), ==, 2);
  g_assert_cmpint (run_cli (bad, "cluster-lists", "--year=2022/2023", o, NULL), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/reports/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("distribution", test_distribution);
  ADD ("distribution-sum", test_distribution_sum);
  ADD ("distribution-from", test_distribution_from);
  ADD ("lists", test_lists);
  ADD ("snro-history", test_snro_history);
  ADD ("snro-history-scopes", test_snro_history_scopes);
  ADD ("russian-locale", test_russian_locale);
  ADD ("text-not-formula", test_text_not_formula);
  ADD ("constant-memory", test_constant_memory);
  ADD ("cli", test_cli);
  g_test_add_func ("/reports/share-rounding", test_share_rounding);
  return g_test_run ();
}
