/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mk-sheet.h"

G_BEGIN_DECLS

/* libxlsxwriter writes every sheet. One with more cells than this is
 * written in its constant-memory mode: each row goes to a temporary file
 * as the next begins, strings inline, so that memory beyond the sheet
 * model stays flat; a smaller one is built in memory, with the shared
 * strings Excel itself writes. */
#define MK_XLSX_CONSTANT_MEMORY_CELLS 200000

/* Writes SHEET as a one-sheet XLSX workbook at PATH: values only, never a
 * formula. Numbers are written under a C numeric locale whatever the
 * process locale is. On failure PATH may be left incomplete; ERROR (in
 * G_IO_ERROR) says why. */
gboolean mk_xlsx_render      (MkSheet     *sheet,
                              const char  *path,
                              GError     **error);
/* The same, with the cell count above which constant memory is used (0:
 * always; tests use it to compare both modes). */
gboolean mk_xlsx_render_full (MkSheet     *sheet,
                              const char  *path,
                              guint        constant_memory_cells,
                              GError     **error);

G_END_DECLS
