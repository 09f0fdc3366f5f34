/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Errors of reading a CSV or XLSX file. Messages name FILE:LINE. */
#define MK_TABLE_ERROR (mk_table_error_quark ())

typedef enum {
  MK_TABLE_ERROR_OPEN,       /* cannot read the file */
  MK_TABLE_ERROR_FORMAT,     /* neither CSV nor XLSX, or a broken one */
  MK_TABLE_ERROR_ENCODING,   /* text in no supported encoding */
  MK_TABLE_ERROR_TOO_LARGE,  /* a limit of MkTableLimits was exceeded */
  MK_TABLE_ERROR_NO_SHEET,   /* the named sheet does not exist */
} MkTableError;

GQuark mk_table_error_quark (void);

typedef enum {
  MK_CELL_EMPTY,
  MK_CELL_TEXT,     /* text: CSV fields are always text */
  MK_CELL_NUMBER,   /* an XLSX numeric cell */
  MK_CELL_PERCENT,  /* a numeric cell with a percent format: 0.333 = 33.3 % */
  MK_CELL_DATE,     /* a numeric cell with a date format; text is dd.mm.yyyy */
  MK_CELL_BOOLEAN,
} MkCellType;

/* One cell of the current row. TEXT is never NULL: for numbers it is the
 * value as C-locale text ("0.333"), for dates "dd.mm.yyyy". A cell inside
 * a merged range carries the value of the range's top-left cell and
 * MERGED is TRUE (so a two-row header reads as merged cells look). */
typedef struct {
  MkCellType  type;
  const char *text;
  double      number;
  gboolean    merged;
} MkCell;

/* Guards against huge or malicious files; zero means the default. */
typedef struct {
  goffset max_file_size;         /* default 256 MiB */
  goffset max_uncompressed_size; /* XLSX entry after inflating, 1 GiB */
  goffset max_total_uncompressed;/* XLSX parts read, all together, 512 MiB */
  guint   max_ratio;             /* XLSX inflate ratio, default 200 */
  guint   max_rows;              /* default 2,000,000 */
  guint   max_columns;           /* default 1,000 */
} MkTableLimits;

/* A row-at-a-time reader of a CSV (delimiter and encoding detected) or of
 * one sheet of an XLSX file, recognised by content, not by extension. */
#define MK_TYPE_TABLE_READER (mk_table_reader_get_type ())
G_DECLARE_DERIVABLE_TYPE (MkTableReader, mk_table_reader, MK, TABLE_READER, GObject)

struct _MkTableReaderClass
{
  GObjectClass parent_class;

  gboolean (*next_row) (MkTableReader  *self,
                        GError        **error);
};

/* SHEET NULL reads the first sheet of an XLSX (ignored for CSV). */
MkTableReader *mk_table_reader_open        (const char          *path,
                                            const char          *sheet,
                                            const MkTableLimits *limits,
                                            GError             **error);
/* Advances to the next row; FALSE at the end (ERROR unset) or on error. */
gboolean       mk_table_reader_next_row    (MkTableReader       *self,
                                            GError             **error);
/* Cells of the current row; a cell past the last is an EMPTY cell. */
guint          mk_table_reader_get_n_cells (MkTableReader       *self);
const MkCell  *mk_table_reader_get_cell    (MkTableReader       *self,
                                            guint                column);
/* The 1-based line of the current row (the spreadsheet row for XLSX). */
guint          mk_table_reader_get_line    (MkTableReader       *self);
/* "file.csv:12" or "file.xlsx:Лист1!12": the prefix of every message. */
char          *mk_table_reader_dup_location (MkTableReader      *self);
const char    *mk_table_reader_get_path    (MkTableReader       *self);
/* The sheet name for XLSX, NULL for CSV. */
const char    *mk_table_reader_get_sheet   (MkTableReader       *self);
/* "UTF-8" or "WINDOWS-1251" for CSV; NULL for XLSX. */
const char    *mk_table_reader_get_encoding (MkTableReader      *self);

/* Header matching (docs/command-line.md, «Files»): case, spaces, quotes and
 * punctuation are ignored; "Наименование ОО" equals "наименование-оо".
 * Caller frees. */
char          *mk_table_header_key         (const char          *header);

G_END_DECLS
