/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-gui"
#include "config.h"

#include <adwaita.h>

#include "mk-demo.h"
#include "mk-municipality-drop-down.h"
#include "mk-page.h"
#include "mk-test-util.h"
#include "mk-test-gui.h"
#include "mk-record-dialog.h"
#include "mk-record-list-editor.h"
#include "mk-setting-row.h"
#include "mk-window-private.h"
#include "mk-year-drop-down.h"

void
mk_test_gui_spin (void)
{
  for (int i = 0; i < 5; i++)
    {
      g_usleep (2000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

GtkWidget *
mk_test_gui_find_descendant (GtkWidget *widget,
                             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mk_test_gui_find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_child (GtkWidget  *widget,
            const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, id);
      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
mk_test_gui_child (GtkWidget  *widget,
                   const char *id)
{
  /* The widget's own template first: a library widget inside it may use
   * the same name in its own template (AdwStatusPage's «title_label»). */
  GObject *own = gtk_widget_get_template_child (widget, G_OBJECT_TYPE (widget), id);
  GtkWidget *found = GTK_IS_WIDGET (own) ? GTK_WIDGET (own) : find_child (widget, id);

  if (found == NULL)
    g_error ("no widget «%s» under %s", id, G_OBJECT_TYPE_NAME (widget));
  return found;
}

GtkWindow *
mk_test_gui_find_window (GType type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

gboolean
mk_test_gui_select_text (GtkDropDown *drop_down,
                         const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        {
          gtk_drop_down_set_selected (drop_down, i);
          mk_test_gui_spin ();
          return TRUE;
        }
    }
  return FALSE;
}

void
mk_test_gui_search (GtkWidget  *widget,
                    const char *id,
                    const char *text)
{
  GtkWidget *entry = mk_test_gui_child (widget, id);

  /* A test need not wait for the delay a person types through. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  mk_test_gui_spin ();
}

const char *
mk_test_gui_label_text (GtkWidget  *widget,
                        const char *id)
{
  return gtk_label_get_text (GTK_LABEL (mk_test_gui_child (widget, id)));
}

gboolean
mk_test_gui_activate (GtkWidget  *widget,
                      const char *name,
                      const char *format,
                      ...)
{
  GVariant *parameter = NULL;
  va_list args;
  gboolean done;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_new_va (format, NULL, &args);
      va_end (args);
    }
  done = gtk_widget_activate_action_variant (widget, name, parameter);
  mk_test_gui_spin ();
  return done;
}

void
mk_test_page_open_store (MkTestPage *test,
                         const char *name,
                         gboolean    demo)
{
  test->dir = mk_test_tmpdir_new ();
  test->store = mk_test_open_store (test->dir, name, demo);
}

void
mk_test_page_show (MkTestPage *test,
                   GtkWidget  *page,
                   int         width,
                   int         height)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  test->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (test->window, width, height);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (test->window, overlay);
  mk_page_set_store (MK_PAGE (page), test->store);
  gtk_window_present (test->window);
  mk_test_gui_spin ();
}

void
mk_test_page_close (MkTestPage *test)
{
  gtk_window_destroy (test->window);
  mk_test_gui_spin ();
  g_clear_object (&test->store);
  mk_test_tmpdir_free (g_steal_pointer (&test->dir));
}

gboolean
mk_test_gui_choose_municipality (GtkWidget  *page,
                                 const char *name)
{
  MkMunicipalityDropDown *drop_down = MK_TEST_GUI_CHILD (page, MK_TYPE_MUNICIPALITY_DROP_DOWN,
                                                         "municipality_dropdown");
  gboolean offered = mk_municipality_drop_down_set_municipality (drop_down, name);

  mk_test_gui_spin ();
  return offered;
}

int
mk_test_gui_page_year (GtkWidget *page)
{
  return mk_year_drop_down_get_year (
    MK_TEST_GUI_CHILD (page, MK_TYPE_YEAR_DROP_DOWN, "year_dropdown"));
}

gboolean
mk_test_gui_choose_year (GtkWidget *page,
                         int        year)
{
  gboolean offered = mk_year_drop_down_set_year (
    MK_TEST_GUI_CHILD (page, MK_TYPE_YEAR_DROP_DOWN, "year_dropdown"), year);

  mk_test_gui_spin ();
  return offered;
}

GListModel *
mk_test_gui_rows (GtkWidget  *widget,
                  const char *id)
{
  return G_LIST_MODEL (gtk_column_view_get_model (
    MK_TEST_GUI_CHILD (widget, GTK_TYPE_COLUMN_VIEW, id)));
}

void
mk_test_gui_select_row (GtkWidget  *widget,
                        const char *id,
                        guint       position)
{
  g_assert_true (gtk_selection_model_select_item (
    GTK_SELECTION_MODEL (mk_test_gui_rows (widget, id)), position, TRUE));
  mk_test_gui_spin ();
}

void
mk_test_gui_sort_by (GtkWidget   *widget,
                     const char  *id,
                     guint        column,
                     GtkSortType  order)
{
  GtkColumnView *view = MK_TEST_GUI_CHILD (widget, GTK_TYPE_COLUMN_VIEW, id);
  g_autoptr(GtkColumnViewColumn) heading =
    g_list_model_get_item (gtk_column_view_get_columns (view), column);

  gtk_column_view_sort_by_column (view, heading, order);
  mk_test_gui_spin ();
}

const char *
mk_test_gui_shown_text (GtkWidget  *widget,
                        const char *id,
                        const char *shown_by)
{
  GtkWidget *label = mk_test_gui_child (widget, id);
  GtkWidget *shown = shown_by != NULL ? mk_test_gui_child (widget, shown_by) : label;

  if (!gtk_widget_get_visible (shown) || !gtk_widget_get_visible (label))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

static GtkWidget *
find_setting_row (GtkWidget *widget,
                  MkSetting  setting)
{
  if (MK_IS_SETTING_ROW (widget))
    return mk_setting_row_get_setting (MK_SETTING_ROW (widget)) == setting ? widget : NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_setting_row (child, setting);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static MkSettingRow *
setting_row (GtkWidget *page,
             MkSetting  setting)
{
  GtkWidget *row = find_setting_row (page, setting);

  g_assert_nonnull (row);
  return MK_SETTING_ROW (row);
}

int
mk_test_gui_setting (GtkWidget *page,
                     MkSetting  setting)
{
  return mk_setting_row_get_value (setting_row (page, setting));
}

void
mk_test_gui_set_setting (GtkWidget *page,
                         MkSetting  setting,
                         int        value)
{
  mk_setting_row_set_value (setting_row (page, setting), value);
  mk_test_gui_spin ();
}

const char *
mk_test_gui_setting_error (GtkWidget *page,
                           MkSetting  setting)
{
  return mk_setting_row_get_error (setting_row (page, setting));
}

/* A row made for a record: an action row no enclosing template names
 * (its own template names it after its type), with its Delete button. */
static gboolean
is_record_row (GtkWidget *widget)
{
  const char *id;

  if (!ADW_IS_ACTION_ROW (widget))
    return FALSE;
  id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));
  return (id == NULL || g_str_equal (id, G_OBJECT_TYPE_NAME (widget))) &&
         mk_test_gui_find_descendant (widget, GTK_TYPE_BUTTON) != NULL;
}

static GtkWidget *
find_record_row (GtkWidget *widget,
                 guint     *index)
{
  if (is_record_row (widget))
    return (*index)-- == 0 ? widget : NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_record_row (child, index);
      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
mk_test_gui_record_row (GtkWidget *editor,
                        guint      index)
{
  return find_record_row (editor, &index);
}

GtkWindow *
mk_test_gui_record_dialog (void)
{
  return mk_test_gui_find_window (MK_TYPE_RECORD_DIALOG);
}

const char *
mk_test_gui_record_error (GtkWindow *dialog)
{
  return mk_test_gui_shown_text (GTK_WIDGET (dialog), "error_label", NULL);
}

void
mk_test_gui_save_screenshot (GtkWidget  *widget,
                             const char *name)
{
  const char *dir = g_getenv ("MK_SCREENSHOT_DIR");
  GtkWidget *window;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL, *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  g_assert_nonnull (widget);
  window = GTK_WIDGET (gtk_widget_get_native (widget));
  /* Past the stack's crossfade and the scrolling to a focused row. */
  for (int i = 0; i < 40; i++)
    mk_test_gui_spin ();
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  gdk_texture_save_to_png (texture, path);
}

GtkWidget *
mk_test_gui_demo_window (const char *dir,
                         const char *section)
{
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = mk_store_open (path, &error);
  MkWindow *window;

  g_assert_no_error (error);
  g_assert_true (mk_demo_load (store, &error));
  g_assert_no_error (error);
  window = mk_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 850);
  g_assert_true (mk_window_open_database (window, path));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (mk_window_show_section (window, section));
  mk_test_gui_spin ();
  return GTK_WIDGET (window);
}

void
mk_test_gui_look_at_records (GType       type,
                             guint       n_records,
                             guint       row,
                             const char *add_action,
                             const char *page_shot,
                             const char *dialog_shot)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  GtkWidget *window = mk_test_gui_demo_window (dir, "references");
  GtkWidget *editor = mk_test_gui_find_descendant (window, type);
  GtkWidget *expander = NULL;

  g_assert_nonnull (editor);
  g_assert_cmpuint (g_list_model_get_n_items (
                      mk_record_list_editor_get_items (MK_RECORD_LIST_EDITOR (editor))),
                    ==, n_records);
  /* Records grouped under expanders (the procedures by kind): the first
   * group open. */
  if ((expander = mk_test_gui_find_descendant (editor, ADW_TYPE_EXPANDER_ROW)) != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  mk_test_gui_spin ();
  /* Focus scrolls the page down to the row. */
  gtk_widget_grab_focus (mk_test_gui_record_row (editor, row));
  mk_test_gui_save_screenshot (window, page_shot);
  g_assert_true (gtk_widget_activate_action (editor, add_action, NULL));
  mk_test_gui_spin ();
  g_assert_nonnull (mk_test_gui_record_dialog ());
  mk_test_gui_save_screenshot (GTK_WIDGET (mk_test_gui_record_dialog ()), dialog_shot);
  gtk_window_destroy (GTK_WINDOW (window));
  mk_test_gui_spin ();
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

gboolean
mk_test_gui_press_key (GtkWidget       *widget,
                       guint            keyval,
                       GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; !handled && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

const char *
mk_test_gui_assistant_step (gpointer assistant)
{
  return gtk_stack_get_visible_child_name (MK_TEST_GUI_CHILD (assistant, GTK_TYPE_STACK, "stack"));
}

void
mk_test_gui_wait_for_assistant (gpointer assistant)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_strcmp0 (mk_test_gui_assistant_step (assistant), "working") == 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (mk_test_gui_assistant_step (assistant), !=, "working");
  mk_test_gui_spin ();
}
