#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Levenshtein distance over Unicode characters, for «did you mean». */
guint      mk_edit_distance (const char  *a,
                             const char  *b);

/* The at most MAX strings of CHOICES (NULL-terminated) closest to TEXT,
 * compared casefolded, nearest first; ties keep the order of CHOICES. */
GPtrArray *mk_edit_closest  (const char  *text,
                             char       **choices,
                             guint        max);

G_END_DECLS
