/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-natural"
#include "config.h"

#include <string.h>

#include "mk-natural.h"

/* A string being walked: SQLite hands collations strings that are not
 * NUL-terminated, so every read is bounded by END. */
typedef struct {
  const char *p;
  const char *end;
} Cursor;

/* Bytes that are not valid UTF-8 still need a stable place in the order:
 * above every character, by byte value. */
#define INVALID_BASE 0x110000

static void
cursor_init (Cursor     *cursor,
             const char *s,
             gssize      len)
{
  cursor->p = s != NULL ? s : "";
  cursor->end = cursor->p + (len >= 0 ? (gsize) len : strlen (cursor->p));
}

static gboolean
cursor_at_digit (const Cursor *cursor)
{
  return cursor->p < cursor->end && g_ascii_isdigit (*cursor->p);
}

static gunichar
cursor_peek (const Cursor *cursor,
             gsize        *n_bytes)
{
  gunichar c = g_utf8_get_char_validated (cursor->p, cursor->end - cursor->p);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *n_bytes = 1;
      return INVALID_BASE + (guchar) *cursor->p;
    }
  *n_bytes = g_utf8_next_char (cursor->p) - cursor->p;
  return c;
}

/* Spaces do not take part, so «СШ №2» and «СШ № 2» sort together. */
static void
cursor_skip_spaces (Cursor *cursor)
{
  gsize n;

  while (cursor->p < cursor->end && g_unichar_isspace (cursor_peek (cursor, &n)))
    cursor->p += n;
}

/* Case is folded and ё sorts as е, as in a Russian dictionary. */
static gunichar
fold (gunichar c)
{
  if (c >= INVALID_BASE)
    return c;
  c = g_unichar_tolower (c);
  return c == 0x0451 ? 0x0435 : c;
}

/* Compares the digit runs at A and B by value and moves past them. Leading
 * zeros are skipped, so a longer run is a larger number. */
static int
compare_numbers (Cursor *a,
                 Cursor *b)
{
  const char *a_start, *b_start;
  gsize a_len, b_len;
  int cmp;

  while (a->p + 1 < a->end && *a->p == '0' && g_ascii_isdigit (a->p[1]))
    a->p++;
  while (b->p + 1 < b->end && *b->p == '0' && g_ascii_isdigit (b->p[1]))
    b->p++;
  for (a_start = a->p; cursor_at_digit (a); a->p++)
    ;
  for (b_start = b->p; cursor_at_digit (b); b->p++)
    ;
  a_len = a->p - a_start;
  b_len = b->p - b_start;
  if (a_len != b_len)
    return a_len < b_len ? -1 : 1;
  cmp = memcmp (a_start, b_start, a_len);
  return cmp < 0 ? -1 : cmp > 0;
}

static int
compare_chars (Cursor *a,
               Cursor *b)
{
  gsize a_n, b_n;
  gunichar ca = fold (cursor_peek (a, &a_n));
  gunichar cb = fold (cursor_peek (b, &b_n));

  a->p += a_n;
  b->p += b_n;
  if (ca != cb)
    return ca < cb ? -1 : 1;
  return 0;
}

/* Skips the characters both strings share byte for byte: they fold
 * equal, so the long common prefixes of a sorted registry («Муниципалитет
 * 5», «Муниципалитет 50») need no decoding. Digits stop it, as a digit
 * run compares by its value as a whole. */
static void
skip_common (Cursor *a,
             Cursor *b)
{
  while (a->p < a->end && b->p < b->end && !g_ascii_isdigit (*a->p))
    {
      gsize n = g_utf8_skip[(guchar) *a->p];

      if ((gsize) (a->end - a->p) < n || (gsize) (b->end - b->p) < n
          || memcmp (a->p, b->p, n) != 0)
        return;
      a->p += n;
      b->p += n;
    }
}

/* The order a person expects, where strings that differ only in case,
 * spaces or leading zeros compare equal. */
static int
compare_folded (Cursor a,
                Cursor b)
{
  for (;;)
    {
      int cmp;

      skip_common (&a, &b);
      cursor_skip_spaces (&a);
      cursor_skip_spaces (&b);
      if (a.p >= a.end || b.p >= b.end)
        return (a.p < a.end) - (b.p < b.end);
      if (cursor_at_digit (&a) && cursor_at_digit (&b))
        cmp = compare_numbers (&a, &b);
      else
        cmp = compare_chars (&a, &b);
      if (cmp != 0)
        return cmp;
    }
}

/* Breaks the ties of compare_folded by bytes, so that the collation is a
 * total order and only equal strings compare equal. */
static int
compare_bytes (const Cursor *a,
               const Cursor *b)
{
  gsize a_len = a->end - a->p;
  gsize b_len = b->end - b->p;
  int cmp = memcmp (a->p, b->p, MIN (a_len, b_len));

  if (cmp != 0)
    return cmp < 0 ? -1 : 1;
  if (a_len != b_len)
    return a_len < b_len ? -1 : 1;
  return 0;
}

int
mk_natural_compare_n (const char *a,
                      gssize      a_len,
                      const char *b,
                      gssize      b_len)
{
  Cursor ca, cb;
  int cmp;

  cursor_init (&ca, a, a_len);
  cursor_init (&cb, b, b_len);
  cmp = compare_folded (ca, cb);
  return cmp != 0 ? cmp : compare_bytes (&ca, &cb);
}

int
mk_natural_compare (const char *a,
                    const char *b)
{
  return mk_natural_compare_n (a, -1, b, -1);
}
