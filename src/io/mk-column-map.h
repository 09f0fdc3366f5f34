/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import-report.h"
#include "mk-table-reader.h"

G_BEGIN_DECLS

/* One column an importer understands: its English name and the Russian
 * headings people write (docs/command-line.md, «Files»). */
typedef struct {
  const char  *name;
  const char  *aliases[6];
  gboolean     required;
} MkColumnSpec;

/* Where each spec's column is in the file, -1 when absent. */
typedef struct {
  const MkColumnSpec *specs;
  guint               n_specs;
  int                *index;
} MkColumnMap;

/* Reads the header from the reader's current row. Missing required columns
 * become errors and unknown ones warnings, both at the header's line. */
MkColumnMap *mk_column_map_new     (const MkColumnSpec *specs,
                                    guint               n_specs,
                                    MkTableReader      *reader,
                                    MkImportReport     *report);
void         mk_column_map_free    (MkColumnMap        *map);
gboolean     mk_column_map_has     (MkColumnMap        *map,
                                    guint               spec);
/* The stripped text of SPEC's cell in the current row ("" when absent). */
char        *mk_column_map_dup_text (MkColumnMap       *map,
                                     MkTableReader     *reader,
                                     guint              spec);

/* Advances to the first row that has a non-empty cell. */
gboolean     mk_table_reader_next_nonempty (MkTableReader  *reader,
                                            GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkColumnMap, mk_column_map_free)

G_END_DECLS
