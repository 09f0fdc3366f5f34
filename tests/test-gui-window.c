/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-window"
#include "config.h"

#include <adwaita.h>

#include "mk-clusters-page.h"
#include "mk-demo.h"
#include "mk-methodology-page.h"
#include "mk-overview-page-private.h"
#include "mk-procedure.h"
#include "mk-reports-page-private.h"
#include "mk-store-clusters.h"
#include "mk-reports-page.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"
#include "mk-window-private.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"
#include "mk-window.h"

/* Display tests of the main window: which page a database opens on, the
 * welcome page's actions, a refused file, the remembered size. Run as
 * test-gui.c is (Xvfb, cairo, memory GSettings backend). */

/* The whole window: which page a database opens on. */
static void
test_window_pages (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(MkStore) demo = mk_test_open_store (dir, "demo.db", TRUE);
  MkWindow *window = mk_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (mk_window_open_database (window, empty));
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "welcome");

  g_assert_true (mk_window_open_database (window, mk_store_get_path (demo)));
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "schools");

  /* «Create an empty database» on the welcome page goes to the schools. */
  g_assert_true (mk_window_open_database (window, empty));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-empty", NULL));
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "schools");

  gtk_window_destroy (GTK_WINDOW (window));
  mk_test_gui_spin ();
  g_clear_object (&demo);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_window_demo (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "fresh.db", NULL);
  MkWindow *window = mk_window_new (NULL);
  guint n_demo;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (mk_window_open_database (window, path));
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "welcome");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL));
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "schools");
  n_demo = mk_store_count_schools (mk_window_get_store (window));
  g_assert_cmpuint (n_demo, >, 40);
  /* The demo goes only into an empty database: a second time is a no-op. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL);
  mk_test_gui_spin ();
  g_assert_cmpuint (mk_store_count_schools (mk_window_get_store (window)), ==, n_demo);

  gtk_window_destroy (GTK_WINDOW (window));
  mk_test_gui_spin ();
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static GtkWidget *
section (MkWindow   *window,
         const char *name)
{
  return gtk_stack_get_child_by_name (window->section_stack, name);
}

static void
put_result (MkStore    *store,
            gint64      school,
            int         year,
            const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProcedure) procedure = mk_store_find_procedure (store, code, &error);
  MkResultRow row = { school, year, 0, NULL, 20, 7, -1, FALSE, FALSE };

  g_assert_no_error (error);
  row.procedure_id = mk_procedure_get_id (procedure);
  g_assert_true (mk_store_put_result (store, &row, NULL, &error));
  g_assert_no_error (error);
}

/* Every year selector offers the school years the database holds data
 * for, at once: after the demo is loaded from the welcome page, and after
 * the first results of a year arrive in a database with no staff year. */
static void
test_window_years_follow (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "fresh.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  MkWindow *window = mk_window_new (NULL);
  MkReportsPage *reports;
  MkClustersPage *clusters;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (mk_window_open_database (window, path));
  mk_test_gui_spin ();
  reports = MK_REPORTS_PAGE (section (window, "reports"));
  clusters = MK_CLUSTERS_PAGE (section (window, "clusters"));
  g_assert_false (mk_test_gui_choose_year (GTK_WIDGET (reports), 2022));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL));
  mk_test_gui_spin ();
  g_assert_true (mk_test_gui_choose_year (GTK_WIDGET (reports), 2018));
  g_assert_true (mk_test_gui_choose_year (GTK_WIDGET (reports), 2022));
  g_assert_true (mk_test_gui_choose_year (GTK_WIDGET (clusters), 2022));

  g_assert_true (mk_window_open_database (window, other));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-empty", NULL));
  mk_test_gui_spin ();
  g_assert_false (mk_test_gui_choose_year (GTK_WIDGET (reports), 2022));
  put_result (mk_window_get_store (window),
              mk_test_add_school (mk_window_get_store (window), "Город", "Школа № 1"),
              2022, "ВПР РУ-5");
  mk_test_gui_spin ();
  g_assert_true (mk_test_gui_choose_year (GTK_WIDGET (reports), 2022));
  g_assert_true (mk_test_gui_choose_year (GTK_WIDGET (clusters), 2022));
  mk_window_show_section (window, "reports");
  mk_test_gui_spin ();
  mk_test_gui_save_screenshot (GTK_WIDGET (window), "window-years-follow");

  gtk_window_destroy (GTK_WINDOW (window));
  mk_test_gui_spin ();
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* A change after classification shows the bar of stale clusters on the
 * Reports and Overview pages, whose button recalculates them on the
 * Clusters page. */
static void
test_window_stale (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "fresh.db", NULL);
  MkWindow *window = mk_window_new (NULL);
  MkStore *store;
  MkReportsPage *reports;
  MkClustersPage *clusters;
  GtkWidget *banner, *overview_banner;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) school = NULL;
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (mk_window_open_database (window, path));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL));
  mk_test_gui_spin ();
  store = mk_window_get_store (window);
  reports = MK_REPORTS_PAGE (section (window, "reports"));
  clusters = MK_CLUSTERS_PAGE (section (window, "clusters"));
  banner = GTK_WIDGET (reports->stale_banner);
  overview_banner = GTK_WIDGET (MK_OVERVIEW_PAGE (section (window, "overview"))->stale_banner);
  g_assert_true (mk_store_classify (store, 2022, NULL, &error));
  g_assert_true (mk_test_gui_choose_year (GTK_WIDGET (reports), 2022));
  mk_test_gui_spin ();
  g_assert_false (gtk_widget_get_visible (banner));

  school = mk_store_find_school (store, "Смоленск", "СШ № 9", NULL, NULL);
  put_result (store, mk_school_get_id (school), 2022, "ОГЭ ИСТ");
  mk_test_gui_spin ();
  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_true (gtk_widget_get_visible (overview_banner));
  mk_window_show_section (window, "reports");
  mk_test_gui_spin ();
  mk_test_gui_save_screenshot (GTK_WIDGET (window), "window-stale-reports");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reports), "win.reclassify", "i", 2022));
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "clusters");
  while (gtk_spinner_get_spinning (MK_TEST_GUI_CHILD (clusters, GTK_TYPE_SPINNER, "spinner")) &&
         g_get_monotonic_time () < deadline)
    mk_test_gui_spin ();
  mk_test_gui_spin ();
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_false (gtk_widget_get_visible (mk_test_gui_child (GTK_WIDGET (clusters), "stale_banner")));
  g_assert_false (gtk_widget_get_visible (overview_banner));

  gtk_window_destroy (GTK_WINDOW (window));
  mk_test_gui_spin ();
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static GtkWindow *
find_message_dialog (GtkWindow *parent)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) &&
          gtk_window_get_transient_for (window) == parent)
        return window;
    }
  return NULL;
}

/* Closing with unsaved methodology settings asks first: Cancel keeps the
 * window and shows the settings, Save saves them and closes. */
static void
test_window_close_unsaved (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "fresh.db", NULL);
  MkWindow *window = mk_window_new (NULL);
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkMethodology) saved = NULL;
  MkMethodologyPage *page;
  GtkWindow *dialog;

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (mk_window_open_database (window, path));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL));
  mk_test_gui_spin ();
  store = g_object_ref (mk_window_get_store (window));
  page = MK_METHODOLOGY_PAGE (section (window, "references"));
  g_assert_true (mk_test_gui_choose_year (GTK_WIDGET (page), 2022));
  mk_test_gui_set_setting (GTK_WIDGET (page), MK_SETTING_MARKER_THRESHOLD, 35);
  mk_test_gui_spin ();

  gtk_window_close (GTK_WINDOW (window));
  mk_test_gui_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  mk_test_gui_save_screenshot (GTK_WIDGET (dialog), "window-close-unsaved");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  mk_test_gui_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "references");

  gtk_window_close (GTK_WINDOW (window));
  mk_test_gui_spin ();
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  mk_test_gui_spin ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  saved = mk_store_load_methodology (store, 2022, NULL);
  g_assert_cmpint (mk_methodology_get (saved, MK_SETTING_MARKER_THRESHOLD), ==, 35);

  g_object_unref (window);
  mk_test_gui_spin ();
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* A foreign file is refused with a dialog and left exactly as it was. */
static void
test_window_foreign_file (void)
{
  static const char contents[] = "municipality;name\nСмоленск;СШ № 1\n";
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = mk_test_write_file (dir, "schools.db", contents, -1);
  g_autofree char *after = NULL;
  MkWindow *window = mk_window_new (NULL);
  GtkWindow *dialog;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (mk_window_open_database (window, path));
  mk_test_gui_spin ();
  g_assert_cmpstr (mk_window_get_visible_page (window), ==, "no-database");
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  mk_test_gui_save_screenshot (GTK_WIDGET (dialog), "window-foreign-file");
  /* Nothing else is open: the way out is «Quit»; «Open Another File…»
   * is what Enter does. */
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                            "schools.db"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "close"),
                   ==, "_Quit");
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)),
                   ==, "open");
  after = mk_test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, contents);

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  mk_test_gui_spin ();
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* The size is saved when the window closes and used by the next one. */
static void
assert_plain_copy_has (const char *path,
                       guint       n_schools)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *plain = g_build_filename (dir, "plain.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  contents = mk_test_read_file (path, &len);
  g_assert_true (g_file_set_contents (plain, contents, len, NULL));
  store = mk_store_open_to_read (plain, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mk_store_count_schools (store), ==, n_schools);
}

/* «Save a Copy…» while the window holds the database open with writes in
 * its write-ahead log: the copy opens on its own with every school. */
static void
test_window_save_copy (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *copy_path = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *path = g_build_filename (dir, "fresh.db", NULL);
  g_autoptr(MkStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  MkWindow *window = mk_window_new (NULL);
  guint n_demo;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (mk_window_open_database (window, path));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL));
  mk_test_gui_spin ();
  n_demo = mk_store_count_schools (mk_window_get_store (window));
  mk_window_save_copy (window, copy_path);
  for (int i = 0; i < 500 && !g_file_test (copy_path, G_FILE_TEST_EXISTS); i++)
    {
      mk_test_gui_spin ();
      g_usleep (10000);
    }
  mk_test_gui_spin ();
  copy = mk_store_open_to_read (copy_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mk_store_count_schools (copy), ==, n_demo);
  g_assert_cmpuint (n_demo, >, 40);
  g_clear_object (&copy);

  /* Closing the window moves the log into the file: with another
   * connection still open (so SQLite does not do it on close), a plain
   * copy of the file has every school. */
  copy = mk_store_open_to_read (path, &error);
  g_assert_no_error (error);
  gtk_window_close (GTK_WINDOW (window));
  mk_test_gui_spin ();
  assert_plain_copy_has (path, n_demo);
  g_clear_object (&copy);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_window_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MkWindow *window = mk_window_new (NULL);
  int width = 0;
  int height = 0;

  gtk_window_present (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  mk_test_gui_spin ();
  gtk_window_close (GTK_WINDOW (window));
  mk_test_gui_spin ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = mk_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  gtk_window_destroy (GTK_WINDOW (window));
  mk_test_gui_spin ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui/window/pages", test_window_pages);
  g_test_add_func ("/gui/window/demo", test_window_demo);
  g_test_add_func ("/gui/window/years-follow", test_window_years_follow);
  g_test_add_func ("/gui/window/stale", test_window_stale);
  g_test_add_func ("/gui/window/close-unsaved", test_window_close_unsaved);
  g_test_add_func ("/gui/window/foreign-file", test_window_foreign_file);
  g_test_add_func ("/gui/window/size", test_window_size);
  g_test_add_func ("/gui/window/save-copy", test_window_save_copy);

  return g_test_run ();
}
