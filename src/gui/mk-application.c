/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-application"
#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "mk-application.h"
#include "mk-window.h"

struct _MkApplication
{
  AdwApplication  parent_instance;

  /* --db FILE given to the primary instance, opened on activate. */
  char           *db_path;
};

G_DEFINE_FINAL_TYPE (MkApplication, mk_application, ADW_TYPE_APPLICATION)

MkApplication *
mk_application_new (void)
{
  return g_object_new (MK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/ru/mayak/Mayak",
                       NULL);
}

/* The database of a plain start: the one used last if it is still there,
 * else the default one (created on first start). */
static char *
dup_initial_path (MkApplication *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last = g_settings_get_string (settings, "last-database");
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;

  if (self->db_path != NULL)
    return g_steal_pointer (&self->db_path);
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&last);

  path = mk_store_default_path ();
  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_warning ("Cannot create %s: %s", dir, g_strerror (errno));
  return g_steal_pointer (&path);
}

static MkWindow *
open_window (MkApplication *self,
             const char    *path)
{
  MkWindow *window = mk_window_new (self);

  /* Present first: a refused file explains itself in a dialog that needs
   * a visible parent. */
  gtk_window_present (GTK_WINDOW (window));
  mk_window_open_database (window, path);
  return window;
}

static void
mk_application_activate (GApplication *application)
{
  MkApplication *self = MK_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = NULL;

  if (window != NULL && self->db_path == NULL)
    {
      gtk_window_present (window);
      return;
    }
  path = dup_initial_path (self);
  open_window (self, path);
}

static MkWindow *
find_window_for (MkApplication *self,
                 const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      MkStore *store;

      if (!MK_IS_WINDOW (l->data))
        continue;
      store = mk_window_get_store (MK_WINDOW (l->data));
      if (store != NULL && g_strcmp0 (mk_store_get_path (store), path) == 0)
        return MK_WINDOW (l->data);
    }
  return NULL;
}

/* One window per database: a file already open is brought forward. */
static void
mk_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  MkApplication *self = MK_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      MkWindow *window;

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);

          g_warning ("Only local files can be opened, not %s", uri);
          continue;
        }
      window = find_window_for (self, path);
      if (window != NULL)
        gtk_window_present (GTK_WINDOW (window));
      else
        open_window (self, path);
    }
}

/* --db FILE: kept for the primary instance's activate; a second instance
 * hands the file to the primary one, which opens it in a new window. */
static int
mk_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  MkApplication *self = MK_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "version", "b", NULL))
    {
      g_print ("%s %s\n", "mayak", PACKAGE_VERSION);
      return 0;
    }
  if (!g_variant_dict_lookup (options, "db", "^&ay", &db))
    return -1;

  file = g_file_new_for_commandline_arg (db);
  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!g_application_get_is_remote (application))
    {
      g_free (self->db_path);
      self->db_path = g_file_get_path (file);
      return -1;
    }
  g_application_open (application, &file, 1, "");
  return 0;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (application));

  /* Closing (not destroying) lets every window save its size; the
   * application ends with its last window. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Mayak developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("Mayak"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Mayak developers"),
                         "developers", developers,
                         "comments", _("Support of schools with low educational results for municipal education departments: registry, markers, clusters, roadmaps, protocols and reports."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
};

static void
mk_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };

  G_APPLICATION_CLASS (mk_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  /* Also set here so that the primary menu shows them. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.open-database",
                                         open_accels);
}

static void
mk_application_finalize (GObject *object)
{
  MkApplication *self = MK_APPLICATION (object);

  g_free (self->db_path);
  G_OBJECT_CLASS (mk_application_parent_class)->finalize (object);
}

static void
mk_application_class_init (MkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = mk_application_finalize;
  app_class->activate = mk_application_activate;
  app_class->open = mk_application_open;
  app_class->startup = mk_application_startup;
  app_class->handle_local_options = mk_application_handle_local_options;
}

static void
mk_application_init (MkApplication *self)
{
  static const GOptionEntry options[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database FILE"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Show the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Mayak: support of schools with low educational results."));
}
