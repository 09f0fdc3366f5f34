/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command-line contract (mayak-cli --help). */
enum {
  MK_EXIT_OK = 0,
  MK_EXIT_REFUSED = 1,
  MK_EXIT_USAGE = 2,
  MK_EXIT_DATABASE = 3,
};

/* What every command gets: the database path and its own arguments. */
typedef struct {
  const char  *db_path;
  int          argc;
  char       **argv;   /* argv[0] is the command name */
} MkCliContext;

int mk_cli_init            (MkCliContext *ctx);
int mk_cli_demo            (MkCliContext *ctx);
int mk_cli_import          (MkCliContext *ctx);
int mk_cli_schools         (MkCliContext *ctx);
int mk_cli_report          (MkCliContext *ctx);
int mk_cli_backup          (MkCliContext *ctx);

/* Shared by the commands. */
void  mk_cli_error         (const char *format,
                            ...) G_GNUC_PRINTF (1, 2);
/* The value of --NAME VALUE or --NAME=VALUE among ARGV, or NULL. */
const char *mk_cli_option  (MkCliContext *ctx,
                            const char   *name);
gboolean    mk_cli_flag    (MkCliContext *ctx,
                            const char   *name);
/* The Nth argument that is not an option (and not an option's value). */
const char *mk_cli_positional (MkCliContext *ctx,
                               guint         n);

G_END_DECLS
