/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-cli.h"

G_BEGIN_DECLS

/* chart ID --year 2022/2023 [--school NAME] [--municipality NAME]
 *       [--cluster CODE] -o FILE.png|svg|pdf [--width N] [--height N] */
int mk_cli_chart (MkCliContext *ctx);

G_END_DECLS
