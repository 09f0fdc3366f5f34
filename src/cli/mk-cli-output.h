/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MK_OUTPUT_TSV,
  MK_OUTPUT_CSV,
  MK_OUTPUT_JSON,
} MkOutputFormat;

gboolean mk_output_format_parse (const char     *text,
                                 MkOutputFormat *format);

/* Writes records of the same keys as TSV (header line first), CSV
 * (RFC 4180) or a JSON array of objects, to standard output. */
typedef struct _MkOutput MkOutput;

MkOutput *mk_output_new       (MkOutputFormat    format,
                               const char *const *keys);
void      mk_output_row       (MkOutput          *self,
                               const char *const *values);
void      mk_output_finish    (MkOutput          *self);

G_END_DECLS
