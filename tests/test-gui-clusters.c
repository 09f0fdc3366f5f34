/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-clusters"
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mk-cluster-columns.h"
#include "mk-clusters-page.h"
#include "mk-import.h"
#include "mk-importers.h"
#include "mk-methodology-page.h"
#include "mk-page.h"
#include "mk-store-clusters.h"
#include "mk-test-clusters.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"

/* Display tests of the clusters page and the methodology page; those of
 * the override dialog are in test-gui-overrides.c, the fixture they share
 * in mk-test-clusters.c. They run as test-gui.c does (Xvfb, cairo, memory
 * GSettings), drive the widgets through their actions and test hooks,
 * and check the models and the store, never pixels. */

/* "list", "empty" (nothing matches) or "unclassified". */
static const char *
state (Fixture *f)
{
  return gtk_stack_get_visible_child_name (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_STACK,
                                                              "list_stack"));
}

static const char *
count_text (Fixture *f)
{
  return mk_test_gui_label_text (GTK_WIDGET (f->page), "count_label");
}

static void
search (Fixture    *f,
        const char *text)
{
  mk_test_gui_search (GTK_WIDGET (f->page), "search_entry", text);
}

/* -1 for all clusters, else a final MkCluster (MK_CLUSTER_NONE: no data),
 * in the order of the drop-down: all, the five clusters, no data. */
static void
choose_cluster (Fixture *f,
                int      cluster)
{
  guint position = cluster < 0 ? 0 : cluster == MK_CLUSTER_NONE ? MK_N_CLUSTERS : (guint) cluster;

  gtk_drop_down_set_selected (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN, "cluster_dropdown"),
                              position);
  mk_test_gui_spin ();
}

/* The rows of the panel's history table, its heading aside. */
static guint
n_history_rows (Fixture *f)
{
  GtkGrid *grid = MK_TEST_GUI_CHILD (mk_test_clusters_details (f), GTK_TYPE_GRID, "history_grid");
  guint rows = 0;

  while (gtk_grid_get_child_at (grid, 0, (int) rows + 1) != NULL)
    rows++;
  return rows;
}

/* The school names shown, joined by "|". */
static char *
shown_names (Fixture *f)
{
  GListModel *model = mk_test_clusters_shown (f);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "|" : "",
                              mk_assignment_get_school_name (item));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_classify (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *counts = mk_test_clusters_expected_counts (1, 1, 2, 1, 1);
  g_autofree char *shown_counts = NULL;
  MkAssignment *selected;

  /* The newest year is shown, and it has no clusters yet. */
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, YEAR);
  g_assert_cmpstr (state (f), ==, "unclassified");
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 0);

  mk_test_clusters_classify (f);
  g_assert_cmpstr (state (f), ==, "list");
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 7);
  /* СШ № 7 has no data: its chip follows the five. */
  shown_counts = mk_test_clusters_dup_counts (f);
  g_assert_true (g_str_has_prefix (shown_counts, counts));
  g_assert_nonnull (strstr (count_text (f), "7"));

  selected = mk_test_clusters_select_school (f, "СШ № 1");
  g_assert_cmpint (mk_assignment_get_final (selected), ==, MK_CLUSTER_SNRO);
  g_assert_cmpint (mk_assignment_get_markers_total (selected), ==, 8);
  g_assert_cmpint (mk_assignment_get_isbsh (selected), ==, 805);
  /* The panel explains the assignment and lists the year. */
  g_assert_cmpstr (mk_test_gui_label_text (mk_test_clusters_details (f), "title_label"),
                   ==, "СШ № 1");
  g_assert_cmpstr (mk_test_gui_label_text (mk_test_clusters_details (f), "explanation_label"),
                   ==, mk_assignment_get_explanation (selected));
  g_assert_cmpuint (n_history_rows (f), ==, 1);
  g_assert_cmpint (mk_assignment_get_final (mk_test_clusters_select_school (f, "СШ № 5")),
                   ==, MK_CLUSTER_SFNSU);
  g_assert_cmpint (mk_assignment_get_final (mk_test_clusters_select_school (f, "СШ № 7")),
                   ==, MK_CLUSTER_NONE);
}

static void
test_sort_filter (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *model = mk_test_clusters_shown (f);
  g_autoptr(MkAssignment) first = NULL;
  g_autoptr(MkAssignment) last = NULL;
  g_autofree char *natural = NULL;
  g_autofree char *snro = NULL;

  mk_test_clusters_classify (f);
  mk_test_gui_sort_by (GTK_WIDGET (f->page), "column_view", MK_CLUSTER_COLUMN_MARKERS_TOTAL, GTK_SORT_DESCENDING);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, mk_test_clusters_n_shown (f) - 1);
  g_assert_cmpstr (mk_assignment_get_school_name (first), ==, "СШ № 1");
  /* Unknown totals sort lowest. */
  g_assert_cmpstr (mk_assignment_get_school_name (last), ==, "СШ № 7");

  /* Natural order: № 2 before № 10. */
  mk_test_gui_sort_by (GTK_WIDGET (f->page), "column_view", MK_CLUSTER_COLUMN_SCHOOL, GTK_SORT_ASCENDING);
  natural = shown_names (f);
  g_assert_cmpstr (natural, ==, "Гимназия № 1|ОШ № 3|СШ № 1|СШ № 2|СШ № 5|СШ № 7|СШ № 10");

  choose_cluster (f, MK_CLUSTER_SNRO);
  snro = shown_names (f);
  g_assert_cmpstr (snro, ==, "СШ № 1|СШ № 2");
  g_assert_nonnull (strstr (count_text (f), "2"));
  choose_cluster (f, MK_CLUSTER_NONE);
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 1);
  choose_cluster (f, -1);

  g_assert_true (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), OTHER));
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 1);
  g_assert_true (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), NULL));
  search (f, "гимн");
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 1);
  search (f, "нет такой");
  g_assert_cmpstr (state (f), ==, "empty");
  search (f, "");
  mk_test_clusters_overridden_only (f, TRUE);
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 0);
  mk_test_clusters_overridden_only (f, FALSE);
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 7);
}

static void
test_years (Fixture       *f,
            gconstpointer  data)
{
  mk_test_clusters_classify (f);
  g_assert_true (mk_test_gui_activate (mk_test_gui_child (GTK_WIDGET (f->page), "year_dropdown"),
                                      "year.prev", NULL));
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, YEAR - 1);
  g_assert_cmpstr (state (f), ==, "unclassified");
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 0);
  g_assert_true (mk_test_gui_activate (mk_test_gui_child (GTK_WIDGET (f->page), "year_dropdown"),
                                      "year.next", NULL));
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, YEAR);
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 7);
}

static MkMethodologyPage *
open_methodology (Fixture    *f,
                  GtkWindow **window)
{
  GtkWidget *page = mk_methodology_page_new ();

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 900, 700);
  gtk_window_set_child (*window, page);
  mk_page_set_store (MK_PAGE (page), f->t.store);
  gtk_window_present (*window);
  mk_test_gui_spin ();
  return MK_METHODOLOGY_PAGE (page);
}

static void
test_methodology (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *window = NULL;
  MkMethodologyPage *page;
  AdwMessageDialog *confirm;
  g_autoptr(MkAssignment) before = NULL;
  g_autoptr(MkAssignment) after = NULL;
  g_autoptr(MkAssignment) strong = NULL;
  g_autoptr(MkMethodology) saved = NULL;

  mk_test_clusters_classify (f);
  before = mk_test_clusters_stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_computed (before), ==, MK_CLUSTER_SNRO);
  page = open_methodology (f, &window);
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (page)), ==, YEAR);
  g_assert_cmpint (mk_test_gui_setting (GTK_WIDGET (page), MK_SETTING_SNRO_MIN), ==, 7);

  /* A contradiction shows at the field that made it; saving waits. */
  mk_test_gui_set_setting (GTK_WIDGET (page), MK_SETTING_SRNR_MIN, 7);
  mk_test_gui_set_setting (GTK_WIDGET (page), MK_SETTING_SRNR_MIN, 9);
  g_assert_nonnull (mk_test_gui_setting_error (GTK_WIDGET (page), MK_SETTING_SRNR_MIN));
  gtk_widget_activate_action (GTK_WIDGET (page), "methodology.save", NULL);
  mk_test_gui_spin ();
  g_assert_null ((AdwMessageDialog *) mk_test_gui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  mk_test_gui_set_setting (GTK_WIDGET (page), MK_SETTING_SRNR_MIN, 2);
  g_assert_null (mk_test_gui_setting_error (GTK_WIDGET (page), MK_SETTING_SRNR_MIN));

  /* ШНРО from 8 markers: the ШсРНР band follows, so no contradiction. */
  mk_test_gui_set_setting (GTK_WIDGET (page), MK_SETTING_SNRO_MIN, 8);
  g_assert_cmpint (mk_test_gui_setting (GTK_WIDGET (page), MK_SETTING_SRNR_MAX), ==, 7);
  g_assert_null (mk_test_gui_setting_error (GTK_WIDGET (page), MK_SETTING_SNRO_MIN));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "methodology.save", NULL));
  mk_test_gui_spin ();
  confirm = (AdwMessageDialog *) mk_test_gui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "save");
  mk_test_gui_spin ();

  saved = mk_store_load_methodology (f->t.store, YEAR, NULL);
  g_assert_cmpint (mk_methodology_get (saved, MK_SETTING_SNRO_MIN), ==, 8);
  after = mk_test_clusters_stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_computed (after), ==, MK_CLUSTER_SRNR);
  strong = mk_test_clusters_stored (f, TOWN, "СШ № 1");
  g_assert_cmpint (mk_assignment_get_computed (strong), ==, MK_CLUSTER_SNRO);
  /* The clusters page follows the store. */
  g_assert_cmpint (mk_assignment_get_final (mk_test_clusters_select_school (f, "СШ № 2")),
                   ==, MK_CLUSTER_SRNR);
  gtk_window_destroy (window);
  mk_test_gui_spin ();
}

/* After classification, an import into the window makes the year's
 * clusters stale: the page says so, and its button recalculates them. */
static void
test_stale (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *banner = mk_test_gui_child (GTK_WIDGET (f->page), "stale_banner");
  g_autofree char *path = mk_test_write_file (f->t.dir, "more.csv",
      "municipality;school;year;procedure;participants;low;mark\n"
      TOWN ";СШ № 10;2022;ОГЭ ФИЗ;;;Н\n", -1);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { NULL, FALSE };
  g_autoptr(GError) error = NULL;

  mk_test_clusters_classify (f);
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_true (mk_import (MK_IMPORT_KIND_RESULTS, f->t.store, path, &options, report, &error));
  g_assert_no_error (error);
  mk_test_gui_spin ();
  g_assert_true (gtk_widget_get_visible (banner));
  mk_test_gui_save_screenshot (GTK_WIDGET (f->t.window), "clusters-stale");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.classify", NULL));
  while (mk_test_clusters_busy (f->page))
    mk_test_gui_spin ();
  mk_test_gui_spin ();
  g_assert_false (gtk_widget_get_visible (banner));
}

/* A year without data reads «n/a», not blank or 0, and a sum over it is
 * marked partial; a school without a cluster reads «no data». */
static void
test_unknown_cells (Fixture       *f,
                    gconstpointer  data)
{
  MkAssignment *gym, *none;
  g_autofree char *prev = NULL, *total = NULL, *final = NULL, *none_total = NULL;

  mk_test_clusters_classify (f);
  gym = mk_test_clusters_select_school (f, "Гимназия № 1");
  prev = mk_cluster_column_dup_text (gym, MK_CLUSTER_COLUMN_MARKERS_PREV);
  total = mk_cluster_column_dup_text (gym, MK_CLUSTER_COLUMN_MARKERS_TOTAL);
  g_assert_cmpstr (prev, ==, "n/a");
  g_assert_cmpstr (total, ==, "≥0");
  none = mk_test_clusters_select_school (f, "СШ № 7");
  final = mk_cluster_column_dup_text (none, MK_CLUSTER_COLUMN_FINAL);
  none_total = mk_cluster_column_dup_text (none, MK_CLUSTER_COLUMN_MARKERS_TOTAL);
  g_assert_cmpstr (final, ==, "no data");
  g_assert_cmpstr (none_total, ==, "n/a");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  MK_TEST_PAGE_ADD ("/gui/clusters/classify", NULL, test_classify);
  MK_TEST_PAGE_ADD ("/gui/clusters/sort-filter", NULL, test_sort_filter);
  MK_TEST_PAGE_ADD ("/gui/clusters/unknown-cells", NULL, test_unknown_cells);
  MK_TEST_PAGE_ADD ("/gui/clusters/years", NULL, test_years);
  MK_TEST_PAGE_ADD ("/gui/clusters/stale", NULL, test_stale);
  MK_TEST_PAGE_ADD ("/gui/methodology/save-reclassify", NULL, test_methodology);

  return g_test_run ();
}
