/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-roadmaps"
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mk-import-assistant-private.h"
#include "mk-page.h"
#include "mk-roadmap-editor-view.h"
#include "mk-roadmaps-page.h"
#include "mk-status-matrix-view.h"
#include "mk-store-clusters.h"
#include "mk-store-roadmaps.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"

/* Display tests of the Roadmaps page on the demo: a roadmap built item by
 * item with the editor's actions, its statuses typed into the matrix with
 * the keys a specialist types, undo and redo of both, each step checked
 * in the store; and a school whose cluster changes keeps its statuses.
 * With MK_SCREENSHOT_DIR set, the editor and the matrix are saved as
 * pictures for a look by eye. */

typedef struct
{
  MkTestPage  t;
  GtkWidget  *page;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mk_test_page_open_store (&f->t, "roadmaps.db", TRUE);
  f->page = mk_roadmaps_page_new ();
  mk_test_page_show (&f->t, f->page, 1300, 800);
}

MK_TEST_PAGE_TEARDOWN (Fixture)

/* «1. Раздел|1.1. Б|…»: the items of roadmap ID as the store numbers them. */
static char *
stored_items (Fixture *f,
              gint64   id)
{
  g_autoptr(GPtrArray) items = mk_store_list_roadmap_items (f->t.store, id, NULL);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (items);
  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (text, "%s%s %s", i > 0 ? "|" : "",
                            mk_roadmap_item_get_code (items->pdata[i]),
                            mk_roadmap_item_get_text (items->pdata[i], MK_ITEM_TITLE));
  return g_string_free (text, FALSE);
}

/* A new empty roadmap № 4 of ШНРО in Smolensk 2022/2023, chosen on the page. */
static gint64
new_roadmap (Fixture *f)
{
  MkRoadmapInfo info = { .school_year = 2022, .number = 4, .title = "План № 4",
                         .level = MK_ROADMAP_SCHOOL, .municipality = "Смоленск",
                         .numbered_sections = TRUE, .clusters = 1 << MK_CLUSTER_SNRO };
  g_autoptr(MkRoadmap) roadmap = mk_roadmap_new (&info);
  g_autoptr(GError) error = NULL;
  GtkDropDown *chooser = MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN, "roadmap_dropdown");

  g_assert_true (mk_store_save_roadmap (f->t.store, roadmap, NULL, &error));
  g_assert_no_error (error);
  mk_test_gui_spin ();
  g_assert_true (mk_test_gui_choose_year (f->page, 2022));
  g_assert_true (mk_test_gui_select_text (chooser, "№ 4 · ШНРО · Смоленск"));
  mk_test_gui_spin ();
  return mk_roadmap_get_info (roadmap)->id;
}

/* Adds an item with the editor's action ACTION and types TITLE into the
 * form's title, as Enter applies it. */
static void
add_item (Fixture    *f,
          const char *action,
          const char *title)
{
  GtkWidget *title_row = mk_test_gui_child (f->page, "title_row");

  g_assert_true (mk_test_gui_activate (mk_test_gui_child (f->page, "editor_view"), action, NULL));
  gtk_editable_set_text (GTK_EDITABLE (title_row), title);
  g_signal_emit_by_name (title_row, "entry-activated");
  mk_test_gui_spin ();
}

static void
edit (Fixture    *f,
      const char *action)
{
  g_assert_true (mk_test_gui_activate (mk_test_gui_child (f->page, "editor_view"), action, NULL));
}

static void
test_build_by_actions (Fixture       *f,
                       gconstpointer  data)
{
  gint64 id = new_roadmap (f);
  g_autofree char *built = NULL, *undone = NULL, *redone = NULL, *removed = NULL, *back = NULL;

  adw_view_stack_set_visible_child_name (MK_TEST_GUI_CHILD (f->page, ADW_TYPE_VIEW_STACK, "view_stack"),
                                         "items");
  add_item (f, "editor.add", "Организационное направление");
  add_item (f, "editor.add", "Мероприятие А");
  edit (f, "editor.indent");
  add_item (f, "editor.add", "Мероприятие Б");
  edit (f, "editor.move-up");
  add_item (f, "editor.add", "Методическое направление");
  edit (f, "editor.outdent");
  add_item (f, "editor.add-child", "Семинар");
  built = stored_items (f, id);
  /* The new item went after Б, selected since its move; outdented, it
   * takes А, below it, as its sub-item, as an outline does. */
  g_assert_cmpstr (built, ==, "1. Организационное направление|1.1. Мероприятие Б|"
                              "2. Методическое направление|2.1. Мероприятие А|2.2. Семинар");
  /* Undo takes back the child's title, the child, then the outdent; redo
   * brings them back. */
  edit (f, "editor.undo");
  edit (f, "editor.undo");
  edit (f, "editor.undo");
  undone = stored_items (f, id);
  g_assert_cmpstr (undone, ==, "1. Организационное направление|1.1. Мероприятие Б|"
                               "1.2. Методическое направление|1.3. Мероприятие А");
  edit (f, "editor.redo");
  edit (f, "editor.redo");
  edit (f, "editor.redo");
  redone = stored_items (f, id);
  g_assert_cmpstr (redone, ==, built);
  /* An item goes with its sub-items; undo brings them back. */
  mk_roadmap_editor_view_select (MK_ROADMAP_EDITOR_VIEW (mk_test_gui_child (f->page, "editor_view")), 2);
  edit (f, "editor.remove");
  removed = stored_items (f, id);
  g_assert_cmpstr (removed, ==, "1. Организационное направление|1.1. Мероприятие Б");
  edit (f, "editor.undo");
  back = stored_items (f, id);
  g_assert_cmpstr (back, ==, built);
  mk_test_gui_save_screenshot (f->page, "roadmap-editor");
}

/* Presses KEYVAL with STATE on the matrix, as the keyboard does. */
static void
press (GtkWidget       *matrix,
       guint            keyval,
       GdkModifierType  state)
{
  g_assert_true (mk_test_gui_press_key (matrix, keyval, state));
  mk_test_gui_spin ();
}

static MkItemStatus
stored_status (Fixture       *f,
               MkStatusTable *table,
               guint          row,
               guint          column)
{
  g_autoptr(MkItemReport) report =
    mk_store_get_item_report (f->t.store, mk_roadmap_item_get_id (mk_status_table_get_item (table, row)),
                              mk_status_table_get_school (table, column)->id);

  return report != NULL ? report->status : MK_STATUS_UNKNOWN;
}

static void
test_statuses_by_keys (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *matrix = mk_test_gui_child (f->page, "matrix_view");
  MkStatusTable *table;
  guint n;

  new_roadmap (f);
  add_item (f, "editor.add", "Сетевые соглашения");
  add_item (f, "editor.add", "Семинар");
  table = mk_status_matrix_view_get_table (MK_STATUS_MATRIX_VIEW (matrix));
  g_assert_nonnull (table);
  n = mk_status_table_n_columns (table);
  g_assert_cmpuint (n, ==, 6);  /* the six ШНРО schools of Smolensk */
  gtk_widget_grab_focus (matrix);
  mk_status_matrix_view_set_cursor (MK_STATUS_MATRIX_VIEW (matrix), 0, 0);
  press (matrix, GDK_KEY_Cyrillic_de, 0);
  g_assert_cmpint (stored_status (f, table, 0, 0), ==, MK_STATUS_YES);
  g_assert_cmpint (stored_status (f, table, 0, 1), ==, MK_STATUS_UNKNOWN);
  /* Down, then Shift+н: the whole row «нет». */
  press (matrix, GDK_KEY_Down, 0);
  press (matrix, GDK_KEY_Cyrillic_EN, GDK_SHIFT_MASK);
  for (guint c = 0; c < n; c++)
    g_assert_cmpint (stored_status (f, table, 1, c), ==, MK_STATUS_NO);
  /* Ctrl+ч on the third school: its whole column «частично». */
  press (matrix, GDK_KEY_Right, 0);
  press (matrix, GDK_KEY_Right, 0);
  press (matrix, GDK_KEY_Cyrillic_che, GDK_CONTROL_MASK);
  g_assert_cmpint (stored_status (f, table, 0, 2), ==, MK_STATUS_PARTLY);
  g_assert_cmpint (stored_status (f, table, 1, 2), ==, MK_STATUS_PARTLY);
  /* Undo the column, then the row; redo the row. */
  g_assert_true (mk_test_gui_activate (f->page, "statuses.undo", NULL));
  g_assert_cmpint (stored_status (f, table, 1, 2), ==, MK_STATUS_NO);
  g_assert_cmpint (stored_status (f, table, 0, 2), ==, MK_STATUS_UNKNOWN);
  g_assert_true (mk_test_gui_activate (f->page, "statuses.undo", NULL));
  g_assert_cmpint (stored_status (f, table, 1, 0), ==, MK_STATUS_UNKNOWN);
  g_assert_true (mk_test_gui_activate (f->page, "statuses.redo", NULL));
  g_assert_cmpint (stored_status (f, table, 1, 5), ==, MK_STATUS_NO);
  /* Delete: «нет данных» again. */
  press (matrix, GDK_KEY_Delete, 0);
  g_assert_cmpint (stored_status (f, table, 1, 2), ==, MK_STATUS_UNKNOWN);
}

/* СШ № 9 leaves ШНРО: roadmap № 1 keeps its column, marked, with its
 * statuses; nothing reported is dropped. */
static void
test_school_leaving_keeps_statuses (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWidget *matrix = mk_test_gui_child (f->page, "matrix_view");
  g_autoptr(MkSchool) school = mk_store_find_school (f->t.store, "Смоленск", "СШ № 9", NULL, NULL);
  g_autoptr(GError) error = NULL;
  MkStatusTable *table;
  guint column = G_MAXUINT, done_before;

  g_assert_true (mk_test_gui_choose_year (f->page, 2022));
  table = mk_status_matrix_view_get_table (MK_STATUS_MATRIX_VIEW (matrix));
  g_assert_nonnull (table);
  done_before = mk_status_table_count_column (table, 0).done;
  g_assert_cmpuint (done_before, ==, 25);
  g_assert_true (mk_store_set_override (f->t.store, mk_school_get_id (school), 2022, MK_CLUSTER_SBU,
                                        "проверка", NULL, &error));
  g_assert_no_error (error);
  mk_test_gui_spin ();
  table = mk_status_matrix_view_get_table (MK_STATUS_MATRIX_VIEW (matrix));
  for (guint c = 0; c < mk_status_table_n_columns (table); c++)
    if (mk_status_table_get_school (table, c)->id == mk_school_get_id (school))
      column = c;
  g_assert_cmpuint (column, !=, G_MAXUINT);
  g_assert_false (mk_status_table_get_school (table, column)->member);
  g_assert_cmpuint (mk_status_table_count_column (table, column).done, ==, done_before);
  mk_test_gui_save_screenshot (f->page, "roadmap-matrix");
}

/* «New roadmap»: the dialog refuses a number the year has, then saves;
 * the page shows the new roadmap. */
static void
test_new_roadmap (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *dialog;
  g_autoptr(MkRoadmap) stored = NULL;
  GtkDropDown *chooser = MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN, "roadmap_dropdown");
  g_autoptr(GtkStringObject) shown = NULL;

  g_assert_true (mk_test_gui_choose_year (f->page, 2022));
  g_assert_true (mk_test_gui_activate (f->page, "roadmaps.add", NULL));
  dialog = mk_test_gui_record_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (dialog), "number_row")), "1");
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (dialog), "title_row")),
                         "План для школ ШБУ");
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (dialog), "clusters_row")),
                         "ШБУ");
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (dialog), "municipality_row")),
                         "Смоленск");
  g_assert_true (mk_test_gui_activate (GTK_WIDGET (dialog), "roadmap.save", NULL));
  g_assert_true (mk_test_gui_record_dialog () == dialog);  /* № 1 of 2022/2023 is taken */
  mk_test_assert_has (mk_test_gui_record_error (dialog), "already has a roadmap № 1");
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (dialog), "number_row")), "5");
  g_assert_true (mk_test_gui_activate (GTK_WIDGET (dialog), "roadmap.save", NULL));
  g_assert_null (mk_test_gui_record_dialog ());
  stored = mk_store_find_roadmap (f->t.store, 2022, 5, "Смоленск", NULL);
  g_assert_nonnull (stored);
  g_assert_true (mk_roadmap_serves (stored, MK_CLUSTER_SBU));
  mk_test_gui_spin ();
  shown = gtk_drop_down_get_selected_item (chooser) != NULL
          ? g_object_ref (gtk_drop_down_get_selected_item (chooser)) : NULL;
  g_assert_nonnull (shown);
  g_assert_cmpstr (gtk_string_object_get_string (shown), ==, "№ 5 · ШБУ · Смоленск");
}

/* The item of the combo row ID under WIDGET whose text is TEXT. */
static void
choose_in_combo (GtkWidget  *widget,
                 const char *id,
                 const char *text)
{
  AdwComboRow *row = MK_TEST_GUI_CHILD (widget, ADW_TYPE_COMBO_ROW, id);
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), text))
        {
          adw_combo_row_set_selected (row, i);
          mk_test_gui_spin ();
          return;
        }
    }
  g_error ("«%s» is not offered in %s", text, id);
}

/* A sheet laid out as Таблица 2.2, imported through the assistant with
 * its roadmap chosen: the cell it changes is in the store and the matrix. */
static void
test_import_sheet (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->t.dir, "table.csv",
      "№ п/п;Мероприятия плана;СШ 9;СШ 11\n1.5.2.;;да;нет\n", -1);
  MkImportAssistant *assistant = mk_import_assistant_new (f->t.window, f->t.store,
                                                          MK_IMPORT_KIND_ROADMAP_STATUSES);
  GtkWidget *matrix = mk_test_gui_child (f->page, "matrix_view");
  MkStatusTable *table;

  gtk_window_present (GTK_WINDOW (assistant));
  mk_test_gui_spin ();
  g_assert_true (gtk_widget_get_visible (mk_test_gui_child (GTK_WIDGET (assistant), "roadmap_row")));
  choose_in_combo (GTK_WIDGET (assistant), "roadmap_row", "2022/2023 · № 1 · ШНРО · Смоленск");
  mk_test_gui_save_screenshot (GTK_WIDGET (assistant), "roadmap-import");
  mk_import_assistant_set_file (assistant, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.check", NULL));
  mk_test_gui_wait_for_assistant (assistant);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.import", NULL));
  mk_test_gui_wait_for_assistant (assistant);
  g_assert_cmpstr (mk_test_gui_assistant_step (assistant), ==, "done");
  gtk_window_destroy (GTK_WINDOW (assistant));
  mk_test_gui_spin ();
  g_assert_true (mk_test_gui_choose_year (f->page, 2022));
  table = mk_status_matrix_view_get_table (MK_STATUS_MATRIX_VIEW (matrix));
  for (guint row = 0; row < mk_status_table_n_rows (table); row++)
    if (g_str_equal (mk_roadmap_item_get_code (mk_status_table_get_item (table, row)), "1.5.2."))
      {
        g_assert_cmpint (stored_status (f, table, row, 0), ==, MK_STATUS_YES);
        g_assert_cmpint (mk_status_table_get (table, row, 0)->status, ==, MK_STATUS_YES);
        g_assert_cmpint (stored_status (f, table, row, 1), ==, MK_STATUS_NO);
        return;
      }
  g_assert_not_reached ();
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  MK_TEST_PAGE_ADD ("/gui/roadmaps/build-by-actions", NULL, test_build_by_actions);
  MK_TEST_PAGE_ADD ("/gui/roadmaps/statuses-by-keys", NULL, test_statuses_by_keys);
  MK_TEST_PAGE_ADD ("/gui/roadmaps/school-leaving-keeps-statuses", NULL,
                    test_school_leaving_keeps_statuses);
  MK_TEST_PAGE_ADD ("/gui/roadmaps/import-sheet", NULL, test_import_sheet);
  MK_TEST_PAGE_ADD ("/gui/roadmaps/new-roadmap", NULL, test_new_roadmap);
  return g_test_run ();
}
