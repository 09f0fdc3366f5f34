/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-record-dialog.h"
#include "mk-statistic.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* Adds or edits one row of external statistics: school year, scope, the
 * schools in the monitoring and the ШНРО among them, and a source. It
 * saves through the store itself (Enter saves, Escape cancels: an
 * MkRecordDialog), shows what is wrong next to the field, emits "saved"
 * and closes. */
#define MK_TYPE_STATISTIC_DIALOG (mk_statistic_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MkStatisticDialog, mk_statistic_dialog, MK, STATISTIC_DIALOG,
                      MkRecordDialog)

/* EDITED is the row being changed, or NULL to add one; SUGGESTED (may be
 * NULL) fills a new row's fields. */
MkStatisticDialog *mk_statistic_dialog_new (GtkWindow   *parent,
                                            MkStore     *store,
                                            MkStatistic *edited,
                                            MkStatistic *suggested);

G_END_DECLS
