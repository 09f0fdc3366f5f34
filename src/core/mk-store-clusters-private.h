/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store-clusters.h"
#include "mk-store-private.h"

G_BEGIN_DECLS

/* Writes every setting of SCHOOL_YEAR inside the caller's transaction. */
gboolean mk_store_write_methodology (MkStore             *self,
                                     int                  school_year,
                                     const MkMethodology *methodology,
                                     GError             **error);
/* Commits when OK (rolling back if the commit fails), else rolls back. */
gboolean mk_store_end               (MkStore             *self,
                                     gboolean             ok,
                                     GError             **error);

G_END_DECLS
