/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import.h"
#include "mk-importers.h"
#include "mk-store-results.h"

G_BEGIN_DECLS

/* A store of five schools for importer tests (two municipalities share
 * «СШ № 9»), and what an import wrote, read back through the store. */
typedef struct {
  char           *dir;
  char           *db;
  MkStore        *store;
  MkImportReport *report;  /* of the last mk_test_import_run */
} MkTestImport;

void        mk_test_import_setup           (MkTestImport          *f,
                                            gconstpointer          data);
void        mk_test_import_teardown        (MkTestImport          *f,
                                            gconstpointer          data);
gint64      mk_test_import_school_id       (MkTestImport          *f,
                                            const char            *municipality,
                                            const char            *name);
/* The one stored result of SCHOOL, YEAR and CODE; fails the test if there
 * is none or several. */
MkResultRow mk_test_import_result_of       (MkTestImport          *f,
                                            const char            *municipality,
                                            const char            *school,
                                            int                    year,
                                            const char            *code);
guint       mk_test_import_count_results   (MkTestImport          *f);
/* The stored context of SCHOOL and YEAR; fails the test if there is none. */
MkContextRow mk_test_import_context_of     (MkTestImport          *f,
                                            const char            *municipality,
                                            const char            *school,
                                            int                    year);
/* The stored results of SCHOOL_ID, YEAR and CODE: 0 or 1. */
guint       mk_test_import_count_of        (MkTestImport          *f,
                                            gint64                 school_id,
                                            int                    year,
                                            const char            *code);
void        mk_test_import_assert_result   (MkResultRow            row,
                                            int                    participants,
                                            int                    low,
                                            int                    low_share,
                                            gboolean               mark_low,
                                            gboolean               non_objective);
/* The one stored result of SCHOOL, YEAR and CODE is as given. */
void        mk_test_import_assert_stored   (MkTestImport          *f,
                                            const char            *municipality,
                                            const char            *school,
                                            int                    year,
                                            const char            *code,
                                            int                    participants,
                                            int                    low,
                                            int                    low_share,
                                            gboolean               mark_low,
                                            gboolean               non_objective);
/* Fails unless a line of LINES starts with PREFIX and holds FRAGMENT. */
void        mk_test_import_assert_has_line (GPtrArray             *lines,
                                            const char            *prefix,
                                            const char            *fragment);
/* Imports PATH as a file of KIND into a fresh F->report. */
gboolean    mk_test_import_run             (MkTestImport          *f,
                                            MkImportKind           kind,
                                            const char            *path,
                                            const MkImportOptions *options,
                                            GError               **error);

G_END_DECLS
