/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-staff.h"

G_BEGIN_DECLS

/* The staff of one school in one school year; raw texts keep the notes. */
#define MK_TYPE_STAFF_ROW (mk_staff_row_get_type ())
G_DECLARE_FINAL_TYPE (MkStaffRow, mk_staff_row, MK, STAFF_ROW, GObject)

MkStaffRow *mk_staff_row_new             (gint64       school_id,
                                          int          school_year);
gint64      mk_staff_row_get_school_id   (MkStaffRow  *self);
int         mk_staff_row_get_school_year (MkStaffRow  *self);
/* "2022/2023" */
char       *mk_staff_row_dup_year_label  (MkStaffRow  *self);
const char *mk_staff_row_get_raw         (MkStaffRow  *self,
                                          MkStaffRole  role);
void        mk_staff_row_set_raw         (MkStaffRow  *self,
                                          MkStaffRole  role,
                                          const char  *raw);

G_END_DECLS
