/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-table-reader.h"

G_BEGIN_DECLS

/* A CSV file read a record at a time: delimiter (, ; or tab) and encoding
 * (UTF-8 with or without BOM, else Windows-1251) are detected on open;
 * quotes follow RFC 4180. Every field is TEXT, an empty one EMPTY. */
#define MK_TYPE_CSV_READER (mk_csv_reader_get_type ())
G_DECLARE_FINAL_TYPE (MkCsvReader, mk_csv_reader, MK, CSV_READER, MkTableReader)

MkCsvReader *mk_csv_reader_new           (const char          *path,
                                          const MkTableLimits *limits,
                                          GError             **error);
/* ',' ';' or '\t' */
char         mk_csv_reader_get_delimiter (MkCsvReader         *self);

G_END_DECLS
