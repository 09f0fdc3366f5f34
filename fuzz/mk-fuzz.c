/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-fuzz"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "mk-fuzz.h"

static char *fuzz_path;

static void
remove_file (void)
{
  if (fuzz_path != NULL)
    unlink (fuzz_path);
}

const char *
mk_fuzz_write_file (const char   *suffix,
                    const guint8 *data,
                    size_t        size)
{
  FILE *file;

  if (fuzz_path == NULL)
    {
      g_autofree char *name = g_strdup_printf ("mk-fuzz-XXXXXX%s", suffix);
      int fd = g_file_open_tmp (name, &fuzz_path, NULL);

      if (fd < 0)
        g_error ("cannot make a temporary file");
      close (fd);
      atexit (remove_file);
    }
  file = fopen (fuzz_path, "wb");
  if (file == NULL || (size > 0 && fwrite (data, 1, size, file) != size) || fclose (file) != 0)
    g_error ("cannot write %s", fuzz_path);
  return fuzz_path;
}

GStrv
mk_fuzz_lines (const guint8 *data,
               size_t        size)
{
  /* A NUL byte is invalid to g_utf8_validate_len too, so it becomes
   * U+FFFD here and no line is cut short. */
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);

  return g_strsplit (text, "\n", -1);
}
