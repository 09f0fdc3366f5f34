/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-window-actions"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mk-clusters-page-private.h"
#include "mk-database-error-dialog.h"
#include "mk-demo.h"
#include "mk-import-assistant.h"
#include "mk-gui-util.h"
#include "mk-overview-page.h"
#include "mk-results-page-private.h"
#include "mk-roadmaps-page.h"
#include "mk-window-private.h"

static void
add_file_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (databases, _("Mayak Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_add_pattern (databases, "*.sqlite3");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, databases);
  gtk_file_chooser_add_filter (chooser, all);
}

typedef struct {
  GWeakRef          window;  /* the chooser may outlive a closed window */
  MkWindowPathFunc  chosen;
} Choice;

static void
choice_free (Choice *choice)
{
  g_weak_ref_clear (&choice->window);
  g_free (choice);
}

static void
on_chooser_response (GtkNativeDialog *native,
                     int              response,
                     Choice          *choice)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(MkWindow) self = g_weak_ref_get (&choice->window);
  MkWindowPathFunc chosen = choice->chosen;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  path = file != NULL ? g_file_get_path (file) : NULL;
  /* The chooser was kept alive by its own reference until now; the
   * choice goes with it. */
  g_object_unref (native);
  if (path != NULL && self != NULL)
    chosen (self, path);
}

void
mk_window_choose_database_file (MkWindow             *self,
                                const char           *title,
                                GtkFileChooserAction  action,
                                const char           *accept,
                                const char           *name,
                                MkWindowPathFunc      chosen)
{
  GtkFileChooserNative *native;
  Choice *choice = g_new0 (Choice, 1);

  g_weak_ref_init (&choice->window, self);
  choice->chosen = chosen;
  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                        accept, _("_Cancel"));
  add_file_filters (GTK_FILE_CHOOSER (native));
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_data (native, "response", G_CALLBACK (on_chooser_response), choice,
                         (GClosureNotify) (void (*) (void)) choice_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_chosen (MkWindow   *self,
             const char *path)
{
  mk_window_open_database (self, path);
}

static void
choose_database_to_open (MkWindow *self)
{
  mk_window_choose_database_file (self, _("Open Database"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                  _("_Open"), NULL, open_chosen);
}

static void
refuse_existing_file (MkWindow   *self,
                      const char *path)
{
  g_autofree char *basename = g_path_get_basename (path);
  AdwMessageDialog *dialog = mk_message_dialog_new_from_resource (GTK_WINDOW (self),
                                                                  "mk-file-exists-dialog.ui");

  adw_message_dialog_format_body (dialog,
                                  _("Mayak never overwrites a file. Choose another name for the new database instead of “%s”, or open the file with “Open Database…”."),
                                  basename);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "schools" becomes "schools.db": a database should be recognisable in a
 * file manager. */
static char *
with_extension (const char *path)
{
  g_autofree char *basename = g_path_get_basename (path);

  if (strchr (basename, '.') != NULL)
    return g_strdup (path);
  return g_strconcat (path, ".db", NULL);
}

static void
create_chosen (MkWindow   *self,
               const char *chosen)
{
  g_autofree char *path = NULL;

  path = with_extension (chosen);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    refuse_existing_file (self, path);
  else
    mk_window_open_database (self, path);
}

static void
choose_database_to_create (MkWindow *self)
{
  mk_window_choose_database_file (self, _("New Database"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                  _("_Create"), "mayak.db", create_chosen);
}

static void
on_open_error_response (MkWindow   *self,
                        const char *response)
{
  if (g_strcmp0 (response, MK_DATABASE_ERROR_RESPONSE_OPEN) == 0)
    choose_database_to_open (self);
  else if (g_strcmp0 (response, MK_DATABASE_ERROR_RESPONSE_CREATE) == 0)
    choose_database_to_create (self);
  else if (self->store == NULL)
    /* «Quit»: nothing is open in this window, so there is nothing to
     * return to; the application ends with its last window. */
    gtk_window_close (GTK_WINDOW (self));
}

void
mk_window_show_open_error (MkWindow     *self,
                           const char   *path,
                           const GError *error)
{
  GtkWidget *dialog;

  dialog = mk_database_error_dialog_new (GTK_WINDOW (self), path, error,
                                         self->store != NULL);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_open_error_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_database_to_open (MK_WINDOW (widget));
}

static void
new_database_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  choose_database_to_create (MK_WINDOW (widget));
}

static void
show_schools (MkWindow *self)
{
  self->skip_welcome = TRUE;
  gtk_list_box_select_row (self->sidebar,
                           gtk_list_box_get_row_at_index (self->sidebar, 0));
  mk_window_update_visible (self);
}

static void
load_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MkWindow *self = MK_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->store != NULL);

  /* The demo is a few hundred rows: loading it takes well under a second,
   * so it runs here rather than in a thread that would share the store. */
  if (!mk_demo_load (self->store, &error))
    {
      mk_window_add_toast (self, mk_toast_new_printf (_("Could not load the demo data: %s"),
                                                       error->message));
      return;
    }
  show_schools (self);
  mk_window_add_toast (self, adw_toast_new (_("Demo data loaded")));
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  mk_window_choose_copy_target (MK_WINDOW (widget));
}

static void
start_empty_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  show_schools (MK_WINDOW (widget));
}

gpointer
mk_window_find_page (MkWindow *self,
                     GType     type)
{
  for (guint i = 0; i < self->pages->len; i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (self->pages->pdata[i], type))
      return self->pages->pdata[i];
  return NULL;
}

/* (year, municipality or "", cluster or -1, search or ""): the Overview's
 * cards and charts open the clusters they show. */
static void
show_clusters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MkWindow *self = MK_WINDOW (widget);
  MkClustersPage *page;
  const char *municipality, *search;
  int year, cluster;

  g_variant_get (parameter, "(i&si&s)", &year, &municipality, &cluster, &search);
  mk_window_show_section (self, "clusters");
  page = mk_window_find_page (self, MK_TYPE_CLUSTERS_PAGE);
  if (page == NULL)
    return;
  mk_clusters_page_show_schools (page, year, *municipality != '\0' ? municipality : NULL,
                                 cluster, search);
}

/* The kind of file the section shown works with, for «Import a File…». */
static MkImportKind
import_kind_for (MkWindow *self)
{
  const char *page = mk_window_get_visible_page (self);

  if (g_strcmp0 (page, "schools") == 0)
    return MK_IMPORT_KIND_SCHOOLS;
  if (g_strcmp0 (page, "clusters") == 0)
    return MK_IMPORT_KIND_OVERRIDES;
  if (g_strcmp0 (page, "references") == 0)
    return MK_IMPORT_KIND_STATISTICS;
  return MK_IMPORT_KIND_RESULTS;
}

/* Every kind the command line imports, from any page; the assistant is
 * modal, so nothing else writes while it imports. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MkWindow *self = MK_WINDOW (widget);

  if (self->store == NULL)
    return;
  gtk_window_present (GTK_WINDOW (mk_import_assistant_new (GTK_WINDOW (self), self->store,
                                                           import_kind_for (self))));
}

/* (school year): the bar of stale clusters on the Overview and Reports
 * pages recalculates them where classification lives, on the Clusters
 * page, which shows the progress and the result. */
static void
reclassify_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MkWindow *self = MK_WINDOW (widget);
  MkClustersPage *page = mk_window_find_page (self, MK_TYPE_CLUSTERS_PAGE);

  if (page == NULL)
    return;
  mk_window_show_section (self, "clusters");
  mk_clusters_page_classify_year (page, g_variant_get_int32 (parameter));
}

/* (calendar year, municipality or "", kind or "", search or ""): a
 * heat-map cell of the Overview opens the results behind it. */
static void
show_results_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MkWindow *self = MK_WINDOW (widget);
  MkResultsPage *page;
  const char *municipality, *kind, *search;
  int year;

  g_variant_get (parameter, "(i&s&s&s)", &year, &municipality, &kind, &search);
  mk_window_show_section (self, "results");
  page = mk_window_find_page (self, MK_TYPE_RESULTS_PAGE);
  if (page == NULL)
    return;
  mk_results_page_show_results (page, year, *municipality != '\0' ? municipality : NULL,
                                *kind != '\0' ? kind : NULL, search);
}

/* (roadmap id): the Overview's roadmap cards open the roadmap. */
static void
show_roadmap_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MkWindow *self = MK_WINDOW (widget);
  MkRoadmapsPage *page;

  mk_window_show_section (self, "roadmaps");
  page = mk_window_find_page (self, MK_TYPE_ROADMAPS_PAGE);
  if (page != NULL)
    mk_roadmaps_page_show_roadmap (page, g_variant_get_int64 (parameter));
}

/* (school year, school id): the Clusters page opens a school's marker
 * history on the Overview. */
static void
show_marker_history_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MkWindow *self = MK_WINDOW (widget);
  MkOverviewPage *page;
  gint64 school_id;
  int year;

  g_variant_get (parameter, "(ix)", &year, &school_id);
  mk_window_show_section (self, "overview");
  page = mk_window_find_page (self, MK_TYPE_OVERVIEW_PAGE);
  if (page != NULL && !mk_overview_page_show_school_history (page, year, school_id))
    mk_window_add_toast (self, adw_toast_new (_("The school has no marker history to show")));
}

void
mk_window_update_actions (MkWindow *self)
{
  gboolean empty = self->store != NULL && mk_store_count_schools (self->store) == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-demo", empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-empty",
                                 self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy",
                                 self->store != NULL);
}

/* Ctrl+F and Ctrl+N work wherever the focus is, as long as the schools
 * are on screen; the page's own actions do the work. */
static gboolean
forward_to_schools (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  MkWindow *self = MK_WINDOW (widget);

  if (g_strcmp0 (mk_window_get_visible_page (self), "schools") != 0)
    return FALSE;
  return gtk_widget_activate_action (mk_window_find_page (self, MK_TYPE_SCHOOLS_PAGE),
                                     g_variant_get_string (args, NULL), NULL);
}

void
mk_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL,
                                   open_database_action);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL,
                                   new_database_action);
  gtk_widget_class_install_action (widget_class, "win.load-demo", NULL,
                                   load_demo_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL,
                                   save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL,
                                   start_empty_action);
  gtk_widget_class_install_action (widget_class, "win.show-clusters", "(isis)",
                                   show_clusters_action);
  gtk_widget_class_install_action (widget_class, "win.reclassify", "i", reclassify_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-results", "(isss)",
                                   show_results_action);
  gtk_widget_class_install_action (widget_class, "win.show-marker-history", "(ix)",
                                   show_marker_history_action);
  gtk_widget_class_install_action (widget_class, "win.show-roadmap", "x", show_roadmap_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-database", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-copy", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                forward_to_schools, "s", "schools.focus-search");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                forward_to_schools, "s", "schools.add");
}
