/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test"
#include "config.h"

#include <string.h>

#include "mk-edit-distance.h"

/* The plain O(n·m) Levenshtein table, to check the banded one against. */
static guint
reference_distance (const char *a,
                    const char *b)
{
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, NULL);
  glong la = 0, lb = 0;
  g_autofree guint *row = NULL;

  while (ua[la])
    la++;
  while (ub[lb])
    lb++;
  row = g_new (guint, lb + 1);
  for (glong j = 0; j <= lb; j++)
    row[j] = j;
  for (glong i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (ua[i - 1] != ub[j - 1]));
          diagonal = above;
        }
    }
  return row[lb];
}

static char *
random_word (void)
{
  static const char *letters[] = { "а", "б", "в", "с", "ш", "1", "9", " " };
  GString *word = g_string_new (NULL);
  guint n = g_test_rand_int_range (0, 14);

  for (guint i = 0; i < n; i++)
    g_string_append (word, letters[g_test_rand_int_range (0, G_N_ELEMENTS (letters))]);
  return g_string_free (word, FALSE);
}

static void
test_exact (void)
{
  g_assert_cmpuint (mk_edit_distance ("сш 19", "сш 9"), ==, 1);
  g_assert_cmpuint (mk_edit_distance ("", "школа"), ==, 5);
  g_assert_cmpuint (mk_edit_distance ("котик", "скотина"), ==, 3);
  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *a = random_word ();
      g_autofree char *b = random_word ();
      guint expected = reference_distance (a, b);
      guint max = g_test_rand_int_range (0, 8);

      g_assert_cmpuint (mk_edit_distance (a, b), ==, expected);
      g_assert_cmpuint (mk_edit_distance_within (a, b, max), ==, MIN (expected, max + 1));
    }
}

/* A cell of megabytes is near nothing and costs no quadratic work. */
static void
test_long_text (void)
{
  g_autofree char *huge = g_strnfill (4 << 20, 'x');
  g_autofree char *edge = g_strnfill (MK_EDIT_MAX_CHARS, 'x');
  g_autofree char *over = g_strnfill (MK_EDIT_MAX_CHARS + 1, 'x');
  char *choices[] = { "xxxx", "СШ № 1", NULL };
  g_autoptr(GPtrArray) closest = mk_edit_closest (huge, choices, 5);
  g_autoptr(GPtrArray) near = mk_edit_closest ("xxx", choices, 5);

  g_assert_cmpuint (mk_edit_distance (huge, "xxxx"), ==, G_MAXUINT);
  g_assert_cmpuint (mk_edit_distance (huge, huge), ==, G_MAXUINT);
  g_assert_cmpuint (mk_edit_distance (edge, edge), ==, 0);
  g_assert_cmpuint (mk_edit_distance (over, edge), ==, G_MAXUINT);
  g_assert_cmpuint (mk_edit_distance_within (huge, "x", 3), ==, 4);
  g_assert_true (mk_edit_too_long (over));
  g_assert_false (mk_edit_too_long (edge));
  g_assert_cmpuint (closest->len, ==, 0);
  g_assert_cmpuint (near->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (near, 0), ==, "xxxx");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/edit-distance/exact", test_exact);
  g_test_add_func ("/edit-distance/long-text", test_long_text);
  return g_test_run ();
}
