/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* A fresh temporary directory for one test; removed with its files by
 * mk_test_tmpdir_free. */
char  *mk_test_tmpdir_new  (void);
void   mk_test_tmpdir_free (char       *dir);
/* MK_SOURCE_ROOT/relative */
char  *mk_test_source_path (const char *relative);
/* Writes CONTENTS (LEN bytes, -1 for a string) to DIR/NAME; returns path. */
char  *mk_test_write_file  (const char *dir,
                            const char *name,
                            const char *contents,
                            gssize      len);
/* Reads a whole file; aborts the test if it cannot. */
char  *mk_test_read_file   (const char *path,
                            gsize      *len);

/* A new database NAME in DIR, with the demo loaded when DEMO; fails the
 * test if it cannot be made. */
MkStore *mk_test_open_store (const char *dir,
                             const char *name,
                             gboolean    demo);

/* Adds the school NAME of MUNICIPALITY to STORE, failing the test if the
 * store refuses it; returns its id. */
gint64 mk_test_add_school  (MkStore    *store,
                            const char *municipality,
                            const char *name);

/* Fails unless TEXT holds NEEDLE, and shows TEXT. */
void   mk_test_assert_has  (const char *text,
                            const char *needle);

/* A run of mayak-cli (MK_CLI): exit status and what it printed. */
typedef struct {
  int   status;
  char *out;
  char *err;
} MkTestRun;

void   mk_test_run_clear   (MkTestRun  *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MkTestRun, mk_test_run_clear)
/* The text of the PDF at PATH as a reader copies it: pdftotext -layout,
 * UTF-8. Fails the test when it cannot be read. */
char  *mk_test_pdf_text    (const char *path);

/* Runs mayak-cli with the arguments (NULL-terminated) the way a user
 * would, into RUN. */
void   mk_test_cli         (MkTestRun  *run,
                            const char *first,
                            ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
