/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include "mk-xlsx-private.h"

/* Cell references and numbers as a sheet's XML writes them: checked
 * strictly, since a workbook no spreadsheet wrote is refused, not
 * guessed at. */

/* Excel's sheet: columns A to XFD, rows 1 to 1,048,576. */
#define MAX_SHEET_COLUMN 16384
#define MAX_SHEET_ROW    1048576

const char *
mk_xlsx_parse_ref (const char *ref,
                   guint      *column,
                   guint      *row)
{
  guint col = 0, r = 0, n_letters = 0, n_digits = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p) && n_letters < 4; p++, n_letters++)
    col = col * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  for (; g_ascii_isdigit (*p) && n_digits < 8; p++, n_digits++)
    r = r * 10 + (*p - '0');
  if (n_letters == 0 || n_letters > 3 || col > MAX_SHEET_COLUMN ||
      n_digits == 0 ||
      r == 0 || r > MAX_SHEET_ROW || g_ascii_isalnum (*p))
    return NULL;
  *column = col - 1;
  *row = r;
  return p;
}

gboolean
mk_xlsx_parse_index (const char *text,
                     guint       max,
                     guint      *value)
{
  guint64 n = 0;
  const char *p = text;

  for (; g_ascii_isdigit (*p); p++)
    {
      n = n * 10 + (*p - '0');
      if (n > max)
        return FALSE;
    }
  if (p == text || *p != '\0')
    return FALSE;
  *value = (guint) n;
  return TRUE;
}

gboolean
mk_xlsx_parse_row (const char *text,
                   guint      *row)
{
  return mk_xlsx_parse_index (text, MAX_SHEET_ROW, row) && *row > 0;
}

char *
mk_xlsx_excerpt (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  char *p = valid;

  for (guint n = 0; *p != '\0' && n < 40; n++)
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return g_steal_pointer (&valid);
  *p = '\0';
  return g_strconcat (valid, "…", NULL);
}
