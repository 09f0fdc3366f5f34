/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-gui"
#include "config.h"

#include "mk-demo.h"
#include "mk-test-gui.h"
#include "mk-window-private.h"

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
