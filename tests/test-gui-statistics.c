/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-statistics"
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mk-demo.h"
#include "mk-methodology-page.h"
#include "mk-page.h"
#include "mk-statistic-dialog.h"
#include "mk-statistics-editor.h"
#include "mk-store-statistics.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"
#include "mk-window.h"
#include "mk-window-private.h"

/* Display tests of the external statistics editor on the references
 * page: add through the dialog (a refused value first), edit, delete and
 * undo, checking the rows shown and the store. With MK_SCREENSHOT_DIR
 * set, the demo window and the dialog are also saved as pictures for a
 * look by eye. */

typedef struct
{
  MkTestPage          t;
  MkStatisticsEditor *editor;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(MkStatistic) first = mk_statistic_new (2021, "Смоленская область", 351, 68,
                                                   "Таблица 3");
  g_autoptr(GError) error = NULL;
  GtkWidget *page = mk_methodology_page_new ();

  mk_test_page_open_store (&f->t, "statistics.db", FALSE);
  g_assert_true (mk_store_set_statistic (f->t.store, first, NULL, &error));
  mk_test_page_show (&f->t, page, 900, 700);
  f->editor = MK_STATISTICS_EDITOR (mk_test_gui_find_descendant (page, MK_TYPE_STATISTICS_EDITOR));
  g_assert_nonnull (f->editor);
}

MK_TEST_PAGE_TEARDOWN (Fixture)

static const char *
row_title (Fixture *f,
           guint    index)
{
  GtkWidget *row = mk_test_gui_record_row (GTK_WIDGET (f->editor), index);

  g_assert_nonnull (row);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static guint
n_rows (Fixture *f)
{
  return g_list_model_get_n_items (mk_record_list_editor_get_items (MK_RECORD_LIST_EDITOR (f->editor)));
}

static guint
stored_snro (Fixture *f,
             int      year)
{
  g_autoptr(MkStatistic) s = mk_store_get_statistic (f->t.store, year, "Смоленская область", NULL);

  return s ? mk_statistic_get_snro (s) : G_MAXUINT;
}

/* The fields as a person types them. */
static void
fill (MkStatisticDialog *dialog,
      const char        *year,
      const char        *scope,
      guint              schools,
      guint              snro)
{
  GtkWidget *widget = GTK_WIDGET (dialog);

  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (widget, "year_row")), year);
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (widget, "scope_row")), scope);
  gtk_spin_button_set_value (MK_TEST_GUI_CHILD (widget, GTK_TYPE_SPIN_BUTTON, "schools_spin"),
                             schools);
  gtk_spin_button_set_value (MK_TEST_GUI_CHILD (widget, GTK_TYPE_SPIN_BUTTON, "snro_spin"), snro);
  mk_test_gui_spin ();
}

/* Enter in a text field saves: the field's GtkText activates the
 * dialog's default widget, the Save button. */
static void
press_enter (GtkWindow *dialog)
{
  GtkWidget *text = mk_test_gui_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_TEXT);

  g_assert_nonnull (text);
  g_signal_emit_by_name (text, "activate");
  mk_test_gui_spin ();
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  MkStatisticDialog *dialog;

  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpstr (row_title (f, 0), ==, "2021/2022 · Смоленская область");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "statistics.add", NULL));
  mk_test_gui_spin ();
  dialog = MK_STATISTIC_DIALOG (mk_test_gui_record_dialog ());
  g_assert_nonnull (dialog);

  /* More ШНРО than schools: refused with a message, nothing written. */
  fill (dialog, "2022/2023", "Смоленская область", 29, 341);
  press_enter (GTK_WINDOW (dialog));
  g_assert_true (mk_test_gui_record_dialog () == GTK_WINDOW (dialog));
  g_assert_nonnull (mk_test_gui_record_error (GTK_WINDOW (dialog)));
  g_assert_nonnull (strstr (mk_test_gui_record_error (GTK_WINDOW (dialog)), "341"));
  g_assert_cmpuint (stored_snro (f, 2022), ==, G_MAXUINT);
  /* A malformed year names itself. */
  fill (dialog, "2022/2024", "Смоленская область", 341, 29);
  g_assert_nonnull (strstr (mk_test_gui_record_error (GTK_WINDOW (dialog)), "2022/2024"));

  fill (dialog, "2022/2023", "Смоленская область", 341, 29);
  g_assert_null (mk_test_gui_record_error (GTK_WINDOW (dialog)));
  press_enter (GTK_WINDOW (dialog));
  g_assert_null (mk_test_gui_record_dialog ());
  g_assert_cmpuint (stored_snro (f, 2022), ==, 29);
  g_assert_cmpuint (n_rows (f), ==, 2);
  g_assert_cmpstr (row_title (f, 1), ==, "2022/2023 · Смоленская область");

  /* Adding the same year and scope again is refused, not overwritten. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "statistics.add", NULL);
  mk_test_gui_spin ();
  dialog = MK_STATISTIC_DIALOG (mk_test_gui_record_dialog ());
  fill (dialog, "2022/2023", "смоленская область", 1, 1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "statistic.save", NULL);
  mk_test_gui_spin ();
  g_assert_nonnull (strstr (mk_test_gui_record_error (GTK_WINDOW (dialog)), "already"));
  g_assert_cmpuint (stored_snro (f, 2022), ==, 29);
  /* Cancel (Escape's action) closes without writing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  mk_test_gui_spin ();
  g_assert_null (mk_test_gui_record_dialog ());
  g_assert_cmpuint (n_rows (f), ==, 2);
}

/* Enter in a spin button saves too, with the number typed there. */
static void
test_enter_in_spin (Fixture       *f,
                    gconstpointer  data)
{
  MkStatisticDialog *dialog;
  GtkWidget *spin, *text;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "statistics.add", NULL));
  mk_test_gui_spin ();
  dialog = MK_STATISTIC_DIALOG (mk_test_gui_record_dialog ());
  fill (dialog, "2022/2023", "Смоленская область", 341, 29);
  spin = mk_test_gui_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  text = mk_test_gui_find_descendant (spin, GTK_TYPE_TEXT);
  g_assert_nonnull (text);
  g_signal_emit_by_name (text, "activate");
  mk_test_gui_spin ();
  g_assert_null (mk_test_gui_record_dialog ());
  g_assert_cmpuint (stored_snro (f, 2022), ==, 29);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  MkStatisticDialog *dialog;

  g_signal_emit_by_name (mk_test_gui_record_row (GTK_WIDGET (f->editor), 0), "activated");
  mk_test_gui_spin ();
  dialog = MK_STATISTIC_DIALOG (mk_test_gui_record_dialog ());
  g_assert_nonnull (dialog);
  fill (dialog, "2021/2022", "Смоленская область", 351, 60);
  press_enter (GTK_WINDOW (dialog));
  g_assert_null (mk_test_gui_record_dialog ());
  g_assert_cmpuint (stored_snro (f, 2021), ==, 60);
  g_assert_cmpuint (n_rows (f), ==, 1);

  /* Another year moves the figures: the old year is gone. */
  g_signal_emit_by_name (mk_test_gui_record_row (GTK_WIDGET (f->editor), 0), "activated");
  mk_test_gui_spin ();
  dialog = MK_STATISTIC_DIALOG (mk_test_gui_record_dialog ());
  fill (dialog, "2020/2021", "Смоленская область", 357, 23);
  press_enter (GTK_WINDOW (dialog));
  g_assert_cmpuint (stored_snro (f, 2020), ==, 23);
  g_assert_cmpuint (stored_snro (f, 2021), ==, G_MAXUINT);
  g_assert_cmpstr (row_title (f, 0), ==, "2020/2021 · Смоленская область");
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *delete;

  /* The row's own Delete button, as the user clicks it. */
  delete = mk_test_gui_find_descendant (mk_test_gui_record_row (GTK_WIDGET (f->editor), 0), GTK_TYPE_BUTTON);
  g_assert_nonnull (delete);
  g_signal_emit_by_name (delete, "clicked");
  mk_test_gui_spin ();
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_assert_cmpuint (stored_snro (f, 2021), ==, G_MAXUINT);
  g_assert_true (gtk_widget_get_visible (mk_test_gui_find_descendant (GTK_WIDGET (f->editor),
                                                          ADW_TYPE_ACTION_ROW)));
  mk_record_list_editor_undo (MK_RECORD_LIST_EDITOR (f->editor));
  mk_test_gui_spin ();
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpuint (stored_snro (f, 2021), ==, 68);
  g_assert_cmpstr (row_title (f, 0), ==, "2021/2022 · Смоленская область");
}

/* The demo in the real window: the references page lists the five years
 * of Таблица 3 of the Smolensk monitoring report. */
static void
test_window (void)
{
  mk_test_gui_look_at_records (MK_TYPE_STATISTICS_EDITOR, 5, 4, "statistics.add",
                               "references", "statistic-dialog");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  MK_TEST_PAGE_ADD ("/gui/statistics/add", NULL, test_add);
  MK_TEST_PAGE_ADD ("/gui/statistics/edit", NULL, test_edit);
  MK_TEST_PAGE_ADD ("/gui/statistics/enter-in-spin", NULL, test_enter_in_spin);
  MK_TEST_PAGE_ADD ("/gui/statistics/delete-undo", NULL, test_delete_undo);
  g_test_add_func ("/gui/statistics/window", test_window);
  return g_test_run ();
}
