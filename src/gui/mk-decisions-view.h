/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The decisions not yet done across protocols (or every decision), by
 * deadline: what the next meeting will ask about. Each says its
 * protocol, who is responsible and by when, and takes what became of
 * it. */
#define MK_TYPE_DECISIONS_VIEW (mk_decisions_view_get_type ())
G_DECLARE_FINAL_TYPE (MkDecisionsView, mk_decisions_view, MK, DECISIONS_VIEW, AdwBin)

GtkWidget *mk_decisions_view_new       (void);
/* Reads the decisions again; STORE may be NULL. */
void       mk_decisions_view_set_store (MkDecisionsView *self,
                                        MkStore         *store);
void       mk_decisions_view_reload    (MkDecisionsView *self);

G_END_DECLS
