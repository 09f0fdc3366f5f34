/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store.h"

G_BEGIN_DECLS

/* Loads the demo data transcribed from the official documents
 * (docs/sources.md; data/demo/) into an empty database, in one transaction:
 * the same data for `mayak-cli demo` and the welcome page. A database that
 * already has schools is refused. */
gboolean mk_demo_load (MkStore  *store,
                       GError  **error);

G_END_DECLS
