/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "mk-date.h"

static gboolean
set_date (GDate    *date,
          unsigned  day,
          unsigned  month,
          unsigned  year)
{
  g_date_clear (date, 1);
  if (year < 1990 || year > 2100 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

gboolean
mk_date_from_dmy (const char *text,
                  GDate      *date)
{
  unsigned day = 0, month = 0, year = 0;
  int end = 0;

  g_date_clear (date, 1);
  return text != NULL && sscanf (text, "%2u.%2u.%4u%n", &day, &month, &year, &end) == 3 &&
         text[end] == '\0' && set_date (date, day, month, year);
}

gboolean
mk_date_from_iso (const char *text,
                  GDate      *date)
{
  unsigned day = 0, month = 0, year = 0;
  int end = 0;

  g_date_clear (date, 1);
  return text != NULL && sscanf (text, "%4u-%2u-%2u%n", &year, &month, &day, &end) == 3 &&
         text[end] == '\0' && set_date (date, day, month, year);
}

char *
mk_date_to_dmy (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

char *
mk_date_to_iso (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}
