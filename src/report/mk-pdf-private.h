/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "mk-pdf-render.h"

G_BEGIN_DECLS

/* Shared by the PDF layout (mk-pdf-render.c) and the fitting of text to
 * cells (mk-pdf-fit.c). Sizes are in sheet points: before the scale that
 * fits the table across the page. */

#define MK_PDF_PAD 2.0   /* points between a cell's edge and its text */

struct _MkPdfLayout {
  MkSheet      *sheet;
  PangoContext *context;
  PangoLayout  *measure;
  guint         n_rows, n_cols;
  double        scale;        /* sheet points → page points */
  double        origin_x, origin_y;
  double        body_height;  /* printable height in sheet points */
  double       *col_x;        /* n_cols + 1 edges, sheet points */
  double       *row_h;        /* sheet points */
  gboolean     *no_break;     /* per row: inside a merge of several rows */
  double       *line_h;       /* one line of each style; 0: not measured */
  GHashTable   *merge_at;     /* cell key → its MkSheetRange */
  GHashTable   *widths;       /* "style:text" → one line's width */
  guint         repeat_first, repeat_last;
  double        header_h;
  GArray       *starts;       /* guint: first body row of each page */
};

/* How a cell's text is set in its box. Text wraps at spaces only: a word
 * or a number is never split, and the columns are made wide enough for
 * the longest of them (mk_pdf_fit_columns). */
typedef enum {
  MK_PDF_LINE,      /* one line in the box */
  MK_PDF_OVERFLOW,  /* one line running on into the empty cells to the
                     * right, as a spreadsheet prints «Таблица 6» */
  MK_PDF_WRAP,      /* lines broken at spaces across the box */
} MkPdfSetting;

const MkSheetRange *mk_pdf_merge_at      (MkPdfLayout        *self,
                                          guint               row,
                                          guint               col);
/* Sets LAYOUT up for TEXT in STYLE's font, wrapped at spaces at WIDTH
 * points (-1: one line). */
void                mk_pdf_prepare_text  (PangoLayout        *layout,
                                          const MkSheetStyle *style,
                                          const char         *text,
                                          double              width);
/* The setting of CELL's TEXT in a box BOX_WIDTH wide; *ROOM is the width
 * its lines may take (past the box for MK_PDF_OVERFLOW). */
MkPdfSetting        mk_pdf_cell_setting  (MkPdfLayout        *self,
                                          const MkSheetCell  *cell,
                                          const char         *text,
                                          double              box_width,
                                          double             *room);
/* Widens the columns whose longest word or number does not fit, taking
 * the width from columns with room to spare. */
void                mk_pdf_fit_columns   (MkPdfLayout        *self);

G_END_DECLS
