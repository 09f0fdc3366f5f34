/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-window"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-clusters-page.h"
#include "mk-gui-util.h"
#include "mk-indicators-page.h"
#include "mk-methodology-page.h"
#include "mk-overview-page.h"
#include "mk-page.h"
#include "mk-reports-page.h"
#include "mk-protocols-page.h"
#include "mk-roadmaps-page.h"
#include "mk-results-page.h"
#include "mk-welcome-page.h"
#include "mk-window-private.h"

/* The sections of the sidebar, in the order a specialist meets them in
 * the yearly cycle. Those without a description are built; the others
 * show an honest placeholder saying what they will do. */
typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  const char *description;
  GType     (*page_type) (void);  /* an MkPage; NULL for the placeholder */
} MkSection;

static const MkSection sections[] = {
  { "schools", N_("Schools"), "x-office-address-book-symbolic", NULL, mk_schools_page_get_type },
  { "results", N_("Results"), "x-office-spreadsheet-symbolic", NULL, mk_results_page_get_type },
  { "clusters", N_("Clusters"), "view-grid-symbolic", NULL, mk_clusters_page_get_type },
  { "overview", N_("Overview"), "x-office-presentation-symbolic", NULL, mk_overview_page_get_type },
  { "roadmaps", N_("Roadmaps"), "view-list-ordered-symbolic", NULL, mk_roadmaps_page_get_type },
  { "indicators", N_("Indicators"), "view-grid-symbolic", NULL, mk_indicators_page_get_type },
  { "protocols", N_("Protocols"), "x-office-document-symbolic", NULL, mk_protocols_page_get_type },
  { "reports", N_("Reports"), "document-print-symbolic", NULL, mk_reports_page_get_type },
  { "references", N_("References"), "accessories-dictionary-symbolic", NULL,
    mk_methodology_page_get_type },
};

G_DEFINE_FINAL_TYPE (MkWindow, mk_window, ADW_TYPE_APPLICATION_WINDOW)

MkWindow *
mk_window_new (MkApplication *application)
{
  return g_object_new (MK_TYPE_WINDOW, "application", application, NULL);
}

MkStore *
mk_window_get_store (MkWindow *self)
{
  g_return_val_if_fail (MK_IS_WINDOW (self), NULL);
  return self->store;
}

const char *
mk_window_get_visible_page (MkWindow *self)
{
  const char *root;

  g_return_val_if_fail (MK_IS_WINDOW (self), NULL);
  root = gtk_stack_get_visible_child_name (self->root_stack);
  if (g_strcmp0 (root, "main") != 0)
    return root;
  return gtk_stack_get_visible_child_name (self->section_stack);
}

void
mk_window_add_toast (MkWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (MK_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
mk_window_update_visible (MkWindow *self)
{
  const char *name = "main";

  if (self->store == NULL)
    name = "no-database";
  else if (mk_store_count_schools (self->store) > 0)
    /* Once the registry has schools, deleting the last one must not throw
     * the user back to the welcome page in the middle of an undo. */
    self->skip_welcome = TRUE;
  else if (!self->skip_welcome)
    name = "welcome";

  gtk_stack_set_visible_child_name (self->root_stack, name);
  mk_window_update_actions (self);
}

static void
update_title (MkWindow *self)
{
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;

  if (self->store == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Mayak"));
      return;
    }

  basename = g_path_get_basename (mk_store_get_path (self->store));
  /* Translators: the window title, "<database file> — Mayak" */
  title = g_strdup_printf (_("%s — Mayak"), basename);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_subtitle (self->content_title, basename);
  adw_window_title_set_subtitle (self->welcome_title, basename);
}

static void
on_store_changed (MkWindow   *self,
                  const char *topic,
                  MkStore    *store)
{
  mk_window_update_visible (self);
}

static void
mk_window_set_store (MkWindow *self,
                     MkStore  *store)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  self->skip_welcome = FALSE;
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed),
                           self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < self->pages->len; i++)
    mk_page_set_store (self->pages->pdata[i], store);
  gtk_list_box_select_row (self->sidebar,
                           gtk_list_box_get_row_at_index (self->sidebar, 0));
  update_title (self);
  mk_window_update_visible (self);
}

gboolean
mk_window_open_database (MkWindow   *self,
                         const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = NULL;
  g_autofree char *absolute = NULL;

  g_return_val_if_fail (MK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  absolute = g_canonicalize_filename (path, NULL);
  store = mk_store_open (absolute, &error);
  if (store == NULL)
    {
      g_info ("Cannot open %s: %s", absolute, error->message);
      mk_window_show_open_error (self, absolute, error);
      return FALSE;
    }

  mk_window_set_store (self, store);
  g_settings_set_string (self->settings, "last-database", absolute);
  return TRUE;
}

static GtkWidget *
create_sidebar_row (const MkSection *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(section->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (section->icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static GtkWidget *
create_placeholder (const MkSection *section)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), section->icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page),
                             _("Coming in the Next Version"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _(section->description));
  return page;
}

static GtkWidget *
create_page (MkWindow        *self,
             const MkSection *section)
{
  GtkWidget *page;

  if (section->page_type == NULL)
    return create_placeholder (section);
  page = g_object_new (section->page_type (), NULL);
  g_ptr_array_add (self->pages, page);
  return page;
}

static void
build_sections (MkWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const MkSection *section = &sections[i];

      gtk_list_box_append (self->sidebar, create_sidebar_row (section));
      if (section->description != NULL || section->page_type != NULL)
        gtk_stack_add_titled (self->section_stack, create_page (self, section),
                              section->name, _(section->title));
    }
  gtk_list_box_select_row (self->sidebar,
                           gtk_list_box_get_row_at_index (self->sidebar, 0));
}

static void
on_sidebar_row_selected (MkWindow      *self,
                         GtkListBoxRow *row)
{
  int index;

  if (row == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  g_return_if_fail (index >= 0 && index < (int) G_N_ELEMENTS (sections));
  gtk_stack_set_visible_child_name (self->section_stack, sections[index].name);
  adw_window_title_set_title (self->content_title, _(sections[index].title));
}

gboolean
mk_window_show_section (MkWindow   *self,
                        const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].name, name) == 0)
      {
        gtk_list_box_select_row (self->sidebar,
                                 gtk_list_box_get_row_at_index (self->sidebar, i));
        return TRUE;
      }
  return FALSE;
}

static void
on_sidebar_row_activated (MkWindow      *self,
                          GtkListBoxRow *row)
{
  /* Only matters when folded: show the content instead of the sidebar. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
on_back_clicked (MkWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
restore_size (MkWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_size (MkWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width = 0;
  int height = 0;

  /* A maximized window's size says nothing about the size to restore. */
  if (!maximized)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

/* On quit everything the write-ahead log holds goes into the file, so that
 * the file alone, copied or sent after Mayak closed, has every write. */
static void
checkpoint (MkWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !mk_store_checkpoint (self->store, &error))
    g_message ("%s", error->message);
}

static gboolean
mk_window_close_request (GtkWindow *window)
{
  if (mk_window_hold_close (MK_WINDOW (window)))
    return TRUE;
  save_size (MK_WINDOW (window));
  checkpoint (MK_WINDOW (window));
  return GTK_WINDOW_CLASS (mk_window_parent_class)->close_request (window);
}

static void
mk_window_dispose (GObject *object)
{
  MkWindow *self = MK_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_WINDOW);
  G_OBJECT_CLASS (mk_window_parent_class)->dispose (object);
}

static void
mk_window_finalize (GObject *object)
{
  MkWindow *self = MK_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  G_OBJECT_CLASS (mk_window_parent_class)->finalize (object);
}

static void
mk_window_class_init (MkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mk_window_dispose;
  object_class->finalize = mk_window_finalize;
  window_class->close_request = mk_window_close_request;

  g_type_ensure (MK_TYPE_WELCOME_PAGE);
  g_type_ensure (MK_TYPE_SCHOOLS_PAGE);

  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MkWindow, root_stack);
  gtk_widget_class_bind_template_child (widget_class, MkWindow, welcome_title);
  gtk_widget_class_bind_template_child (widget_class, MkWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MkWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, MkWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MkWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, MkWindow, content_title);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  mk_window_class_install_actions (widget_class);
}

static void
mk_window_init (MkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  self->pages = g_ptr_array_new ();
  build_sections (self);
  restore_size (self);
  mk_window_update_visible (self);
}
