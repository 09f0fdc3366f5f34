/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "mk-doc.h"

G_BEGIN_DECLS

/* A document flow cut into A4 pages (the page of mk-doc.h): for the PDF
 * and for the draw-page handler of GtkPrintOperation, so that both print
 * the same pages. Paragraphs break between lines; a table row, and rows
 * joined by a merged cell, never break, and a table's header rows repeat
 * at the top of every page it continues on; a part that keeps with the
 * next is never the last on its page. Page numbers from the second page,
 * at the top centre. Units are points; CONTEXT measures text (see
 * mk_pdf_context_new; NULL makes one). The layout keeps DOC by
 * reference: it must outlive the layout and not change. */
typedef struct _MkDocLayout MkDocLayout;

#define MK_DOC_MM_TO_PT(mm) ((mm) * 72.0 / 25.4)

MkDocLayout *mk_doc_layout_new         (MkDoc        *doc,
                                        PangoContext *context);
void         mk_doc_layout_free        (MkDocLayout  *self);
guint        mk_doc_layout_get_n_pages (MkDocLayout  *self);
/* Draws PAGE (0-based) onto CR with its origin at the page's top left
 * corner, in points; CR is left as it was. */
void         mk_doc_layout_draw_page   (MkDocLayout  *self,
                                        cairo_t      *cr,
                                        guint         page);
/* Writes DOC as a PDF at PATH. */
gboolean     mk_doc_write_pdf          (MkDoc        *doc,
                                        const char   *path,
                                        GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkDocLayout, mk_doc_layout_free)

G_END_DECLS
