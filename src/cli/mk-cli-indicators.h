/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-cli.h"

G_BEGIN_DECLS

/* mayak-cli indicators [--entity NAME] [--format tsv|csv|json]: every
 * indicator value as written, what it reads as, and its warnings. */
int mk_cli_indicators (MkCliContext *ctx);

G_END_DECLS
