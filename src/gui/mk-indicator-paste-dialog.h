/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-record-dialog.h"

G_BEGIN_DECLS

/* An indicator table made from one copied from a spreadsheet: the set
 * (an existing one, or a new one by a new title), the municipality, the
 * school (none for the municipality's own table) and the pasted block,
 * imported as an indicator file is (all or nothing, the same messages),
 * emitting "saved" with the set's title and the school's id (0: the
 * municipality's table) when it is written. */
#define MK_TYPE_INDICATOR_PASTE_DIALOG (mk_indicator_paste_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MkIndicatorPasteDialog, mk_indicator_paste_dialog, MK, INDICATOR_PASTE_DIALOG,
                      MkRecordDialog)

MkIndicatorPasteDialog *mk_indicator_paste_dialog_new (GtkWindow  *parent,
                                                       MkStore    *store,
                                                       const char *municipality);

G_END_DECLS
