/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The staff of one school, one row per school year, edited in place.
 * Cells keep the text exactly as typed ("2 (РК)"). */
#define MK_TYPE_STAFF_VIEW (mk_staff_view_get_type ())
G_DECLARE_FINAL_TYPE (MkStaffView, mk_staff_view, MK, STAFF_VIEW, AdwBin)

void mk_staff_view_set_store  (MkStaffView *self,
                               MkStore     *store);
/* NULL shows a hint to select a school. */
void mk_staff_view_set_school (MkStaffView *self,
                               MkSchool    *school);

G_END_DECLS
