/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-cli.h"

G_BEGIN_DECLS

/* statistics [--format tsv|csv|json]
 * statistics set --year 2022/2023 --scope NAME --schools N --snro N [--note TEXT]
 * statistics delete --year 2022/2023 --scope NAME */
int mk_cli_statistics (MkCliContext *ctx);

G_END_DECLS
