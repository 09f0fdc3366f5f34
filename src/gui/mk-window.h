/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-application.h"
#include "mk-store.h"

G_BEGIN_DECLS

#define MK_TYPE_WINDOW (mk_window_get_type ())
G_DECLARE_FINAL_TYPE (MkWindow, mk_window, MK, WINDOW, AdwApplicationWindow)

/* APPLICATION may be NULL (the display tests build a bare window). */
MkWindow   *mk_window_new             (MkApplication *application);
/* Opens PATH (creating it when it does not exist). A refused file leaves
 * the current database in place and explains itself in a dialog. */
gboolean    mk_window_open_database   (MkWindow      *self,
                                       const char    *path);
MkStore    *mk_window_get_store       (MkWindow      *self);
/* "no-database", "welcome" or the name of the visible section
 * ("schools", "results", …). */
const char *mk_window_get_visible_page (MkWindow     *self);
void        mk_window_add_toast       (MkWindow      *self,
                                       AdwToast      *toast);
/* Writes a copy of the open database, with every write so far, to TARGET
 * on a worker thread, and says in a toast when it is done. */
void        mk_window_save_copy       (MkWindow      *self,
                                       const char    *target);

G_END_DECLS
