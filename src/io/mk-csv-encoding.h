/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

/* Encoding and delimiter detection for MkCsvReader (pure but for FILE). */

#define MK_CSV_UTF8   "UTF-8"
#define MK_CSV_CP1251 "WINDOWS-1251"

/* Reads FILE to its end: MK_CSV_UTF8 (BOM set if it starts with one) or
 * MK_CSV_CP1251, or NULL with ERROR naming PATH and the offending line. */
const char *mk_csv_detect_encoding (FILE        *file,
                                    const char  *path,
                                    gboolean    *bom,
                                    GError     **error);

/* Converts N bytes of Windows-1251 to UTF-8 and appends them to BUF. */
gboolean    mk_csv_append_cp1251   (GIConv       conv,
                                    GString     *buf,
                                    const char  *chunk,
                                    gsize        n);

/* ';', '\t' or ',': the one found the same number of times (outside
 * quotes) on each of the first MAX_LINES non-empty lines of TEXT, and the
 * most often if several are; COMPLETE says TEXT is the whole file. */
char        mk_csv_sniff_delimiter (const char  *text,
                                    gsize        len,
                                    gboolean     complete,
                                    guint        max_lines);

G_END_DECLS
