/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-cli.h"

G_BEGIN_DECLS

/* procedures [--format tsv|csv|json]
 * procedures add "ОГЭ АНГ" [--title TEXT]
 * procedures delete CODE */
int mk_cli_procedures (MkCliContext *ctx);

G_END_DECLS
