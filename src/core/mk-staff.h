/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The five staff rows of Таблицы 2.1, 3.1, 4.1 of the Smolensk annual
 * report, in their order. */
typedef enum {
  MK_STAFF_TEACHERS,
  MK_STAFF_ADMINISTRATORS,
  MK_STAFF_PSYCHOLOGISTS,
  MK_STAFF_SPEECH_THERAPISTS,
  MK_STAFF_DEFECTOLOGISTS,
} MkStaffRole;

#define MK_N_STAFF_ROLES 5

const char *mk_staff_role_to_code   (MkStaffRole role);
gboolean    mk_staff_role_from_code (const char  *code,
                                     MkStaffRole *role);
const char *mk_staff_role_label     (MkStaffRole role);

/* Splits a cell such as "62 (3 - в декрете)" into 62 and its note. */
gboolean    mk_staff_parse          (const char  *raw,
                                     int         *count,
                                     char       **note);

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
