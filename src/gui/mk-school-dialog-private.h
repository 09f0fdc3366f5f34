/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-school-dialog.h"

G_BEGIN_DECLS

/* Test hooks: the fields as the user fills them, and what the form says. */
typedef enum {
  MK_SCHOOL_FIELD_MUNICIPALITY,
  MK_SCHOOL_FIELD_REGION,
  MK_SCHOOL_FIELD_NAME,
  MK_SCHOOL_FIELD_FULL_NAME,
  MK_SCHOOL_FIELD_LEGAL_FORM,
  MK_SCHOOL_FIELD_HEAD,
  MK_SCHOOL_FIELD_DEPUTY,
  MK_SCHOOL_FIELD_CURATOR,
} MkSchoolField;

#define MK_N_SCHOOL_FIELDS 8

GtkEditable *mk_school_dialog_get_field   (MkSchoolDialog *self,
                                           MkSchoolField   field);
/* -1: «Determine from the name», else an MkProfile. */
void         mk_school_dialog_set_profile (MkSchoolDialog *self,
                                           int             profile);
void         mk_school_dialog_set_rural   (MkSchoolDialog *self,
                                           gboolean        rural);
/* The message shown under FIELD (municipality or name), or NULL. */
const char  *mk_school_dialog_get_error   (MkSchoolDialog *self,
                                           MkSchoolField   field);

G_END_DECLS
