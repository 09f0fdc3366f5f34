/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-schools-page.h"
#include "mk-window.h"

G_BEGIN_DECLS

struct _MkWindow
{
  AdwApplicationWindow  parent_instance;

  MkStore              *store;
  GSettings            *settings;
  /* The user chose to start with an empty database on the welcome page,
   * so an empty registry no longer means "show the welcome page". */
  gboolean              skip_welcome;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *root_stack;
  AdwWindowTitle       *welcome_title;
  AdwLeaflet           *leaflet;
  GtkWidget            *content_box;
  GtkListBox           *sidebar;
  GtkStack             *section_stack;
  AdwWindowTitle       *content_title;
  GPtrArray            *pages;  /* MkPage of the built sections, unowned */
  gboolean              close_confirmed;  /* the user decided on unsaved changes */
};

/* The page of TYPE, once its section was built; NULL before. */
gpointer mk_window_find_page         (MkWindow       *self,
                                      GType           type);
/* mk-window-close.c: TRUE when closing must wait for the user to decide
 * what becomes of unsaved changes (a dialog is shown; the window closes
 * itself after it unless the user cancels). */
gboolean mk_window_hold_close        (MkWindow       *self);

/* mk-window.c: selects the sidebar row of the section NAME. */
gboolean mk_window_show_section      (MkWindow       *self,
                                      const char     *name);
/* mk-window-actions.c */
void mk_window_class_install_actions (GtkWidgetClass *widget_class);
void mk_window_update_actions        (MkWindow       *self);
void mk_window_update_visible        (MkWindow       *self);
void mk_window_show_open_error       (MkWindow       *self,
                                      const char     *path,
                                      const GError   *error);
/* A modal chooser of database files, named NAME when it saves; CHOSEN
 * gets the path the user accepted (never called on cancel). */
typedef void (*MkWindowPathFunc) (MkWindow   *self,
                                  const char *path);
void  mk_window_choose_database_file (MkWindow             *self,
                                      const char           *title,
                                      GtkFileChooserAction  action,
                                      const char           *accept,
                                      const char           *name,
                                      MkWindowPathFunc      chosen);
/* mk-window-backup.c: «Save a Copy…» asks where, then mk_window_save_copy. */
void mk_window_choose_copy_target    (MkWindow       *self);

G_END_DECLS
