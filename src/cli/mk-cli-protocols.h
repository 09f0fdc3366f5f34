/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-cli.h"

G_BEGIN_DECLS

/* protocols [--format tsv|csv|json] */
int mk_cli_protocols (MkCliContext *ctx);
/* protocol ID -o FILE.pdf|FILE.docx [--extract ITEM]
 * protocol ID --approve [--date dd.mm.yyyy] */
int mk_cli_protocol  (MkCliContext *ctx);

G_END_DECLS
