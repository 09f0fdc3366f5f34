/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "mk-table-reader.h"

G_BEGIN_DECLS

/* What MkCsvReader and MkXlsxReader use of their base class. The current
 * row is built with set_cell between begin_row and the end of next_row;
 * the base turns it into the MkCell array that get_cell returns. */

#define MK_TABLE_DEFAULT_MAX_FILE_SIZE   ((goffset) 256 << 20)
#define MK_TABLE_DEFAULT_MAX_UNCOMPRESSED ((goffset) 1 << 30)
#define MK_TABLE_DEFAULT_MAX_TOTAL      ((goffset) 512 << 20)
#define MK_TABLE_DEFAULT_MAX_RATIO       200
#define MK_TABLE_DEFAULT_MAX_ROWS        2000000
#define MK_TABLE_DEFAULT_MAX_COLUMNS     1000

const MkTableLimits *mk_table_reader_get_limits   (MkTableReader       *self);
void                 mk_table_reader_set_limits   (MkTableReader       *self,
                                                   const MkTableLimits *limits);
void                 mk_table_reader_set_path     (MkTableReader       *self,
                                                   const char          *path);
void                 mk_table_reader_set_sheet    (MkTableReader       *self,
                                                   const char          *sheet);
void                 mk_table_reader_set_encoding (MkTableReader       *self,
                                                   const char          *encoding);

/* That PATH is a regular, non-empty file within LIMITS' max_file_size
 * (LIMITS may be NULL or have zeros). */
gboolean             mk_table_check_file          (const char          *path,
                                                   const MkTableLimits *limits,
                                                   GError             **error);

/* Forgets the current row and starts row LINE (1-based). Fails with
 * TOO_LARGE when it would be row number max_rows + 1. */
gboolean             mk_table_reader_begin_row    (MkTableReader       *self,
                                                   guint                line,
                                                   GError             **error);
/* Sets cell COLUMN (0-based) of the current row; TEXT of LEN bytes (-1:
 * NUL-terminated) is copied. Fails with TOO_LARGE past max_columns. */
gboolean             mk_table_reader_set_cell     (MkTableReader       *self,
                                                   guint                column,
                                                   MkCellType           type,
                                                   const char          *text,
                                                   gssize               len,
                                                   double               number,
                                                   gboolean             merged,
                                                   GError             **error);

/* Whether cell COLUMN of the current row was set as merged (cheaper than
 * get_cell while a row is being built). */
gboolean             mk_table_reader_is_merged    (MkTableReader       *self,
                                                   guint                column);

/* Sets ERROR to CODE with "LOCATION: MESSAGE" for the current row. */
void                 mk_table_reader_set_error    (MkTableReader       *self,
                                                   GError             **error,
                                                   MkTableError         code,
                                                   const char          *format,
                                                   ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
