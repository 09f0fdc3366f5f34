/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-names"
#include "config.h"

#include "mk-edit-distance.h"

/* Characters of TEXT, or -1 past MK_EDIT_MAX_CHARS (without counting a
 * long text to its end: a cell may hold megabytes). */
static glong
short_length (const char *text)
{
  glong n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (++n > MK_EDIT_MAX_CHARS)
      return -1;
  return n;
}

/* Ukkonen's band: only cells within MAX of the diagonal can hold a
 * distance of at most MAX, so a row costs 2·MAX + 1 cells. A is the
 * shorter text; cells outside the band count as MAX + 1. */
static guint
banded (const gunichar *a,
        glong           la,
        const gunichar *b,
        glong           lb,
        guint           max)
{
  g_autofree guint *row = g_new (guint, lb + 1);
  guint big = max + 1;

  for (glong j = 0; j <= lb; j++)
    row[j] = (guint) j <= max ? (guint) j : big;
  for (glong i = 1; i <= la; i++)
    {
      glong lo = i > (glong) max ? i - (glong) max : 1;
      glong hi = MIN (lb, i + (glong) max);
      guint diagonal = row[lo - 1], best;

      row[lo - 1] = lo == 1 ? MIN ((guint) i, big) : big;
      best = row[lo - 1];
      for (glong j = lo; j <= hi; j++)
        {
          guint above = row[j];
          guint cost = MIN (MIN (above + 1, row[j - 1] + 1), diagonal + (a[i - 1] != b[j - 1]));

          row[j] = MIN (cost, big);
          diagonal = above;
          best = MIN (best, row[j]);
        }
      if (best >= big)
        return big;  /* every path is already too long */
    }
  return MIN (row[lb], big);
}

guint
mk_edit_distance_within (const char *a,
                         const char *b,
                         guint       max)
{
  glong la = short_length (a), lb = short_length (b);
  g_autofree gunichar *ua = NULL;
  g_autofree gunichar *ub = NULL;

  max = MIN (max, MK_EDIT_MAX_CHARS);
  if (la < 0 || lb < 0 || ABS (la - lb) > (glong) max)
    return max + 1;
  ua = g_utf8_to_ucs4_fast (a, -1, NULL);
  ub = g_utf8_to_ucs4_fast (b, -1, NULL);
  return la <= lb ? banded (ua, la, ub, lb, max) : banded (ub, lb, ua, la, max);
}

gboolean
mk_edit_too_long (const char *text)
{
  return short_length (text) < 0;
}

guint
mk_edit_distance (const char *a,
                  const char *b)
{
  guint distance = mk_edit_distance_within (a, b, MK_EDIT_MAX_CHARS);

  return distance > MK_EDIT_MAX_CHARS ? G_MAXUINT : distance;
}

typedef struct {
  const char *choice;
  guint       distance;
  guint       order;
} Scored;

static int
compare_scored (gconstpointer a,
                gconstpointer b)
{
  const Scored *sa = a, *sb = b;

  if (sa->distance != sb->distance)
    return sa->distance < sb->distance ? -1 : 1;
  return sa->order < sb->order ? -1 : sa->order > sb->order;
}

GPtrArray *
mk_edit_closest (const char  *text,
                 char       **choices,
                 guint        max)
{
  g_autofree char *folded = NULL;
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));
  GPtrArray *closest = g_ptr_array_new_with_free_func (g_free);

  if (mk_edit_too_long (text))
    return closest;  /* nothing is near a text that long */
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    {
      g_autofree char *choice = g_utf8_casefold (choices[i], -1);
      Scored s = { choices[i], mk_edit_distance (folded, choice), i };
      g_array_append_val (scored, s);
    }
  g_array_sort (scored, compare_scored);
  for (guint i = 0; i < scored->len && i < max; i++)
    g_ptr_array_add (closest, g_strdup (g_array_index (scored, Scored, i).choice));
  return closest;
}
