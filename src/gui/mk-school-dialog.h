/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The form of one school, for adding (SCHOOL NULL) or editing. It saves
 * through the store itself, shows refusals next to the field concerned,
 * emits "saved" with the stored school and closes. */
#define MK_TYPE_SCHOOL_DIALOG (mk_school_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MkSchoolDialog, mk_school_dialog, MK, SCHOOL_DIALOG, AdwWindow)

MkSchoolDialog *mk_school_dialog_new                      (GtkWindow      *parent,
                                                           MkStore        *store,
                                                           MkSchool       *school);
/* For a new school: the municipality the user is looking at. */
void            mk_school_dialog_set_default_municipality (MkSchoolDialog *self,
                                                           const char     *municipality);

G_END_DECLS
