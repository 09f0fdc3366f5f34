/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Names are compared fuzzily up to this many characters; a longer text
 * (a broken cell, a pasted paragraph) is near nothing, and comparing it
 * would cost its length squared. */
#define MK_EDIT_MAX_CHARS 256

/* Levenshtein distance over Unicode characters, for «did you mean»; in
 * O(n·MAX): a distance over MAX (at most MK_EDIT_MAX_CHARS) is MAX + 1,
 * and so is any distance from a text over MK_EDIT_MAX_CHARS. */
guint      mk_edit_distance_within (const char  *a,
                                    const char  *b,
                                    guint        max);
/* Whether TEXT has more than MK_EDIT_MAX_CHARS characters. */
gboolean   mk_edit_too_long (const char  *text);
/* The exact distance, G_MAXUINT from a text over MK_EDIT_MAX_CHARS. */
guint      mk_edit_distance (const char  *a,
                             const char  *b);

/* The at most MAX strings of CHOICES (NULL-terminated) closest to TEXT,
 * compared casefolded, nearest first; ties keep the order of CHOICES.
 * None for a TEXT over MK_EDIT_MAX_CHARS. */
GPtrArray *mk_edit_closest  (const char  *text,
                             char       **choices,
                             guint        max);

G_END_DECLS
