/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-school-year"
#include "config.h"

#include <string.h>

#include "mk-school-year.h"

#define FIRST_YEAR 1990
#define LAST_YEAR 2100

char *
mk_school_year_format (int start_year)
{
  return g_strdup_printf ("%d/%d", start_year, start_year + 1);
}

static gboolean
parse_year (const char  *text,
            const char **end,
            int         *year)
{
  char *stop = NULL;
  gint64 value = g_ascii_strtoll (text, &stop, 10);

  if (stop - text != 4 || value < FIRST_YEAR || value > LAST_YEAR)
    return FALSE;
  *year = (int) value;
  *end = stop;
  return TRUE;
}

/* Accepts "2022/2023", "2022-2023", "2022–2023" and a bare "2022". */
gboolean
mk_school_year_parse (const char *text,
                      int        *start_year)
{
  const char *p;
  int first, second;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  if (!parse_year (text, &p, &first))
    return FALSE;
  if (*p == '\0')
    return (*start_year = first, TRUE);
  if (*p == '/' || *p == '-')
    p++;
  else if (g_str_has_prefix (p, "–"))
    p += strlen ("–");
  else
    return FALSE;
  if (!parse_year (p, &p, &second) || second != first + 1 || *p != '\0')
    return FALSE;
  *start_year = first;
  return TRUE;
}
