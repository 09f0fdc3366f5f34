/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-procedures"
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mk-demo.h"
#include "mk-methodology-page.h"
#include "mk-page.h"
#include "mk-procedure-dialog.h"
#include "mk-procedures-editor.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"
#include "mk-window.h"
#include "mk-window-private.h"

/* Display tests of the procedure catalog on the references page: add
 * through the dialog (a duplicate refused first), see it in the list,
 * edit a title, delete and undo, and Delete refused for a procedure that
 * results use. With MK_SCREENSHOT_DIR set, the demo window and the
 * dialog are saved as pictures for a look by eye. */

typedef struct
{
  MkTestPage          t;
  MkProceduresEditor *editor;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *page = mk_methodology_page_new ();

  mk_test_page_open_store (&f->t, "procedures.db", FALSE);
  mk_test_page_show (&f->t, page, 900, 700);
  f->editor = MK_PROCEDURES_EDITOR (mk_test_gui_find_descendant (page, MK_TYPE_PROCEDURES_EDITOR));
  g_assert_nonnull (f->editor);
}

MK_TEST_PAGE_TEARDOWN (Fixture)

static guint
n_rows (Fixture *f)
{
  return g_list_model_get_n_items (mk_record_list_editor_get_items (MK_RECORD_LIST_EDITOR (f->editor)));
}

/* The index of the row whose title is CODE, or -1. */
static int
row_of (Fixture    *f,
        const char *code)
{
  for (guint i = 0; i < n_rows (f); i++)
    {
      GtkWidget *row = mk_test_gui_record_row (GTK_WIDGET (f->editor), i);

      if (g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), code))
        return (int) i;
    }
  return -1;
}

static const char *
row_subtitle (Fixture    *f,
              const char *code)
{
  int index = row_of (f, code);

  g_assert_cmpint (index, >=, 0);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (mk_test_gui_record_row (GTK_WIDGET (f->editor),
                                                                            index)));
}

static GtkWidget *
delete_button (Fixture    *f,
               const char *code)
{
  int index = row_of (f, code);
  GtkWidget *button;

  g_assert_cmpint (index, >=, 0);
  button = mk_test_gui_find_descendant (mk_test_gui_record_row (GTK_WIDGET (f->editor), index), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  return button;
}

/* The parts of a procedure as a person picks them (GRADE for ВПР, LEVEL
 * for ЕГЭ mathematics); TITLE NULL keeps the one suggested. */
static void
fill (MkProcedureDialog *dialog,
      const char        *kind,
      const char        *subject,
      int                grade,
      const char        *level,
      const char        *title)
{
  GtkWidget *widget = GTK_WIDGET (dialog);
  MkProcedureKind kind_id = MK_KIND_OGE;

  g_assert_true (mk_procedure_kind_from_name (kind, &kind_id));
  adw_combo_row_set_selected (MK_TEST_GUI_CHILD (widget, ADW_TYPE_COMBO_ROW, "kind_row"), kind_id);
  for (guint i = 0; i < mk_procedure_n_subjects (); i++)
    {
      const char *code;

      mk_procedure_get_subject_at (i, &code, NULL);
      if (g_strcmp0 (code, subject) == 0)
        adw_combo_row_set_selected (MK_TEST_GUI_CHILD (widget, ADW_TYPE_COMBO_ROW, "subject_row"), i);
    }
  if (grade != 0)
    gtk_spin_button_set_value (MK_TEST_GUI_CHILD (widget, GTK_TYPE_SPIN_BUTTON, "grade_spin"), grade);
  adw_combo_row_set_selected (MK_TEST_GUI_CHILD (widget, ADW_TYPE_COMBO_ROW, "level_row"),
                              g_strcmp0 (level, "БАЗ") == 0 ? 1 : 0);
  if (title != NULL)
    gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (widget, "title_row")), title);
  mk_test_gui_spin ();
}

/* Enter in the title saves. */
static void
press_enter (GtkWindow *dialog)
{
  GtkWidget *entry = mk_test_gui_find_descendant (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  GtkWidget *text = mk_test_gui_find_descendant (entry, GTK_TYPE_TEXT);

  g_assert_nonnull (text);
  g_signal_emit_by_name (text, "activate");
  mk_test_gui_spin ();
}

static MkProcedureDialog *
open_add_dialog (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "procedures.add", NULL));
  mk_test_gui_spin ();
  g_assert_nonnull (mk_test_gui_record_dialog ());
  return MK_PROCEDURE_DIALOG (mk_test_gui_record_dialog ());
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  MkProcedureDialog *dialog;
  g_autoptr(MkProcedure) stored = NULL;

  g_assert_cmpuint (n_rows (f), ==, 33);
  /* Grouped by kind: the ОГЭ first, the ВПР last. */
  g_assert_cmpint (row_of (f, "ОГЭ РУ"), ==, 0);
  g_assert_cmpint (row_of (f, "ВПР РУ-8"), ==, 32);
  dialog = open_add_dialog (f);
  /* It opens on an ОГЭ the catalog lacks. */
  g_assert_cmpstr (mk_test_gui_label_text (GTK_WIDGET (dialog), "code_label"), ==, "ОГЭ АНГ");

  /* The code follows the parts; a duplicate is refused with a message. */
  fill (dialog, "ЕГЭ", "МА", 0, "БАЗ", NULL);
  g_assert_cmpstr (mk_test_gui_label_text (GTK_WIDGET (dialog), "code_label"), ==, "ЕГЭ МА БАЗ");
  press_enter (GTK_WINDOW (dialog));
  g_assert_true (mk_test_gui_record_dialog () == GTK_WINDOW (dialog));
  g_assert_nonnull (strstr (mk_test_gui_record_error (GTK_WINDOW (dialog)), "«ЕГЭ МА БАЗ»"));
  g_assert_cmpuint (n_rows (f), ==, 33);

  /* ВПР takes a grade; the title follows until typed. */
  fill (dialog, "ВПР", "ИСТ", 6, NULL, NULL);
  g_assert_cmpstr (mk_test_gui_label_text (GTK_WIDGET (dialog), "code_label"), ==, "ВПР ИСТ-6");
  g_assert_null (mk_test_gui_record_error (GTK_WINDOW (dialog)));
  press_enter (GTK_WINDOW (dialog));
  g_assert_null (mk_test_gui_record_dialog ());
  stored = mk_store_find_procedure (f->t.store, "ВПР ИСТ-6", NULL);
  g_assert_nonnull (stored);
  g_assert_cmpstr (mk_procedure_get_title (stored), ==, "История 6 кл");
  g_assert_cmpuint (n_rows (f), ==, 34);
  g_assert_cmpint (row_of (f, "ВПР ИСТ-6"), ==, 33);
  g_assert_cmpstr (row_subtitle (f, "ВПР ИСТ-6"), ==, "История 6 кл · no results");

  /* Cancel (Escape's action) closes without writing. */
  dialog = open_add_dialog (f);
  fill (dialog, "ОГЭ", "НЕМ", 0, NULL, "Немецкий");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  mk_test_gui_spin ();
  g_assert_null (mk_test_gui_record_dialog ());
  g_assert_null (mk_store_find_procedure (f->t.store, "ОГЭ НЕМ", NULL));
}

static void
test_edit_title (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(MkProcedure) stored = NULL;
  MkProcedureDialog *dialog;

  g_signal_emit_by_name (mk_test_gui_record_row (GTK_WIDGET (f->editor), row_of (f, "ОГЭ ЛИТ")),
                         "activated");
  mk_test_gui_spin ();
  dialog = MK_PROCEDURE_DIALOG (mk_test_gui_record_dialog ());
  g_assert_nonnull (dialog);
  g_assert_cmpstr (mk_test_gui_label_text (GTK_WIDGET (dialog), "code_label"), ==, "ОГЭ ЛИТ");
  fill (dialog, "ОГЭ", "ЛИТ", 0, NULL, "Литература (по выбору)");
  press_enter (GTK_WINDOW (dialog));
  g_assert_null (mk_test_gui_record_dialog ());
  stored = mk_store_find_procedure (f->t.store, "ОГЭ ЛИТ", NULL);
  g_assert_cmpstr (mk_procedure_get_title (stored), ==, "Литература (по выбору)");
  g_assert_cmpint (mk_procedure_get_position (stored), ==, 10);
  g_assert_cmpstr (row_subtitle (f, "ОГЭ ЛИТ"), ==, "Литература (по выбору) · no results");
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(MkProcedure) back = NULL;

  /* The row's own Delete button, as the user clicks it. */
  g_signal_emit_by_name (delete_button (f, "ЕГЭ НЕМ"), "clicked");
  mk_test_gui_spin ();
  g_assert_cmpuint (n_rows (f), ==, 32);
  g_assert_cmpint (row_of (f, "ЕГЭ НЕМ"), ==, -1);
  g_assert_null (mk_store_find_procedure (f->t.store, "ЕГЭ НЕМ", NULL));
  mk_record_list_editor_undo (MK_RECORD_LIST_EDITOR (f->editor));
  mk_test_gui_spin ();
  g_assert_cmpuint (n_rows (f), ==, 33);
  back = mk_store_find_procedure (f->t.store, "ЕГЭ НЕМ", NULL);
  g_assert_nonnull (back);
  g_assert_cmpint (mk_procedure_get_position (back), ==, 33);
  g_assert_cmpstr (row_subtitle (f, "ЕГЭ НЕМ"), ==, "Немецкий язык · no results");
}

/* A procedure with results: its Delete is disabled and says why, and
 * a click that reaches it anyway changes nothing. */
static void
test_delete_used (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(MkSchool) school = mk_school_new ();
  g_autoptr(MkProcedure) maths = mk_store_find_procedure (f->t.store, "ОГЭ МА", NULL);
  g_autoptr(GError) error = NULL;
  MkResultRow row = { 0 };
  GtkWidget *button;

  mk_school_set_municipality (school, "Смоленск");
  mk_school_set_name (school, "СШ № 1");
  g_assert_true (mk_store_add_school (f->t.store, school, &error));
  row = (MkResultRow) { mk_school_get_id (school), 2022, mk_procedure_get_id (maths), NULL,
                        20, 7, -1, FALSE, FALSE };
  g_assert_true (mk_store_put_result (f->t.store, &row, NULL, &error));
  g_assert_no_error (error);
  mk_store_emit_changed (f->t.store, MK_TOPIC_RESULTS);
  mk_test_gui_spin ();
  g_assert_cmpstr (row_subtitle (f, "ОГЭ МА"), ==, "Математика · 1 result");
  button = delete_button (f, "ОГЭ МА");
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "1 result"));
  g_signal_emit_by_name (button, "clicked");
  mk_test_gui_spin ();
  g_assert_cmpuint (n_rows (f), ==, 33);
  g_assert_true (gtk_widget_get_sensitive (delete_button (f, "ОГЭ РУ")));
}

/* The demo in the real window, for a look: the page scrolled to the
 * catalog with the ОГЭ open, and the add dialog. */
static void
test_window (void)
{
  mk_test_gui_look_at_records (MK_TYPE_PROCEDURES_EDITOR, 33, 9, "procedures.add",
                               "procedures", "procedure-dialog");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  MK_TEST_PAGE_ADD ("/gui/procedures/add", NULL, test_add);
  MK_TEST_PAGE_ADD ("/gui/procedures/edit-title", NULL, test_edit_title);
  MK_TEST_PAGE_ADD ("/gui/procedures/delete-undo", NULL, test_delete_undo);
  MK_TEST_PAGE_ADD ("/gui/procedures/delete-used", NULL, test_delete_used);
  g_test_add_func ("/gui/procedures/window", test_window);
  return g_test_run ();
}
