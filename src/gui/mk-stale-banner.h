/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* A bar that says the clusters of a school year were computed before a
 * change of the data or the methodology they depend on, with a button to
 * recalculate. The button activates the action of the "action-name"
 * property, with the school year (an int32) as its target when
 * "pass-year" is set. The Clusters, Overview and Reports pages show one. */
#define MK_TYPE_STALE_BANNER (mk_stale_banner_get_type ())
G_DECLARE_FINAL_TYPE (MkStaleBanner, mk_stale_banner, MK, STALE_BANNER, GtkBox)

GtkWidget *mk_stale_banner_new    (void);
/* Shows the bar when the clusters of YEAR in STORE are stale, hides it
 * otherwise (no store, no year, never classified, up to date). */
void       mk_stale_banner_update (MkStaleBanner *self,
                                   MkStore       *store,
                                   int            year);

G_END_DECLS
