/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-protocols"
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mk-doc-preview.h"
#include "mk-protocols-page.h"
#include "mk-report.h"
#include "mk-store-protocols.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"

/* A display test of the Protocols page on the demo: a protocol composed
 * from the template by the page's own fields and actions, checked in the
 * store; the open decisions it lists; and the protocol printed through
 * the print operation to a PDF whose text is the command line's. With
 * MK_SCREENSHOT_DIR set, the page is saved as pictures. */

typedef struct
{
  MkTestPage  t;
  GtkWidget  *page;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mk_test_page_open_store (&f->t, "protocols.db", TRUE);
  f->page = mk_protocols_page_new ();
  mk_test_page_show (&f->t, f->page, 1300, 850);
}

MK_TEST_PAGE_TEARDOWN (Fixture)

static GtkWidget *
child (Fixture    *f,
       const char *id)
{
  GtkWidget *editor = mk_test_gui_child (f->page, "editor_view");

  return g_str_equal (id, "editor_view") ? editor : mk_test_gui_child (editor, id);
}

/* Types TEXT into the entry row ID and presses Enter in it. */
static void
type_and_enter (Fixture    *f,
                const char *id,
                const char *text)
{
  GtkWidget *row = child (f, id);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "entry-activated");
  mk_test_gui_spin ();
}

/* Types TEXT into the entry row ID and applies it. */
static void
type_and_apply (Fixture    *f,
                const char *id,
                const char *text)
{
  GtkWidget *row = child (f, id);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  mk_test_gui_spin ();
}

/* The newest protocol, as the store holds it. */
static MkProtocol *
newest (Fixture *f)
{
  g_autoptr(GPtrArray) list = mk_store_list_protocols (f->t.store, NULL);

  g_assert_cmpuint (list->len, >=, 1);
  return mk_store_get_protocol (f->t.store, ((MkProtocol *) list->pdata[0])->id, NULL);
}

static MkProtocolItem *
item_of (MkProtocol *p,
         guint       i)
{
  g_assert_cmpuint (i, <, p->items->len);
  return p->items->pdata[i];
}

static const char *
decision_text (MkProtocolItem *item,
               guint           i)
{
  g_assert_cmpuint (i, <, item->decisions->len);
  return ((MkProtocolDecision *) item->decisions->pdata[i])->text;
}

static void
wait_for_preview (Fixture *f)
{
  MkDocPreview *preview = MK_DOC_PREVIEW (mk_test_gui_child (f->page, "preview"));

  for (int i = 0; i < 2000 && mk_doc_preview_get_n_pages (preview) == 0; i++)
    mk_test_gui_spin ();
  g_assert_cmpuint (mk_doc_preview_get_n_pages (preview), >, 0);
}

static guint
report_index (const char *id)
{
  guint n = 0;
  const MkReportInfo *catalog = mk_report_catalog (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (catalog[i].id, id))
      return i;
  g_assert_not_reached ();
}

/* Drops WHAT ("KIND INDEX", what a dragged row carries) on row AT of
 * LIST through the row's drop target, as the pointer does. */
static void
drop_on_row (GtkWidget  *list,
             int         at,
             const char *what)
{
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), at));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  GValue value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, what);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &dropped);
    }
  g_value_unset (&value);
  g_assert_true (dropped);
  mk_test_gui_spin ();
}

/* The heading and attendees come from protocol No 12, with the
 * follow-up of its decisions; then an attendee, an agenda item with a
 * paragraph, a table and two decisions are added as a person does. */
static void
compose (Fixture *f)
{
  g_autoptr(MkProtocol) p = NULL;

  gtk_widget_activate_action (f->page, "protocols.new", NULL);
  mk_test_gui_spin ();
  p = newest (f);
  g_assert_cmpstr (p->number, ==, "13");
  g_assert_cmpuint (p->people->len, ==, 7);
  g_assert_cmpstr (item_of (p, 0)->title, ==, "О выполнении решений предыдущего заседания");
  type_and_enter (f, "new_person_row", "Иванова И.И., методист Центра дополнительного образования");
  type_and_enter (f, "new_invited_row", "Петров П.П., директор Средней школы № 2");
  type_and_enter (f, "new_item_row", "Итоги мониторинга 2022 года");
  type_and_apply (f, "heard_row", "Бессонову Марию Васильевну");
  type_and_enter (f, "new_text_row", "Мониторинг проведён во всех ШНОР.");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (f, "report_row")), report_index ("indicators-school"));
  gtk_editable_set_text (GTK_EDITABLE (child (f, "table_school_row")), "Средняя школа № 2");
  gtk_widget_activate_action (child (f, "editor_view"), "protocol.add-table", NULL);
  mk_test_gui_spin ();
  type_and_enter (f, "new_decision_row", "Провести семинар для учителей ШНОР");
  type_and_apply (f, "responsible_row", "Зыкова М.В.");
  type_and_apply (f, "deadline_row", "30.09.2022");
  type_and_enter (f, "new_decision_row", "Подготовить отчёт о мониторинге");
  type_and_apply (f, "deadline_row", "15.10.2022");
  type_and_apply (f, "subitems_row", "по русскому языку; | по математике.");
  type_and_apply (f, "block_text_row", "Мониторинг проведён во всех 16 ШНОР.");
}

static void
test_compose (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(MkProtocol) p = NULL;
  MkProtocolItem *item;
  GtkWidget *decisions;

  compose (f);
  p = newest (f);
  g_assert_cmpuint (p->people->len, ==, 9);
  g_assert_true (((MkProtocolPerson *) p->people->pdata[8])->invited);
  g_assert_cmpstr (((MkProtocolPerson *) p->people->pdata[7])->name, ==, "Иванова И.И.");
  g_assert_cmpstr (((MkProtocolPerson *) p->people->pdata[7])->job, ==,
                   "методист Центра дополнительного образования");
  item = item_of (p, 1);
  g_assert_cmpstr (item->title, ==, "Итоги мониторинга 2022 года");
  g_assert_cmpstr (item->heard, ==, "Бессонову Марию Васильевну");
  g_assert_cmpuint (item->blocks->len, ==, 2);
  g_assert_cmpstr (((MkProtocolBlock *) item->blocks->pdata[1])->report, ==, "indicators-school");
  g_assert_cmpstr (((MkProtocolBlock *) item->blocks->pdata[1])->school, ==, "Средняя школа № 2");
  g_assert_cmpstr (decision_text (item, 0), ==, "Провести семинар для учителей ШНОР");
  g_assert_cmpstr (((MkProtocolDecision *) item->decisions->pdata[0])->responsible, ==, "Зыкова М.В.");
  g_assert_cmpstr (decision_text (item, 1), ==, "Подготовить отчёт о мониторинге");
  g_assert_cmpuint (((MkProtocolDecision *) item->decisions->pdata[1])->subitems->len, ==, 2);
  g_assert_cmpstr (((MkProtocolDecision *) item->decisions->pdata[1])->subitems->pdata[1], ==,
                   "по математике.");
  g_assert_cmpstr (((MkProtocolBlock *) item->blocks->pdata[0])->text, ==,
                   "Мониторинг проведён во всех 16 ШНОР.");

  /* Alt+↑ on the second decision puts it first. */
  decisions = child (f, "decision_list");
  gtk_list_box_select_row (GTK_LIST_BOX (decisions),
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (decisions), 1));
  g_assert_true (mk_test_gui_press_key (decisions, GDK_KEY_Up, GDK_ALT_MASK));
  mk_test_gui_spin ();
  g_clear_pointer (&p, mk_protocol_free);
  p = newest (f);
  g_assert_cmpstr (decision_text (item_of (p, 1), 0), ==, "Подготовить отчёт о мониторинге");

  /* The new item moved above the follow-up, then Ctrl+Z twice: both moves undone. */
  gtk_widget_activate_action (child (f, "editor_view"), "protocol.move-item", "(ui)", 1, -1);
  mk_test_gui_spin ();
  g_clear_pointer (&p, mk_protocol_free);
  p = newest (f);
  g_assert_cmpstr (item_of (p, 0)->title, ==, "Итоги мониторинга 2022 года");
  g_assert_true (mk_test_gui_press_key (f->page, GDK_KEY_z, GDK_CONTROL_MASK) ||
                 gtk_widget_activate_action (f->page, "protocols.undo", NULL));
  gtk_widget_activate_action (f->page, "protocols.undo", NULL);
  mk_test_gui_spin ();
  g_clear_pointer (&p, mk_protocol_free);
  p = newest (f);
  g_assert_cmpstr (item_of (p, 0)->title, ==, "О выполнении решений предыдущего заседания");
  g_assert_cmpstr (decision_text (item_of (p, 1), 0), ==, "Провести семинар для учителей ШНОР");
  gtk_widget_activate_action (f->page, "protocols.redo", NULL);
  mk_test_gui_spin ();
  g_clear_pointer (&p, mk_protocol_free);
  p = newest (f);
  g_assert_cmpstr (decision_text (item_of (p, 1), 0), ==, "Подготовить отчёт о мониторинге");
  /* The invited person dragged onto the first attendee's row goes first. */
  drop_on_row (child (f, "people_list"), 0, "person 8");
  g_clear_pointer (&p, mk_protocol_free);
  p = newest (f);
  g_assert_cmpstr (((MkProtocolPerson *) p->people->pdata[0])->name, ==, "Петров П.П.");
  g_assert_cmpstr (((MkProtocolPerson *) p->people->pdata[1])->name, ==, "Бессонова М.В.");
  wait_for_preview (f);
  mk_test_gui_save_screenshot (f->page, "protocols-editor");
}

/* The decisions with deadlines lead the open-decisions list, by date. */
static void
test_open_decisions (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *view, *list;
  GtkListBoxRow *first;

  compose (f);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (mk_test_gui_child (f->page, "view_stack")),
                                         "decisions");
  mk_test_gui_spin ();
  view = mk_test_gui_child (f->page, "decisions_view");
  list = mk_test_gui_find_descendant (view, GTK_TYPE_LIST_BOX);
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (first);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Провести семинар для учителей ШНОР");
  mk_test_assert_has (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), "30.09.2022");
  mk_test_assert_has (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), "Зыкова М.В.");
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Подготовить отчёт о мониторинге");
  /* Protocol No 12's seven decisions, without deadlines, follow. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 8));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 9));
  mk_test_gui_save_screenshot (f->page, "protocols-decisions");

  /* Marked done, the first leaves the list, and comes back with the box. */
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (mk_test_gui_find_descendant (GTK_WIDGET (first),
                                                                          GTK_TYPE_DROP_DOWN)),
                              MK_DECISION_DONE);
  mk_test_gui_spin ();
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Подготовить отчёт о мониторинге");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 8));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (mk_test_gui_find_descendant (view, GTK_TYPE_CHECK_BUTTON)),
                               TRUE);
  mk_test_gui_spin ();
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Провести семинар для учителей ШНОР");
}

/* A draft is deleted after asking; protocol No 12 is shown again. */
static void
test_delete_draft (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  GtkWindow *dialog;

  gtk_widget_activate_action (f->page, "protocols.new", NULL);
  mk_test_gui_spin ();
  gtk_widget_activate_action (f->page, "protocols.delete", NULL);
  mk_test_gui_spin ();
  dialog = mk_test_gui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  mk_test_gui_spin ();
  list = mk_store_list_protocols (f->t.store, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((MkProtocol *) list->pdata[0])->number, ==, "12");
  /* A click on the button answers and closes; the answer alone does not. */
  gtk_window_destroy (dialog);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_protocols_page_export_finish (MK_PROTOCOLS_PAGE (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* The page prints protocol No 12 through the print operation, to a PDF
 * file: its text is the text of the command line's PDF, page by page. */
static void
test_print_matches_cli (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *printed = g_build_filename (f->t.dir, "printed.pdf", NULL);
  g_autofree char *written = g_build_filename (f->t.dir, "written.pdf", NULL);
  g_autofree char *db = g_build_filename (f->t.dir, "protocols.db", NULL);
  g_autofree char *printed_text = NULL, *written_text = NULL;
  g_auto(MkTestRun) run = { 0 };
  gboolean done = FALSE;

  wait_for_preview (f);
  mk_test_gui_save_screenshot (f->page, "protocols-page");
  mk_protocols_page_export_async (MK_PROTOCOLS_PAGE (f->page), printed, 0, NULL, on_exported, &done);
  for (int i = 0; i < 3000 && !done; i++)
    mk_test_gui_spin ();
  g_assert_true (done);
  mk_test_cli (&run, "--db", db, "protocol", "1", "-o", written, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  printed_text = mk_test_pdf_text (printed);
  written_text = mk_test_pdf_text (written);
  mk_test_assert_has (printed_text, "ПРОТОКОЛ");
  mk_test_assert_has (printed_text, "Решили:");
  g_assert_cmpstr (printed_text, ==, written_text);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  MK_TEST_PAGE_ADD ("/gui/protocols/compose-reorder-undo", NULL, test_compose);
  MK_TEST_PAGE_ADD ("/gui/protocols/open-decisions", NULL, test_open_decisions);
  MK_TEST_PAGE_ADD ("/gui/protocols/print-matches-cli", NULL, test_print_matches_cli);
  MK_TEST_PAGE_ADD ("/gui/protocols/delete-draft", NULL, test_delete_draft);
  return g_test_run ();
}
