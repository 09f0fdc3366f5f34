/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mk-import-values.h"

/* Enough for every count and share; with at most MAX_DECIMALS places
 * the scaled value stays far from overflowing gint64. */
#define MAX_DIGITS   15
#define MAX_DECIMALS 3

typedef enum {
  NUMBER_OK,
  NUMBER_NOT,        /* not a number at all */
  NUMBER_TOO_LONG,   /* more than MAX_DIGITS digits */
  NUMBER_BAD_GROUP,  /* a space that does not separate thousands */
} NumberStatus;

/* One space of those spreadsheets put between thousands: U+0020,
 * U+00A0 or U+202F; returns what follows it, or P. */
static const char *
skip_group_space (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (u[0] == ' ')
    return p + 1;
  if (u[0] == 0xc2 && u[1] == 0xa0)
    return p + 2;
  if (u[0] == 0xe2 && u[1] == 0x80 && u[2] == 0xaf)
    return p + 3;
  return p;
}

/* White space around a number, including the no-break spaces. */
static const char *
skip_spaces (const char *p)
{
  for (;;)
    {
      const char *after = skip_group_space (p);

      if (*p == '\t' || *p == '\r' || *p == '\n')
        after = p + 1;
      if (after == p)
        return p;
      p = after;
    }
}

gboolean
mk_text_is_blank (const char *text)
{
  return text == NULL || *skip_spaces (text) == '\0';
}

/* A run of digits; only the first MAX_DIGITS are added up (the caller
 * refuses more), so VALUE cannot overflow. */
static const char *
read_run (const char *p,
          gint64     *value,
          guint      *n_digits,
          guint      *run)
{
  for (*run = 0; g_ascii_isdigit (*p); p++, (*run)++, (*n_digits)++)
    if (*n_digits < MAX_DIGITS)
      *value = *value * 10 + (*p - '0');
  return p;
}

/* Digits, plain ("40000") or in thousands groups ("40 000", "1 234 567"):
 * one space between groups, three digits in every group after the first
 * and one to three in the first. «2 5» is two numbers, not 25. */
static const char *
read_digits (const char   *p,
             gint64       *value,
             guint        *n_digits,
             NumberStatus *status)
{
  gboolean grouped = FALSE;

  for (;;)
    {
      guint run = 0;
      const char *after;

      p = read_run (p, value, n_digits, &run);
      if (grouped && run != 3)
        *status = NUMBER_BAD_GROUP;
      after = skip_group_space (p);
      if (after == p || !g_ascii_isdigit (*after) || *status != NUMBER_OK)
        break;
      if (!grouped && (run == 0 || run > 3))
        *status = NUMBER_BAD_GROUP;
      grouped = TRUE;
      p = after;
    }
  if (*status == NUMBER_OK && *n_digits > MAX_DIGITS)
    *status = NUMBER_TOO_LONG;
  return p;
}

/* The fraction scaled to DECIMALS places, rounded half up on the rest. */
static const char *
read_fraction (const char *p,
               guint       decimals,
               gint64     *value)
{
  guint taken = 0;
  gboolean round_up = FALSE;

  for (; g_ascii_isdigit (*p); p++)
    {
      if (taken < decimals)
        *value = *value * 10 + (*p - '0');
      else if (taken == decimals)
        round_up = *p >= '5';
      taken++;
    }
  for (; taken < decimals; taken++)
    *value *= 10;
  *value += round_up;
  return p;
}

static NumberStatus
parse_decimal (const char *text,
               guint       decimals,
               gint64     *value)
{
  const char *p = skip_spaces (text);
  NumberStatus status = NUMBER_OK;
  guint n_digits = 0;
  gint64 whole = 0;

  p = read_digits (p, &whole, &n_digits, &status);
  if (status != NUMBER_OK || n_digits == 0)
    return n_digits == 0 ? NUMBER_NOT : status;
  if ((*p == ',' || *p == '.') && g_ascii_isdigit (p[1]))
    p = read_fraction (p + 1, decimals, &whole);
  else
    for (guint i = 0; i < decimals; i++)
      whole *= 10;
  p = skip_spaces (p);
  if (*p == '%')
    p = skip_spaces (p + 1);
  if (*p != '\0')
    return NUMBER_NOT;
  *value = whole;
  return NUMBER_OK;
}

gboolean
mk_parse_decimal (const char *text,
                  guint       decimals,
                  gint64     *value)
{
  g_return_val_if_fail (decimals <= MAX_DECIMALS, FALSE);

  return parse_decimal (text, decimals, value) == NUMBER_OK;
}

const char *
mk_number_problem (const char *text)
{
  gint64 value = 0;

  switch (parse_decimal (text, 0, &value))
    {
    case NUMBER_TOO_LONG:
      return _("the number is too large: it has more than 15 digits");
    case NUMBER_BAD_GROUP:
      return _("a space inside a number may only separate thousands, as in 40 000; "
               "remove the space or correct the number");
    case NUMBER_OK:
    case NUMBER_NOT:
    default:
      return NULL;
    }
}

/* A numeric cell scaled to DECIMALS places, rounded half up. */
static gboolean
scaled_number (double  number,
               guint   decimals,
               gint64 *value)
{
  double scaled = number * pow (10, decimals);

  if (!isfinite (scaled) || scaled < -0.5 || scaled > 1e15)
    return FALSE;
  /* 0.299 × 100000 is 29899.999…: round, never truncate. */
  *value = (gint64) floor (scaled + 0.5);
  return *value >= 0;
}

gboolean
mk_cell_get_decimal (const MkCell *cell,
                     guint         decimals,
                     gint64       *value)
{
  switch (cell->type)
    {
    case MK_CELL_NUMBER:
      return scaled_number (cell->number, decimals, value);
    case MK_CELL_PERCENT:
      return scaled_number (cell->number * 100, decimals, value);
    case MK_CELL_TEXT:
      return mk_parse_decimal (cell->text, decimals, value);
    case MK_CELL_EMPTY:
    case MK_CELL_DATE:
    case MK_CELL_BOOLEAN:
    default:
      return FALSE;
    }
}

gboolean
mk_cell_get_share (const MkCell *cell,
                   int          *thousandths)
{
  gint64 value = 0;

  if (!mk_cell_get_decimal (cell, 3, &value) || value > 100000)
    return FALSE;
  *thousandths = (int) value;
  return TRUE;
}

gboolean
mk_cell_get_count (const MkCell *cell,
                   int          *count)
{
  gint64 value = 0;

  if (cell->type == MK_CELL_PERCENT ||
      !mk_cell_get_decimal (cell, 3, &value) || value % 1000 != 0 ||
      value / 1000 > G_MAXINT)
    return FALSE;
  *count = (int) (value / 1000);
  return TRUE;
}

gboolean
mk_parse_year (const char *text,
               int        *year)
{
  const char *p = skip_spaces (text);
  g_autofree char *rest = NULL;
  int value = 0;

  for (guint i = 0; i < 4; i++, p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      value = value * 10 + (*p - '0');
    }
  rest = g_utf8_casefold (skip_spaces (p), -1);
  g_strstrip (rest);
  if (*rest != '\0' && !g_str_equal (rest, "г") && !g_str_equal (rest, "г.") &&
      !g_str_equal (rest, "год"))
    return FALSE;
  if (value < 1990 || value > 2100)
    return FALSE;
  *year = value;
  return TRUE;
}

gboolean
mk_cell_get_year (const MkCell *cell,
                  int          *year)
{
  if (cell->type == MK_CELL_NUMBER)
    {
      if (cell->number != floor (cell->number) || cell->number < 1990 ||
          cell->number > 2100)
        return FALSE;
      *year = (int) cell->number;
      return TRUE;
    }
  return cell->type == MK_CELL_TEXT && mk_parse_year (cell->text, year);
}

gboolean
mk_cell_get_yes_no (const MkCell *cell,
                    gboolean     *yes)
{
  static const char * const yes_words[] = { "да", "yes", "1", "true", "+", "истина" };
  static const char * const no_words[] = { "нет", "no", "0", "false", "ложь" };
  g_autofree char *folded = g_utf8_casefold (cell->text, -1);

  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (yes_words); i++)
    if (g_str_equal (folded, yes_words[i]))
      return (*yes = TRUE, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (no_words); i++)
    if (g_str_equal (folded, no_words[i]))
      return (*yes = FALSE, TRUE);
  return FALSE;
}

char *
mk_column_letter (guint column)
{
  char buf[8];
  guint i = sizeof buf - 1;

  buf[i] = '\0';
  for (guint n = column + 1; n > 0 && i > 0; n = (n - 1) / 26)
    buf[--i] = 'A' + (n - 1) % 26;
  return g_strdup (buf + i);
}

static gboolean
take_mark_word (char     *word,
                gboolean *mark_low,
                gboolean *non_objective)
{
  gsize len = strlen (word);

  while (len > 0 && word[len - 1] == '.')
    word[--len] = '\0';
  if (len == 0 || g_str_equal (word, "-") || g_str_equal (word, "–") ||
      g_str_equal (word, "—"))
    return TRUE;
  if (g_str_equal (word, "н") || g_str_equal (word, "нр"))
    return (*mark_low = TRUE, TRUE);
  if (g_str_has_prefix (word, "необ"))
    return (*non_objective = TRUE, TRUE);
  return FALSE;
}

gboolean
mk_parse_mark (const char *text,
               gboolean   *mark_low,
               gboolean   *non_objective)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\r\n,;/+", -1);

  *mark_low = *non_objective = FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    if (!take_mark_word (words[i], mark_low, non_objective))
      return FALSE;
  return TRUE;
}
