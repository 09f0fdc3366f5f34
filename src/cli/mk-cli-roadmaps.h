/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-cli.h"

G_BEGIN_DECLS

/* roadmaps [--year 2022/2023] [--format tsv|csv|json] */
int mk_cli_roadmaps (MkCliContext *ctx);
/* The --roadmap ID option: 0 when not given, -1 (after saying so) when
 * it is no id. */
gint64 mk_cli_roadmap_option (MkCliContext *ctx);

G_END_DECLS
