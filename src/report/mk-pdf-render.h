/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <cairo.h>
#include <pango/pango.h>

#include "mk-sheet.h"

G_BEGIN_DECLS

/* A4 in points. */
#define MK_PDF_A4_WIDTH  595.0
#define MK_PDF_A4_HEIGHT 842.0

/* Writes SHEET as an A4 PDF (landscape when its page setup says so). */
gboolean     mk_pdf_render             (MkSheet     *sheet,
                                        const char  *path,
                                        GError     **error);

/* The sheet cut into pages, for mk_pdf_render and for the draw-page
 * handler of GtkPrintOperation. Sizes are in points; the sheet's margins
 * are measured from the origin of the cairo context given to draw_page
 * (use GtkPrintOperation's full page, in points). CONTEXT measures the
 * text: its resolution must map points to cairo units (72 dpi for a
 * surface in points); NULL makes such a context. The layout keeps SHEET
 * by reference: it must outlive the layout and not change. */
typedef struct _MkPdfLayout MkPdfLayout;

/* A context that measures text in points (72 dpi), without hinting, as a
 * PDF shows at any size: for every layout of a printed page. */
PangoContext *mk_pdf_context_new       (void);
/* The same over FONT_MAP: a layout made in one thread and drawn in
 * another owns a font map of its own (pango_cairo_font_map_new), as
 * Pango's font caches are not shared safely between threads. */
PangoContext *mk_pdf_context_new_for_font_map (PangoFontMap *font_map);
/* Writes N_PAGES pages of WIDTH × HEIGHT points to the PDF at PATH, each
 * drawn by DRAW, with TITLE and the document date as its properties: the
 * one PDF writer of sheets and documents. */
typedef void (*MkPdfDrawPageFunc) (gpointer  data,
                                   cairo_t  *cr,
                                   guint     page);
gboolean      mk_pdf_write_pages       (const char         *path,
                                        double              width,
                                        double              height,
                                        const char         *title,
                                        guint               n_pages,
                                        MkPdfDrawPageFunc   draw,
                                        gpointer            data,
                                        GError            **error);
/* TRUE for CAIRO_STATUS_SUCCESS, else FALSE with «Cannot write PATH: …». */
gboolean      mk_pdf_check_status      (cairo_status_t   status,
                                        const char      *path,
                                        GError         **error);

MkPdfLayout *mk_pdf_layout_new         (MkSheet      *sheet,
                                        double        page_width_pt,
                                        double        page_height_pt,
                                        PangoContext *context);
void         mk_pdf_layout_free        (MkPdfLayout  *self);
guint        mk_pdf_layout_get_n_pages (MkPdfLayout  *self);
/* Draws PAGE (0-based) onto CR, which is left as it was. */
void         mk_pdf_layout_draw_page   (MkPdfLayout  *self,
                                        cairo_t      *cr,
                                        guint         page);
/* NULL when every cell's text prints whole: lines broken only at
 * spaces, inside the cell's box (or the empty cells its one line runs
 * on into); else one line per cell that does not, for tests. */
char        *mk_pdf_layout_check       (MkPdfLayout  *self);
/* The text a cell shows, Russian-style: decimal comma, «46,5%»,
 * dd.mm.yyyy. */
char        *mk_pdf_format_cell        (const MkSheetCell  *cell,
                                        const MkSheetStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkPdfLayout, mk_pdf_layout_free)

G_END_DECLS
