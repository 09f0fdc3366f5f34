#pragma once

#include <gio/gio.h>

#include "mk-sheet.h"

G_BEGIN_DECLS

/* Sheets with more cells than this are written row by row by the
 * large-sheet writer (mk-xlsx-stream.h: inline strings, constant memory
 * beyond the sheet, fast deflate); smaller ones by libxlsxwriter. */
#define MK_XLSX_CONSTANT_MEMORY_CELLS 200000

/* Writes SHEET as a one-sheet XLSX workbook at PATH: values only, never a
 * formula. Numbers are written under a C numeric locale whatever the
 * process locale is. On failure PATH may be left incomplete; ERROR (in
 * G_IO_ERROR) says why. */
gboolean mk_xlsx_render      (MkSheet     *sheet,
                              const char  *path,
                              GError     **error);
/* The same, with the cell count above which the large-sheet writer is
 * used (0: always; tests use it to cover both writers). */
gboolean mk_xlsx_render_full (MkSheet     *sheet,
                              const char  *path,
                              guint        constant_memory_cells,
                              GError     **error);

G_END_DECLS
