/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-reports"
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mk-demo.h"
#include "mk-page.h"
#include "mk-pdf-render.h"
#include "mk-report.h"
#include "mk-reports-page.h"
#include "mk-school-year.h"
#include "mk-table-reader.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"

/* The «Отчёты» page on the demo: the preview of a report and its export
 * through the page (in a thread, on a second connection). */

typedef struct
{
  MkTestPage          t;
  MkReportsPage *page;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mk_test_page_open_store (&f->t, "demo.db", TRUE);
  f->page = MK_REPORTS_PAGE (mk_reports_page_new ());
  mk_test_page_show (&f->t, GTK_WIDGET (f->page), 1300, 800);
}

MK_TEST_PAGE_TEARDOWN (Fixture)

static gboolean
building (Fixture *f)
{
  return g_strcmp0 (mk_test_gui_label_text (GTK_WIDGET (f->page), "preview_status"),
                    "Building the preview…") == 0;
}

/* Spins until the preview, built off the main thread, is shown. */
static void
settle (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  mk_test_gui_spin ();
  while (building (f) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (building (f));
  mk_test_gui_spin ();
}

/* What the preview shows at ROW, COL of the sheet; NULL where no cell
 * starts (inside a merged one, or past the rows shown). */
static const char *
preview_text (Fixture *f,
              guint    row,
              guint    col)
{
  GtkGrid *grid = MK_TEST_GUI_CHILD (f->page, GTK_TYPE_GRID, "preview_grid");
  GtkWidget *cell = gtk_grid_get_child_at (grid, (int) col, (int) row);
  int at_col = -1, at_row = -1;

  if (cell == NULL)
    return NULL;
  gtk_grid_query_child (grid, cell, &at_col, &at_row, NULL, NULL);
  if (at_col != (int) col || at_row != (int) row)
    return NULL;
  return gtk_label_get_text (GTK_LABEL (cell));
}

/* Clicks the report ID in the catalog; FALSE when it has none. */
static gboolean
choose_report (Fixture    *f,
               const char *id)
{
  GtkListBox *catalog = MK_TEST_GUI_CHILD (f->page, GTK_TYPE_LIST_BOX, "catalog_list");
  guint n;
  const MkReportInfo *reports = mk_report_catalog (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (reports[i].id, id) == 0)
      {
        gtk_list_box_select_row (catalog, gtk_list_box_get_row_at_index (catalog, (int) i));
        mk_test_gui_spin ();
        return TRUE;
      }
  return FALSE;
}

static gboolean
choose_year (Fixture *f,
             int      year)
{
  return mk_test_gui_choose_year (GTK_WIDGET (f->page), year);
}

/* The first school year of a multi-year table; 0 for «By default». */
static gboolean
choose_first_year (Fixture *f,
                   int      year)
{
  GtkDropDown *drop_down = MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN, "first_year_dropdown");
  g_autofree char *name = year != 0 ? mk_school_year_format (year) : g_strdup ("By default");

  return mk_test_gui_select_text (drop_down, name);
}

static void
choose_cluster (Fixture   *f,
                MkCluster  cluster)
{
  g_assert_true (mk_test_gui_select_text (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN,
                                                             "cluster_dropdown"),
                                          mk_cluster_abbreviation (cluster)));
}

/* The sheet the preview shows, built as the page builds it. */
static MkSheet *
build_sheet (Fixture    *f,
             const char *id,
             int         year,
             const char *municipality)
{
  const MkReportInfo *report = mk_report_find (id);
  MkReportParams params = { .school_year = year, .municipality = municipality };
  g_autoptr(GError) error = NULL;
  MkSheet *sheet = mk_report_build (report, f->t.store, &params, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  if (!mk_reports_page_export_finish (MK_REPORTS_PAGE (source), result, error) && *error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "export failed");
  *(gboolean *) g_object_get_data (source, "test-done") = TRUE;
}

/* Exports through the page (to XLSX, or to PDF as «Export to PDF…» does)
 * and waits for the thread. */
static void
export_and_wait_as (Fixture    *f,
                    const char *path,
                    gboolean    pdf)
{
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  g_object_set_data (G_OBJECT (f->page), "test-done", &done);
  if (pdf)
    mk_reports_page_export_pdf_async (f->page, path, NULL, on_exported, &error);
  else
    mk_reports_page_export_async (f->page, path, NULL, on_exported, &error);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (error);
}

static void
export_and_wait (Fixture    *f,
                 const char *path)
{
  export_and_wait_as (f, path, FALSE);
}

/* Adds N schools without data to MUNICIPALITY: shares of a larger
 * denominator. */
static void
add_schools (Fixture    *f,
             const char *municipality,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MkSchool) school = mk_school_new ();
      g_autofree char *name = g_strdup_printf ("СШ № %u", 900 + i);
      g_autoptr(GError) error = NULL;

      mk_school_set_municipality (school, municipality);
      mk_school_set_name (school, name);
      g_assert_true (mk_store_add_school (f->t.store, school, &error));
      g_assert_no_error (error);
    }
}

/* Chooses NAME in the page's municipality dropdown, as a user does. */
static void
select_municipality (Fixture    *f,
                     const char *name)
{
  settle (f);
  if (!mk_test_gui_choose_municipality (GTK_WIDGET (f->page), name))
    g_error ("no municipality «%s» in the dropdown", name);
}

/* The preview writes every cell as the PDF and the XLSX do, with the one
 * formatting of the report engine: 3 of 48 schools is 6,25 %, shown
 * «6,3%» (half up), not «6,2 %» (printf's rounding to even). */
static void
test_preview_rounding (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(MkSheet) sheet = NULL;
  guint n_cells;
  const MkSheetCell *cells;

  add_schools (f, "Смоленск", 5);
  g_assert_true (choose_report (f, "cluster-distribution"));
  g_assert_true (choose_year (f, 2022));
  select_municipality (f, "Смоленск");
  settle (f);
  /* Row 7: Кластер 4. ШФНСУ, 3 of the 48 schools in 2021/2022. */
  g_assert_cmpstr (preview_text (f, 7, 1), ==, "3");
  g_assert_cmpstr (preview_text (f, 7, 2), ==, "6,3%");
  sheet = build_sheet (f, "cluster-distribution", 2022, "Смоленск");
  cells = mk_sheet_get_cells (sheet, &n_cells);
  for (guint i = 0; i < n_cells; i++)
    {
      const char *shown = preview_text (f, cells[i].row, cells[i].col);
      g_autofree char *printed = mk_pdf_format_cell (&cells[i],
                                                     mk_sheet_get_style (sheet, cells[i].style));

      if (shown != NULL)
        g_assert_cmpstr (shown, ==, printed);
    }
}

static void
test_preview_and_export (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->t.dir, "distribution.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkTableReader) reader = NULL;
  gboolean found = FALSE;

  g_assert_true (choose_report (f, "cluster-distribution"));
  g_assert_true (choose_year (f, 2022));
  /* The shares of Таблица 1 are of Смоленск's 43 schools. */
  select_municipality (f, "Смоленск");
  settle (f);
  /* Row 4 (0-based): Кластер 1. ШПУ with 6 in 2021/2022 and 4 in 2022/2023. */
  g_assert_cmpstr (preview_text (f, 4, 0), ==, "Кластер 1. ШПУ");
  g_assert_cmpstr (preview_text (f, 4, 1), ==, "6");
  g_assert_cmpstr (preview_text (f, 4, 3), ==, "4");
  g_assert_cmpstr (preview_text (f, 8, 4), ==, "46,5%");
  g_assert_cmpstr (preview_text (f, 2, 1), ==, "2021-2022");
  /* Inside the merged «2021-2022»: not shown on its own. */
  g_assert_null (preview_text (f, 2, 2));
  mk_test_gui_save_screenshot (GTK_WIDGET (f->page), "reports-distribution");

  export_and_wait (f, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  reader = mk_table_reader_open (path, NULL, NULL, &error);
  g_assert_no_error (error);
  while (mk_table_reader_next_row (reader, &error))
    if (mk_table_reader_get_line (reader) == 5 && mk_table_reader_get_n_cells (reader) > 3)
      {
        g_assert_cmpstr (mk_table_reader_get_cell (reader, 0)->text, ==, "Кластер 1. ШПУ");
        g_assert_cmpstr (mk_table_reader_get_cell (reader, 3)->text, ==, "4");
        found = TRUE;
      }
  g_assert_no_error (error);
  g_assert_true (found);
}

/* «Export to PDF…» writes the selected report as a PDF whose text holds
 * the rows; «Print…» lays the same sheet out on A4 (not printed here:
 * there is no printer under Xvfb). */
static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->t.dir, "distribution.pdf", NULL);
  g_autofree char *contents = NULL, *out = NULL, *quoted = NULL, *cmd = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  int status = 0;

  g_assert_true (choose_report (f, "cluster-distribution"));
  g_assert_true (choose_year (f, 2022));
  /* The shares of Таблица 1 are of Смоленск's 43 schools. */
  select_municipality (f, "Смоленск");
  settle (f);
  g_assert_nonnull (preview_text (f, 4, 0));
  {
    g_autoptr(MkSheet) sheet = build_sheet (f, "cluster-distribution", 2022, "Смоленск");
    g_autoptr(MkPdfLayout) layout = mk_pdf_layout_new (sheet, 595, 842, NULL);

    g_assert_cmpuint (mk_pdf_layout_get_n_pages (layout), >=, 1);
  }

  export_and_wait_as (f, path, TRUE);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  quoted = g_shell_quote (path);
  cmd = g_strdup_printf ("pdftotext -enc UTF-8 %s -", quoted);
  if (!g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL))
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "Кластер 1. ШПУ"));
}

static void
on_exported_all (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GError **error = user_data;
  guint *n_written = g_object_get_data (source, "test-n-written");

  mk_reports_page_export_all_finish (MK_REPORTS_PAGE (source), result, n_written, error);
  *(gboolean *) g_object_get_data (source, "test-done") = TRUE;
}

/* Runs «Export All…» (to PDF when PDF) into a new FOLDER under the test's
 * and waits for it; every report of the catalog is written. */
static char *
export_all (Fixture    *f,
            const char *folder,
            gboolean    pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->t.dir, folder, NULL);
  gboolean done = FALSE;
  guint n_written = 0, n_reports;

  mk_report_catalog (&n_reports);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (choose_year (f, 2022));
  g_object_set_data (G_OBJECT (f->page), "test-done", &done);
  g_object_set_data (G_OBJECT (f->page), "test-n-written", &n_written);
  if (pdf)
    mk_reports_page_export_all_pdf_async (f->page, path, NULL, on_exported_all, &error);
  else
    mk_reports_page_export_all_async (f->page, path, NULL, on_exported_all, &error);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, ==, n_reports);
  return g_steal_pointer (&path);
}

/* «Export All…» writes one file per report of the catalog, each readable. */
static void
test_export_all (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = export_all (f, "all", FALSE);
  guint n_reports;
  const MkReportInfo *catalog = mk_report_catalog (&n_reports);

  for (guint i = 0; i < n_reports; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-2022-2023.xlsx", catalog[i].id);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(MkTableReader) reader = mk_table_reader_open (path, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_true (mk_table_reader_next_row (reader, &error));
    }
}

/* The first year and the cluster are offered only to the reports that
 * take them, and the preview follows them. */
static void
test_scope_params (Fixture       *f,
                   gconstpointer  data)
{
  guint n_numbered = 0;

  g_assert_true (choose_year (f, 2022));
  g_assert_true (choose_report (f, "cluster-lists"));
  g_assert_true (gtk_widget_get_visible (mk_test_gui_child (GTK_WIDGET (f->page), "cluster_dropdown")));
  g_assert_false (gtk_widget_get_visible (mk_test_gui_child (GTK_WIDGET (f->page), "first_year_dropdown")));
  choose_cluster (f, MK_CLUSTER_SNRO);
  settle (f);
  /* Only the ШНРО section, with its six schools of 2022/2023. */
  g_assert_cmpstr (preview_text (f, 3, 0), ==,
                   "Кластер «Школы с низкими результатами обучения»*");
  for (guint row = 0; row < 60; row++)
    {
      const char *number = preview_text (f, row, 0);
      n_numbered += number != NULL && g_ascii_isdigit (*number) && strchr (number, '.') == NULL;
    }
  g_assert_cmpuint (n_numbered, ==, 6);
  g_assert_cmpstr (preview_text (f, 5, 2), ==, "МБОУ «СШ № 9»");

  /* Table 4 from 2020/2021: three school years, the first 2020-2021. */
  g_assert_true (choose_report (f, "snro-history"));
  g_assert_false (gtk_widget_get_visible (mk_test_gui_child (GTK_WIDGET (f->page), "cluster_dropdown")));
  g_assert_true (gtk_widget_get_visible (mk_test_gui_child (GTK_WIDGET (f->page), "first_year_dropdown")));
  g_assert_true (choose_first_year (f, 2020));
  settle (f);
  g_assert_cmpstr (preview_text (f, 4, 0), ==, "2020-2021");
  g_assert_cmpstr (preview_text (f, 6, 0), ==, "2022-2023");
  /* No fourth year: the note under the table follows. */
  g_assert_true (g_str_has_prefix (preview_text (f, 7, 0),
                                   "ШНРО от общего количества школ"));
  mk_test_gui_save_screenshot (GTK_WIDGET (f->page), "reports-snro-history-from");
  g_assert_true (choose_first_year (f, 0));
  settle (f);
  g_assert_cmpstr (preview_text (f, 4, 0), ==, "2018-2019");
}

/* «Export All to PDF…» writes one PDF per report, named as the XLSX. */
static void
test_export_all_pdf (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = export_all (f, "pdf", TRUE);
  guint n_reports;
  const MkReportInfo *catalog = mk_report_catalog (&n_reports);

  for (guint i = 0; i < n_reports; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-2022-2023.pdf", catalog[i].id);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (contents, "%PDF"));
    }
}

/* Every report of the catalog builds on the demo and shows a preview. */
static void
test_every_report (Fixture       *f,
                   gconstpointer  data)
{
  static const char *ids[] = { "cluster-distribution", "cluster-lists", "snro-history",
                               "levels", "individual-programs", "staff" };

  g_assert_true (choose_year (f, 2022));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_true (choose_report (f, ids[i]));
      settle (f);
      g_assert_nonnull (preview_text (f, 0, 0));
    }
  g_assert_cmpstr (preview_text (f, 6, 2), ==, "2 (РК)");
  mk_test_gui_save_screenshot (GTK_WIDGET (f->page), "reports-staff");
  g_assert_false (choose_report (f, "no-such-report"));
}

/* The cards of the Smolensk monitoring report in the preview: the first
 * cluster with markers (ШБУ, one marker each), then ШНРО, whose СШ № 9 has
 * 2021 only as a count («5Н») and «2/7». */
static void
test_marker_cards_preview (Fixture       *f,
                           gconstpointer  data)
{
  g_assert_true (choose_year (f, 2022));
  g_assert_true (choose_report (f, "marker-cards"));
  settle (f);
  g_assert_cmpstr (preview_text (f, 3, 0), ==, "Кластер 2. ШБУ");
  g_assert_cmpstr (preview_text (f, 5, 0), ==, "НИЗКИЕ И НЕОБЪЕКТИВНЫЕ");
  g_assert_cmpstr (preview_text (f, 28, 0), ==, "Кластер 3. ШНРО");
  g_assert_cmpstr (preview_text (f, 33, 0), ==, "МБОУ «СШ № 9» (Смоленск)");
  g_assert_cmpstr (preview_text (f, 33, 1), ==, "5Н");
  g_assert_cmpstr (preview_text (f, 33, 4), ==, "2/7");
  mk_test_gui_save_screenshot (GTK_WIDGET (f->page), "reports-marker-cards");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  MK_TEST_PAGE_ADD ("/gui/reports/preview-export", NULL, test_preview_and_export);
  MK_TEST_PAGE_ADD ("/gui/reports/preview-rounding", NULL, test_preview_rounding);
  MK_TEST_PAGE_ADD ("/gui/reports/export-pdf", NULL, test_export_pdf);
  MK_TEST_PAGE_ADD ("/gui/reports/every-report", NULL, test_every_report);
  MK_TEST_PAGE_ADD ("/gui/reports/export-all", NULL, test_export_all);
  MK_TEST_PAGE_ADD ("/gui/reports/scope-params", NULL, test_scope_params);
  MK_TEST_PAGE_ADD ("/gui/reports/export-all-pdf", NULL, test_export_all_pdf);
  MK_TEST_PAGE_ADD ("/gui/reports/marker-cards", NULL, test_marker_cards_preview);
  return g_test_run ();
}
