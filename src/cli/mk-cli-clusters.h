/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-cli.h"

G_BEGIN_DECLS

/* classify, clusters, explain, override (docs/command-line.md). */
int mk_cli_classify (MkCliContext *ctx);
int mk_cli_clusters (MkCliContext *ctx);
int mk_cli_explain  (MkCliContext *ctx);
int mk_cli_override (MkCliContext *ctx);

G_END_DECLS
