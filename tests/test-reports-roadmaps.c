/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-reports-roadmaps"
#include "config.h"

#include <string.h>

#include "mk-test-report.h"
#include "mk-test-util.h"

/* The two roadmap reports, written by mayak-cli from the demo as a user
 * writes them and read back with openpyxl, and the import of statuses
 * seen through them. */

typedef MkTestDemoDb Demo;

/* Writes report ID of YEAR (ROADMAP: an id, or NULL) to DIR/NAME. */
static char *
write_report (Demo       *d,
              const char *id,
              const char *year,
              const char *roadmap,
              const char *name)
{
  g_auto(MkTestRun) run = { 0 };
  char *path = g_build_filename (d->dir, name, NULL);

  if (roadmap != NULL)
    mk_test_cli (&run, "--db", d->db, "report", id, "--year", year, "--roadmap", roadmap,
                 "-o", path, NULL);
  else
    mk_test_cli (&run, "--db", d->db, "report", id, "--year", year, "-o", path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  return path;
}

/* Rows from the first item on: "code|B or -|cell|cell…" (B: bold title). */
static char **
matrix_rows (const char *path)
{
  g_autofree char *dump = mk_test_report_python (path,
      "for r in ws.iter_rows(min_row=5):\n"
      "    v = [c.value or '' for c in r]\n"
      "    print('|'.join([v[0], 'B' if r[1].font.b else '-'] + v[2:]))\n");

  return g_strsplit (dump, "\n", -1);
}

/* The cells Таблица 2.2 prints for CODE, for СШ 9, 11, 14, 19, 36, 39. */
static const char *
table_2_2_cells (const char *code)
{
  static const char *const exceptions[][2] = {
    { "1.5.2.", "нет|нет|нет|нет|нет|нет" }, { "1.5.3.", "да|нет|нет|нет|нет|нет" },
    { "3.1.7.", "нет|да|да|да|да|да" },      { "3.1.8.", "нет|да|да|да|да|да" },
    { "3.2.4.", "да|да|да|да|да|нет" },      { "3.6.3.", "да|нет|да|да|да|да" },
  };
  static const char *const without_status[] = { "1.", "2.", "3.", "1.5.", "3.1.", "3.2.",
                                                "3.6." };

  for (guint i = 0; i < G_N_ELEMENTS (exceptions); i++)
    if (g_str_equal (code, exceptions[i][0]))
      return exceptions[i][1];
  for (guint i = 0; i < G_N_ELEMENTS (without_status); i++)
    if (g_str_equal (code, without_status[i]))
      return "|||||";
  return "да|да|да|да|да|да";
}

/* Done when: Таблица 2.2 of the Smolensk annual report, cell by cell. */
static void
test_matrix_reproduces_table_2_2 (Demo          *d,
                                  gconstpointer  data)
{
  g_autofree char *path = write_report (d, "roadmap-matrix", "2022/2023", NULL, "matrix.xlsx");
  g_autofree char *schools = mk_test_report_python (path,
      "print('|'.join(c.value or '' for c in ws[3]))\nprint(ws['A4'].value, ws['C4'].value)");
  g_auto(GStrv) rows = matrix_rows (path);

  g_assert_cmpstr (schools, ==, "||СШ № 9|СШ № 11|СШ № 14|СШ № 19|СШ № 36|СШ № 39\n"
                                "№ п/п Наличие (да/нет)");
  g_assert_cmpuint (g_strv_length (rows), ==, 35);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (rows[i], "|", 3);
      gboolean section = strchr (cells[0], '.') == cells[0] + strlen (cells[0]) - 1 &&
                         strchr (cells[0], '.') == strrchr (cells[0], '.');

      g_assert_cmpstr (cells[2], ==, table_2_2_cells (cells[0]));
      g_assert_cmpstr (cells[1], ==, section ? "B" : "-");
    }
}

/* Done when: the Elnya report on its 2020/2021 plan, its 19 measures under
 * four sections, with their deadlines and «Информация». */
static void
test_report_reproduces_municipal_plan (Demo          *d,
                                       gconstpointer  data)
{
  g_autofree char *path = write_report (d, "roadmap-report", "2020/2021", NULL, "plan.xlsx");
  g_autofree char *sections = mk_test_report_python (path,
      "rows = list(ws.iter_rows(min_row=4, values_only=True))\n"
      "print(sum(1 for r in rows if r[0] and r[0][:-1].isdigit()))\n"
      "for r in rows:\n"
      "    if r[0] and not r[0][:-1].isdigit() and r[1] is None: print(r[0])\n");
  g_autofree char *cells = mk_test_report_python (path,
      "print(ws['A3'].value, '|', ws['B3'].value, '|', ws['C3'].value, '|', ws['D3'].value)\n"
      "for r in ws.iter_rows(min_row=4, values_only=True):\n"
      "    if r[0] in ('1.', '9.', '19.'): print(r[0], r[2], '|', r[3][:30])\n");

  g_assert_cmpstr (sections, ==, "19\n"
                                 "Организационно-управленческие меры\n"
                                 "Повышение уровня кадрового потенциала\n"
                                 "Оказание методической помощи\n"
                                 "Оказание финансовой помощи");
  g_assert_cmpstr (cells, ==,
                   "№ | Наименование мероприятия | Сроки исполнения | Информация\n"
                   "1. Октябрь 2020 | По приказу Департамента от 06.\n"
                   "9. По спец. графику | Количество участников от ШНРО \n"
                   "19. Октябрь 2020 | Ежегодно составляется муниципа");
}

/* The id mayak-cli roadmaps gives the roadmap NUMBER of 2022/2023. */
static char *
roadmap_id (Demo *d,
            int   number)
{
  g_auto(MkTestRun) run = { 0 };
  g_autofree char *needle = g_strdup_printf ("\t%d\t2022/2023\tСмоленск\t", number);
  const char *line;

  mk_test_cli (&run, "--db", d->db, "roadmaps", "--year", "2022/2023", NULL);
  g_assert_cmpint (run.status, ==, 0);
  line = strstr (run.out, needle);
  g_assert_nonnull (line);
  while (line > run.out && line[-1] != '\n')
    line--;
  return g_strndup (line, strcspn (line, "\t"));
}

static void
import_statuses (Demo       *d,
                 MkTestRun  *run,
                 const char *contents,
                 const char *roadmap)
{
  g_autofree char *path = mk_test_write_file (d->dir, "sent.csv", contents, -1);

  mk_test_cli (run, "--db", d->db, "import", "roadmap-statuses", path, "--roadmap", roadmap,
               NULL);
}

/* Done when: a malformed sheet changes nothing, down to the byte of the
 * report; a filled-in one changes only the cells it holds and counts them. */
static void
test_import_changes_only_its_cells (Demo          *d,
                                    gconstpointer  data)
{
  g_autofree char *one = roadmap_id (d, 1), *two = roadmap_id (d, 2);
  g_autofree char *before = write_report (d, "roadmap-matrix", "2022/2023", one, "before.xlsx");
  g_autofree char *refused = NULL, *after = NULL;
  g_autofree char *before_bytes = NULL, *refused_bytes = NULL;
  g_auto(MkTestRun) bad = { 0 }, good = { 0 }, added = { 0 };
  g_auto(GStrv) rows_before = matrix_rows (before), rows_after = NULL;
  gsize before_len, refused_len;

  import_statuses (d, &bad, "№ п/п;Мероприятия плана;СШ 9;СШ 11\n"
                            "1.5.2.;;да;нет\n"
                            "1.1.;;да;может быть\n", one);
  g_assert_cmpint (bad.status, !=, 0);
  mk_test_assert_has (bad.err, "sent.csv:3: «может быть» in column D is no status");
  refused = write_report (d, "roadmap-matrix", "2022/2023", one, "refused.xlsx");
  before_bytes = mk_test_read_file (before, &before_len);
  refused_bytes = mk_test_read_file (refused, &refused_len);
  g_assert_cmpmem (before_bytes, before_len, refused_bytes, refused_len);

  import_statuses (d, &good, "№ п/п;Мероприятия плана;СШ 9;СШ 11\n"
                             "1.5.2.;по использованию оборудования;да;нет\n"
                             ";Разработка программы повышения качества обучения;да;\n", one);
  g_assert_cmpstr (good.err, ==, "");
  mk_test_assert_has (good.out, "added 0, replaced 1, unchanged 2");
  after = write_report (d, "roadmap-matrix", "2022/2023", one, "after.xlsx");
  rows_after = matrix_rows (after);
  g_assert_cmpuint (g_strv_length (rows_after), ==, g_strv_length (rows_before));
  for (guint i = 0; rows_before[i] != NULL; i++)
    if (g_str_has_prefix (rows_before[i], "1.5.2.|"))
      g_assert_cmpstr (rows_after[i], ==, "1.5.2.|-|да|нет|нет|нет|нет|нет");
    else
      g_assert_cmpstr (rows_after[i], ==, rows_before[i]);

  /* Roadmap No 2 has cells no school reported: one given is added. */
  import_statuses (d, &added, "№ п/п;Мероприятия плана;СШ № 10\n5.3.;;частично\n", two);
  g_assert_cmpstr (added.err, ==, "");
  mk_test_assert_has (added.out, "added 1, replaced 0, unchanged 0");
}

/* The items of roadmap № 1 as the demo file gives them, without codes,
 * with a new item first under the first section. */
static char *
items_with_new_first (void)
{
  g_autofree char *source = mk_test_source_path ("data/demo/roadmap-items.csv");
  g_autofree char *text = mk_test_read_file (source, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n", lines[0]);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], ";", -1);

      if (g_strv_length (cells) < 7 || !g_str_equal (cells[0], "2022/2023") ||
          !g_str_equal (cells[1], "1"))
        continue;
      g_free (cells[3]);
      cells[3] = g_strdup ("");  /* the codes follow from the order */
      g_autofree char *line = g_strjoinv (";", cells);
      g_string_append_printf (out, "%s\n", line);
      if (g_str_equal (cells[6], "Организационно-управленческое направление"))
        g_string_append (out, "2022/2023;1;Смоленск;;1;;Новый пункт;;;\n");
    }
  return g_string_free (out, FALSE);
}

/* An item inserted above others takes no one's statuses: every item
 * keeps its own, under its new code. */
static void
test_items_reimport_keeps_statuses (Demo          *d,
                                    gconstpointer  data)
{
  g_autofree char *contents = items_with_new_first ();
  g_autofree char *items = mk_test_write_file (d->dir, "items.csv", contents, -1);
  g_autofree char *after = NULL;
  g_auto(MkTestRun) run = { 0 };
  g_auto(GStrv) rows = NULL;

  mk_test_cli (&run, "--db", d->db, "import", "roadmap-items", items, NULL);
  g_assert_cmpstr (run.err, ==, "");
  mk_test_assert_has (run.out, "added 1, replaced 0, unchanged 35");
  after = write_report (d, "roadmap-matrix", "2022/2023", NULL, "after.xlsx");
  rows = matrix_rows (after);
  g_assert_cmpuint (g_strv_length (rows), ==, 37);  /* 36 items and the legend of «н/д» */
  g_assert_cmpstr (rows[1], ==, "1.1.|-|н/д|н/д|н/д|н/д|н/д|н/д");
  g_assert_cmpstr (rows[2], ==, "1.2.|-|да|да|да|да|да|да");
  g_assert_cmpstr (rows[5], ==, "1.5.|-|да|да|да|да|да|да");   /* the instructive meetings */
  g_assert_cmpstr (rows[8], ==, "1.6.2.|-|нет|нет|нет|нет|нет|нет");
  g_assert_cmpstr (rows[9], ==, "1.6.3.|-|да|нет|нет|нет|нет|нет");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/reports/roadmaps/matrix-table-2-2", Demo, NULL, mk_test_demo_db_set_up,
              test_matrix_reproduces_table_2_2, mk_test_demo_db_tear_down);
  g_test_add ("/reports/roadmaps/report-municipal-plan", Demo, NULL, mk_test_demo_db_set_up,
              test_report_reproduces_municipal_plan, mk_test_demo_db_tear_down);
  g_test_add ("/reports/roadmaps/import-changes-only-its-cells", Demo, NULL, mk_test_demo_db_set_up,
              test_import_changes_only_its_cells, mk_test_demo_db_tear_down);
  g_test_add ("/reports/roadmaps/items-reimport-keeps-statuses", Demo, NULL, mk_test_demo_db_set_up,
              test_items_reimport_keeps_statuses, mk_test_demo_db_tear_down);
  return g_test_run ();
}
