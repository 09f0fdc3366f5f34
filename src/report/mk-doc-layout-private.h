/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "mk-doc.h"

G_BEGIN_DECLS

/* Padding inside a table cell, in points. */
#define MK_DOC_CELL_PAD_X 2.5
#define MK_DOC_CELL_PAD_Y 1.5

/* A layout of TEXT at SIZE points in the document's font, WIDTH points
 * wide (wrapping at words), with ALIGN. */
PangoLayout *mk_doc_text_layout     (PangoContext   *context,
                                     const char     *text,
                                     double          size,
                                     gboolean        bold,
                                     PangoAlignment  align,
                                     double          width);

/* A table part measured for a text area WIDTH points wide: its rows'
 * heights and which rows hold together (joined by a merged cell). Rows
 * are counted from the part's first row. */
typedef struct _MkDocTable MkDocTable;

MkDocTable *mk_doc_table_new          (const MkDocPart *part,
                                       PangoContext    *context,
                                       double           width);
void        mk_doc_table_free         (MkDocTable      *self);
guint       mk_doc_table_get_n_rows   (MkDocTable      *self);
guint       mk_doc_table_get_n_header (MkDocTable      *self);
/* The last row (exclusive) of the rows that must stay with ROW. */
guint       mk_doc_table_group_end    (MkDocTable      *self,
                                       guint            row);
/* The height of rows FIRST … END-1. */
double      mk_doc_table_height       (MkDocTable      *self,
                                       guint            first,
                                       guint            end);
/* Draws rows FIRST … END-1 with their top at Y, the table's left edge at
 * X; returns the height drawn. */
double      mk_doc_table_draw         (MkDocTable      *self,
                                       cairo_t         *cr,
                                       double           x,
                                       double           y,
                                       guint            first,
                                       guint            end);

G_END_DECLS
