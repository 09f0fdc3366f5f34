/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store.h"

G_BEGIN_DECLS

/* Shared by the report tests: the demo in a temporary database, an export
 * of one report, and two readers of the XLSX written: the project's own
 * and python3-openpyxl, the library an analyst would open it with. */
typedef struct {
  char    *dir;
  MkStore *store;
} Fixture;

void  fixture_set_up              (Fixture       *f,
                                   gconstpointer  data);
void  fixture_tear_down           (Fixture       *f,
                                   gconstpointer  data);
/* Builds report ID for 2022/2023 (MUNICIPALITY may be NULL) and writes
 * DIR/ID.xlsx; returns its path. */
char *mk_test_report_export       (Fixture       *f,
                                   const char    *id,
                                   const char    *municipality);
/* The own reader's text of the cell at 1-based ROW, 0-based COL. */
char *mk_test_report_own_cell     (const char    *path,
                                   guint          row,
                                   guint          col);
void  mk_test_report_assert_own   (const char    *path,
                                   guint          row,
                                   guint          col,
                                   const char    *expected);
/* openpyxl's view: "A1<TAB>type<TAB>format<TAB>value" per cell,
 * "merge<TAB>A1:B2" per merged range, "titles<TAB>$3:$4",
 * "paper<TAB>size<TAB>orientation" and "page<TAB>orientation". */
/* Runs python3 -c SCRIPT PATH and returns what it printed; fails the
 * test if it fails. */
char *mk_test_report_run_python   (const char    *script,
                                   const char    *path);
char *mk_test_report_openpyxl     (const char    *path);
/* Runs CODE with openpyxl's worksheet of PATH as `ws`; its output,
 * stripped. */
char *mk_test_report_python       (const char    *path,
                                   const char    *code);
/* Fails unless DUMP has LINE as a whole line. */
void  mk_test_report_assert_line  (const char    *dump,
                                   const char    *line);

/* The demo loaded by `mayak-cli demo` into DIR/demo.db, for tests that
 * run mayak-cli as a user does. */
typedef struct {
  char *dir;
  char *db;
} MkTestDemoDb;

void  mk_test_demo_db_set_up      (MkTestDemoDb  *d,
                                   gconstpointer  data);
void  mk_test_demo_db_tear_down   (MkTestDemoDb  *d,
                                   gconstpointer  data);

G_END_DECLS
