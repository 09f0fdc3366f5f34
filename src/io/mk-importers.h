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
  MK_IMPORT_KIND_ROADMAPS,
  MK_IMPORT_KIND_ROADMAP_ITEMS,
  MK_IMPORT_KIND_ROADMAP_STATUSES,
  MK_IMPORT_KIND_INDICATORS,
  MK_IMPORT_KIND_PROTOCOL,
} MkImportKind;

#define MK_N_IMPORT_KINDS 12

typedef struct {
  const char   *name;          /* "results", as `mayak-cli import` takes it */
  const char   *label;         /* untranslated (N_): the assistant's list */
  const char   *description;   /* untranslated (N_): what such a file holds */
  gboolean      needs_year;    /* the file does not say its year (markers) */
  gboolean      adds_schools;  /* --create-missing means something */
  gboolean      takes_roadmap; /* --roadmap ID: the roadmap reported on */
} MkImporterInfo;

const MkImporterInfo *mk_importer_get  (MkImportKind  kind);
/* NULL when NAME is no kind. */
const MkImporterInfo *mk_importer_find (const char   *name,
                                        MkImportKind *kind);

/* Imports the file at PATH as a file of KIND: reads it whole, checks every
 * row into REPORT, then writes in one transaction. Returns FALSE with
 * MK_TABLE_ERROR when the file cannot be read, MK_IMPORT_ERROR_REFUSED
 * when a row is wrong (nothing is written), MK_STORE_ERROR when the
 * database fails. */
gboolean mk_import (MkImportKind           kind,
                    MkStore               *store,
                    const char            *path,
                    const MkImportOptions *options,
                    MkImportReport        *report,
                    GError               **error);

G_END_DECLS
