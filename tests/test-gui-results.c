/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-results"
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mk-import.h"
#include "mk-import-assistant-private.h"
#include "mk-result-editor-private.h"
#include "mk-importers.h"
#include "mk-result-matrix-view.h"
#include "mk-results-page.h"
#include "mk-year-drop-down.h"
#include "mk-store-clusters.h"
#include "mk-store-procedures.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"

/* Display tests of the «Results» page: the model behind the matrix, the
 * filters, editing a cell and the import assistant. They run as test-gui.c
 * does (Xvfb, cairo, memory GSettings) and check models, never pixels. */

typedef struct
{
  MkTestPage          t;
  MkResultsPage *page;
} Fixture;

static const char results_csv[] =
  "municipality;school;year;procedure;participants;low;mark\n"
  "Смоленск;СШ № 1;2022;ЕГЭ ЛИТ;0;0;\n"

  "Смоленск;СШ № 1;2022;ВПР РУ-5;30;10;\n"
  "Смоленск;СШ № 1;2022;ОГЭ МА;20;2;\n"
  "Смоленск;СШ № 2;2022;ВПР МА-4;25;5;\n"
  "Смоленск;СШ № 2;2022;ОГЭ РУ;;;Н\n"
  "Смоленск;СШ № 2;2022;ЕГЭ ХИМ;12;1;Необ.\n"
  "Ельнинский район;СШ № 1;2022;ЕГЭ ХИМ;10;3;\n"
  "Смоленск;СШ № 1;2021;ВПР РУ-5;28;1;\n";

/* "choose", "working", "preview" or "done": the step shown. */
/* The errors the preview counts: «Errors: 2, warnings: 0». */
static guint
n_errors (MkImportAssistant *assistant)
{
  const char *title = mk_test_gui_label_text (GTK_WIDGET (assistant), "messages_title");

  g_assert_true (g_str_has_prefix (title, "Errors: "));
  return (guint) g_ascii_strtoull (title + strlen ("Errors: "), NULL, 10);
}

/* Every error, then every warning, as the list shows them. */
static GListModel *
messages (MkImportAssistant *assistant)
{
  return G_LIST_MODEL (gtk_list_view_get_model (MK_TEST_GUI_CHILD (assistant, GTK_TYPE_LIST_VIEW,
                                                                   "messages_view")));
}

/* «Import» is offered and enabled. */
static gboolean
can_import (MkImportAssistant *assistant)
{
  GtkWidget *button = mk_test_gui_child (GTK_WIDGET (assistant), "import_button");

  return gtk_widget_get_visible (button) && gtk_widget_is_sensitive (button);
}

/* The preview's grid: a row number, then the cells as parsed. */
static guint
preview_n_rows (MkImportAssistant *assistant)
{
  GtkGrid *grid = MK_TEST_GUI_CHILD (assistant, GTK_TYPE_GRID, "preview_grid");
  guint rows = 0;

  while (gtk_grid_get_child_at (grid, 0, (int) rows) != NULL)
    rows++;
  return rows;
}

static const char *
preview_cell (MkImportAssistant *assistant,
              guint              row,
              guint              column)
{
  GtkGrid *grid = MK_TEST_GUI_CHILD (assistant, GTK_TYPE_GRID, "preview_grid");
  GtkWidget *cell = gtk_grid_get_child_at (grid, (int) column + 1, (int) row);

  return cell != NULL ? gtk_label_get_text (GTK_LABEL (cell)) : NULL;
}

static MkResultMatrixView *
view_of (Fixture *f)
{
  return MK_TEST_GUI_CHILD (f->page, MK_TYPE_RESULT_MATRIX_VIEW, "matrix_view");
}

static MkResultGrid *
grid_of (Fixture *f)
{
  return mk_result_matrix_view_get_grid (view_of (f));
}

/* The legend's line of the marker rule: «Marker: 30 % and more…». */
static const char *
marker_legend (Fixture *f,
               GtkWidget *widget)
{
  if (widget == NULL)
    widget = mk_test_gui_child (GTK_WIDGET (f->page), "legend_box");
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "Marker"))
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = marker_legend (f, child);
      if (text != NULL)
        return text;
    }
  return NULL;
}

/* The cell editor, while it is open. */
static MkResultEditor *
editor_of (Fixture *f)
{
  GtkWidget *editor = mk_test_gui_find_descendant (GTK_WIDGET (view_of (f)),
                                                   MK_TYPE_RESULT_EDITOR);

  return editor != NULL && gtk_widget_get_visible (editor) ? MK_RESULT_EDITOR (editor) : NULL;
}

static MkImportAssistant *
assistant_of (void)
{
  return (MkImportAssistant *) mk_test_gui_find_window (MK_TYPE_IMPORT_ASSISTANT);
}

static const char *
page_shown (Fixture *f)
{
  return gtk_stack_get_visible_child_name (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_STACK,
                                                              "page_stack"));
}

static GListModel *
year_model (Fixture *f)
{
  return mk_year_drop_down_get_model (MK_TEST_GUI_CHILD (f->page, MK_TYPE_YEAR_DROP_DOWN,
                                                         "year_dropdown"));
}

static const char *
count_text (Fixture *f)
{
  return mk_test_gui_label_text (GTK_WIDGET (f->page), "count_label");
}

/* NULL, "ВПР", "ОГЭ" or "ЕГЭ", as the kind drop-down offers them after
 * «All kinds». */
static void
choose_kind (Fixture    *f,
             const char *kind)
{
  GtkDropDown *drop_down = MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN, "kind_dropdown");

  if (kind != NULL)
    g_assert_true (mk_test_gui_select_text (drop_down, kind));
  else
    gtk_drop_down_set_selected (drop_down, 0);
  mk_test_gui_spin ();
}

/* Types the form's fields as a person does. */
static void
type_result (MkResultEditor *editor,
             const char     *participants,
             const char     *low,
             gboolean        non_objective)
{
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (editor), "participants_entry")),
                         participants);
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (editor), "low_entry")), low);
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (editor), "share_entry")), "");
  gtk_switch_set_active (MK_TEST_GUI_CHILD (editor, GTK_TYPE_SWITCH, "non_objective_switch"),
                         non_objective);
  mk_test_gui_spin ();
}

static void
click (GtkWidget  *widget,
       const char *button)
{
  g_signal_emit_by_name (mk_test_gui_child (widget, button), "clicked");
  mk_test_gui_spin ();
}

static void
add_school (MkStore    *store,
            const char *municipality,
            const char *name)
{
  g_autoptr(MkSchool) school = mk_school_new ();
  g_autoptr(GError) error = NULL;

  mk_school_set_municipality (school, municipality);
  mk_school_set_name (school, name);
  g_assert_true (mk_store_add_school (store, school, &error));
  g_assert_no_error (error);
}

static void
import_csv (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autofree char *path = mk_test_write_file (f->t.dir, name, contents, -1);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  g_autoptr(GError) error = NULL;
  MkImportOptions options = { 0 };

  g_assert_true (mk_import (MK_IMPORT_KIND_RESULTS, f->t.store, path, &options, report, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mk_test_page_open_store (&f->t, "results.db", FALSE);
  add_school (f->t.store, "Смоленск", "СШ № 1");
  add_school (f->t.store, "Смоленск", "СШ № 2");
  add_school (f->t.store, "Смоленск", "СШ № 3");
  add_school (f->t.store, "Ельнинский район", "СШ № 1");
  if (data != NULL)
    import_csv (f, "results.csv", data);
  f->page = MK_RESULTS_PAGE (mk_results_page_new ());
  mk_test_page_show (&f->t, GTK_WIDGET (f->page), 1200, 800);
}

MK_TEST_PAGE_TEARDOWN (Fixture)

/* The row of SCHOOL of MUNICIPALITY and the column of CODE, as shown. */
static void
find_cell (MkResultGrid *grid,
           const char   *municipality,
           const char   *school,
           const char   *code,
           guint        *row,
           guint        *column)
{
  gboolean found_row = FALSE;
  gboolean found_column = FALSE;

  for (guint i = 0; i < mk_result_grid_get_n_rows (grid) && !found_row; i++)
    {
      const MkResultMatrixRow *r = mk_result_grid_get_row (grid, i);

      if (g_str_equal (r->school, school) && g_str_equal (r->municipality, municipality))
        found_row = (*row = i, TRUE);
    }
  for (guint j = 0; j < mk_result_grid_get_n_columns (grid) && !found_column; j++)
    if (g_str_equal (mk_procedure_get_code (mk_result_grid_get_column (grid, j)), code))
      found_column = (*column = j, TRUE);
  g_assert_true (found_row && found_column);
}

static char *
cell_text (MkResultGrid *grid,
           const char   *municipality,
           const char   *school,
           const char   *code)
{
  guint row;
  guint column;

  find_cell (grid, municipality, school, code, &row, &column);
  return mk_result_cell_dup_text (mk_result_grid_get_cell (grid, row, column));
}

static const MkResultCell *
get_cell (MkResultGrid *grid,
          const char   *municipality,
          const char   *school,
          const char   *code)
{
  guint row;
  guint column;

  find_cell (grid, municipality, school, code, &row, &column);
  return mk_result_grid_get_cell (grid, row, column);
}

static guint
count_kind (MkStore    *store,
            const char *kind)
{
  g_autoptr(GListModel) procedures = mk_store_list_procedures (store, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (procedures, i);

      n += kind == NULL || g_str_equal (mk_procedure_get_kind (procedure), kind);
    }
  return n;
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpstr (page_shown (f), ==, "empty");
  mk_test_gui_save_screenshot (GTK_WIDGET (f->page), "page-empty");
  g_assert_cmpuint (g_list_model_get_n_items (year_model (f)), ==, 0);
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid_of (f)), ==, 0);
  /* The status page's button opens the assistant. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "results.import", NULL));
  mk_test_gui_spin ();
  g_assert_nonnull (assistant_of ());
  mk_test_gui_save_screenshot (GTK_WIDGET (assistant_of ()), "assistant-choose");
  gtk_window_destroy (GTK_WINDOW (assistant_of ()));
  mk_test_gui_spin ();
  g_assert_null (assistant_of ());
}

static void
test_matrix (Fixture       *f,
             gconstpointer  data)
{
  MkResultGrid *grid = grid_of (f);
  GListModel *years = year_model (f);
  g_autoptr(GtkStringObject) first = NULL;
  g_autoptr(GtkStringObject) last = NULL;
  g_autofree char *share = NULL;
  g_autofree char *mark = NULL;
  g_autofree char *non_objective = NULL;

  g_assert_cmpstr (page_shown (f), ==, "matrix");
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 2);
  first = g_list_model_get_item (years, 0);
  last = g_list_model_get_item (years, 1);
  g_assert_cmpstr (gtk_string_object_get_string (first), ==, "2021");
  g_assert_cmpstr (gtk_string_object_get_string (last), ==, "2022");
  /* The newest year is shown. */
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, 2022);
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid), ==, 3);
  g_assert_cmpuint (mk_result_grid_get_n_columns (grid), ==, count_kind (f->t.store, NULL));
  g_assert_nonnull (strstr (count_text (f), "3"));

  share = cell_text (grid, "Смоленск", "СШ № 1", "ВПР РУ-5");
  g_assert_cmpstr (share, ==, "33,3");
  g_assert_true (get_cell (grid, "Смоленск", "СШ № 1", "ВПР РУ-5")->marker);
  g_assert_false (get_cell (grid, "Смоленск", "СШ № 1", "ОГЭ МА")->marker);
  g_assert_true (get_cell (grid, "Ельнинский район", "СШ № 1", "ЕГЭ ХИМ")->marker);
  mark = cell_text (grid, "Смоленск", "СШ № 2", "ОГЭ РУ");
  g_assert_cmpstr (mark, ==, "Н");
  g_assert_true (get_cell (grid, "Смоленск", "СШ № 2", "ОГЭ РУ")->marker);
  non_objective = cell_text (grid, "Смоленск", "СШ № 2", "ЕГЭ ХИМ");
  g_assert_cmpstr (non_objective, ==, "8,3");
  g_assert_true (get_cell (grid, "Смоленск", "СШ № 2", "ЕГЭ ХИМ")->non_objective);
  g_assert_false (get_cell (grid, "Смоленск", "СШ № 2", "ЕГЭ ХИМ")->present &&
                  get_cell (grid, "Смоленск", "СШ № 2", "ВПР РУ-5")->present);
  g_assert_cmpuint (mk_result_grid_get_row (grid, 1)->n_markers, >=, 1);

  /* Nobody took part: no share to show, and not a dash either. */
  {
    g_autofree char *nobody = cell_text (grid, "Смоленск", "СШ № 1", "ЕГЭ ЛИТ");

    g_assert_cmpstr (nobody, ==, "0 took part");
  }
}

/* The legend and the marked cells follow the threshold of the school
 * year the calendar year's results decide (2022 → 2022/2023), at once
 * when the methodology is saved. */
static void
test_threshold (Fixture       *f,
                gconstpointer  data)
{
  MkResultGrid *grid = grid_of (f);
  g_autoptr(MkMethodology) m = mk_methodology_new ();
  g_autoptr(GError) error = NULL;

  mk_test_assert_has (marker_legend (f, NULL), "Marker: 30 %");
  g_assert_true (get_cell (grid, "Смоленск", "СШ № 1", "ВПР РУ-5")->marker);
  g_assert_true (mk_methodology_set (m, MK_SETTING_MARKER_THRESHOLD, 34, &error));
  g_assert_true (mk_store_save_methodology (f->t.store, 2022, m, &error));
  g_assert_no_error (error);
  mk_test_gui_spin ();
  mk_test_assert_has (marker_legend (f, NULL), "Marker: 34 %");
  /* 10 of 30 is 33,3 %: below 34 %. */
  g_assert_false (get_cell (grid, "Смоленск", "СШ № 1", "ВПР РУ-5")->marker);
  mk_test_gui_save_screenshot (GTK_WIDGET (f->t.window), "results-threshold");
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  MkResultGrid *grid = grid_of (f);
  guint all_columns = mk_result_grid_get_n_columns (grid);

  choose_kind (f, "ВПР");
  g_assert_cmpuint (mk_result_grid_get_n_columns (grid), ==, count_kind (f->t.store, "ВПР"));
  g_assert_cmpuint (mk_result_grid_get_n_columns (grid), <, all_columns);
  for (guint j = 0; j < mk_result_grid_get_n_columns (grid); j++)
    g_assert_cmpstr (mk_procedure_get_kind (mk_result_grid_get_column (grid, j)), ==, "ВПР");
  choose_kind (f, NULL);
  g_assert_cmpuint (mk_result_grid_get_n_columns (grid), ==, all_columns);

  g_assert_true (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), "Смоленск"));
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid), ==, 2);
  g_assert_nonnull (strstr (count_text (f), "2"));
  g_assert_false (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), "Нигде"));
  mk_test_gui_choose_municipality (GTK_WIDGET (f->page), NULL);
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid), ==, 3);

  mk_test_gui_search (GTK_WIDGET (f->page), "search_entry", "сш № 2");
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid), ==, 1);
  g_assert_cmpstr (mk_result_grid_get_row (grid, 0)->school, ==, "СШ № 2");
  mk_test_gui_search (GTK_WIDGET (f->page), "search_entry", "");

  g_assert_true (mk_test_gui_activate (mk_test_gui_child (GTK_WIDGET (f->page), "year_dropdown"),
                                      "year.prev", NULL));
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, 2021);
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid), ==, 1);
  g_assert_true (mk_test_gui_activate (mk_test_gui_child (GTK_WIDGET (f->page), "year_dropdown"),
                                      "year.next", NULL));
  g_assert_cmpint (mk_test_gui_page_year (GTK_WIDGET (f->page)), ==, 2022);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  MkResultGrid *grid = grid_of (f);
  MkResultMatrixView *view = view_of (f);
  g_autofree char *text = NULL;
  MkResultEditor *editor;
  guint row;
  guint column;

  find_cell (grid, "Смоленск", "СШ № 1", "ВПР РУ-5", &row, &column);
  mk_result_matrix_view_set_cursor (view, row, column);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "results.edit-cell", NULL));
  mk_test_gui_spin ();
  editor = editor_of (f);
  g_assert_nonnull (editor);

  /* 40 of 30: the form says so at the field, and «Save» keeps it open. */
  type_result (editor, "30", "40", FALSE);
  click (GTK_WIDGET (editor), "save_button");
  g_assert_true (editor_of (f) == editor);
  mk_test_gui_save_screenshot (GTK_WIDGET (editor), "editor-invalid");
  g_assert_nonnull (mk_test_gui_shown_text (GTK_WIDGET (editor), "low_error", NULL));
  g_assert_null (mk_test_gui_shown_text (GTK_WIDGET (editor), "participants_error", NULL));

  type_result (editor, "30", "6", TRUE);
  g_assert_null (mk_test_gui_shown_text (GTK_WIDGET (editor), "low_error", NULL));
  click (GTK_WIDGET (editor), "save_button");
  g_assert_null (editor_of (f));
  text = cell_text (grid, "Смоленск", "СШ № 1", "ВПР РУ-5");
  g_assert_cmpstr (text, ==, "20,0");
  g_assert_false (get_cell (grid, "Смоленск", "СШ № 1", "ВПР РУ-5")->marker);
  g_assert_true (get_cell (grid, "Смоленск", "СШ № 1", "ВПР РУ-5")->non_objective);
  /* The cursor stays on the edited cell across the reload. */
  g_assert_true (mk_result_matrix_view_get_cursor (view, &row, &column));
  g_assert_cmpstr (mk_procedure_get_code (mk_result_grid_get_column (grid, column)), ==, "ВПР РУ-5");
}

static MkResultEditor *
open_editor (Fixture    *f,
             const char *municipality,
             const char *school,
             const char *code)
{
  guint row;
  guint column;

  find_cell (grid_of (f), municipality, school, code, &row, &column);
  mk_result_matrix_view_set_cursor (view_of (f), row, column);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "results.edit-cell", NULL));
  mk_test_gui_spin ();
  g_assert_nonnull (editor_of (f));
  return editor_of (f);
}

static void
test_clear (Fixture       *f,
            gconstpointer  data)
{
  MkResultGrid *grid = grid_of (f);
  g_autofree char *before = cell_text (grid, "Смоленск", "СШ № 2", "ЕГЭ ХИМ");
  g_autofree char *after = NULL;
  MkResultEditor *editor;
  const MkResultCell *cell;

  /* An empty cell has nothing to clear. */
  editor = open_editor (f, "Смоленск", "СШ № 2", "ВПР РУ-5");
  g_assert_false (gtk_widget_is_sensitive (mk_test_gui_child (GTK_WIDGET (editor), "clear_button")));
  gtk_popover_popdown (GTK_POPOVER (editor));
  mk_test_gui_spin ();
  g_assert_false (get_cell (grid, "Смоленск", "СШ № 2", "ВПР РУ-5")->present);

  editor = open_editor (f, "Смоленск", "СШ № 2", "ЕГЭ ХИМ");
  click (GTK_WIDGET (editor), "clear_button");
  g_assert_null (editor_of (f));
  g_assert_false (get_cell (grid, "Смоленск", "СШ № 2", "ЕГЭ ХИМ")->present);
  g_assert_true (get_cell (grid, "Смоленск", "СШ № 2", "ОГЭ РУ")->present);
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid), ==, 3);

  /* The toast's «Undo» puts the same result back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "results.undo-clear", NULL));
  mk_test_gui_spin ();
  cell = get_cell (grid, "Смоленск", "СШ № 2", "ЕГЭ ХИМ");
  g_assert_true (cell->present);
  g_assert_cmpint (cell->participants, ==, 12);
  g_assert_cmpint (cell->low, ==, 1);
  g_assert_true (cell->non_objective);
  g_assert_false (cell->mark_low);
  after = cell_text (grid, "Смоленск", "СШ № 2", "ЕГЭ ХИМ");
  g_assert_cmpstr (after, ==, before);
}

static void
test_input_check (void)
{
  MkResultInput share_only = { "", "", "33,3 %", FALSE, FALSE };
  MkResultInput nothing = { "", "", "", FALSE, FALSE };
  MkResultInput words = { "тридцать", "", "120", FALSE, FALSE };
  MkResultRow row = { 0 };
  char *errors[MK_N_RESULT_FIELDS];

  g_assert_true (mk_result_input_check (&share_only, &row, errors));
  g_assert_cmpint (row.low_share, ==, 33300);
  g_assert_cmpint (row.participants, ==, -1);
  g_assert_false (mk_result_input_check (&nothing, &row, errors));
  g_assert_nonnull (errors[MK_RESULT_FIELD_GENERAL]);
  for (guint i = 0; i < MK_N_RESULT_FIELDS; i++)
    g_free (errors[i]);
  g_assert_false (mk_result_input_check (&words, &row, errors));
  g_assert_nonnull (errors[MK_RESULT_FIELD_PARTICIPANTS]);
  g_assert_nonnull (errors[MK_RESULT_FIELD_SHARE]);
  for (guint i = 0; i < MK_N_RESULT_FIELDS; i++)
    g_free (errors[i]);
}

static gboolean
messages_contain (GListModel *messages,
                  const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(GtkStringObject) string = g_list_model_get_item (messages, i);

      if (strstr (gtk_string_object_get_string (string), text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static MkImportAssistant *
open_assistant (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "results.import", NULL));
  mk_test_gui_spin ();
  g_assert_nonnull (assistant_of ());
  return assistant_of ();
}

static void
test_import_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->t.dir, "bad.csv",
      "municipality;school;year;procedure;participants;low\n"
      "Смоленск;СШ № 3;2022;ВПР РУ-5;20;4\n"
      "Смоленск;СШ № 3;2022;ВПР МА-5;20;25\n", -1);
  MkImportAssistant *assistant = open_assistant (f);

  /* The page writes nothing while the assistant is open. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->page), "results.edit-cell", NULL) &&
                  editor_of (f) != NULL);
  mk_import_assistant_set_file (assistant, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.check", NULL));
  mk_test_gui_wait_for_assistant (assistant);
  g_assert_cmpstr (mk_test_gui_assistant_step (assistant), ==, "preview");
  g_assert_cmpuint (preview_n_rows (assistant), ==, 3);
  g_assert_cmpstr (preview_cell (assistant, 2, 5), ==, "25");
  g_assert_cmpuint (n_errors (assistant), >=, 1);
  mk_test_gui_save_screenshot (GTK_WIDGET (assistant), "assistant-refused");
  g_assert_true (messages_contain (messages (assistant), "bad.csv:3:"));
  g_assert_false (messages_contain (messages (assistant), "bad.csv:2:"));
  g_assert_false (can_import (assistant));
  /* Nothing was written by the check. */
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid_of (f)), ==, 3);
  gtk_window_destroy (GTK_WINDOW (assistant));
  mk_test_gui_spin ();
}

static void
test_import_good (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->t.dir, "good.csv",
      "municipality;school;year;procedure;participants;low\n"
      "Смоленск;СШ № 3;2022;ВПР РУ-5;20;4\n"
      "Смоленск;СШ № 3;2022;ВПР МА-5;20;12\n"
      "Смоленск;СШ № 1;2022;ВПР РУ-5;30;10\n", -1);
  MkImportAssistant *assistant = open_assistant (f);
  MkResultGrid *grid = grid_of (f);
  g_autofree char *text = NULL;

  mk_import_assistant_set_file (assistant, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.check", NULL));
  mk_test_gui_wait_for_assistant (assistant);
  g_assert_cmpuint (n_errors (assistant), ==, 0);
  g_assert_true (can_import (assistant));
  mk_test_gui_save_screenshot (GTK_WIDGET (assistant), "assistant-preview");
  g_assert_nonnull (strstr (mk_test_gui_label_text (GTK_WIDGET (assistant), "counts_label"), "2"));
  g_assert_nonnull (strstr (mk_test_gui_label_text (GTK_WIDGET (assistant), "counts_label"), "1"));
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid), ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.import", NULL));
  mk_test_gui_wait_for_assistant (assistant);
  g_assert_cmpstr (mk_test_gui_assistant_step (assistant), ==, "done");
  /* The importer's progress reached the window from its thread. */
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (MK_TEST_GUI_CHILD (assistant, GTK_TYPE_PROGRESS_BAR,
                                                                      "progress_bar")), >, 0);
  mk_test_gui_save_screenshot (GTK_WIDGET (assistant), "assistant-done");
  g_assert_nonnull (adw_status_page_get_description (MK_TEST_GUI_CHILD (assistant, ADW_TYPE_STATUS_PAGE, "done_page")));
  /* The page reloaded from the store the thread wrote through another
   * connection. */
  g_assert_cmpuint (mk_result_grid_get_n_rows (grid), ==, 4);
  text = cell_text (grid, "Смоленск", "СШ № 3", "ВПР МА-5");
  g_assert_cmpstr (text, ==, "60,0");
  gtk_window_destroy (GTK_WINDOW (assistant));
  mk_test_gui_spin ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "results.edit-cell", NULL));
}

/* The assistant offers every kind the command line imports: here a
 * school list, with no year and no «create missing» to ask. */
static void
test_import_every_kind (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = mk_test_write_file (f->t.dir, "schools.csv",
      "municipality;name\nСмоленск;СШ № 40\n", -1);
  MkImportAssistant *assistant = open_assistant (f);
  guint before = mk_store_count_schools (f->t.store);
  GListModel *kinds = adw_combo_row_get_model (MK_TEST_GUI_CHILD (assistant, ADW_TYPE_COMBO_ROW, "kind_row"));

  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, MK_N_IMPORT_KINDS);
  adw_combo_row_set_selected (MK_TEST_GUI_CHILD (assistant, ADW_TYPE_COMBO_ROW, "kind_row"),
                              MK_IMPORT_KIND_SCHOOLS);
  mk_test_gui_spin ();
  g_assert_false (gtk_widget_get_visible (mk_test_gui_child (GTK_WIDGET (assistant), "year_row")));
  g_assert_false (gtk_widget_get_visible (mk_test_gui_child (GTK_WIDGET (assistant), "create_row")));
  mk_test_gui_save_screenshot (GTK_WIDGET (assistant), "assistant-schools");
  mk_import_assistant_set_file (assistant, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.check", NULL));
  mk_test_gui_wait_for_assistant (assistant);
  g_assert_cmpuint (n_errors (assistant), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.import", NULL));
  mk_test_gui_wait_for_assistant (assistant);
  g_assert_cmpstr (mk_test_gui_assistant_step (assistant), ==, "done");
  g_assert_cmpuint (mk_store_count_schools (f->t.store), ==, before + 1);
  gtk_window_destroy (GTK_WINDOW (assistant));
  mk_test_gui_spin ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  MK_TEST_PAGE_ADD ("/gui/results/empty", NULL, test_empty);
  MK_TEST_PAGE_ADD ("/gui/results/matrix", results_csv, test_matrix);
  MK_TEST_PAGE_ADD ("/gui/results/filters", results_csv, test_filters);
  MK_TEST_PAGE_ADD ("/gui/results/threshold", results_csv, test_threshold);
  MK_TEST_PAGE_ADD ("/gui/results/edit", results_csv, test_edit);
  MK_TEST_PAGE_ADD ("/gui/results/clear", results_csv, test_clear);
  MK_TEST_PAGE_ADD ("/gui/results/import-refused", results_csv, test_import_refused);
  MK_TEST_PAGE_ADD ("/gui/results/import-good", results_csv, test_import_good);
  MK_TEST_PAGE_ADD ("/gui/results/import-every-kind", results_csv, test_import_every_kind);
  g_test_add_func ("/gui/results/input-check", test_input_check);

  return g_test_run ();
}
