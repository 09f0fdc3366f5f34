/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-methodology.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* Shared by the display tests. */

/* What a display test of one page works on: a folder of its own, a
 * database in it, and a window that shows the page. */
typedef struct {
  char      *dir;
  MkStore   *store;
  GtkWindow *window;
} MkTestPage;

/* A new database NAME in a new folder; with the demo loaded when DEMO. */
void       mk_test_page_open_store     (MkTestPage *test,
                                        const char *name,
                                        gboolean    demo);
/* Shows PAGE (an MkPage) on TEST's database in a window of WIDTH ×
 * HEIGHT, under a toast overlay as in the main window, and lets it load. */
void       mk_test_page_show           (MkTestPage *test,
                                        GtkWidget  *page,
                                        int         width,
                                        int         height);
/* Closes the window, the database and the folder. */
void       mk_test_page_close          (MkTestPage *test);
/* Defines fixture_teardown for the file's Fixture, whose first member is
 * an MkTestPage: closes it. */
#define MK_TEST_PAGE_TEARDOWN(Fixture) \
  static void \
  fixture_teardown (Fixture       *f, \
                    gconstpointer  data) \
  { \
    mk_test_page_close (&f->t); \
  }

/* Adds the test FUNC at PATH with the file's Fixture (whose first member
 * is an MkTestPage), fixture_setup and fixture_teardown, and DATA. */
#define MK_TEST_PAGE_ADD(path, data, func) \
  g_test_add (path, Fixture, data, fixture_setup, func, fixture_teardown)

/* Lets GTK run what is pending: idles, layout, the signals they emit. */
void       mk_test_gui_spin            (void);
/* WIDGET or the first of its descendants of TYPE, depth first; NULL. */
GtkWidget *mk_test_gui_find_descendant (GtkWidget  *widget,
                                        GType       type);
/* The descendant of WIDGET that its .ui template names ID (the
 * <object id="…"> of the template), or else the first descendant of that
 * name, depth first. Fails the test when
 * there is none: the tests reach widgets the way the templates name them,
 * not through functions kept for tests. */
GtkWidget *mk_test_gui_child           (GtkWidget  *widget,
                                        const char *id);
#define MK_TEST_GUI_CHILD(widget, type, id) \
  G_TYPE_CHECK_INSTANCE_CAST (mk_test_gui_child (GTK_WIDGET (widget), id), type, void)
/* The open window of TYPE (a dialog), or NULL. */
GtkWindow *mk_test_gui_find_window     (GType       type);
/* Selects the item of DROP_DOWN whose text (a GtkStringObject) is TEXT,
 * as a click would; FALSE when none is. */
gboolean   mk_test_gui_select_text     (GtkDropDown *drop_down,
                                        const char  *text);
/* Types TEXT into the search entry ID under WIDGET and lets the search
 * run, without the delay the entry gives a person typing. */
void       mk_test_gui_search          (GtkWidget  *widget,
                                        const char *id,
                                        const char *text);
/* The text of the label ID under WIDGET. */
const char *mk_test_gui_label_text     (GtkWidget  *widget,
                                        const char *id);
/* Activates the action NAME ("schools.add") on WIDGET with PARAMETER
 * (a GVariant format, or NULL), as a button or shortcut does; FALSE when
 * it is disabled or missing. */
gboolean   mk_test_gui_activate        (GtkWidget  *widget,
                                        const char *name,
                                        const char *format,
                                        ...);

/* Chooses the municipality NAME (NULL: «All municipalities») in the
 * page's drop-down "municipality_dropdown"; FALSE when it is not offered. */
gboolean   mk_test_gui_choose_municipality (GtkWidget  *page,
                                            const char *name);
/* The year a page shows in its year selector ("year_dropdown"), and the
 * choice of another, as a person makes it; FALSE when YEAR is not
 * offered. */
int        mk_test_gui_page_year       (GtkWidget  *page);
gboolean   mk_test_gui_choose_year     (GtkWidget  *page,
                                        int         year);
/* The rows the column view ID under WIDGET shows, filtered and sorted;
 * a click on row POSITION; the heading of column COLUMN clicked until it
 * sorts in ORDER. */
GListModel *mk_test_gui_rows           (GtkWidget  *widget,
                                        const char *id);
void       mk_test_gui_select_row      (GtkWidget  *widget,
                                        const char *id,
                                        guint       position);
void       mk_test_gui_sort_by         (GtkWidget  *widget,
                                        const char *id,
                                        guint       column,
                                        GtkSortType order);
/* The text of the label ID under WIDGET, or NULL when that label or the
 * widget SHOWN_BY (a row around it; NULL: the label) is hidden. */
const char *mk_test_gui_shown_text     (GtkWidget  *widget,
                                        const char *id,
                                        const char *shown_by);

/* The field of SETTING on the methodology page PAGE: its value as
 * stored (ИСБШ in tenths), a value typed into it, its message or NULL. */
int        mk_test_gui_setting         (GtkWidget  *page,
                                        MkSetting   setting);
void       mk_test_gui_set_setting     (GtkWidget  *page,
                                        MkSetting   setting,
                                        int         value);
const char *mk_test_gui_setting_error  (GtkWidget  *page,
                                        MkSetting   setting);

/* Row INDEX of a list of records (the procedures, the statistics): the
 * rows that open a record, as they are shown; NULL past the last. */
GtkWidget *mk_test_gui_record_row      (GtkWidget  *editor,
                                        guint       index);
/* The open dialog of a record (MkRecordDialog), or NULL. */
GtkWindow *mk_test_gui_record_dialog   (void);
/* The message a record dialog shows, or NULL. */
const char *mk_test_gui_record_error   (GtkWindow  *dialog);

/* The demo in the main window on the References page: the list of
 * records of TYPE (an MkRecordListEditor) holds N_RECORDS; its row ROW is
 * focused (the page scrolls to it) and the window saved as the picture
 * PAGE_SHOT, then ADD_ACTION opens the dialog, saved as DIALOG_SHOT. */
void       mk_test_gui_look_at_records (GType       type,
                                        guint       n_records,
                                        guint       row,
                                        const char *add_action,
                                        const char *page_shot,
                                        const char *dialog_shot);

/* The step the import assistant WINDOW shows («choose», «working»,
 * «preview», «done»), and a wait, at most 30 s, until its thread is done:
 * it shows «working» while one runs. */
const char *mk_test_gui_assistant_step     (gpointer         assistant);
void        mk_test_gui_wait_for_assistant (gpointer         assistant);

/* Presses KEYVAL with STATE on WIDGET through its key controllers, as the
 * keyboard does (GTK 4 has no public way to synthesize a key event);
 * TRUE when a controller handled it. */
gboolean   mk_test_gui_press_key       (GtkWidget       *widget,
                                        guint            keyval,
                                        GdkModifierType  state);

/* With MK_SCREENSHOT_DIR set, saves the window (or popover) WIDGET is in
 * as NAME.png there, for a person to look at; the tests never read
 * pixels. */
void       mk_test_gui_save_screenshot (GtkWidget  *widget,
                                        const char *name);

/* The main window, 1200×850, on a fresh copy of the demo written in DIR,
 * presented and showing SECTION («references», «clusters», …); the
 * caller destroys it. */
GtkWidget *mk_test_gui_demo_window     (const char *dir,
                                        const char *section);

G_END_DECLS
