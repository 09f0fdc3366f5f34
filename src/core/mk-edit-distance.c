#define G_LOG_DOMAIN "mk-names"
#include "config.h"

#include "mk-edit-distance.h"

guint
mk_edit_distance (const char *a,
                  const char *b)
{
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, NULL);
  g_autofree guint *row = NULL;
  glong la = 0, lb = 0;

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
          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1),
                        diagonal + (ua[i - 1] != ub[j - 1]));
          diagonal = above;
        }
    }
  return row[lb];
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
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));
  GPtrArray *closest = g_ptr_array_new_with_free_func (g_free);

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
