/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store-private.h"
#include "mk-store-results.h"

G_BEGIN_DECLS

/* -1 is «not known», which the results and context tables keep as NULL. */
void mk_stmt_bind_number   (sqlite3_stmt *stmt,
                            int           index,
                            int           value);
int  mk_stmt_column_number (sqlite3_stmt *stmt,
                            int           column);

G_END_DECLS
