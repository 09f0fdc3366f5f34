/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test"
#include "config.h"

#include <string.h>

#include "mk-demo.h"
#include "mk-report.h"
#include "mk-table-reader.h"
#include "mk-test-report.h"
#include "mk-test-util.h"
#include "mk-xlsx-render.h"

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = mk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "demo.db", NULL);
  f->store = mk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mk_demo_load (f->store, &error));
  g_assert_no_error (error);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

char *
mk_test_report_export (Fixture    *f,
                       const char *id,
                       const char *municipality)
{
  MkReportParams params = { .school_year = 2022, .municipality = municipality };
  const MkReportInfo *info = mk_report_find (id);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSheet) sheet = NULL;
  char *path = g_strdup_printf ("%s/%s.xlsx", f->dir, id);

  g_assert_nonnull (info);
  sheet = mk_report_build (info, f->store, &params, &error);
  g_assert_no_error (error);
  g_assert_true (mk_xlsx_render (sheet, path, &error));
  g_assert_no_error (error);
  return path;
}

char *
mk_test_report_own_cell (const char *path,
                         guint       row,
                         guint       col)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) reader = mk_table_reader_open (path, NULL, NULL, &error);

  g_assert_no_error (error);
  while (mk_table_reader_next_row (reader, &error))
    if (mk_table_reader_get_line (reader) == row && col < mk_table_reader_get_n_cells (reader))
      return g_strdup (mk_table_reader_get_cell (reader, col)->text);
  g_assert_no_error (error);
  return NULL;
}

void
mk_test_report_assert_own (const char *path,
                           guint       row,
                           guint       col,
                           const char *expected)
{
  g_autofree char *text = mk_test_report_own_cell (path, row, col);

  g_assert_cmpstr (text, ==, expected);
}

static const char openpyxl_dump[] =
  "import sys, openpyxl\n"
  "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
  "for row in ws.iter_rows():\n"
  "    for c in row:\n"
  "        if c.value is not None:\n"
  "            print('%s\\t%s\\t%s\\t%r' % (c.coordinate, c.data_type, c.number_format, c.value))\n"
  "for r in sorted(str(r) for r in ws.merged_cells.ranges):\n"
  "    print('merge\\t' + r)\n"
  "print('titles\\t%s' % ws.print_title_rows)\n"
  "print('paper\\t%s\\t%s' % (ws.page_setup.paperSize, ws.page_setup.orientation))\n"
  "print('page\\t%s' % ws.page_setup.orientation)\n";

/* Debian's python3 has openpyxl; another python3 first in PATH may not. */
char *
mk_test_report_run_python (const char *script,
                           const char *path)
{
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    argv[0] = "python3";
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python could not read %s: %s", path, err);
  return out;
}

char *
mk_test_report_openpyxl (const char *path)
{
  return mk_test_report_run_python (openpyxl_dump, path);
}

char *
mk_test_report_python (const char *path,
                       const char *code)
{
  g_autofree char *script = g_strconcat ("import sys, openpyxl\n"
                                         "ws = openpyxl.load_workbook(sys.argv[1]).active\n",
                                         code, NULL);

  return g_strstrip (mk_test_report_run_python (script, path));
}

void
mk_test_report_assert_line (const char *dump,
                            const char *line)
{
  g_autofree char *needle = g_strconcat ("\n", line, "\n", NULL);
  g_autofree char *haystack = g_strconcat ("\n", dump, NULL);

  if (strstr (haystack, needle) == NULL)
    g_error ("openpyxl: no line «%s» in\n%s", line, dump);
}

void
mk_test_demo_db_set_up (MkTestDemoDb  *d,
                        gconstpointer  data)
{
  g_auto(MkTestRun) run = { 0 };

  d->dir = mk_test_tmpdir_new ();
  d->db = g_build_filename (d->dir, "demo.db", NULL);
  mk_test_cli (&run, "--db", d->db, "demo", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

void
mk_test_demo_db_tear_down (MkTestDemoDb  *d,
                           gconstpointer  data)
{
  g_free (d->db);
  mk_test_tmpdir_free (d->dir);
}
