/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* Turns the last error of DB (the database file PATH) into a GError of
 * MK_STORE_ERROR whose message says, in the user's language, which file,
 * what happened and what to do. SQLite's own English words go to the
 * debug log, except for an error no user action explains. Returns FALSE. */
gboolean mk_sqlite_error (sqlite3     *db,
                          const char  *path,
                          GError     **error);
/* The same for a result code RC when no connection is at hand. */
gboolean mk_sqlite_error_code (int          rc,
                               const char  *detail,
                               const char  *path,
                               GError     **error);

G_END_DECLS
