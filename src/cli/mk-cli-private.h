/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-cli.h"
#include "mk-cli-output.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* Opens ctx->db_path, printing why it cannot be opened (then NULL). */
MkStore *mk_cli_open_store (MkCliContext *ctx);
/* For the commands that only read: see mk_store_open_to_read. */
MkStore *mk_cli_open_store_to_read (MkCliContext *ctx);

/* The --format option (tsv when absent); FALSE after saying what is
 * wrong with it. */
gboolean mk_cli_format (MkCliContext   *ctx,
                        MkOutputFormat *format);

/* Writes each item of ITEMS as one record of OUT with ROW. */
typedef void (*MkCliRowFunc) (MkOutput *out,
                              gpointer  item,
                              gpointer  data);
void     mk_cli_write_rows (MkOutput     *out,
                            GListModel   *items,
                            MkCliRowFunc  row,
                            gpointer      data);

/* The listing commands: --format, the records LIST reads from the
 * database opened to read, one record per item with ROW. */
typedef GListModel *(*MkCliListFunc) (MkStore  *store,
                                      GError  **error);
int      mk_cli_list       (MkCliContext      *ctx,
                            const char *const *keys,
                            MkCliListFunc      list,
                            MkCliRowFunc       row);

/* One action of a command with actions («procedures add»): its word and
 * what runs it. */
typedef struct {
  const char *word;
  int       (*run) (MkCliContext *ctx);
} MkCliAction;

/* Runs the action of ACTIONS the first argument names, or the first of
 * ACTIONS (a NULL word: the listing) when there is no argument; USAGE is
 * the error for any other word, with a %s for it. */
int      mk_cli_run_action (MkCliContext      *ctx,
                            const MkCliAction *actions,
                            guint              n_actions,
                            const char        *usage);

G_END_DECLS
