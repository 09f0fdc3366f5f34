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

G_END_DECLS
