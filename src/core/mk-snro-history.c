/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-clusters"
#include "config.h"

#include "mk-snro-history.h"

struct _MkSnroHistory
{
  GHashTable *years;  /* GINT_TO_POINTER (school year) → set of gint64 ids */
};

MkSnroHistory *
mk_snro_history_new (void)
{
  MkSnroHistory *self = g_new0 (MkSnroHistory, 1);

  self->years = g_hash_table_new_full (NULL, NULL, NULL,
                                       (GDestroyNotify) g_hash_table_unref);
  return self;
}

void
mk_snro_history_free (MkSnroHistory *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->years);
  g_free (self);
}

void
mk_snro_history_add (MkSnroHistory *self,
                     int            school_year,
                     gint64         school_id)
{
  GHashTable *schools = g_hash_table_lookup (self->years, GINT_TO_POINTER (school_year));

  if (schools == NULL)
    {
      schools = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_insert (self->years, GINT_TO_POINTER (school_year), schools);
    }
  g_hash_table_add (schools, g_memdup2 (&school_id, sizeof school_id));
}

gboolean
mk_snro_history_contains (MkSnroHistory *self,
                          int            school_year,
                          gint64         school_id)
{
  GHashTable *schools = g_hash_table_lookup (self->years, GINT_TO_POINTER (school_year));

  return schools != NULL && g_hash_table_contains (schools, &school_id);
}

gboolean
mk_snro_history_is_repeated (MkSnroHistory *self,
                             int            school_year,
                             gint64         school_id,
                             guint          look_back)
{
  if (!mk_snro_history_contains (self, school_year, school_id))
    return FALSE;
  for (guint back = 1; back <= look_back; back++)
    if (mk_snro_history_contains (self, school_year - (int) back, school_id))
      return TRUE;
  return FALSE;
}

guint
mk_snro_history_streak (MkSnroHistory *self,
                        int            school_year,
                        gint64         school_id)
{
  guint streak = 0;

  while (mk_snro_history_contains (self, school_year - (int) streak, school_id))
    streak++;
  return streak;
}

void
mk_snro_history_count (MkSnroHistory *self,
                       int            school_year,
                       guint          look_back,
                       guint         *first_time,
                       guint         *repeated)
{
  GHashTable *schools = g_hash_table_lookup (self->years, GINT_TO_POINTER (school_year));
  GHashTableIter iter;
  gpointer key;

  *first_time = *repeated = 0;
  if (schools == NULL)
    return;
  g_hash_table_iter_init (&iter, schools);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (mk_snro_history_is_repeated (self, school_year, *(gint64 *) key, look_back))
        (*repeated)++;
      else
        (*first_time)++;
    }
}
