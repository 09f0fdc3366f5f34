/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-assignment.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* Sets the cluster of one school in one school year by hand: the
 * cluster, the reason (required) and the date of the decision. It saves
 * through the store itself, shows what is wrong next to the field,
 * emits "saved" with the school's id and closes. */
#define MK_TYPE_OVERRIDE_DIALOG (mk_override_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MkOverrideDialog, mk_override_dialog, MK, OVERRIDE_DIALOG, AdwWindow)

MkOverrideDialog *mk_override_dialog_new       (GtkWindow        *parent,
                                                MkStore          *store,
                                                MkAssignment     *assignment);
/* TRUE while the dialog writes to the store, so that the page that
 * opened it can tell its own change from another's. */
gboolean          mk_override_dialog_is_saving (MkOverrideDialog *self);

G_END_DECLS
