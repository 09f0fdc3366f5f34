/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-cli.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* Opens ctx->db_path, printing why it cannot be opened (then NULL). */
MkStore *mk_cli_open_store (MkCliContext *ctx);
/* For the commands that only read: see mk_store_open_to_read. */
MkStore *mk_cli_open_store_to_read (MkCliContext *ctx);

G_END_DECLS
