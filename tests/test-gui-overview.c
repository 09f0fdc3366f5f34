/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-overview"
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "mk-chart-view.h"
#include "mk-clusters-page.h"
#include "mk-demo.h"
#include "mk-natural.h"
#include "mk-overview-page-private.h"
#include "mk-page.h"
#include "mk-result-matrix-view.h"
#include "mk-results-page.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"
#include "mk-window-private.h"

/* Display tests of the Overview page on the demo: the numbers in the
 * models behind the cards and the charts (never pixels), the chart
 * view's hit-test and the way a card opens the Clusters page. */

#define YEAR 2022
#define TOWN "Смоленск"

typedef struct
{
  MkTestPage          t;
  MkOverviewPage *page;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mk_test_page_open_store (&f->t, "overview.db", TRUE);
  f->page = MK_OVERVIEW_PAGE (mk_overview_page_new ());
  mk_test_page_show (&f->t, GTK_WIDGET (f->page), 1300, 900);
  g_assert_true (mk_overview_page_set_year (f->page, YEAR));
  g_assert_true (mk_overview_page_set_municipality (f->page, TOWN));
  mk_test_gui_spin ();
}

MK_TEST_PAGE_TEARDOWN (Fixture)

/* Card I of the page (0 … 4: ШПУ … ШсРНР), the button a person clicks. */
static GtkWidget *
card (MkOverviewPage *page,
      guint           i)
{
  GtkWidget *card = gtk_widget_get_first_child (mk_test_gui_child (GTK_WIDGET (page),
                                                                   "cards_box"));

  for (guint k = 0; k < i && card != NULL; k++)
    card = gtk_widget_get_next_sibling (card);
  g_assert_nonnull (card);
  return card;
}

/* Line K of card I as it reads: 0 the cluster, 1 the count, 2 the share,
 * 3 the change. */
static const char *
card_line (MkOverviewPage *page,
           guint           i,
           guint           k)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (card (page, i))));

  for (guint n = 0; n < k && label != NULL; n++)
    label = gtk_widget_get_next_sibling (label);
  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

/* The first point of VIEW, from the top left as a pointer moves, whose
 * hover text holds TEXT. */
static void
find_point (MkChartView *view,
            const char  *text,
            double      *x,
            double      *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));

  for (*y = 0; *y < height; *y += 2)
    for (*x = 0; *x < width; *x += 2)
      {
        g_autofree char *tooltip = mk_chart_view_dup_tooltip (view, *x, *y);
        if (tooltip != NULL && strstr (tooltip, text) != NULL)
          return;
      }
  g_error ("no point of the chart says «%s»", text);
}

static const MkChartData *
chart (Fixture    *f,
       const char *id)
{
  const MkChartData *data = mk_chart_view_get_data (mk_overview_page_get_chart (f->page, id));

  g_assert_nonnull (data);
  return data;
}

static void
test_cards (Fixture       *f,
            gconstpointer  data)
{
  static const guint counts[] = { 4, 11, 6, 2, 20 };
  /* Of all 43 Smolensk schools, as the official Table 1 counts. */
  static const char *const shares[] = {
    "9,3\u00a0% of 43", "25,6\u00a0% of 43", "14,0\u00a0% of 43", "4,7\u00a0% of 43",
    "46,5\u00a0% of 43",
  };

  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, YEAR);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", counts[i]);
      const char *change = card_line (f->page, i, 3);

      g_assert_cmpstr (card_line (f->page, i, 1), ==, count);
      g_assert_cmpstr (card_line (f->page, i, 2), ==, shares[i]);
      /* The demo has clusters of earlier years: every card has a change. */
      g_assert_true (g_str_has_prefix (change, "+") || g_str_has_prefix (change, "\u2212") ||
                     g_str_has_prefix (change, "0 "));
      g_assert_nonnull (strstr (change, "against the previous year"));
    }

  /* 2018/2019 is known only by its ШНРО list: 5 schools; the other
   * clusters are not known, not 0, and ШНРО has no previous year. */
  g_assert_true (mk_overview_page_set_year (f->page, 2018));
  mk_test_gui_spin ();
  g_assert_cmpstr (card_line (f->page, 2, 1), ==, "5");
  g_assert_cmpstr (card_line (f->page, 2, 2), ==, "11,6\u00a0% of 43");
  g_assert_cmpstr (card_line (f->page, 2, 3), ==, "the previous year is not known");
  g_assert_cmpstr (card_line (f->page, 0, 1), ==, "n/a");
  g_assert_cmpstr (card_line (f->page, 0, 2), ==, "not known for this year");
  mk_test_gui_save_screenshot (GTK_WIDGET (f->t.window), "overview-cards-2018");
}

static void
test_distribution (Fixture       *f,
                   gconstpointer  data)
{
  /* The five clusters and the schools without one: Смоленск has none. */
  static const double counts[] = { 4, 11, 6, 2, 20, 0 };
  const MkChartData *chart_data = chart (f, "cluster-distribution");

  g_assert_cmpint (chart_data->kind, ==, MK_CHART_HBARS);
  g_assert_cmpuint (chart_data->categories->len, ==, 6);
  g_assert_cmpstr (chart_data->categories->pdata[2], ==, mk_cluster_abbreviation (MK_CLUSTER_SNRO));
  for (guint c = 0; c < 6; c++)
    g_assert_cmpfloat (mk_chart_data_get (chart_data, 0, c), ==, counts[c]);
  /* The same denominator as the cards: all 43 schools shown. */
  mk_test_assert_has (chart_data->subtitle, "shares of all 43 schools");
}

/* The trend's 2022/2023 stack holds the same numbers as the cards. */
static void
test_trend (Fixture       *f,
            gconstpointer  data)
{
  const MkChartData *trend = chart (f, "cluster-trend");
  guint last = trend->categories->len - 1;

  g_assert_cmpint (trend->kind, ==, MK_CHART_STACKED);
  g_assert_cmpstr (trend->categories->pdata[last], ==, "2022/2023");
  g_assert_cmpuint (trend->series->len, ==, 5);
  g_assert_cmpfloat (mk_chart_data_get (trend, 2, last), ==, 6);
  g_assert_cmpfloat (mk_chart_data_total (trend, last), ==, 43);
  g_assert_nonnull (chart (f, "levels"));
}

static void
test_snro (Fixture       *f,
           gconstpointer  data)
{
  static const char *const years[] = {
    "2018/2019", "2019/2020", "2020/2021", "2021/2022", "2022/2023",
  };
  static const double totals[] = { 5, 8, 9, 9, 6 };
  const MkChartData *snro = chart (f, "snro-history");

  /* First time, repeatedly, and not known which (2018/2019 and 2019/2020
   * look back before the first list in the database). */
  g_assert_cmpuint (snro->series->len, ==, 3);
  g_assert_cmpuint (snro->categories->len, ==, G_N_ELEMENTS (years));
  for (guint c = 0; c < G_N_ELEMENTS (years); c++)
    {
      g_assert_cmpstr (snro->categories->pdata[c], ==, years[c]);
      g_assert_cmpfloat (mk_chart_data_total (snro, c), ==, totals[c]);
    }
  /* The municipality chosen filters it: Каменск-Уральский has no ШНРО. */
  g_assert_true (mk_overview_page_set_municipality (f->page, "Каменск-Уральский городской округ"));
  mk_test_gui_spin ();
  snro = chart (f, "snro-history");
  g_assert_nonnull (strstr (snro->subtitle, "Каменск-Уральский"));
  for (guint c = 0; c < snro->categories->len; c++)
    g_assert_cmpfloat (mk_chart_data_total (snro, c), ==, 0);
}

static void
test_heatmap_filter (Fixture       *f,
                     gconstpointer  data)
{
  const MkChartData *heatmap = chart (f, "marker-heatmap");
  guint all = heatmap->series->len;

  g_assert_cmpuint (all, >, 0);
  g_assert_true (mk_test_gui_select_text (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN,
                                                            "heatmap_cluster_dropdown"),
                                         mk_cluster_abbreviation (MK_CLUSTER_SNRO)));
  heatmap = chart (f, "marker-heatmap");
  g_assert_cmpuint (heatmap->series->len, ==, 6);
  g_assert_cmpuint (heatmap->series->len, <, all);
  for (guint s = 0; s < heatmap->series->len; s++)
    g_assert_nonnull (strstr (((MkChartSeries *) heatmap->series->pdata[s])->name,
                             mk_cluster_abbreviation (MK_CLUSTER_SNRO)));
}

/* «СШ № 9 (ШНРО, 5)» → 5 */
static guint
row_markers (const MkChartData *data,
             guint              s)
{
  const char *name = ((MkChartSeries *) data->series->pdata[s])->name;

  return (guint) g_ascii_strtoull (g_strrstr (name, ", ") + 2, NULL, 10);
}

/* The order drop-down offers most markers first, then by name. */
static void
choose_order (Fixture        *f,
              MkHeatmapOrder  order)
{
  gtk_drop_down_set_selected (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN,
                                                 "heatmap_order_dropdown"),
                              order == MK_HEATMAP_BY_NAME ? 1 : 0);
  mk_test_gui_spin ();
}

/* Chooses the school NAME for the marker history, as a person picks it
 * from the list of the municipality's schools; FALSE when it is not
 * offered. */
static gboolean
choose_school (Fixture    *f,
               const char *name)
{
  GtkDropDown *drop_down = MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN, "school_dropdown");
  GListModel *schools = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (schools, i);
      if (g_strcmp0 (mk_school_get_name (school), name) == 0)
        {
          gtk_drop_down_set_selected (drop_down, i);
          mk_test_gui_spin ();
          return TRUE;
        }
    }
  return FALSE;
}

/* Most markers first by default; the order dropdown sorts by name. */
static void
test_heatmap_order (Fixture       *f,
                    gconstpointer  data)
{
  const MkChartData *heatmap = chart (f, "marker-heatmap");
  guint n = heatmap->series->len;
  gboolean by_markers = TRUE;

  g_assert_cmpuint (n, >, 2);
  for (guint s = 1; s < n; s++)
    g_assert_cmpuint (row_markers (heatmap, s - 1), >=, row_markers (heatmap, s));
  choose_order (f, MK_HEATMAP_BY_NAME);
  heatmap = chart (f, "marker-heatmap");
  g_assert_cmpuint (heatmap->series->len, ==, n);
  for (guint s = 1; s < n; s++)
    {
      g_assert_cmpint (mk_natural_compare (((MkChartSeries *) heatmap->series->pdata[s - 1])->name,
                                           ((MkChartSeries *) heatmap->series->pdata[s])->name),
                       <, 0);
      by_markers = by_markers && row_markers (heatmap, s - 1) >= row_markers (heatmap, s);
    }
  g_assert_false (by_markers);
  choose_order (f, MK_HEATMAP_BY_MARKERS);
  heatmap = chart (f, "marker-heatmap");
  for (guint s = 1; s < n; s++)
    g_assert_cmpuint (row_markers (heatmap, 0), >=, row_markers (heatmap, s));
}

/* The markers of the year whose label starts with YEAR. */
static double
year_total (const MkChartData *data,
            const char        *year)
{
  for (guint c = 0; c < data->categories->len; c++)
    if (g_str_has_prefix (data->categories->pdata[c], year))
      return mk_chart_data_total (data, c);
  g_assert_not_reached ();
}

/* СШ № 9 of Смоленск: the demo holds its results of 2022 only, two ЕГЭ
 * markers (ЕГЭ МА ПРОФ, ЕГЭ ИНФ); earlier years show its clusters. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  MkChartView *view = mk_overview_page_get_chart (f->page, "marker-history");
  const MkChartData *history;
  const MkChartSeries *reported;

  g_assert_null (mk_chart_view_get_data (view));
  g_assert_true (choose_school (f, "СШ № 9"));
  mk_test_gui_spin ();
  history = chart (f, "marker-history");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  /* ВПР, ОГЭ, ЕГЭ, then what a reported total adds to them. */
  g_assert_cmpuint (history->series->len, ==, 4);
  g_assert_cmpfloat (year_total (history, "2022"), ==, 2);
  /* 2021 is known only as the Smolensk report's count of 5 (Приложение 1):
   * the bar shows what the classification counted, as the Clusters page
   * does. */
  g_assert_cmpfloat (year_total (history, "2021"), ==, 5);
  /* … as a hatched part of its own, which says so on hover. */
  reported = history->series->pdata[3];
  g_assert_true (reported->hatched);
  for (guint c = 0; c < history->categories->len; c++)
    if (g_str_has_prefix (history->categories->pdata[c], "2021"))
      {
        g_assert_cmpfloat (g_array_index (reported->values, double, c), ==, 5);
        g_assert_nonnull (strstr (reported->notes->pdata[c], "5"));
      }
  g_assert_cmpfloat (mk_chart_data_get (history, 2, history->categories->len - 1), ==, 2);
  /* Another municipality: the choice goes, and so does the chart. */
  g_assert_true (mk_overview_page_set_municipality (f->page, NULL));
  mk_test_gui_spin ();
  g_assert_null (mk_chart_view_get_data (view));
}

static void
on_activated (MkChartView *view,
              int          series,
              int          category,
              int         *hit)
{
  hit[0] = series;
  hit[1] = category;
}

/* A click in the middle of the ШНРО bar, as the layout placed it. */
static void
test_hit (Fixture       *f,
          gconstpointer  data)
{
  MkChartView *view = mk_overview_page_get_chart (f->page, "cluster-distribution");
  int hit[2] = { -1, -1 };
  g_autofree char *tooltip = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: 6", mk_cluster_abbreviation (MK_CLUSTER_SNRO));
  double x, y;

  find_point (view, expected, &x, &y);
  g_signal_connect (view, "activated", G_CALLBACK (on_activated), hit);
  g_assert_true (mk_chart_view_activate_at (view, x, y));
  g_assert_cmpint (hit[0], ==, 0);
  g_assert_cmpint (hit[1], ==, 2);
  tooltip = mk_chart_view_dup_tooltip (view, x, y);
  g_assert_nonnull (strstr (tooltip, expected));
  {
    g_autoptr(GdkTexture) texture = mk_chart_view_render_texture (view);

    g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (view)));
  }
  /* The title's corner is no bar. */
  hit[1] = -1;
  g_assert_false (mk_chart_view_activate_at (view, 1, 1));
  g_assert_cmpint (hit[1], ==, -1);
}

static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GtkWidget) table = g_object_ref_sink (mk_chart_view_table_new (chart (f, "snro-history")));
  GtkWidget *cell = gtk_grid_get_child_at (GTK_GRID (table), 1, 5);
  GtkWidget *year = gtk_grid_get_child_at (GTK_GRID (table), 0, 5);

  const MkChartData *heatmap = chart (f, "marker-heatmap");
  g_autoptr(GtkWidget) rows = g_object_ref_sink (mk_chart_view_table_new (heatmap));
  GtkWidget *school = gtk_grid_get_child_at (GTK_GRID (rows), 0, 1);

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (year)), ==, "2022/2023");
  g_assert_true (GTK_IS_LABEL (cell));
  /* first time + repeatedly = 6 */
  g_assert_cmpint (atoi (gtk_label_get_text (GTK_LABEL (cell))) +
                   atoi (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (table), 2, 5)))),
                   ==, 6);
  /* A heat map keeps its schools as rows. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (school)), ==,
                   ((MkChartSeries *) heatmap->series->pdata[0])->name);
}

static MkOverviewPage *
find_overview (MkWindow *window)
{
  for (guint i = 0; i < window->pages->len; i++)
    if (MK_IS_OVERVIEW_PAGE (window->pages->pdata[i]))
      return window->pages->pdata[i];
  g_assert_not_reached ();
}

static MkClustersPage *
find_clusters (MkWindow *window)
{
  for (guint i = 0; i < window->pages->len; i++)
    if (MK_IS_CLUSTERS_PAGE (window->pages->pdata[i]))
      return window->pages->pdata[i];
  g_assert_not_reached ();
}

/* A window on the demo showing the Overview of YEAR in TOWN. */
static MkWindow *
open_window (MkStore         *store,
             MkOverviewPage **page)
{
  MkWindow *window = mk_window_new (NULL);

  g_assert_true (mk_window_open_database (window, mk_store_get_path (store)));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (mk_window_show_section (window, "overview"));
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "overview");
  *page = find_overview (window);
  g_assert_true (mk_overview_page_set_year (*page, YEAR));
  g_assert_true (mk_overview_page_set_municipality (*page, TOWN));
  mk_test_gui_spin ();
  return window;
}

static void
close_window (MkWindow *window,
              char     *dir)
{
  gtk_window_destroy (GTK_WINDOW (window));
  mk_test_gui_spin ();
  mk_test_tmpdir_free (dir);
}

/* A click on the ШНРО card shows its six schools on the Clusters page. */
static void
test_card_opens_clusters (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autoptr(MkStore) store = mk_test_open_store (dir, "overview.db", TRUE);
  MkOverviewPage *page;
  MkWindow *window = open_window (store, &page);

  g_signal_emit_by_name (card (page, 2), "clicked");
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "clusters");
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (find_clusters (window))), ==, YEAR);
  g_assert_cmpuint (g_list_model_get_n_items (mk_test_gui_rows (GTK_WIDGET (find_clusters (window)),
                                                                "column_view")),
                    ==, 6);
  close_window (window, g_steal_pointer (&dir));
}

static MkResultsPage *
find_results (MkWindow *window)
{
  for (guint i = 0; i < window->pages->len; i++)
    if (MK_IS_RESULTS_PAGE (window->pages->pdata[i]))
      return window->pages->pdata[i];
  g_assert_not_reached ();
}

/* A click on the first heat-map cell opens the results of the window's
 * last calendar year with the row's school searched. */
static void
test_heatmap_opens_results (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autoptr(MkStore) store = mk_test_open_store (dir, "overview.db", TRUE);
  MkOverviewPage *page;
  MkWindow *window = open_window (store, &page);
  MkChartView *view = mk_overview_page_get_chart (page, "marker-heatmap");
  const MkChartData *heatmap = mk_chart_view_get_data (view);
  const char *row = ((MkChartSeries *) heatmap->series->pdata[0])->name;
  g_autofree char *school = g_strndup (row, strstr (row, " (") - row);
  g_autofree char *first_cell = g_strdup_printf ("%s · %s:", row,
                                                 (const char *) heatmap->categories->pdata[0]);
  MkResultsPage *results;
  MkResultGrid *grid;
  double x, y;

  find_point (view, first_cell, &x, &y);
  g_assert_true (mk_chart_view_activate_at (view, x, y));
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "results");
  results = find_results (window);
  grid = mk_result_matrix_view_get_grid (MK_TEST_GUI_CHILD (results, MK_TYPE_RESULT_MATRIX_VIEW,
                                                            "matrix_view"));
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (results)), ==, YEAR);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (results),
                                                                           "search_entry"))),
                   ==, school);
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid), >=, 1);
  g_assert_cmpstr (mk_result_grid_get_row (grid, 0)->school, ==, school);
  close_window (window, g_steal_pointer (&dir));
}

/* The details panel's button with ACTION, searched depth first. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* «Marker History…» of СШ № 9 on the Clusters page selects it in the
 * Overview's history, which shows all municipalities meanwhile. */
static void
test_clusters_open_history (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autoptr(MkStore) store = mk_test_open_store (dir, "overview.db", TRUE);
  MkOverviewPage *page;
  MkWindow *window = open_window (store, &page);
  MkClustersPage *clusters;
  GtkWidget *button;

  g_assert_true (mk_overview_page_set_municipality (page, NULL));
  g_assert_true (mk_window_show_section (window, "clusters"));
  mk_test_gui_spin ();
  clusters = find_clusters (window);
  g_assert_true (mk_test_gui_choose_year (GTK_WIDGET (clusters), YEAR));
  mk_test_gui_search (GTK_WIDGET (clusters), "search_entry", "СШ № 9");
  mk_test_gui_select_row (GTK_WIDGET (clusters), "column_view", 0);
  mk_test_gui_spin ();
  button = find_button (mk_test_gui_child (GTK_WIDGET (clusters), "details"),
                        "clusters.marker-history");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "overview");
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (page)), ==, YEAR);
  g_assert_cmpstr (mk_school_get_name (gtk_drop_down_get_selected_item (
                     MK_TEST_GUI_CHILD (page, GTK_TYPE_DROP_DOWN, "school_dropdown"))),
                   ==, "СШ № 9");
  g_assert_nonnull (mk_chart_view_get_data (mk_overview_page_get_chart (page, "marker-history")));
  close_window (window, g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  MK_TEST_PAGE_ADD ("/gui/overview/cards", NULL, test_cards);
  MK_TEST_PAGE_ADD ("/gui/overview/distribution", NULL, test_distribution);
  MK_TEST_PAGE_ADD ("/gui/overview/trend", NULL, test_trend);
  MK_TEST_PAGE_ADD ("/gui/overview/snro", NULL, test_snro);
  MK_TEST_PAGE_ADD ("/gui/overview/heatmap-filter", NULL, test_heatmap_filter);
  MK_TEST_PAGE_ADD ("/gui/overview/heatmap-order", NULL, test_heatmap_order);
  MK_TEST_PAGE_ADD ("/gui/overview/hit-test", NULL, test_hit);
  MK_TEST_PAGE_ADD ("/gui/overview/table", NULL, test_table);
  MK_TEST_PAGE_ADD ("/gui/overview/history", NULL, test_history);
  g_test_add_func ("/gui/overview/card-opens-clusters", test_card_opens_clusters);
  g_test_add_func ("/gui/overview/heatmap-opens-results", test_heatmap_opens_results);
  g_test_add_func ("/gui/overview/clusters-open-history", test_clusters_open_history);

  return g_test_run ();
}
