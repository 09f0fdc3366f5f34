/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-result-matrix-view.h"

G_BEGIN_DECLS

/* The geometry of the matrix, computed once per grid or font change and
 * read by drawing, hit-testing and scrolling alike. Body coordinates start
 * at the top-left of the first body cell, before scrolling. */
typedef struct {
  int     row_height;
  int     header_height;  /* two lines: kind, then the rest of the code */
  int     name_width;     /* frozen: the school */
  int     count_width;    /* frozen: markers of the year */
  int     frozen_width;   /* name_width + count_width */
  GArray *column_x;       /* int: left edge of each column, then the right
                             edge of the last */
  int     body_width;
  int     body_height;
} MkMatrixLayout;

void mk_matrix_layout_init    (MkMatrixLayout *layout);
void mk_matrix_layout_clear   (MkMatrixLayout *layout);
/* Measures with PANGO (the widget's font): column widths fit their
 * heading and the widest cell text, the name column the longest name. */
void mk_matrix_layout_compute (MkMatrixLayout *layout,
                               MkResultGrid   *grid,
                               PangoLayout    *pango,
                               gboolean        show_municipality);

/* The heading's second line: the code without its kind ("РУ-5"). */
const char *mk_matrix_code_rest (MkProcedure *procedure);

typedef enum {
  MK_MATRIX_NONE,
  MK_MATRIX_CORNER,
  MK_MATRIX_HEADER,  /* COLUMN is set */
  MK_MATRIX_NAME,    /* ROW is set: the school or its marker count */
  MK_MATRIX_CELL,    /* ROW and COLUMN are set */
} MkMatrixRegion;

/* What is under the widget point X, Y with the body scrolled by HOFFSET,
 * VOFFSET. */
MkMatrixRegion mk_matrix_hit_test (const MkMatrixLayout *layout,
                                   guint                 n_rows,
                                   double                hoffset,
                                   double                voffset,
                                   double                x,
                                   double                y,
                                   guint                *row,
                                   guint                *column);
/* The widget rectangle of a body cell (it may lie outside the widget). */
void mk_matrix_cell_rect (const MkMatrixLayout *layout,
                          double                hoffset,
                          double                voffset,
                          guint                 row,
                          guint                 column,
                          GdkRectangle         *rect);

/* Colour-blind-safe (Okabe–Ito): a marker is a vermillion fill, a
 * non-objective result a blue outline with hatching; the two never rely
 * on red against green. */
typedef struct {
  GdkRGBA fg;
  GdkRGBA dim;
  GdkRGBA bg;
  GdkRGBA header_bg;
  GdkRGBA line;
  GdkRGBA cursor_band;
  GdkRGBA marker_fill;
  GdkRGBA marker_text;
  GdkRGBA non_objective;
} MkMatrixPalette;

void mk_matrix_palette_init (MkMatrixPalette *palette,
                             GtkWidget       *widget);

/* Everything one frame needs. */
typedef struct {
  MkResultGrid         *grid;
  const MkMatrixLayout *layout;
  const MkMatrixPalette *palette;
  PangoLayout          *text;
  PangoLayout          *bold;
  double                hoffset;
  double                voffset;
  int                   width;
  int                   height;
  int                   cursor_row;     /* -1: none */
  int                   cursor_column;
  gboolean              focused;
  gboolean              show_municipality;
} MkMatrixDrawContext;

void mk_matrix_draw (GtkSnapshot               *snapshot,
                     const MkMatrixDrawContext *context);
/* A legend swatch: the look of a cell that is a marker, non-objective or
 * has no data (MK_MATRIX_SWATCH_*), for the legend beside the matrix. */
typedef enum {
  MK_MATRIX_SWATCH_MARKER,
  MK_MATRIX_SWATCH_NON_OBJECTIVE,
  MK_MATRIX_SWATCH_RESULT,
  MK_MATRIX_SWATCH_EMPTY,
} MkMatrixSwatch;

void mk_matrix_draw_swatch (cairo_t               *cr,
                            const MkMatrixPalette *palette,
                            MkMatrixSwatch         swatch,
                            int                    width,
                            int                    height);

/* The view's state, shared by its drawing and input files. */
struct _MkResultMatrixView
{
  GtkWidget       parent_instance;

  MkResultGrid   *grid;
  MkMatrixLayout  layout;
  gboolean        layout_valid;
  MkMatrixPalette palette;
  PangoLayout    *text;
  PangoLayout    *bold;

  GtkAdjustment  *hadjustment;
  GtkAdjustment  *vadjustment;
  guint           hscroll_policy : 1;
  guint           vscroll_policy : 1;
  guint           show_municipality : 1;
  guint           scroll_pending : 1;  /* show the cursor at the next allocation */

  int             cursor_row;     /* -1 while the grid is empty */
  int             cursor_column;
  GtkWidget      *popover;        /* a child while it is open */
};

/* mk-result-matrix-view.c */
void  mk_result_matrix_view_ensure_layout   (MkResultMatrixView *self);
guint mk_result_matrix_view_n_rows          (MkResultMatrixView *self);
guint mk_result_matrix_view_n_columns       (MkResultMatrixView *self);
void  mk_result_matrix_view_emit_activated  (MkResultMatrixView *self);
void  mk_result_matrix_view_scroll_to_cursor (MkResultMatrixView *self);
/* mk-result-matrix-input.c */
void  mk_result_matrix_view_class_install_input (GtkWidgetClass     *widget_class);
void  mk_result_matrix_view_init_input          (MkResultMatrixView *self);
void  mk_result_matrix_view_update_accessible   (MkResultMatrixView *self);
void  mk_result_matrix_view_detach_popover      (MkResultMatrixView *self);

G_END_DECLS
