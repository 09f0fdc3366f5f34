/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-clusters"
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mk-cluster-columns.h"
#include "mk-clusters-page-private.h"
#include "mk-import.h"
#include "mk-methodology-page-private.h"
#include "mk-override-dialog-private.h"
#include "mk-page.h"
#include "mk-store-clusters.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"

/* Display tests of the clusters page, the override dialog and the
 * methodology page. They run as test-gui.c does (Xvfb, cairo, memory
 * GSettings), drive the widgets through their actions and test hooks,
 * and check the models and the store, never pixels. */

#define YEAR 2022  /* 2022/2023: markers of 2021 and 2022 */
#define TOWN "Тестовый район"
#define OTHER "Другой район"

typedef struct
{
  char           *dir;
  MkStore        *store;
  GtkWindow      *window;
  MkClustersPage *page;
} Fixture;

/* Markers are results marked «Н»; each school's comment says what it
 * should become in 2022/2023 with the default methodology. */
static const char results_csv[] =
  "municipality;school;year;procedure;participants;low;mark\n"
  /* СШ № 1: 4 + 4 = 8 markers → ШНРО */
  TOWN ";СШ № 1;2021;ОГЭ РУ;;;Н\n" TOWN ";СШ № 1;2021;ОГЭ МА;;;Н\n"
  TOWN ";СШ № 1;2021;ОГЭ ФИЗ;;;Н\n" TOWN ";СШ № 1;2021;ОГЭ ХИМ;;;Н\n"
  TOWN ";СШ № 1;2022;ОГЭ РУ;;;Н\n" TOWN ";СШ № 1;2022;ОГЭ МА;;;Н\n"
  TOWN ";СШ № 1;2022;ОГЭ ФИЗ;;;Н\n" TOWN ";СШ № 1;2022;ОГЭ ХИМ;;;Н\n"
  /* СШ № 2: 3 + 4 = 7 markers → ШНРО, ШсРНР from a threshold of 8 */
  TOWN ";СШ № 2;2021;ОГЭ РУ;;;Н\n" TOWN ";СШ № 2;2021;ОГЭ МА;;;Н\n"
  TOWN ";СШ № 2;2021;ОГЭ ФИЗ;;;Н\n"
  TOWN ";СШ № 2;2022;ОГЭ РУ;;;Н\n" TOWN ";СШ № 2;2022;ОГЭ МА;;;Н\n"
  TOWN ";СШ № 2;2022;ОГЭ ФИЗ;;;Н\n" TOWN ";СШ № 2;2022;ОГЭ ХИМ;;;Н\n"
  /* СШ № 10: 3 markers → ШсРНР */
  TOWN ";СШ № 10;2021;ОГЭ РУ;;;Н\n" TOWN ";СШ № 10;2022;ОГЭ РУ;;;Н\n"
  TOWN ";СШ № 10;2022;ОГЭ МА;;;Н\n"
  /* Гимназия № 1: results without markers, advanced → ШПУ */
  TOWN ";Гимназия № 1;2022;ЕГЭ ФИЗ;20;1;\n"
  /* ОШ № 3: one marker → ШБУ */
  TOWN ";ОШ № 3;2022;ОГЭ МА;10;3;\n"
  /* СШ № 5: 2 markers and ИСБШ 65,0 → ШФНСУ */
  OTHER ";СШ № 5;2021;ОГЭ РУ;;;Н\n" OTHER ";СШ № 5;2022;ОГЭ МА;;;Н\n";
  /* СШ № 7 has no results: not classified */

static const char context_csv[] =
  "municipality;school;year;isbsh\n"
  OTHER ";СШ № 5;2022;65,0\n"
  TOWN ";СШ № 1;2022;80,5\n";

static void
add_school (MkStore    *store,
            const char *municipality,
            const char *name)
{
  g_autoptr(MkSchool) school = mk_school_new ();
  g_autoptr(GError) error = NULL;

  mk_school_set_municipality (school, municipality);
  mk_school_set_name (school, name);
  mk_school_set_profile (school, g_str_has_prefix (name, "Гимназия") ? MK_PROFILE_ADVANCED
                                                                     : MK_PROFILE_SECONDARY);
  g_assert_true (mk_store_add_school (store, school, &error));
  g_assert_no_error (error);
}

static void
import (Fixture    *f,
        gboolean  (*func) (MkStore *, const char *, const MkImportOptions *,
                           MkImportReport *, GError **),
        const char *name,
        const char *contents)
{
  g_autofree char *path = mk_test_write_file (f->dir, name, contents, -1);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { NULL, FALSE };
  g_autoptr(GError) error = NULL;

  g_assert_true (func (f->store, path, &options, report, &error));
  g_assert_no_error (error);
}

static void
fill (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  add_school (f->store, TOWN, "СШ № 1");
  add_school (f->store, TOWN, "СШ № 2");
  add_school (f->store, TOWN, "СШ № 10");
  add_school (f->store, TOWN, "Гимназия № 1");
  add_school (f->store, TOWN, "ОШ № 3");
  add_school (f->store, TOWN, "СШ № 7");
  add_school (f->store, OTHER, "СШ № 5");
  import (f, mk_import_results, "results.csv", results_csv);
  import (f, mk_import_context, "context.csv", context_csv);
  g_assert_true (mk_store_ensure_school_year (f->store, YEAR - 1, &error));
  g_assert_true (mk_store_ensure_school_year (f->store, YEAR, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = mk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "clusters.db", NULL);
  f->store = mk_store_open (path, &error);
  g_assert_no_error (error);
  fill (f);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1300, 800);
  f->page = MK_CLUSTERS_PAGE (mk_clusters_page_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));
  gtk_window_set_child (f->window, overlay);
  mk_page_set_store (MK_PAGE (f->page), f->store);
  gtk_window_present (f->window);
  mk_test_gui_spin ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  mk_test_gui_spin ();
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

/* Classifies through the page's action and waits for its worker. */
static void
classify (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.classify", NULL));
  g_assert_true (mk_clusters_page_is_busy (f->page));
  while (mk_clusters_page_is_busy (f->page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      mk_test_gui_spin ();
    }
  mk_test_gui_spin ();
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (mk_clusters_page_get_model (f->page));
}

/* The school names shown, joined by "|". */
static char *
shown_names (Fixture *f)
{
  GListModel *model = mk_clusters_page_get_model (f->page);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "|" : "",
                              mk_assignment_get_school_name (item));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Selects NAME among the rows shown and returns its assignment. */
static MkAssignment *
select_school (Fixture    *f,
               const char *name)
{
  GListModel *model = mk_clusters_page_get_model (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (model, i);

      if (g_str_equal (mk_assignment_get_school_name (item), name))
        {
          mk_clusters_page_select (f->page, i);
          mk_test_gui_spin ();
          return mk_clusters_page_get_selected (f->page);
        }
    }
  g_error ("%s is not shown", name);
}

static MkAssignment *
stored (Fixture    *f,
        const char *municipality,
        const char *name)
{
  g_autoptr(MkSchool) school = mk_store_find_school (f->store, municipality, name, NULL, NULL);
  g_autoptr(GError) error = NULL;
  MkAssignment *assignment;

  g_assert_nonnull (school);
  assignment = mk_store_get_assignment (f->store, mk_school_get_id (school), YEAR, &error);
  g_assert_no_error (error);
  return assignment;
}

static char *
expected_counts (guint spu, guint sbu, guint snro, guint sfnsu, guint srnr)
{
  return g_strdup_printf ("%s %u · %s %u · %s %u · %s %u · %s %u",
                          mk_cluster_abbreviation (MK_CLUSTER_SPU), spu,
                          mk_cluster_abbreviation (MK_CLUSTER_SBU), sbu,
                          mk_cluster_abbreviation (MK_CLUSTER_SNRO), snro,
                          mk_cluster_abbreviation (MK_CLUSTER_SFNSU), sfnsu,
                          mk_cluster_abbreviation (MK_CLUSTER_SRNR), srnr);
}

static void
test_classify (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *counts = expected_counts (1, 1, 2, 1, 1);
  MkAssignment *selected;

  /* The newest year is shown, and it has no clusters yet. */
  g_assert_cmpint (mk_clusters_page_get_year (f->page), ==, YEAR);
  g_assert_cmpstr (mk_clusters_page_get_state (f->page), ==, "unclassified");
  g_assert_cmpuint (n_shown (f), ==, 0);

  classify (f);
  g_assert_cmpstr (mk_clusters_page_get_state (f->page), ==, "list");
  g_assert_cmpuint (n_shown (f), ==, 7);
  /* СШ № 7 has no data: its chip follows the five. */
  g_assert_true (g_str_has_prefix (mk_clusters_page_get_counts_text (f->page), counts));
  g_assert_nonnull (strstr (mk_clusters_page_get_count_text (f->page), "7"));

  selected = select_school (f, "СШ № 1");
  g_assert_cmpint (mk_assignment_get_final (selected), ==, MK_CLUSTER_SNRO);
  g_assert_cmpint (mk_assignment_get_markers_total (selected), ==, 8);
  g_assert_cmpint (mk_assignment_get_isbsh (selected), ==, 805);
  /* The panel explains the assignment and lists the year. */
  g_assert_true (mk_cluster_details_get_assignment (mk_clusters_page_get_details (f->page)) ==
                 selected);
  g_assert_cmpstr (mk_cluster_details_get_explanation (mk_clusters_page_get_details (f->page)),
                   ==, mk_assignment_get_explanation (selected));
  g_assert_cmpuint (g_list_model_get_n_items (
                      mk_cluster_details_get_history (mk_clusters_page_get_details (f->page))),
                    ==, 1);
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 5")), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 7")), ==, MK_CLUSTER_NONE);
}

static void
test_sort_filter (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *model = mk_clusters_page_get_model (f->page);
  g_autoptr(MkAssignment) first = NULL;
  g_autoptr(MkAssignment) last = NULL;
  g_autofree char *natural = NULL;
  g_autofree char *snro = NULL;

  classify (f);
  mk_clusters_page_sort_by_column (f->page, MK_CLUSTER_COLUMN_MARKERS_TOTAL, GTK_SORT_DESCENDING);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, n_shown (f) - 1);
  g_assert_cmpstr (mk_assignment_get_school_name (first), ==, "СШ № 1");
  /* Unknown totals sort lowest. */
  g_assert_cmpstr (mk_assignment_get_school_name (last), ==, "СШ № 7");

  /* Natural order: № 2 before № 10. */
  mk_clusters_page_sort_by_column (f->page, MK_CLUSTER_COLUMN_SCHOOL, GTK_SORT_ASCENDING);
  natural = shown_names (f);
  g_assert_cmpstr (natural, ==, "Гимназия № 1|ОШ № 3|СШ № 1|СШ № 2|СШ № 5|СШ № 7|СШ № 10");

  mk_clusters_page_set_cluster_filter (f->page, MK_CLUSTER_SNRO);
  snro = shown_names (f);
  g_assert_cmpstr (snro, ==, "СШ № 1|СШ № 2");
  g_assert_nonnull (strstr (mk_clusters_page_get_count_text (f->page), "2"));
  mk_clusters_page_set_cluster_filter (f->page, MK_CLUSTER_NONE);
  g_assert_cmpuint (n_shown (f), ==, 1);
  mk_clusters_page_set_cluster_filter (f->page, -1);

  g_assert_true (mk_clusters_page_set_municipality (f->page, OTHER));
  g_assert_cmpuint (n_shown (f), ==, 1);
  g_assert_true (mk_clusters_page_set_municipality (f->page, NULL));
  mk_clusters_page_set_search_text (f->page, "гимн");
  g_assert_cmpuint (n_shown (f), ==, 1);
  mk_clusters_page_set_search_text (f->page, "нет такой");
  g_assert_cmpstr (mk_clusters_page_get_state (f->page), ==, "empty");
  mk_clusters_page_set_search_text (f->page, "");
  mk_clusters_page_set_overridden_only (f->page, TRUE);
  g_assert_cmpuint (n_shown (f), ==, 0);
  mk_clusters_page_set_overridden_only (f->page, FALSE);
  g_assert_cmpuint (n_shown (f), ==, 7);
}

static MkOverrideDialog *
open_override (Fixture    *f,
               const char *name)
{
  MkOverrideDialog *dialog;

  select_school (f, name);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.override", NULL));
  mk_test_gui_spin ();
  dialog = mk_clusters_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  return dialog;
}

/* Whether WIDGET or a descendant is a label that reads TEXT. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
      gtk_widget_get_visible (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

/* A school without a cluster: nothing is preselected, and Save asks for
 * a cluster before it writes anything. */
static void
test_override_no_cluster (Fixture       *f,
                          gconstpointer  data)
{
  MkOverrideDialog *dialog;

  classify (f);
  dialog = open_override (f, "СШ № 7");
  g_assert_cmpint (mk_override_dialog_get_cluster (dialog), ==, MK_CLUSTER_NONE);
  g_assert_false (shows_label (mk_override_dialog_get_cluster_row (dialog),
                               mk_cluster_abbreviation (MK_CLUSTER_SPU)));
  mk_override_dialog_set_reason (dialog, "Приказ № 5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_true (mk_clusters_page_get_dialog (f->page) == dialog);
  g_assert_nonnull (mk_override_dialog_get_error (dialog, MK_OVERRIDE_FIELD_GENERAL));
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 7")), ==, MK_CLUSTER_NONE);
  mk_override_dialog_set_cluster (dialog, MK_CLUSTER_SBU);
  g_assert_null (mk_override_dialog_get_error (dialog, MK_OVERRIDE_FIELD_GENERAL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 7")), ==, MK_CLUSTER_SBU);
}

static void
test_override_invalid (Fixture       *f,
                       gconstpointer  data)
{
  MkOverrideDialog *dialog;
  g_autoptr(MkAssignment) unchanged = NULL;

  classify (f);
  dialog = open_override (f, "СШ № 2");
  /* A fresh form is not in red; the cluster shown is the current one. */
  g_assert_null (mk_override_dialog_get_error (dialog, MK_OVERRIDE_FIELD_REASON));
  g_assert_null (mk_override_dialog_get_error (dialog, MK_OVERRIDE_FIELD_DATE));
  g_assert_cmpint (mk_override_dialog_get_cluster (dialog), ==, MK_CLUSTER_SNRO);
  /* … and it is what the row shows, not the first of the list. */
  g_assert_true (shows_label (mk_override_dialog_get_cluster_row (dialog),
                              mk_cluster_abbreviation (MK_CLUSTER_SNRO)));
  g_assert_false (shows_label (mk_override_dialog_get_cluster_row (dialog),
                               mk_cluster_abbreviation (MK_CLUSTER_SPU)));
  mk_test_gui_save_screenshot (GTK_WIDGET (dialog), "override-dialog");

  /* No reason: nothing is saved and the reason says why. */
  mk_override_dialog_set_cluster (dialog, MK_CLUSTER_SFNSU);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_nonnull (mk_override_dialog_get_error (dialog, MK_OVERRIDE_FIELD_REASON));
  g_assert_true (mk_clusters_page_get_dialog (f->page) == dialog);

  /* A day that does not exist. */
  mk_override_dialog_set_reason (dialog, "Приказ № 5");
  g_assert_null (mk_override_dialog_get_error (dialog, MK_OVERRIDE_FIELD_REASON));
  gtk_editable_set_text (mk_override_dialog_get_date (dialog), "31.02.2023");
  g_assert_nonnull (mk_override_dialog_get_error (dialog, MK_OVERRIDE_FIELD_DATE));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL);
  mk_test_gui_spin ();
  g_assert_true (mk_clusters_page_get_dialog (f->page) == dialog);
  unchanged = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (unchanged), ==, MK_CLUSTER_NONE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  mk_test_gui_spin ();
  g_assert_null (mk_clusters_page_get_dialog (f->page));
}

static void
check_overridden_row (Fixture    *f,
                      const char *reason)
{
  MkAssignment *row = select_school (f, "СШ № 2");
  g_autofree char *cell = mk_cluster_column_dup_text (row, MK_CLUSTER_COLUMN_FINAL);
  g_autofree char *tooltip = mk_cluster_column_dup_tooltip (row, MK_CLUSTER_COLUMN_FINAL);
  g_autofree char *panel = mk_cluster_details_dup_override_text (mk_clusters_page_get_details (f->page));
  g_autofree char *computed = mk_cluster_column_dup_text (row, MK_CLUSTER_COLUMN_COMPUTED);

  g_assert_cmpint (mk_assignment_get_final (row), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpint (mk_assignment_get_computed (row), ==, MK_CLUSTER_SNRO);
  g_assert_nonnull (strstr (cell, mk_cluster_abbreviation (MK_CLUSTER_SFNSU)));
  g_assert_nonnull (strstr (cell, "✎"));
  g_assert_cmpstr (computed, ==, mk_cluster_abbreviation (MK_CLUSTER_SNRO));
  g_assert_nonnull (strstr (tooltip, reason));
  g_assert_nonnull (strstr (tooltip, "01.09.2022"));
  g_assert_nonnull (panel);
  g_assert_nonnull (strstr (panel, reason));
}

static void
test_override_clear_undo (Fixture       *f,
                          gconstpointer  data)
{
  const char *reason = "Приказ управления образования № 5 от 01.09.2022";
  g_autofree char *counts = expected_counts (1, 1, 1, 2, 1);
  g_autoptr(MkAssignment) saved = NULL;
  g_autoptr(MkAssignment) cleared = NULL;
  g_autoptr(MkAssignment) restored = NULL;
  MkOverrideDialog *dialog;

  classify (f);
  dialog = open_override (f, "СШ № 2");
  mk_override_dialog_set_cluster (dialog, MK_CLUSTER_SFNSU);
  mk_override_dialog_set_reason (dialog, reason);
  gtk_editable_set_text (mk_override_dialog_get_date (dialog), "01.09.2022");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_null (mk_clusters_page_get_dialog (f->page));

  saved = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (saved), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpstr (mk_assignment_get_override_reason (saved), ==, reason);
  g_assert_cmpstr (mk_assignment_get_override_date (saved), ==, "2022-09-01");
  check_overridden_row (f, reason);
  g_assert_true (g_str_has_prefix (mk_clusters_page_get_counts_text (f->page), counts));
  mk_clusters_page_set_overridden_only (f->page, TRUE);
  g_assert_cmpuint (n_shown (f), ==, 1);
  mk_clusters_page_set_overridden_only (f->page, FALSE);

  /* Remove: the computed cluster is final again. */
  select_school (f, "СШ № 2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.clear-override", NULL));
  mk_test_gui_spin ();
  cleared = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (cleared), ==, MK_CLUSTER_NONE);
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 2")), ==, MK_CLUSTER_SNRO);
  g_assert_null (mk_cluster_details_dup_override_text (mk_clusters_page_get_details (f->page)));

  /* Undo brings back the same override: cluster, reason and date. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.undo-override", NULL));
  mk_test_gui_spin ();
  restored = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (restored), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpstr (mk_assignment_get_override_reason (restored), ==, reason);
  g_assert_cmpstr (mk_assignment_get_override_date (restored), ==, "2022-09-01");
  check_overridden_row (f, reason);
}

static void
test_years (Fixture       *f,
            gconstpointer  data)
{
  classify (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page->year_dropdown), "year.prev", NULL));
  mk_test_gui_spin ();
  g_assert_cmpint (mk_clusters_page_get_year (f->page), ==, YEAR - 1);
  g_assert_cmpstr (mk_clusters_page_get_state (f->page), ==, "unclassified");
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page->year_dropdown), "year.next", NULL));
  mk_test_gui_spin ();
  g_assert_cmpint (mk_clusters_page_get_year (f->page), ==, YEAR);
  g_assert_cmpuint (n_shown (f), ==, 7);
}

static MkMethodologyPage *
open_methodology (Fixture    *f,
                  GtkWindow **window)
{
  GtkWidget *page = mk_methodology_page_new ();

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 900, 700);
  gtk_window_set_child (*window, page);
  mk_page_set_store (MK_PAGE (page), f->store);
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

  classify (f);
  before = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_computed (before), ==, MK_CLUSTER_SNRO);
  page = open_methodology (f, &window);
  g_assert_cmpint (mk_methodology_page_get_year (page), ==, YEAR);
  g_assert_cmpint (mk_methodology_page_get_value (page, MK_SETTING_SNRO_MIN), ==, 7);

  /* A contradiction shows at the field that made it; saving waits. */
  mk_methodology_page_set_value (page, MK_SETTING_SRNR_MIN, 7);
  mk_methodology_page_set_value (page, MK_SETTING_SRNR_MIN, 9);
  g_assert_nonnull (mk_methodology_page_get_error (page, MK_SETTING_SRNR_MIN));
  gtk_widget_activate_action (GTK_WIDGET (page), "methodology.save", NULL);
  mk_test_gui_spin ();
  g_assert_null (mk_methodology_page_get_confirm_dialog (page));
  mk_methodology_page_set_value (page, MK_SETTING_SRNR_MIN, 2);
  g_assert_null (mk_methodology_page_get_error (page, MK_SETTING_SRNR_MIN));

  /* ШНРО from 8 markers: the ШсРНР band follows, so no contradiction. */
  mk_methodology_page_set_value (page, MK_SETTING_SNRO_MIN, 8);
  g_assert_cmpint (mk_methodology_page_get_value (page, MK_SETTING_SRNR_MAX), ==, 7);
  g_assert_null (mk_methodology_page_get_error (page, MK_SETTING_SNRO_MIN));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "methodology.save", NULL));
  mk_test_gui_spin ();
  confirm = mk_methodology_page_get_confirm_dialog (page);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "save");
  mk_test_gui_spin ();

  saved = mk_store_load_methodology (f->store, YEAR, NULL);
  g_assert_cmpint (mk_methodology_get (saved, MK_SETTING_SNRO_MIN), ==, 8);
  after = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_computed (after), ==, MK_CLUSTER_SRNR);
  strong = stored (f, TOWN, "СШ № 1");
  g_assert_cmpint (mk_assignment_get_computed (strong), ==, MK_CLUSTER_SNRO);
  /* The clusters page follows the store. */
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 2")), ==, MK_CLUSTER_SRNR);
  gtk_window_destroy (window);
  mk_test_gui_spin ();
}

/* After classification, an import into the window makes the year's
 * clusters stale: the page says so, and its button recalculates them. */
static void
test_stale (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *banner = GTK_WIDGET (f->page->stale_banner);
  g_autofree char *path = mk_test_write_file (f->dir, "more.csv",
      "municipality;school;year;procedure;participants;low;mark\n"
      TOWN ";СШ № 10;2022;ОГЭ ФИЗ;;;Н\n", -1);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { NULL, FALSE };
  g_autoptr(GError) error = NULL;

  classify (f);
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_true (mk_import_results (f->store, path, &options, report, &error));
  g_assert_no_error (error);
  mk_test_gui_spin ();
  g_assert_true (gtk_widget_get_visible (banner));
  mk_test_gui_save_screenshot (GTK_WIDGET (f->window), "clusters-stale");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.classify", NULL));
  while (mk_clusters_page_is_busy (f->page))
    mk_test_gui_spin ();
  mk_test_gui_spin ();
  g_assert_false (gtk_widget_get_visible (banner));
}

/* A saved override is undone too: a changed one comes back as it was, a
 * new one goes. */
static void
test_override_save_undo (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(MkAssignment) changed = NULL, back = NULL, none = NULL;
  MkOverrideDialog *dialog;

  classify (f);
  dialog = open_override (f, "СШ № 2");
  mk_override_dialog_set_cluster (dialog, MK_CLUSTER_SFNSU);
  mk_override_dialog_set_reason (dialog, "Решение рабочей группы № 1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  dialog = open_override (f, "СШ № 2");
  mk_override_dialog_set_cluster (dialog, MK_CLUSTER_SRNR);
  mk_override_dialog_set_reason (dialog, "Решение рабочей группы № 2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  changed = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (changed), ==, MK_CLUSTER_SRNR);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.undo-override", NULL));
  mk_test_gui_spin ();
  back = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (back), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpstr (mk_assignment_get_override_reason (back), ==, "Решение рабочей группы № 1");
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 2")), ==, MK_CLUSTER_SFNSU);

  dialog = open_override (f, "СШ № 10");
  mk_override_dialog_set_cluster (dialog, MK_CLUSTER_SNRO);
  mk_override_dialog_set_reason (dialog, "Решение рабочей группы № 3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  mk_test_gui_save_screenshot (GTK_WIDGET (f->window), "clusters-override-undo");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.undo-override", NULL));
  mk_test_gui_spin ();
  none = stored (f, TOWN, "СШ № 10");
  g_assert_cmpint (mk_assignment_get_override (none), ==, MK_CLUSTER_NONE);
  g_assert_cmpint (mk_assignment_get_final (none), ==, MK_CLUSTER_SRNR);
}

/* A year without data reads «n/a», not blank or 0, and a sum over it is
 * marked partial; a school without a cluster reads «no data». */
static void
test_unknown_cells (Fixture       *f,
                    gconstpointer  data)
{
  MkAssignment *gym, *none;
  g_autofree char *prev = NULL, *total = NULL, *final = NULL, *none_total = NULL;

  classify (f);
  gym = select_school (f, "Гимназия № 1");
  prev = mk_cluster_column_dup_text (gym, MK_CLUSTER_COLUMN_MARKERS_PREV);
  total = mk_cluster_column_dup_text (gym, MK_CLUSTER_COLUMN_MARKERS_TOTAL);
  g_assert_cmpstr (prev, ==, "n/a");
  g_assert_cmpstr (total, ==, "≥0");
  none = select_school (f, "СШ № 7");
  final = mk_cluster_column_dup_text (none, MK_CLUSTER_COLUMN_FINAL);
  none_total = mk_cluster_column_dup_text (none, MK_CLUSTER_COLUMN_MARKERS_TOTAL);
  g_assert_cmpstr (final, ==, "no data");
  g_assert_cmpstr (none_total, ==, "n/a");
}

static void
add_page_test (const char *path,
               void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  add_page_test ("/gui/clusters/classify", test_classify);
  add_page_test ("/gui/clusters/override-no-cluster", test_override_no_cluster);
  add_page_test ("/gui/clusters/sort-filter", test_sort_filter);
  add_page_test ("/gui/clusters/override-invalid", test_override_invalid);
  add_page_test ("/gui/clusters/override-clear-undo", test_override_clear_undo);
  add_page_test ("/gui/clusters/override-save-undo", test_override_save_undo);
  add_page_test ("/gui/clusters/unknown-cells", test_unknown_cells);
  add_page_test ("/gui/clusters/years", test_years);
  add_page_test ("/gui/clusters/stale", test_stale);
  add_page_test ("/gui/methodology/save-reclassify", test_methodology);

  return g_test_run ();
}
