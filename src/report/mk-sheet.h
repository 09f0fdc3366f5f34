/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The sheet model: what a report builds and every renderer (XLSX, later
 * PDF and the preview) reads. It knows nothing of any file format. Rows and
 * columns are 0-based. */

/* A spreadsheet's limits (Excel's «Specifications and limits», which
 * LibreOffice shares). They are enforced here, once, so that every writer
 * and the PDF show the same cells:
 * - a text longer than MK_SHEET_MAX_TEXT characters is cut to that length,
 *   its last character replaced by «…», and the sheet keeps a warning
 *   naming the cell (mk_sheet_get_warnings): a long note is still worth
 *   reading, and refusing the whole report for it would lose the rest;
 * - a number that is not finite (NaN, ±inf) is no value at all: the cell
 *   shows MK_SHEET_UNKNOWN, with a warning;
 * - a cell, width, height or merge past MK_SHEET_MAX_ROWS rows or
 *   MK_SHEET_MAX_COLS columns is not kept, and mk_sheet_check_limits ()
 *   then fails with an error naming the limit: a table cut short would
 *   silently lose rows, so no writer writes it. */
#define MK_SHEET_MAX_ROWS 1048576u
#define MK_SHEET_MAX_COLS 16384u
#define MK_SHEET_MAX_TEXT 32767u
/* The mark of an unknown value, as every report prints it. */
#define MK_SHEET_UNKNOWN "н/д"

#define MK_SHEET_ERROR (mk_sheet_error_quark ())
typedef enum {
  MK_SHEET_ERROR_TOO_LARGE,
} MkSheetError;
GQuark mk_sheet_error_quark (void);

typedef enum {
  MK_SHEET_EMPTY,     /* a styled blank (borders of a merged range) */
  MK_SHEET_TEXT,
  MK_SHEET_INTEGER,
  MK_SHEET_DECIMAL,   /* shown with MkSheetStyle.decimals decimals */
  MK_SHEET_SHARE,     /* 0.465, shown as 46,5 % (one decimal) */
  MK_SHEET_DATE,      /* shown as dd.mm.yyyy */
} MkSheetKind;

typedef enum {
  MK_SHEET_BOLD   = 1 << 0,
  MK_SHEET_ITALIC = 1 << 1,
  MK_SHEET_WRAP   = 1 << 2,
  MK_SHEET_BORDER = 1 << 3,  /* thin border on all four sides */
  MK_SHEET_FILL   = 1 << 4,  /* background MkSheetStyle.fill */
} MkSheetFlags;

typedef enum {
  MK_SHEET_ALIGN_DEFAULT,    /* text left, numbers right */
  MK_SHEET_ALIGN_LEFT,
  MK_SHEET_ALIGN_CENTER,
  MK_SHEET_ALIGN_RIGHT,
} MkSheetAlign;

typedef enum {
  MK_SHEET_VALIGN_DEFAULT,   /* bottom, as spreadsheets do */
  MK_SHEET_VALIGN_TOP,
  MK_SHEET_VALIGN_CENTER,
} MkSheetVAlign;

/* A style is a value: equal styles share one id in the sheet, so that a
 * renderer makes one format per style and kind. Zero it before use. */
typedef struct {
  guint         flags;      /* MkSheetFlags */
  MkSheetAlign  align;
  MkSheetVAlign valign;
  guint32       fill;       /* 0xRRGGBB with MK_SHEET_FILL */
  guint         font_size;  /* points; 0 for the default (11) */
  guint         decimals;   /* MK_SHEET_DECIMAL only */
} MkSheetStyle;

typedef struct {
  guint        row;
  guint        col;
  MkSheetKind  kind;
  guint        style;       /* an id of mk_sheet_add_style (); 0 = plain */
  const char  *text;        /* MK_SHEET_TEXT, owned by the sheet */
  union {                   /* a cell has one kind: 32 bytes, not 40 */
    double     number;      /* INTEGER, DECIMAL, SHARE */
    GDate      date;        /* MK_SHEET_DATE */
  };
} MkSheetCell;

typedef struct {
  guint first_row, first_col, last_row, last_col;
} MkSheetRange;

typedef enum {
  MK_SHEET_PORTRAIT,
  MK_SHEET_LANDSCAPE,
} MkSheetOrientation;

/* Print setup. The paper is always A4; margins in millimetres. */
typedef struct {
  MkSheetOrientation orientation;
  gboolean           fit_to_width;
  double             margin_left, margin_right, margin_top, margin_bottom;
  int                repeat_first, repeat_last;  /* header rows; -1 none */
} MkSheetPage;

typedef struct _MkSheet MkSheet;

MkSheet            *mk_sheet_new          (const char         *name);
void                mk_sheet_free         (MkSheet            *self);
/* The sheet (tab) name, at most 31 characters. */
const char         *mk_sheet_get_name     (MkSheet            *self);

guint               mk_sheet_add_style    (MkSheet            *self,
                                           const MkSheetStyle *style);
const MkSheetStyle *mk_sheet_get_style    (MkSheet            *self,
                                           guint               id);
guint               mk_sheet_get_n_styles (MkSheet            *self);

/* Room for N_CELLS cells in all, for a builder that knows its size: the
 * cells then never move while the sheet grows. */
void     mk_sheet_reserve      (MkSheet *self, guint n_cells);

/* Setting a cell twice keeps the last value. Cells set in row order
 * (each after the last one set) cost no lookup. */
void     mk_sheet_set_text     (MkSheet *self, guint row, guint col,
                                const char *text, guint style);
/* TEXT is not copied: a string constant, or one that outlives the sheet
 * (the «Н» of 200,000 cells need no copy each). */
void     mk_sheet_set_static_text (MkSheet *self, guint row, guint col,
                                   const char *text, guint style);
void     mk_sheet_set_integer  (MkSheet *self, guint row, guint col,
                                gint64 value, guint style);
void     mk_sheet_set_decimal  (MkSheet *self, guint row, guint col,
                                double value, guint style);
/* FRACTION is 0 … 1 (0.465 for 46,5 %). */
void     mk_sheet_set_share    (MkSheet *self, guint row, guint col,
                                double fraction, guint style);
void     mk_sheet_set_date     (MkSheet *self, guint row, guint col,
                                const GDate *date, guint style);
void     mk_sheet_set_blank    (MkSheet *self, guint row, guint col,
                                guint style);

/* Merges a range; its top-left cell carries the value. Cells of the range
 * that were not set become styled blanks with that cell's style, so that
 * borders go round the whole range. Ranges must not overlap. */
void     mk_sheet_merge        (MkSheet *self, guint first_row, guint first_col,
                                guint last_row, guint last_col);

/* A title or footnote: TEXT merged over columns 0 … N_COLS-1 of ROW. */
void     mk_sheet_add_title    (MkSheet *self, guint row, guint n_cols,
                                const char *text);
void     mk_sheet_add_footnote (MkSheet *self, guint row, guint n_cols,
                                const char *text);

/* Width in characters (as spreadsheets count them), height in points. */
void     mk_sheet_set_column_width (MkSheet *self, guint col, double width);
double   mk_sheet_get_column_width (MkSheet *self, guint col);  /* 0: default */
void     mk_sheet_set_row_height   (MkSheet *self, guint row, double points);
double   mk_sheet_get_row_height   (MkSheet *self, guint row);  /* 0: default */

MkSheetPage *mk_sheet_get_page (MkSheet *self);

/* A preview's sheet: cells at ROWS and below are dropped (not an
 * error, no warning), so that a builder can stop once mk_sheet_is_full ()
 * says the rows asked for are there. */
void     mk_sheet_set_row_limit  (MkSheet          *self,
                                  guint             rows);
gboolean mk_sheet_is_full        (MkSheet          *self);
guint    mk_sheet_get_n_rows   (MkSheet *self);
guint    mk_sheet_get_n_cols   (MkSheet *self);
/* The cells sorted by row, then column (the order constant-memory writing
 * needs); the array belongs to the sheet and is valid until it changes. */
const MkSheetCell  *mk_sheet_get_cells  (MkSheet *self, guint *n_cells);
/* NULL when the cell was never set. */
const MkSheetCell  *mk_sheet_get_cell   (MkSheet *self, guint row, guint col);
const MkSheetRange *mk_sheet_get_merges (MkSheet *self, guint *n_merges);
/* Rows FIRST … LAST go on one page when printed (a small table under its
 * heading), as long as they fit on one; only the rows of the ranges are
 * used. */
void                mk_sheet_keep_together (MkSheet *self, guint first_row,
                                            guint last_row);
const MkSheetRange *mk_sheet_get_keeps  (MkSheet *self, guint *n_keeps);

/* FALSE with MK_SHEET_ERROR_TOO_LARGE when something was set past the
 * rows or columns a spreadsheet holds; every writer asks before writing. */
gboolean            mk_sheet_check_limits  (MkSheet *self, GError **error);
/* What the sheet changed to fit a spreadsheet (a cut text, a number that
 * was not finite), one sentence each in the reader's language;
 * NULL-terminated, owned by the sheet. */
const char *const  *mk_sheet_get_warnings  (MkSheet *self);

/* The text a cell shows, Russian-style, as the PDF, the preview and a
 * Russian spreadsheet write it: decimal comma, «46,5%» (shares rounded
 * half up to one decimal: 6,25 % → «6,3%»), dd.mm.yyyy. */
char               *mk_sheet_format_cell   (const MkSheetCell  *cell,
                                            const MkSheetStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkSheet, mk_sheet_free)

G_END_DECLS
