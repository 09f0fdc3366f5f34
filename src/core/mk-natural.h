/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Compares UTF-8 strings so that "СШ № 2" sorts before "СШ № 10"; case is
 * folded. Used for every list of schools and by the mk_natural collation. */
int mk_natural_compare (const char *a,
                        const char *b);

int mk_natural_compare_n (const char *a,
                          gssize      a_len,
                          const char *b,
                          gssize      b_len);

G_END_DECLS
