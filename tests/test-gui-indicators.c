/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-indicators"
#include "config.h"

#include <adwaita.h>

#include "mk-indicators-page.h"
#include "mk-page.h"
#include "mk-store-indicators.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"

/* A display test of the Indicators page on the demo: a cell edited in
 * place, a 3 × 3 block pasted from the clipboard with Ctrl+V, undo and
 * redo, each checked in the store. With MK_SCREENSHOT_DIR set, the page
 * is saved as a picture for a look by eye. */

typedef struct
{
  MkTestPage  t;
  GtkWidget  *page;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mk_test_page_open_store (&f->t, "indicators.db", TRUE);
  f->page = mk_indicators_page_new ();
  mk_test_page_show (&f->t, f->page, 1300, 800);
}

MK_TEST_PAGE_TEARDOWN (Fixture)

/* The raw text the store holds for СШ № 2's row ROW (in its table's
 * order) and YEAR; "" for none. */
static char *
stored (Fixture *f,
        guint    row,
        int      year)
{
  g_autoptr(GPtrArray) sets = mk_store_list_indicator_sets (f->t.store, NULL);
  g_autoptr(MkSchool) school = mk_store_find_school (f->t.store, "Каменск-Уральский городской округ",
                                                     "Средняя школа № 2", NULL, NULL);

  for (guint s = 0; s < sets->len; s++)
    {
      MkIndicatorSet *set = sets->pdata[s];
      g_autoptr(GPtrArray) rows = mk_store_list_indicators_of (f->t.store, set->id,
                                                               mk_school_get_id (school), NULL);
      g_autoptr(GPtrArray) values = NULL;

      if (rows->len == 0)
        continue;
      values = mk_store_list_indicator_values (f->t.store, set->id, mk_school_get_id (school), NULL);
      for (guint v = 0; v < values->len; v++)
        {
          MkIndicatorValue *value = values->pdata[v];
          if (value->indicator_id == ((MkIndicator *) rows->pdata[row])->id && value->year == year)
            return g_strdup (value->raw);
        }
      return g_strdup ("");
    }
  g_assert_not_reached ();
}

/* The entry of ROW, YEAR column COLUMN in the page's grid. */
static GtkWidget *
cell (Fixture *f,
      guint    row,
      guint    column)
{
  GtkWidget *grid = mk_test_gui_find_descendant (mk_test_gui_child (f->page, "grid"), GTK_TYPE_GRID);
  GtkWidget *entry = gtk_grid_get_child_at (GTK_GRID (grid), 3 + (int) column, (int) row + 1);

  g_assert_true (GTK_IS_ENTRY (entry));
  return entry;
}

static void
choose_school (Fixture *f)
{
  g_assert_true (mk_test_gui_select_text (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN, "set_dropdown"),
                                          "Каменск-Уральский городской округ · Мониторинг школы с "
                                          "низкими…"));
  mk_test_gui_spin ();
  g_assert_true (mk_test_gui_select_text (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN,
                                                             "entity_dropdown"), "Средняя школа № 2"));
  mk_test_gui_spin ();
}

static void
test_edit_paste_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *first = NULL, *edited = NULL, *pasted_a = NULL, *pasted_c = NULL;
  g_autofree char *undone = NULL, *redone = NULL, *kept = NULL;
  GtkWidget *entry;

  choose_school (f);
  first = stored (f, 0, 2019);
  g_assert_cmpstr (first, ==, "0,6");
  /* Edit in place: type, Enter. */
  entry = cell (f, 0, 0);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "0,65");
  g_signal_emit_by_name (entry, "activate");
  mk_test_gui_spin ();
  edited = stored (f, 0, 2019);
  g_assert_cmpstr (edited, ==, "0,65");
  /* Paste a 3 × 3 block from row 3 (the teachers covered), 2019 on. */
  gtk_widget_grab_focus (cell (f, 3, 0));
  mk_test_gui_spin ();
  gdk_clipboard_set_text (gtk_widget_get_clipboard (f->page), "31\t32\t33\n5\t6\t7\n40\t41\t42\n");
  g_assert_true (mk_test_gui_activate (mk_test_gui_child (f->page, "grid"), "grid.paste", NULL));
  for (int i = 0; i < 20; i++)  /* the clipboard is read asynchronously */
    mk_test_gui_spin ();
  pasted_a = stored (f, 3, 2019);
  pasted_c = stored (f, 5, 2021);
  g_assert_cmpstr (pasted_a, ==, "31");
  g_assert_cmpstr (pasted_c, ==, "42");
  /* Undo takes the whole block back; the edit before it stays. */
  g_assert_true (mk_test_gui_activate (f->page, "indicators.undo", NULL));
  undone = stored (f, 5, 2021);
  kept = stored (f, 0, 2019);
  g_assert_cmpstr (undone, ==, "30");
  g_assert_cmpstr (kept, ==, "0,65");
  g_assert_true (mk_test_gui_activate (f->page, "indicators.redo", NULL));
  redone = stored (f, 4, 2020);
  g_assert_cmpstr (redone, ==, "6");
  mk_test_gui_save_screenshot (f->page, "indicators-editor");
}

static void
fill_paste_dialog (GtkWindow  *dialog,
                   const char *set,
                   const char *school,
                   const char *block)
{
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (dialog), "set_row")), set);
  gtk_editable_set_text (GTK_EDITABLE (mk_test_gui_child (GTK_WIDGET (dialog), "school_row")), school);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (mk_test_gui_child (GTK_WIDGET (dialog),
                                                                                        "block_view"))),
                            block, -1);
}

/* A table copied from a spreadsheet makes a new set: a refused block
 * writes nothing and says which line is wrong; a good one is written and
 * shown. */
static void
test_table_from_copy (Fixture       *f,
                      gconstpointer  data)
{
  static const char heading[] = "№ п/п\tКритерий\tПоказатель (индикатор)\tЕдиница измерения\t2021 год\t2022 год\n";
  g_autofree char *bad = g_strconcat (heading, "1.\tКритерий\t\tДоля\t0,5\t0,6\n", NULL);
  g_autofree char *good = g_strconcat (heading, "1.\tКритерий\tДоля учителей\tДоля\t0,5\t0,6\n",
                                       "\t\tКоличество учителей\tЕдиницы\t10\t12\n", NULL);
  g_autoptr(GPtrArray) before = mk_store_list_indicator_sets (f->t.store, NULL);
  g_autoptr(GPtrArray) after = NULL;
  GtkDropDown *entity = MK_TEST_GUI_CHILD (f->page, GTK_TYPE_DROP_DOWN, "entity_dropdown");
  GtkWindow *dialog;

  choose_school (f);
  g_assert_true (mk_test_gui_activate (f->page, "indicators.from-copy", NULL));
  dialog = mk_test_gui_record_dialog ();
  g_assert_nonnull (dialog);
  fill_paste_dialog (dialog, "Новый набор", "Лицей № 9", bad);
  g_assert_true (mk_test_gui_activate (GTK_WIDGET (dialog), "paste.save", NULL));
  g_assert_true (mk_test_gui_record_dialog () == dialog);
  mk_test_assert_has (mk_test_gui_record_error (dialog), "line 2: the indicator has no title");
  after = mk_store_list_indicator_sets (f->t.store, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  g_clear_pointer (&after, g_ptr_array_unref);
  fill_paste_dialog (dialog, "Новый набор", "Лицей № 9", good);
  g_assert_true (mk_test_gui_activate (GTK_WIDGET (dialog), "paste.save", NULL));
  g_assert_null (mk_test_gui_record_dialog ());
  after = mk_store_list_indicator_sets (f->t.store, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  mk_test_gui_spin ();
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (entity)), ==,
                   "Лицей № 9");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (f, 1, 1))), ==, "12");
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  MK_TEST_PAGE_ADD ("/gui/indicators/edit-paste-undo", NULL, test_edit_paste_undo);
  MK_TEST_PAGE_ADD ("/gui/indicators/table-from-copy", NULL, test_table_from_copy);
  return g_test_run ();
}
