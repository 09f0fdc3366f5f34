/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-override-dialog.h"

G_BEGIN_DECLS

/* Test hooks: the fields as the user fills them, and what the form says. */
typedef enum {
  MK_OVERRIDE_FIELD_REASON,
  MK_OVERRIDE_FIELD_DATE,
  MK_OVERRIDE_FIELD_GENERAL,  /* a refusal of the store */
} MkOverrideField;

void         mk_override_dialog_set_cluster (MkOverrideDialog *self,
                                             MkCluster         cluster);
MkCluster    mk_override_dialog_get_cluster (MkOverrideDialog *self);
/* The combo row, to read what it shows. */
GtkWidget   *mk_override_dialog_get_cluster_row (MkOverrideDialog *self);
void         mk_override_dialog_set_reason  (MkOverrideDialog *self,
                                             const char       *reason);
char        *mk_override_dialog_dup_reason  (MkOverrideDialog *self);
GtkEditable *mk_override_dialog_get_date    (MkOverrideDialog *self);
/* The message shown for FIELD, or NULL. */
const char  *mk_override_dialog_get_error   (MkOverrideDialog *self,
                                             MkOverrideField   field);

G_END_DECLS
