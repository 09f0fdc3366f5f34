/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-indicator"
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mk-indicator-value.h"
#include "mk-text.h"

MkIndicatorUnit
mk_indicator_unit_parse (const char *text)
{
  g_autofree char *folded = mk_text_fold (text != NULL ? text : "");

  if (g_str_has_prefix (folded, "процент") || g_str_equal (folded, "%"))
    return MK_UNIT_PERCENT;
  if (g_str_has_prefix (folded, "дол"))
    return MK_UNIT_SHARE;
  if (g_str_has_prefix (folded, "единиц") || g_str_has_prefix (folded, "ед.") ||
      g_str_has_prefix (folded, "количество"))
    return MK_UNIT_COUNT;
  return MK_UNIT_OTHER;
}

/* «27,53» and «42.8» alike. */
static double
number_of (const char *text)
{
  g_autofree char *dotted = g_strdelimit (g_strdup (text), ",", '.');

  return g_ascii_strtod (dotted, NULL);
}

/* The patterns are compiled once: a national table reads millions of
 * values. */
static GRegex *
compiled (GRegex            **slot,
          const char         *pattern,
          GRegexCompileFlags  flags)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_regex_new (pattern, flags | G_REGEX_OPTIMIZE, 0, NULL));
  return *slot;
}

/* MATCH's group N as a number. */
static double
group_number (GMatchInfo *match,
              int         n)
{
  g_autofree char *text = g_match_info_fetch (match, n);

  return number_of (text);
}

static gboolean
read_fraction (const char         *text,
               MkIndicatorReading *r)
{
  static GRegex *fraction;
  GRegex *regex = compiled (&fraction, "^(\\d+)\\s*/\\s*(\\d+)(.*)$", G_REGEX_DOTALL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *rest = NULL;

  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  r->has_fraction = r->has_count = TRUE;
  r->count = group_number (match, 1);
  r->total = group_number (match, 2);
  rest = g_strstrip (g_match_info_fetch (match, 3));
  r->has_comment = *rest != '\0';
  /* «0/0»: a count of nothing, not a value. */
  r->has_number = r->total > 0;
  r->number = r->total > 0 ? r->count / r->total : 0;
  return TRUE;
}

/* «14ч. 50%», «10 ч. 38%»: a count of people and their share. */
static gboolean
read_count_and_share (const char         *text,
                      MkIndicatorReading *r)
{
  static GRegex *pair;
  GRegex *regex = compiled (&pair, "^(\\d+)\\s*ч\\.?\\s*(\\d+(?:[.,]\\d+)?)\\s*%\\s*$",
                            G_REGEX_CASELESS);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  r->has_count = r->has_share = r->has_number = r->percent = TRUE;
  r->count = group_number (match, 1);
  r->share = r->number = group_number (match, 2);
  return TRUE;
}

/* Whether REST, the words after a leading number, holds another number
 * that could as well be the value: one after a word and before words
 * («ШНОР 7 в проекте»), not one of a list («№№ 17, 37», «МОУ 1, 3, 17»)
 * nor inside a quotation («500+»). */
static gboolean
has_free_number (const char *rest)
{
  static GRegex *quotation, *other_number;
  GRegex *quoted = compiled (&quotation, "«[^»]*»|\"[^\"]*\"", 0);
  g_autofree char *plain = g_regex_replace_literal (quoted, rest, -1, 0, "", 0, NULL);
  GRegex *free_number = compiled (&other_number, "(?<![№,\\d.]\\s)(?<![№,\\d.])\\b\\d+(?:[.,]\\d+)?"
                                  "(?=\\s+(?:[а-яё]|-)|\\s*-\\s*\\d)", G_REGEX_CASELESS);

  return plain != NULL && g_regex_match (free_number, plain, 0, NULL);
}

static void
read_leading_number (const char         *text,
                     MkIndicatorReading *r)
{
  static GRegex *leading;
  GRegex *regex = compiled (&leading, "^(-?\\d+(?:[.,]\\d+)?)\\s*(%)?(.*)$", G_REGEX_DOTALL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *percent = NULL, *rest = NULL;

  if (!g_regex_match (regex, text, 0, &match))
    {
      r->has_comment = TRUE;  /* words only */
      return;
    }
  percent = g_match_info_fetch (match, 2);
  rest = g_strstrip (g_match_info_fetch (match, 3));
  r->number = group_number (match, 1);
  r->percent = percent != NULL && *percent != '\0';
  r->has_comment = *rest != '\0';
  /* A percent leads its comment («30% МОУ №№ 17, 37»); a count followed
   * by another number that could be the value is no value at all. */
  r->has_number = r->percent || !r->has_comment || !has_free_number (rest);
  r->has_count = r->has_number && !r->percent && r->has_comment;
  r->count = r->number;
}

void
mk_indicator_value_read (const char         *raw,
                         MkIndicatorReading *reading)
{
  g_autofree char *text = g_strstrip (g_strdup (raw != NULL ? raw : ""));

  memset (reading, 0, sizeof *reading);
  if (*text == '\0')
    {
      reading->empty = TRUE;
      return;
    }
  if (read_fraction (text, reading) || read_count_and_share (text, reading))
    return;
  read_leading_number (text, reading);
}

gboolean
mk_indicator_reading_value (const MkIndicatorReading *r,
                            MkIndicatorUnit           unit,
                            double                   *value)
{
  if (!r->has_number)
    return FALSE;
  if (r->has_fraction || (r->has_count && r->has_share))
    {
      double share = r->has_fraction ? r->number : r->share / 100;

      *value = unit == MK_UNIT_PERCENT ? 100 * share : unit == MK_UNIT_COUNT ? r->count : share;
    }
  else if (r->percent)
    *value = unit == MK_UNIT_SHARE ? r->number / 100 : r->number;
  else
    *value = r->number;
  return TRUE;
}

char *
mk_indicator_unit_warning (const MkIndicatorReading *r,
                           MkIndicatorUnit           unit)
{
  g_autofree char *shown = NULL;
  double value;

  if (!mk_indicator_reading_value (r, unit, &value))
    return NULL;
  shown = r->has_fraction ? g_strdup_printf ("%g/%g", r->count, r->total)
                          : g_strdup_printf ("%g", r->has_share && !r->percent ? r->share : r->number);
  if (value < 0)
    return g_strdup_printf (_("%s is below zero"), shown);
  if (unit == MK_UNIT_SHARE && value > 1 && !r->percent)
    return g_strdup_printf (_("%s is a «Доля» above 1 and not written as a percent: a share is "
                              "0 to 1, or a percent with «%%»"), shown);
  if (unit == MK_UNIT_PERCENT && value > 100)
    return g_strdup_printf (_("%s is a «Процент» above 100"), shown);
  return NULL;
}

char *
mk_indicator_jump_warning (const MkIndicatorReading *values,
                           guint                     n,
                           guint                     at)
{
  double low = INFINITY, high = -INFINITY, x;
  guint others = 0;

  if (at >= n || !values[at].has_number)
    return NULL;
  for (guint i = 0; i < n; i++)
    if (i != at && values[i].has_number)
      {
        low = MIN (low, values[i].number);
        high = MAX (high, values[i].number);
        others++;
      }
  x = values[at].number;
  if (others < 2)
    return NULL;
  if ((x >= 10 * high && x - high >= 100) || (x * 10 <= low && low - x >= 100))
    return g_strdup_printf (_("%g is far from the other years (%g to %g): a typo?"), x, low, high);
  return NULL;
}

char *
mk_indicator_warnings (const MkIndicatorReading *values,
                       guint                     n,
                       guint                     at,
                       MkIndicatorUnit           unit)
{
  g_autofree char *unit_problem = at < n ? mk_indicator_unit_warning (&values[at], unit) : NULL;
  g_autofree char *jump = mk_indicator_jump_warning (values, n, at);

  if (unit_problem != NULL && jump != NULL)
    return g_strjoin ("; ", unit_problem, jump, NULL);
  return g_strdup (unit_problem != NULL ? unit_problem : jump);
}
