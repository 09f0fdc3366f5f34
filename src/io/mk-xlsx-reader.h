/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-table-reader.h"

G_BEGIN_DECLS

/* One worksheet of an XLSX workbook, streamed a row at a time (libzip +
 * libxml2's xmlTextReader); only rows present in the file are returned,
 * each with its spreadsheet row number as line. */
#define MK_TYPE_XLSX_READER (mk_xlsx_reader_get_type ())
G_DECLARE_FINAL_TYPE (MkXlsxReader, mk_xlsx_reader, MK, XLSX_READER, MkTableReader)

/* SHEET NULL: the first worksheet. */
MkXlsxReader *mk_xlsx_reader_new (const char          *path,
                                  const char          *sheet,
                                  const MkTableLimits *limits,
                                  GError             **error);

G_END_DECLS
