/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mk-demo.h"
#include "mk-natural.h"
#include "mk-staff-cell.h"
#include "mk-schools-page-private.h"
#include "mk-staff-view.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"

/* Display tests of the schools page, its form and the staff table (the
 * window's are in test-gui-window.c). They run under Xvfb with
 * GSK_RENDERER=cairo, GTK_A11Y=none and GSETTINGS_BACKEND=memory
 * (tests/meson.build), drive the widgets through their actions and test
 * hooks, and check the models and the store, never pixels. */

typedef struct
{
  MkTestPage          t;
  MkSchoolsPage *page;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mk_test_page_open_store (&f->t, "demo.db", TRUE);
  f->page = MK_SCHOOLS_PAGE (mk_schools_page_new ());
  mk_test_page_show (&f->t, GTK_WIDGET (f->page), 1200, 800);
}

MK_TEST_PAGE_TEARDOWN (Fixture)

/* The rows shown: the list's model, filtered and sorted. */
static GListModel *
shown (MkSchoolsPage *page)
{
  return mk_test_gui_rows (GTK_WIDGET (page), "column_view");
}

static MkSchool *
selected (MkSchoolsPage *page)
{
  return MK_SCHOOL (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (shown (page))));
}

static const char *
count_text (MkSchoolsPage *page)
{
  return mk_test_gui_label_text (GTK_WIDGET (page), "count_label");
}

static void
search (MkSchoolsPage *page,
        const char    *text)
{
  mk_test_gui_search (GTK_WIDGET (page), "search_entry", text);
}

/* -1 chooses «All profiles». */
static void
choose_profile (MkSchoolsPage *page,
                int            profile)
{
  GtkDropDown *drop_down = MK_TEST_GUI_CHILD (page, GTK_TYPE_DROP_DOWN, "profile_dropdown");

  gtk_drop_down_set_selected (drop_down, (guint) (profile + 1));
  mk_test_gui_spin ();
}

static MkSchoolDialog *
open_dialog (void)
{
  return (MkSchoolDialog *) mk_test_gui_find_window (MK_TYPE_SCHOOL_DIALOG);
}

static MkStaffView *
staff_view (MkSchoolsPage *page)
{
  return MK_TEST_GUI_CHILD (page, MK_TYPE_STAFF_VIEW, "staff_view");
}

static GListModel *
staff_rows (MkStaffView *view)
{
  return mk_test_gui_rows (GTK_WIDGET (view), "column_view");
}

/* The names shown, joined by "|", for one readable assertion. */
static char *
shown_names (MkSchoolsPage *page)
{
  GListModel *model = shown (page);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (names, '|');
      g_string_append (names, mk_school_get_name (school));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static guint
n_shown (MkSchoolsPage *page)
{
  return g_list_model_get_n_items (shown (page));
}

/* Selects the school NAME of MUNICIPALITY among the rows shown. */
static MkSchool *
select_school (MkSchoolsPage *page,
               const char    *municipality,
               const char    *name)
{
  GListModel *model = shown (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (model, i);

      if (g_str_equal (mk_school_get_name (school), name) &&
          g_str_equal (mk_school_get_municipality (school), municipality))
        {
          mk_test_gui_select_row (GTK_WIDGET (page), "column_view", i);
          return selected (page);
        }
    }
  g_error ("%s / %s is not shown", municipality, name);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *names = NULL;
  g_autofree char *smolensk = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *count = g_strdup_printf ("%u", mk_store_count_schools (f->t.store));

  g_assert_cmpuint (n_shown (f->page), ==, mk_store_count_schools (f->t.store));
  g_assert_nonnull (strstr (count_text (f->page), count));
  /* Autoselection: edit and delete have a school to work on. */
  g_assert_nonnull (selected (f->page));

  search (f->page, "Гимназия");
  names = shown_names (f->page);
  g_assert_cmpstr (names, ==, "Каменск-Уральская гимназия|Гимназия № 1|Гимназия № 4");
  g_assert_nonnull (strstr (count_text (f->page), "3"));

  g_assert_true (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), "Смоленск"));
  smolensk = shown_names (f->page);
  g_assert_cmpstr (smolensk, ==, "Гимназия № 1|Гимназия № 4");

  /* Case-insensitive, and the full name counts: «пржевальского». */
  search (f->page, "пржевальского");
  lower = shown_names (f->page);
  g_assert_cmpstr (lower, ==, "Гимназия № 1");

  /* The municipality's name is searched too. */
  g_assert_true (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), NULL));
  search (f->page, "ельнин");
  g_assert_cmpuint (n_shown (f->page), ==, 1);

  search (f->page, "");
  g_assert_cmpuint (n_shown (f->page), ==, mk_store_count_schools (f->t.store));
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *advanced = NULL;

  g_assert_true (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), "Смоленск"));
  g_assert_cmpuint (n_shown (f->page), ==, 43);
  g_assert_false (mk_test_gui_choose_municipality (GTK_WIDGET (f->page), "Нет такого"));

  choose_profile (f->page, MK_PROFILE_ADVANCED);
  advanced = shown_names (f->page);
  g_assert_cmpstr (advanced, ==, "Гимназия № 1|Гимназия № 4|Лицей № 1|СШ № 8|СШ № 29");

  choose_profile (f->page, MK_PROFILE_EVENING);
  g_assert_cmpuint (n_shown (f->page), ==, 2);

  choose_profile (f->page, -1);
  mk_test_gui_choose_municipality (GTK_WIDGET (f->page), NULL);
  g_assert_cmpuint (n_shown (f->page), ==, mk_store_count_schools (f->t.store));
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  GListModel *model = shown (f->page);
  g_autoptr(MkSchool) first_before = NULL;
  g_autoptr(MkSchool) first = NULL;
  g_autoptr(MkSchool) second = NULL;
  g_autoptr(MkSchool) ascending = NULL;

  mk_test_gui_choose_municipality (GTK_WIDGET (f->page), "Смоленск");
  first_before = g_list_model_get_item (model, 0);
  mk_test_gui_sort_by (GTK_WIDGET (f->page), "column_view", MK_SCHOOL_COLUMN_NAME,
                       GTK_SORT_DESCENDING);
  first = g_list_model_get_item (model, 0);
  second = g_list_model_get_item (model, 1);
  g_assert_true (first != first_before);
  /* Natural order: № 40 comes before № 9 when descending. */
  g_assert_cmpint (mk_natural_compare (mk_school_get_name (first),
                                       mk_school_get_name (second)), >, 0);
  g_assert_cmpstr (mk_school_get_name (first), ==, "СШ № 40");

  mk_test_gui_sort_by (GTK_WIDGET (f->page), "column_view", MK_SCHOOL_COLUMN_NAME,
                       GTK_SORT_ASCENDING);
  ascending = g_list_model_get_item (model, 0);
  g_assert_cmpstr (mk_school_get_name (ascending), ==, "Гимназия № 1");
}

static MkSchoolDialog *
open_add_dialog (Fixture *f)
{
  MkSchoolDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schools.add", NULL));
  mk_test_gui_spin ();
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  return dialog;
}

/* ROW is the template's id of a field: "name_row", "curator_row", … */
static GtkEditable *
field (MkSchoolDialog *dialog,
       const char     *row)
{
  return GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (dialog), row));
}

static void
set_field (MkSchoolDialog *dialog,
           const char     *row,
           const char     *text)
{
  gtk_editable_set_text (field (dialog, row), text);
}

/* The message shown under the name, or NULL. */
static const char *
name_error (MkSchoolDialog *dialog)
{
  return mk_test_gui_shown_text (GTK_WIDGET (dialog), "name_error", "name_error_row");
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  MkSchoolDialog *dialog = open_add_dialog (f);
  guint before = mk_store_count_schools (f->t.store);
  g_autoptr(MkSchool) added = NULL;

  set_field (dialog, "municipality_row", "Смоленск");
  set_field (dialog, "name_row", "Гимназия № 100");
  set_field (dialog, "full_name_row", "МБОУ «Гимназия № 100»");
  set_field (dialog, "head_row", "Петрова А.А.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "school.save", NULL));
  mk_test_gui_spin ();

  g_assert_null (open_dialog ());
  g_assert_cmpuint (mk_store_count_schools (f->t.store), ==, before + 1);
  added = mk_store_find_school (f->t.store, "Смоленск", "Гимназия № 100", NULL, NULL);
  g_assert_nonnull (added);
  g_assert_cmpstr (mk_school_get_head (added), ==, "Петрова А.А.");
  /* «Determine from the name» and the legal form taken from the full name. */
  g_assert_cmpint (mk_school_get_profile (added), ==, MK_PROFILE_ADVANCED);
  g_assert_cmpstr (mk_school_get_legal_form (added), ==, "МБОУ");
  g_assert_cmpuint (n_shown (f->page), ==, before + 1);
  g_assert_cmpint (mk_school_get_id (selected (f->page)), ==,
                   mk_school_get_id (added));
}

static void
test_add_invalid (Fixture       *f,
                  gconstpointer  data)
{
  MkSchoolDialog *dialog = open_add_dialog (f);
  guint before = mk_store_count_schools (f->t.store);
  const char *message;

  /* Empty: saving does nothing (the action is disabled) and a fresh form
   * is not covered in errors. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "school.save", NULL);
  mk_test_gui_spin ();
  g_assert_true (open_dialog () == dialog);
  g_assert_cmpuint (mk_store_count_schools (f->t.store), ==, before);
  g_assert_null (name_error (dialog));

  /* A name typed and erased says what is missing, next to the field. */
  set_field (dialog, "name_row", "x");
  set_field (dialog, "name_row", "");
  g_assert_nonnull (name_error (dialog));

  /* A second «СШ № 9» in Smolensk, spelled differently. */
  set_field (dialog, "municipality_row", "Смоленск");
  set_field (dialog, "name_row", "СОШ №9");
  g_assert_null (name_error (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "school.save", NULL));
  mk_test_gui_spin ();
  message = name_error (dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "СШ № 9"));
  g_assert_true (open_dialog () == dialog);
  g_assert_cmpuint (mk_store_count_schools (f->t.store), ==, before);

  /* Esc / Cancel closes without saving. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  mk_test_gui_spin ();
  g_assert_null (open_dialog ());
  g_assert_cmpuint (mk_store_count_schools (f->t.store), ==, before);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  MkSchool *school = select_school (f->page, "Смоленск", "СШ № 9");
  gint64 id = mk_school_get_id (school);
  g_autoptr(MkSchool) edited = NULL;
  MkSchoolDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schools.edit", NULL));
  mk_test_gui_spin ();
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (field (dialog, "name_row")),
                   ==, "СШ № 9");
  set_field (dialog, "curator_row", "Кураторова К.К.");
  gtk_switch_set_active (MK_TEST_GUI_CHILD (dialog, GTK_TYPE_SWITCH, "rural_switch"), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "school.save", NULL));
  mk_test_gui_spin ();

  edited = mk_store_get_school (f->t.store, id, NULL);
  g_assert_nonnull (edited);
  g_assert_cmpstr (mk_school_get_curator (edited), ==, "Кураторова К.К.");
  g_assert_true (mk_school_get_rural (edited));
  g_assert_cmpstr (mk_school_get_name (edited), ==, "СШ № 9");
  /* The edited school stays selected after the reload. */
  g_assert_cmpint (mk_school_get_id (selected (f->page)), ==, id);
  g_assert_cmpstr (mk_school_get_curator (selected (f->page)), ==,
                   "Кураторова К.К.");
}

static char *
staff_text (MkStore *store,
            gint64   school_id)
{
  g_autoptr(GListModel) rows = mk_store_list_staff (store, school_id, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MkStaffRow) row = g_list_model_get_item (rows, i);

      g_string_append_printf (text, "%d:", mk_staff_row_get_school_year (row));
      for (guint role = 0; role < MK_N_STAFF_ROLES; role++)
        g_string_append_printf (text, "%s;", mk_staff_row_get_raw (row, role) ?: "");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  MkSchool *school = select_school (f->page, "Смоленск", "СШ № 11");
  guint before = mk_store_count_schools (f->t.store);
  g_autofree char *staff_before = staff_text (f->t.store, mk_school_get_id (school));
  g_autoptr(MkSchool) restored = NULL;
  g_autoptr(MkSchool) gone = NULL;
  g_autofree char *staff_after = NULL;
  g_autofree char *names = NULL;

  g_assert_nonnull (strstr (staff_before, "2 (РК)"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schools.delete", NULL));
  mk_test_gui_spin ();
  g_assert_cmpuint (mk_store_count_schools (f->t.store), ==, before - 1);
  g_assert_cmpuint (n_shown (f->page), ==, before - 1);
  gone = mk_store_find_school (f->t.store, "Смоленск", "СШ № 11", NULL, NULL);
  g_assert_null (gone);
  names = shown_names (f->page);
  g_assert_null (strstr (names, "СШ № 11|"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schools.undo-delete", NULL));
  mk_test_gui_spin ();
  g_assert_cmpuint (mk_store_count_schools (f->t.store), ==, before);
  g_assert_cmpuint (n_shown (f->page), ==, before);
  restored = mk_store_find_school (f->t.store, "Смоленск", "СШ № 11", NULL, NULL);
  g_assert_nonnull (restored);
  staff_after = staff_text (f->t.store, mk_school_get_id (restored));
  g_assert_cmpstr (staff_after, ==, staff_before);
}

/* The cells of the staff table, in the order GTK made them. */
static void
collect_cells (GtkWidget *widget,
               GPtrArray *cells)
{
  if (MK_IS_STAFF_CELL (widget))
    g_ptr_array_add (cells, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cells (child, cells);
}

/* The text field of CELL, where a person types. */
static GtkEditable *
cell_text (MkStaffCell *cell)
{
  return GTK_EDITABLE (mk_test_gui_find_descendant (GTK_WIDGET (cell), GTK_TYPE_TEXT));
}

/* Types TEXT into CELL and presses Enter. */
static void
type_into (MkStaffCell *cell,
           const char  *text)
{
  GtkEditable *editable = cell_text (cell);

  gtk_widget_grab_focus (GTK_WIDGET (editable));
  gtk_editable_set_text (editable, text);
  g_signal_emit_by_name (editable, "activate");
  mk_test_gui_spin ();
}

static guint
staff_row_of_year (GListModel *rows,
                   int         year)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MkStaffRow) row = g_list_model_get_item (rows, i);
      if (mk_staff_row_get_school_year (row) == year)
        return i;
    }
  g_assert_not_reached ();
}

static void
test_staff (Fixture       *f,
            gconstpointer  data)
{
  MkSchool *school = select_school (f->page, "Смоленск", "СШ № 9");
  gint64 id = mk_school_get_id (school);
  MkStaffView *view = staff_view (f->page);
  GListModel *rows = staff_rows (view);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_autofree char *refused = NULL;
  MkStaffCell *teachers;
  MkStaffCell *administrators;
  guint year_row;

  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 1);

  /* Through the cell itself: type and press Enter. */
  collect_cells (GTK_WIDGET (view), cells);
  g_assert_cmpuint (cells->len, >=, MK_N_STAFF_ROLES);
  /* One row per school year of the database, oldest first; the Smolensk
   * report's staff table is of 2022/2023. */
  year_row = staff_row_of_year (rows, 2022);
  teachers = g_ptr_array_index (cells, year_row * MK_N_STAFF_ROLES);
  administrators = g_ptr_array_index (cells, year_row * MK_N_STAFF_ROLES + 1);
  g_assert_cmpstr (gtk_editable_get_text (cell_text (teachers)), ==, "53");
  type_into (teachers, "62 (3 - в декрете)");
  text = staff_text (f->t.store, id);
  g_assert_nonnull (strstr (text, ":62 (3 - в декрете);"));

  /* «Undo» in the toast (or Ctrl+Z) puts back what the edit replaced. */
  mk_test_gui_save_screenshot (GTK_WIDGET (f->t.window), "staff-undo");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "staff.undo", NULL));
  mk_test_gui_spin ();
  g_clear_pointer (&text, g_free);
  text = staff_text (f->t.store, id);
  g_assert_nonnull (strstr (text, ":53;"));
  /* The rows were read anew: find the cells again. */
  g_ptr_array_set_size (cells, 0);
  collect_cells (GTK_WIDGET (view), cells);
  teachers = g_ptr_array_index (cells, year_row * MK_N_STAFF_ROLES);
  administrators = g_ptr_array_index (cells, year_row * MK_N_STAFF_ROLES + 1);
  g_assert_cmpstr (gtk_editable_get_text (cell_text (teachers)), ==, "53");
  type_into (teachers, "62 (3 - в декрете)");
  g_clear_pointer (&text, g_free);
  text = staff_text (f->t.store, id);

  /* Coming back to the cell selects what it holds, so that typing
   * replaces it instead of appending («3262 (3 - в декрете)»). */
  {
    GtkEditable *editable = cell_text (teachers);
    int start = -1, end = -1;

    gtk_widget_grab_focus (GTK_WIDGET (cell_text (administrators)));
    mk_test_gui_spin ();
    /* A click: the focus arrives, then the press puts the cursor where
     * the pointer is, before the idle that follows. */
    gtk_widget_grab_focus (GTK_WIDGET (editable));
    gtk_editable_set_position (editable, -1);
    mk_test_gui_spin ();
    g_assert_true (gtk_editable_get_selection_bounds (editable, &start, &end));
    g_assert_cmpint (start, ==, 0);
    g_assert_cmpint (end, ==, g_utf8_strlen ("62 (3 - в декрете)", -1));
  }

  /* Text that does not start with a number is refused and put back. */
  type_into (teachers, "много");
  g_assert_cmpstr (gtk_editable_get_text (cell_text (teachers)), ==,
                   "62 (3 - в декрете)");
  refused = staff_text (f->t.store, id);
  g_assert_cmpstr (refused, ==, text);

  /* Leaving a cell saves it too. */
  gtk_widget_grab_focus (GTK_WIDGET (cell_text (administrators)));
  gtk_editable_set_text (cell_text (administrators), "4+6 СОВМ.");
  gtk_widget_grab_focus (GTK_WIDGET (cell_text (teachers)));
  mk_test_gui_spin ();
  g_clear_pointer (&text, g_free);
  text = staff_text (f->t.store, id);
  g_assert_nonnull (strstr (text, ";4+6 СОВМ.;"));

  /* Any role's cell, the same way. */
  type_into (g_ptr_array_index (cells, year_row * MK_N_STAFF_ROLES + MK_STAFF_PSYCHOLOGISTS),
             "2 (РК)");
  g_clear_pointer (&text, g_free);
  text = staff_text (f->t.store, id);
  g_assert_nonnull (strstr (text, ";2 (РК);"));
}

static void
test_staff_add_year (Fixture       *f,
                     gconstpointer  data)
{
  MkStaffView *view;
  GListModel *rows;
  g_autoptr(MkStaffRow) last = NULL;
  g_autoptr(GArray) years = NULL;

  select_school (f->page, "Смоленск", "СШ № 14");
  view = staff_view (f->page);
  gtk_spin_button_set_value (MK_TEST_GUI_CHILD (view, GTK_TYPE_SPIN_BUTTON, "year_spin"), 2030);
  g_assert_true (mk_test_gui_activate (GTK_WIDGET (view), "staff.add-year", NULL));
  years = mk_store_list_school_years (f->t.store, NULL);
  g_assert_cmpint (g_array_index (years, int, years->len - 1), ==, 2030);
  rows = staff_rows (view);
  last = g_list_model_get_item (rows, g_list_model_get_n_items (rows) - 1);
  g_assert_cmpint (mk_staff_row_get_school_year (last), ==, 2030);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  MK_TEST_PAGE_ADD ("/gui/schools/search", NULL, test_search);
  MK_TEST_PAGE_ADD ("/gui/schools/filters", NULL, test_filters);
  MK_TEST_PAGE_ADD ("/gui/schools/sort", NULL, test_sort);
  MK_TEST_PAGE_ADD ("/gui/schools/add", NULL, test_add);
  MK_TEST_PAGE_ADD ("/gui/schools/add-invalid", NULL, test_add_invalid);
  MK_TEST_PAGE_ADD ("/gui/schools/edit", NULL, test_edit);
  MK_TEST_PAGE_ADD ("/gui/schools/delete-undo", NULL, test_delete_undo);
  MK_TEST_PAGE_ADD ("/gui/staff/edit", NULL, test_staff);
  MK_TEST_PAGE_ADD ("/gui/staff/add-year", NULL, test_staff_add_year);

  return g_test_run ();
}
