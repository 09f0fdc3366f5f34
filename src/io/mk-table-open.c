/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mk-csv-reader.h"
#include "mk-table-reader-private.h"
#include "mk-xlsx-reader.h"

/* mk_table_reader_open: a file is recognised by its first bytes, never by
 * its name, and refused early when it is none of the kinds we read. */

gboolean
mk_table_check_file (const char           *path,
                     const MkTableLimits  *limits,
                     GError              **error)
{
  GStatBuf st;
  goffset max = limits != NULL && limits->max_file_size > 0
                ? limits->max_file_size : MK_TABLE_DEFAULT_MAX_FILE_SIZE;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_OPEN,
                   _("%s: cannot read the file: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_OPEN,
                   _("%s: cannot read the file: it is not a regular file"), path);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                   _("%s: the file is empty"), path);
      return FALSE;
    }
  if (st.st_size > max)
    {
      g_autofree char *size = g_format_size (st.st_size);
      g_autofree char *limit = g_format_size (max);

      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE,
                   _("%s: the file is %s, more than the limit of %s"),
                   path, size, limit);
      return FALSE;
    }
  return TRUE;
}

static gssize
read_head (const char  *path,
           guint8      *head,
           gsize        size,
           GError     **error)
{
  FILE *file = g_fopen (path, "rb");
  gsize n;

  if (file == NULL)
    {
      int saved = errno;

      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_OPEN,
                   _("%s: cannot read the file: %s"), path, g_strerror (saved));
      return -1;
    }
  n = fread (head, 1, size, file);
  fclose (file);
  return n;
}

/* Text has no NUL and hardly any control characters; a binary file
 * (a picture, a PDF, an old .xls) has plenty of both early on. */
static gboolean
looks_binary (const guint8 *head,
              gsize         n)
{
  gsize controls = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (head[i] == 0)
        return TRUE;
      if (head[i] < 0x20 && strchr ("\t\n\r\f\v\x1a", head[i]) == NULL)
        controls++;
    }
  return controls > 0 && controls * 100 >= n;
}

static const char *
binary_kind (const guint8 *head,
             gsize         n)
{
  if (n >= 4 && memcmp (head, "\xd0\xcf\x11\xe0", 4) == 0)
    return _("%s: an old Excel (.xls) file or a password-protected workbook; "
             "save it as .xlsx without a password or as CSV");
  if (n >= 4 && (memcmp (head, "PK\x05\x06", 4) == 0 || memcmp (head, "PK\x07\x08", 4) == 0))
    return _("%s: an empty or split ZIP archive, not an XLSX workbook");
  if (n >= 5 && memcmp (head, "%PDF-", 5) == 0)
    return _("%s: a PDF document, not a table; export the table as .xlsx or CSV");
  if (n >= 2 && (memcmp (head, "\xff\xfe", 2) == 0 || memcmp (head, "\xfe\xff", 2) == 0))
    return NULL;
  if (looks_binary (head, n))
    return _("%s: neither a CSV text nor an XLSX workbook");
  return NULL;
}

MkTableReader *
mk_table_reader_open (const char           *path,
                      const char           *sheet,
                      const MkTableLimits  *limits,
                      GError              **error)
{
  guint8 head[4096];
  gssize n;
  const char *kind;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mk_table_check_file (path, limits, error))
    return NULL;
  n = read_head (path, head, sizeof head, error);
  if (n < 0)
    return NULL;
  if (n >= 4 && memcmp (head, "PK\x03\x04", 4) == 0)
    return MK_TABLE_READER (mk_xlsx_reader_new (path, sheet, limits, error));
  kind = binary_kind (head, n);
  if (kind != NULL)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT, kind, path);
      return NULL;
    }
  return MK_TABLE_READER (mk_csv_reader_new (path, limits, error));
}
