/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-table-reader.h"

G_BEGIN_DECLS

/* Shared by the reader tests: a temporary directory per test and checks
 * of what a reader returns. */
typedef struct
{
  char *dir;
} Fixture;

void           fixture_setup     (Fixture             *fixture,
                                  gconstpointer        data);
void           fixture_teardown  (Fixture             *fixture,
                                  gconstpointer        data);
MkTableReader *open_ok           (const char          *path,
                                  const char          *sheet,
                                  const MkTableLimits *limits);
void           next_ok           (MkTableReader       *reader);
void           assert_end        (MkTableReader       *reader);
void           assert_text       (MkTableReader       *reader,
                                  guint                column,
                                  const char          *text);
void           assert_row        (MkTableReader       *reader,
                                  guint                line,
                                  ...) G_GNUC_NULL_TERMINATED;
void           assert_open_fails (const char          *path,
                                  const char          *sheet,
                                  const MkTableLimits *limits,
                                  MkTableError         code);

/* NAME, CONTENT, LEN (-1 for a string), …, NULL: a ZIP made with libzip
 * in DIR; returns its path. */
char          *write_zip         (const char          *dir,
                                  const char          *name,
                                  ...) G_GNUC_NULL_TERMINATED;
/* An XLSX of one sheet «Лист1» with shared strings STRINGS_XML. */
char          *write_book        (const char          *dir,
                                  const char          *name,
                                  const char          *strings_xml,
                                  const char          *sheet_xml,
                                  gssize               sheet_len);

G_END_DECLS
