/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one way text is compared as people mean it: the same letters in any
 * case, ё as е («Подъёмная» is «подъемная»), composed the same, runs of
 * spaces as one, none at either end. Searches, municipality keys and
 * column headings all go through it. Invalid UTF-8 is repaired first. */
char *mk_text_fold (const char *text);

G_END_DECLS
