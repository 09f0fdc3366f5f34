/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import.h"

G_BEGIN_DECLS

/* Every kind of file Mayak imports, in one table: the command line's word
 * for it, its importer, and what the import assistant says of it. The
 * command line and the assistant both offer exactly these. */
typedef enum {
  MK_IMPORT_KIND_SCHOOLS,
  MK_IMPORT_KIND_STAFF,
  MK_IMPORT_KIND_RESULTS,
  MK_IMPORT_KIND_MARKERS,
  MK_IMPORT_KIND_CONTEXT,
  MK_IMPORT_KIND_OVERRIDES,
  MK_IMPORT_KIND_STATISTICS,
} MkImportKind;

#define MK_N_IMPORT_KINDS 7

typedef gboolean (*MkImportFunc) (MkStore               *store,
                                  const char            *path,
                                  const MkImportOptions *options,
                                  MkImportReport        *report,
                                  GError               **error);

typedef struct {
  const char   *name;          /* "results", as `mayak-cli import` takes it */
  MkImportFunc  import;
  const char   *label;         /* untranslated (N_): the assistant's list */
  const char   *description;   /* untranslated (N_): what such a file holds */
  gboolean      needs_year;    /* the file does not say its year (markers) */
  gboolean      adds_schools;  /* --create-missing means something */
} MkImporterInfo;

const MkImporterInfo *mk_importer_get  (MkImportKind  kind);
/* NULL when NAME is no kind. */
const MkImporterInfo *mk_importer_find (const char   *name,
                                        MkImportKind *kind);

G_END_DECLS
