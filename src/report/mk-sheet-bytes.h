/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-sheet.h"

G_BEGIN_DECLS

/* A sheet as bytes and back, whole: its cells, styles, merges, widths,
 * heights and page setup. An approved protocol keeps its tables so, and
 * prints them as they were, whatever the data says later. The same
 * sheet always gives the same bytes. */
GBytes  *mk_sheet_to_bytes   (MkSheet  *sheet);
/* NULL with an error when BYTES are not a sheet. */
MkSheet *mk_sheet_from_bytes (GBytes   *bytes,
                              GError  **error);

G_END_DECLS
