/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The entry point of every target, as libFuzzer calls it. */
int   LLVMFuzzerTestOneInput (const guint8 *data,
                              size_t        size);

/* A file of this process, made once and rewritten for every input, so
 * that the readers, which take a path, see the bytes as a user's file
 * would give them. It is removed when the process exits. */
const char *mk_fuzz_write_file (const char   *suffix,
                                const guint8 *data,
                                size_t        size);

/* The input as NUL-terminated lines of valid UTF-8: the readers hand
 * the parsers nothing else, so invalid bytes are replaced first. */
GStrv       mk_fuzz_lines      (const guint8 *data,
                                size_t        size);

G_END_DECLS
