#pragma once

#include <stdio.h>
#include <gio/gio.h>

#include "mk-sheet.h"

G_BEGIN_DECLS

/* The writer of large sheets (mk-xlsx-render.c picks it above
 * MK_XLSX_CONSTANT_MEMORY_CELLS): the worksheet XML is formatted here
 * straight from the sorted cells and deflated at level 1, instead of a
 * library call, a heap cell and a printf per cell. The workbook reads the
 * same in a spreadsheet as libxlsxwriter's: values, styles, merges, widths,
 * heights and print setup. */

/* Styles as the workbook numbers them: one cellXfs entry per style and
 * kind that a cell uses; 0 is the plain style. */
typedef struct _MkXlsxStyles MkXlsxStyles;

MkXlsxStyles *mk_xlsx_styles_new     (MkSheet      *sheet);
void          mk_xlsx_styles_free    (MkXlsxStyles *self);
/* The xf index of STYLE for a cell of KIND; 0 when it needs no format. */
guint         mk_xlsx_styles_xf      (MkXlsxStyles *self,
                                      guint         style,
                                      MkSheetKind   kind);
/* xl/styles.xml, after every mk_xlsx_styles_xf call. */
char         *mk_xlsx_styles_xml     (MkXlsxStyles *self);

/* The number format of a cell of KIND; NULL for General. */
const char   *mk_xlsx_number_format  (MkSheetKind   kind,
                                      guint         decimals,
                                      char          buffer[32]);

/* Appends TEXT to OUT escaped for XML character data. */
void          mk_xlsx_escape         (GString      *out,
                                      const char   *text);

/* Writes the worksheet XML of SHEET to FILE. */
gboolean      mk_xlsx_stream_sheet   (MkSheet      *sheet,
                                      MkXlsxStyles *styles,
                                      FILE         *file,
                                      GError      **error);

/* Writes SHEET as an XLSX workbook at PATH. ERROR says why it could not
 * (the system's or libzip's reason; the caller names the file). */
gboolean      mk_xlsx_stream_write   (MkSheet      *sheet,
                                      const char   *path,
                                      GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkXlsxStyles, mk_xlsx_styles_free)

G_END_DECLS
