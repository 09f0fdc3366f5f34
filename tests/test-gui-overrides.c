/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-overrides"
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mk-cluster-columns.h"
#include "mk-clusters-page.h"
#include "mk-override-dialog.h"
#include "mk-store-clusters.h"
#include "mk-test-clusters.h"
#include "mk-test-gui.h"

/* Display tests of the override dialog of the clusters page: a cluster
 * set by hand, with its reason and date, refused, saved, removed and
 * undone. They share the fixture of test-gui-clusters.c
 * (mk-test-clusters.c) and, like it, check the models and the store,
 * never pixels. */

/* The override's heading and reason in the panel, NULL when it shows
 * none. */
static char *
dup_panel_override (Fixture *f)
{
  if (!gtk_widget_get_visible (mk_test_gui_child (mk_test_clusters_details (f), "override_box")))
    return NULL;
  return g_strdup_printf ("%s\n%s",
                          mk_test_gui_label_text (mk_test_clusters_details (f), "override_title"),
                          mk_test_gui_label_text (mk_test_clusters_details (f), "override_reason"));
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

static MkOverrideDialog *
open_override (Fixture    *f,
               const char *name)
{
  MkOverrideDialog *dialog;

  mk_test_clusters_select_school (f, name);
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

  mk_test_clusters_classify (f);
  dialog = open_override (f, "СШ № 7");
  g_assert_cmpint (chosen_cluster (dialog), ==, MK_CLUSTER_NONE);
  g_assert_false (shows_label (mk_test_gui_child (GTK_WIDGET (dialog), "cluster_row"),
                               mk_cluster_abbreviation (MK_CLUSTER_SPU)));
  set_reason (dialog, "Приказ № 5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_true (open_dialog () == dialog);
  g_assert_nonnull (general_error (dialog));
  g_assert_cmpint (mk_assignment_get_final (mk_test_clusters_select_school (f, "СШ № 7")),
                   ==, MK_CLUSTER_NONE);
  set_cluster (dialog, MK_CLUSTER_SBU);
  g_assert_null (general_error (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_cmpint (mk_assignment_get_final (mk_test_clusters_select_school (f, "СШ № 7")),
                   ==, MK_CLUSTER_SBU);
}

static void
test_override_invalid (Fixture       *f,
                       gconstpointer  data)
{
  MkOverrideDialog *dialog;
  g_autoptr(MkAssignment) unchanged = NULL;

  mk_test_clusters_classify (f);
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
  unchanged = mk_test_clusters_stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (unchanged), ==, MK_CLUSTER_NONE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  mk_test_gui_spin ();
  g_assert_null (open_dialog ());
}

static void
check_overridden_row (Fixture    *f,
                      const char *reason)
{
  MkAssignment *row = mk_test_clusters_select_school (f, "СШ № 2");
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
  g_autofree char *counts = mk_test_clusters_expected_counts (1, 1, 1, 2, 1);
  g_autofree char *shown_counts = NULL;
  g_autoptr(MkAssignment) saved = NULL;
  g_autoptr(MkAssignment) cleared = NULL;
  g_autoptr(MkAssignment) restored = NULL;
  MkOverrideDialog *dialog;

  mk_test_clusters_classify (f);
  dialog = open_override (f, "СШ № 2");
  set_cluster (dialog, MK_CLUSTER_SFNSU);
  set_reason (dialog, reason);
  gtk_editable_set_text (date_field (dialog), "01.09.2022");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  g_assert_null (open_dialog ());

  saved = mk_test_clusters_stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (saved), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpstr (mk_assignment_get_override_reason (saved), ==, reason);
  g_assert_cmpstr (mk_assignment_get_override_date (saved), ==, "2022-09-01");
  check_overridden_row (f, reason);
  shown_counts = mk_test_clusters_dup_counts (f);
  g_assert_true (g_str_has_prefix (shown_counts, counts));
  mk_test_clusters_overridden_only (f, TRUE);
  g_assert_cmpuint (mk_test_clusters_n_shown (f), ==, 1);
  mk_test_clusters_overridden_only (f, FALSE);

  /* Remove: the computed cluster is final again. */
  mk_test_clusters_select_school (f, "СШ № 2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.clear-override", NULL));
  mk_test_gui_spin ();
  cleared = mk_test_clusters_stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (cleared), ==, MK_CLUSTER_NONE);
  g_assert_cmpint (mk_assignment_get_final (mk_test_clusters_select_school (f, "СШ № 2")),
                   ==, MK_CLUSTER_SNRO);
  g_assert_null (dup_panel_override (f));

  /* Undo brings back the same override: cluster, reason and date. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.undo-override", NULL));
  mk_test_gui_spin ();
  restored = mk_test_clusters_stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (restored), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpstr (mk_assignment_get_override_reason (restored), ==, reason);
  g_assert_cmpstr (mk_assignment_get_override_date (restored), ==, "2022-09-01");
  check_overridden_row (f, reason);
}

/* A saved override is undone too: a changed one comes back as it was, a
 * new one goes. */
static void
test_override_save_undo (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(MkAssignment) changed = NULL, back = NULL, none = NULL;
  MkOverrideDialog *dialog;

  mk_test_clusters_classify (f);
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
  changed = mk_test_clusters_stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (changed), ==, MK_CLUSTER_SRNR);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.undo-override", NULL));
  mk_test_gui_spin ();
  back = mk_test_clusters_stored (f, TOWN, "СШ № 2");
  g_assert_cmpint (mk_assignment_get_override (back), ==, MK_CLUSTER_SFNSU);
  g_assert_cmpstr (mk_assignment_get_override_reason (back), ==, "Решение рабочей группы № 1");
  g_assert_cmpint (mk_assignment_get_final (mk_test_clusters_select_school (f, "СШ № 2")),
                   ==, MK_CLUSTER_SFNSU);

  dialog = open_override (f, "СШ № 10");
  set_cluster (dialog, MK_CLUSTER_SNRO);
  set_reason (dialog, "Решение рабочей группы № 3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "override.save", NULL));
  mk_test_gui_spin ();
  mk_test_gui_save_screenshot (GTK_WIDGET (f->t.window), "clusters-override-undo");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.undo-override", NULL));
  mk_test_gui_spin ();
  none = mk_test_clusters_stored (f, TOWN, "СШ № 10");
  g_assert_cmpint (mk_assignment_get_override (none), ==, MK_CLUSTER_NONE);
  g_assert_cmpint (mk_assignment_get_final (none), ==, MK_CLUSTER_SRNR);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  MK_TEST_PAGE_ADD ("/gui/clusters/override-no-cluster", NULL, test_override_no_cluster);
  MK_TEST_PAGE_ADD ("/gui/clusters/override-invalid", NULL, test_override_invalid);
  MK_TEST_PAGE_ADD ("/gui/clusters/override-clear-undo", NULL, test_override_clear_undo);
  MK_TEST_PAGE_ADD ("/gui/clusters/override-save-undo", NULL, test_override_save_undo);

  return g_test_run ();
}
