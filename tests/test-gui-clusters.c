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
#include "mk-override-dialog.h"
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
  MkTestPage          t;
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
        MkImportKind  kind,
        const char *name,
        const char *contents)
{
  g_autofree char *path = mk_test_write_file (f->t.dir, name, contents, -1);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { NULL, FALSE };
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_import (kind, f->t.store, path, &options, report, &error));
  g_assert_no_error (error);
}

static void
fill (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  add_school (f->t.store, TOWN, "СШ № 1");
  add_school (f->t.store, TOWN, "СШ № 2");
  add_school (f->t.store, TOWN, "СШ № 10");
  add_school (f->t.store, TOWN, "Гимназия № 1");
  add_school (f->t.store, TOWN, "ОШ № 3");
  add_school (f->t.store, TOWN, "СШ № 7");
  add_school (f->t.store, OTHER, "СШ № 5");
  import (f, MK_IMPORT_KIND_RESULTS, "results.csv", results_csv);
  import (f, MK_IMPORT_KIND_CONTEXT, "context.csv", context_csv);
  g_assert_true (mk_store_ensure_school_year (f->t.store, YEAR - 1, &error));
  g_assert_true (mk_store_ensure_school_year (f->t.store, YEAR, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mk_test_page_open_store (&f->t, "clusters.db", FALSE);
  fill (f);
  f->page = MK_CLUSTERS_PAGE (mk_clusters_page_new ());
  mk_test_page_show (&f->t, GTK_WIDGET (f->page), 1300, 800);
}

MK_TEST_PAGE_TEARDOWN (Fixture)

/* The page's spinner turns while a classification runs. */
static gboolean
busy (MkClustersPage *page)
{
  return gtk_spinner_get_spinning (MK_TEST_GUI_CHILD (page, GTK_TYPE_SPINNER, "spinner"));
}

static GListModel *
shown (Fixture *f)
{
  return mk_test_gui_rows (GTK_WIDGET (f->page), "column_view");
}

/* "list", "empty" (nothing matches) or "unclassified". */
static const char *
state (Fixture *f)
{
  return gtk_stack_get_visible_child_name (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_STACK,
                                                              "list_stack"));
}

/* The cluster chips as they read: «ШПУ 1 · ШБУ 1 · ШНРО 2 · …». */
static char *
dup_counts (Fixture *f)
{
  GtkWidget *box = mk_test_gui_child (GTK_WIDGET (f->page), "chips_box");
  g_autoptr(GString) text = g_string_new (NULL);

  for (GtkWidget *chip = gtk_widget_get_first_child (box); chip != NULL;
       chip = gtk_widget_get_next_sibling (chip))
    if (gtk_widget_get_visible (chip))
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "",
                              gtk_button_get_label (GTK_BUTTON (chip)));
  return g_string_free (g_steal_pointer (&text), FALSE);
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

static void
overridden_only (Fixture  *f,
                 gboolean  only)
{
  gtk_check_button_set_active (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_CHECK_BUTTON,
                                                  "overridden_check"), only);
  mk_test_gui_spin ();
}

static GtkWidget *
details (Fixture *f)
{
  return mk_test_gui_child (GTK_WIDGET (f->page), "details");
}

/* The override's heading and reason in the panel, NULL when it shows
 * none. */
static char *
dup_panel_override (Fixture *f)
{
  if (!gtk_widget_get_visible (mk_test_gui_child (details (f), "override_box")))
    return NULL;
  return g_strdup_printf ("%s\n%s", mk_test_gui_label_text (details (f), "override_title"),
                          mk_test_gui_label_text (details (f), "override_reason"));
}

/* The rows of the panel's history table, its heading aside. */
static guint
n_history_rows (Fixture *f)
{
  GtkGrid *grid = MK_TEST_GUI_CHILD (details (f), GTK_TYPE_GRID, "history_grid");
  guint rows = 0;

  while (gtk_grid_get_child_at (grid, 0, (int) rows + 1) != NULL)
    rows++;
  return rows;
}

static MkOverrideDialog *
open_dialog (void)
{
  return (MkOverrideDialog *) mk_test_gui_find_window (MK_TYPE_OVERRIDE_DIALOG);
}

static void
set_cluster (MkOverrideDialog *dialog,
             MkCluster         cluster)
{
  adw_combo_row_set_selected (MK_TEST_GUI_CHILD (dialog, ADW_TYPE_COMBO_ROW, "cluster_row"),
                              cluster - 1);
  mk_test_gui_spin ();
}

static MkCluster
chosen_cluster (MkOverrideDialog *dialog)
{
  guint selected = adw_combo_row_get_selected (MK_TEST_GUI_CHILD (dialog, ADW_TYPE_COMBO_ROW,
                                                                  "cluster_row"));

  return selected == GTK_INVALID_LIST_POSITION ? MK_CLUSTER_NONE : (MkCluster) (selected + 1);
}

static void
set_reason (MkOverrideDialog *dialog,
            const char       *reason)
{
  GtkTextView *view = MK_TEST_GUI_CHILD (dialog, GTK_TYPE_TEXT_VIEW, "reason_view");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), reason, -1);
  mk_test_gui_spin ();
}

static GtkEditable *
date_field (MkOverrideDialog *dialog)
{
  return GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (dialog), "date_row"));
}

static const char *
reason_error (MkOverrideDialog *dialog)
{
  return mk_test_gui_shown_text (GTK_WIDGET (dialog), "reason_error", NULL);
}

static const char *
date_error (MkOverrideDialog *dialog)
{
  return mk_test_gui_shown_text (GTK_WIDGET (dialog), "date_error", "date_error_row");
}

/* A refusal of the whole form (no cluster, the store's). */
static const char *
general_error (MkOverrideDialog *dialog)
{
  return mk_test_gui_shown_text (GTK_WIDGET (dialog), "general_error", NULL);
}

/* Classifies through the page's action and waits for its worker. */
static void
classify (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.classify", NULL));
  g_assert_true (busy (f->page));
  while (busy (f->page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      mk_test_gui_spin ();
    }
  mk_test_gui_spin ();
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (shown (f));
}

/* The school names shown, joined by "|". */
static char *
shown_names (Fixture *f)
{
  GListModel *model = shown (f);
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
  GListModel *model = shown (f);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (model, i);

      if (g_str_equal (mk_assignment_get_school_name (item), name))
        {
          mk_test_gui_select_row (GTK_WIDGET (f->page), "column_view", i);
          return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (shown (f)));
        }
    }
  g_error ("%s is not shown", name);
}

static MkAssignment *
stored (Fixture    *f,
        const char *municipality,
        const char *name)
{
  g_autoptr(MkSchool) school = mk_store_find_school (f->t.store, municipality, name, NULL, NULL);
  g_autoptr(GError) error = NULL;
  MkAssignment *assignment;

  g_assert_nonnull (school);
  assignment = mk_store_get_assignment (f->t.store, mk_school_get_id (school), YEAR, &error);
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
  g_autofree char *shown_counts = NULL;
  MkAssignment *selected;

  /* The newest year is shown, and it has no clusters yet. */
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, YEAR);
  g_assert_cmpstr (state (f), ==, "unclassified");
  g_assert_cmpuint (n_shown (f), ==, 0);

  classify (f);
  g_assert_cmpstr (state (f), ==, "list");
  g_assert_cmpuint (n_shown (f), ==, 7);
  /* СШ № 7 has no data: its chip follows the five. */
  shown_counts = dup_counts (f);
  g_assert_true (g_str_has_prefix (shown_counts, counts));
  g_assert_nonnull (strstr (count_text (f), "7"));

  selected = select_school (f, "СШ № 1");
  g_assert_cmpint (mk_assignment_get_final (selected), ==, MK_CLUSTER_SNRO);
  g_assert_cmpint (mk_assignment_get_markers_total (selected), ==, 8);
  g_assert_cmpint (mk_assignment_get_isbsh (selected), ==, 805);
  /* The panel explains the assignment and lists the year. */
  g_assert_cmpstr (mk_test_gui_label_text (details (f), "title_label"), ==, "СШ № 1");
  g_assert_cmpstr (mk_test_gui_label_text (details (f), "explanation_label"),
                   ==, mk_assignment_get_explanation (selected));
  g_assert_cmpuint (n_history_rows (f), ==, 1);
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 5")), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 7")), ==, MK_CLUSTER_NONE);
}

static void
test_sort_filter (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *model = shown (f);
  g_autoptr(MkAssignment) first = NULL;
  g_autoptr(MkAssignment) last = NULL;
  g_autofree char *natural = NULL;
  g_autofree char *snro = NULL;

  classify (f);
  mk_test_gui_sort_by (GTK_WIDGET (f->page), "column_view", MK_CLUSTER_COLUMN_MARKERS_TOTAL, GTK_SORT_DESCENDING);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, n_shown (f) - 1);
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
  g_assert_cmpuint (n_shown (f), ==, 1);
  choose_cluster (f, -1);

  g_assert_true (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), OTHER));
  g_assert_cmpuint (n_shown (f), ==, 1);
  g_assert_true (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), NULL));
  search (f, "гимн");
  g_assert_cmpuint (n_shown (f), ==, 1);
  search (f, "нет такой");
  g_assert_cmpstr (state (f), ==, "empty");
  search (f, "");
  overridden_only (f, TRUE);
  g_assert_cmpuint (n_shown (f), ==, 0);
  overridden_only (f, FALSE);
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
  dialog = open_dialog ();
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
  g_assert_cmpint (chosen_cluster (dialog), ==, MK_CLUSTER_NONE);
  g_assert_false (shows_label (mk_test_gui_child (GTK_WIDGET (dialog), "cluster_row"),
                               mk_cluster_abbreviation (MK_CLUSTER_SPU)));
  set_reason (dialog, "Приказ № 5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_true (open_dialog () == dialog);
  g_assert_nonnull (general_error (dialog));
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 7")), ==, MK_CLUSTER_NONE);
  set_cluster (dialog, MK_CLUSTER_SBU);
  g_assert_null (general_error (dialog));
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
  g_assert_null (reason_error (dialog));
  g_assert_null (date_error (dialog));
  g_assert_cmpint (chosen_cluster (dialog), ==, MK_CLUSTER_SNRO);
  /* … and it is what the row shows, not the first of the list. */
  g_assert_true (shows_label (mk_test_gui_child (GTK_WIDGET (dialog), "cluster_row"),
                              mk_cluster_abbreviation (MK_CLUSTER_SNRO)));
  g_assert_false (shows_label (mk_test_gui_child (GTK_WIDGET (dialog), "cluster_row"),
                               mk_cluster_abbreviation (MK_CLUSTER_SPU)));
  mk_test_gui_save_screenshot (GTK_WIDGET (dialog), "override-dialog");

  /* No reason: nothing is saved and the reason says why. */
  set_cluster (dialog, MK_CLUSTER_SFNSU);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_nonnull (reason_error (dialog));
  g_assert_true (open_dialog () == dialog);

  /* A day that does not exist. */
  set_reason (dialog, "Приказ № 5");
  g_assert_null (reason_error (dialog));
  gtk_editable_set_text (date_field (dialog), "31.02.2023");
  g_assert_nonnull (date_error (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL);
  mk_test_gui_spin ();
  g_assert_true (open_dialog () == dialog);
  unchanged = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (unchanged), ==, MK_CLUSTER_NONE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  mk_test_gui_spin ();
  g_assert_null (open_dialog ());
}

static void
check_overridden_row (Fixture    *f,
                      const char *reason)
{
  MkAssignment *row = select_school (f, "СШ № 2");
  g_autofree char *cell = mk_cluster_column_dup_text (row, MK_CLUSTER_COLUMN_FINAL);
  g_autofree char *tooltip = mk_cluster_column_dup_tooltip (row, MK_CLUSTER_COLUMN_FINAL);
  g_autofree char *panel = dup_panel_override (f);
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
  g_autofree char *shown_counts = NULL;
  g_autoptr(MkAssignment) saved = NULL;
  g_autoptr(MkAssignment) cleared = NULL;
  g_autoptr(MkAssignment) restored = NULL;
  MkOverrideDialog *dialog;

  classify (f);
  dialog = open_override (f, "СШ № 2");
  set_cluster (dialog, MK_CLUSTER_SFNSU);
  set_reason (dialog, reason);
  gtk_editable_set_text (date_field (dialog), "01.09.2022");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_null (open_dialog ());

  saved = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (saved), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpstr (mk_assignment_get_override_reason (saved), ==, reason);
  g_assert_cmpstr (mk_assignment_get_override_date (saved), ==, "2022-09-01");
  check_overridden_row (f, reason);
  shown_counts = dup_counts (f);
  g_assert_true (g_str_has_prefix (shown_counts, counts));
  overridden_only (f, TRUE);
  g_assert_cmpuint (n_shown (f), ==, 1);
  overridden_only (f, FALSE);

  /* Remove: the computed cluster is final again. */
  select_school (f, "СШ № 2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.clear-override", NULL));
  mk_test_gui_spin ();
  cleared = stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (cleared), ==, MK_CLUSTER_NONE);
  g_assert_cmpint (mk_assignment_get_final (select_school (f, "СШ № 2")), ==, MK_CLUSTER_SNRO);
  g_assert_null (dup_panel_override (f));

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
  g_assert_true (mk_test_gui_activate (mk_test_gui_child (GTK_WIDGET (f->page), "year_dropdown"),
                                      "year.prev", NULL));
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, YEAR - 1);
  g_assert_cmpstr (state (f), ==, "unclassified");
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_true (mk_test_gui_activate (mk_test_gui_child (GTK_WIDGET (f->page), "year_dropdown"),
                                      "year.next", NULL));
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, YEAR);
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

  classify (f);
  before = stored (f, TOWN, "СШ № 2");
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
  GtkWidget *banner = mk_test_gui_child (GTK_WIDGET (f->page), "stale_banner");
  g_autofree char *path = mk_test_write_file (f->t.dir, "more.csv",
      "municipality;school;year;procedure;participants;low;mark\n"
      TOWN ";СШ № 10;2022;ОГЭ ФИЗ;;;Н\n", -1);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { NULL, FALSE };
  g_autoptr(GError) error = NULL;

  classify (f);
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_true (mk_import (MK_IMPORT_KIND_RESULTS, f->t.store, path, &options, report, &error));
  g_assert_no_error (error);
  mk_test_gui_spin ();
  g_assert_true (gtk_widget_get_visible (banner));
  mk_test_gui_save_screenshot (GTK_WIDGET (f->t.window), "clusters-stale");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.classify", NULL));
  while (busy (f->page))
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
  set_cluster (dialog, MK_CLUSTER_SFNSU);
  set_reason (dialog, "Решение рабочей группы № 1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  dialog = open_override (f, "СШ № 2");
  set_cluster (dialog, MK_CLUSTER_SRNR);
  set_reason (dialog, "Решение рабочей группы № 2");
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
  set_cluster (dialog, MK_CLUSTER_SNRO);
  set_reason (dialog, "Решение рабочей группы № 3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  mk_test_gui_save_screenshot (GTK_WIDGET (f->t.window), "clusters-override-undo");
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  MK_TEST_PAGE_ADD ("/gui/clusters/classify", NULL, test_classify);
  MK_TEST_PAGE_ADD ("/gui/clusters/override-no-cluster", NULL, test_override_no_cluster);
  MK_TEST_PAGE_ADD ("/gui/clusters/sort-filter", NULL, test_sort_filter);
  MK_TEST_PAGE_ADD ("/gui/clusters/override-invalid", NULL, test_override_invalid);
  MK_TEST_PAGE_ADD ("/gui/clusters/override-clear-undo", NULL, test_override_clear_undo);
  MK_TEST_PAGE_ADD ("/gui/clusters/override-save-undo", NULL, test_override_save_undo);
  MK_TEST_PAGE_ADD ("/gui/clusters/unknown-cells", NULL, test_unknown_cells);
  MK_TEST_PAGE_ADD ("/gui/clusters/years", NULL, test_years);
  MK_TEST_PAGE_ADD ("/gui/clusters/stale", NULL, test_stale);
  MK_TEST_PAGE_ADD ("/gui/methodology/save-reclassify", NULL, test_methodology);

  return g_test_run ();
}
