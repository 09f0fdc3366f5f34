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

G_END_DECLS
