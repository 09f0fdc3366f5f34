/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The locale of the environment and the message catalog: the build
 * tree's when MAYAK_LOCALEDIR names it (meson devenv), else the
 * installed one. Both programs call it first. */
void mk_i18n_init (void);

G_END_DECLS
