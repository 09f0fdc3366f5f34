/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-staff-view.h"

G_BEGIN_DECLS

/* Test hooks: the rows shown (MkStaffRow), and an edit of one cell that
 * takes the same path as typing into it and pressing Enter. */
GListModel *mk_staff_view_get_model (MkStaffView  *self);
gboolean    mk_staff_view_edit_cell (MkStaffView  *self,
                                     guint         position,
                                     MkStaffRole   role,
                                     const char   *text,
                                     GError      **error);
/* Activates staff.add-year for START_YEAR, as the popover does. */
void        mk_staff_view_add_year  (MkStaffView  *self,
                                     int           start_year);

G_END_DECLS
