/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* "MYK1": marks a SQLite file as a Mayak database (PRAGMA application_id). */
#define MK_APPLICATION_ID 0x4D594B31

/* The number of migrations compiled in, i.e. the newest user_version. */
int      mk_migrations_latest (void);
/* Applies the migrations after the current user_version, each in its own
 * transaction that also bumps user_version. */
gboolean mk_migrations_apply  (sqlite3  *db,
                               int       from_version,
                               GError  **error);

G_END_DECLS
