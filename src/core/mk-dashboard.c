/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-dashboard.h"

void
mk_dashboard_free (MkDashboard *self)
{
  if (self == NULL)
    return;
  g_free (self->municipality);
  g_clear_pointer (&self->clusters, g_array_unref);
  g_clear_pointer (&self->levels, g_array_unref);
  g_clear_pointer (&self->snro, g_array_unref);
  g_clear_pointer (&self->heatmap, mk_heatmap_free);
  g_free (self);
}

MkDashboard *
mk_dashboard_load (MkStore     *store,
                   int          school_year,
                   const char  *municipality,
                   guint        heatmap_rows,
                   GError     **error)
{
  g_autoptr(MkDashboard) self = g_new0 (MkDashboard, 1);
  gboolean all = municipality == NULL || *municipality == '\0';

  g_return_val_if_fail (MK_IS_STORE (store), NULL);

  self->school_year = school_year;
  self->municipality = all ? NULL : g_strdup (municipality);
  self->clusters = g_array_new (FALSE, TRUE, sizeof (MkClusterYear));
  self->levels = g_array_new (FALSE, TRUE, sizeof (MkLevelYear));
  if (!mk_store_count_schools_of (store, self->municipality, &self->n_schools, error) ||
      !mk_store_count_years (store, self->municipality, self->clusters, self->levels, error) ||
      (self->snro = mk_store_list_snro_years (store, self->municipality, error)) == NULL ||
      (self->heatmap = mk_store_get_heatmap (store, school_year, self->municipality,
                                             heatmap_rows, error)) == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

const MkClusterYear *
mk_dashboard_find_clusters (const MkDashboard *self,
                            int                school_year)
{
  for (guint i = 0; i < self->clusters->len; i++)
    if (g_array_index (self->clusters, MkClusterYear, i).school_year == school_year)
      return &g_array_index (self->clusters, MkClusterYear, i);
  return NULL;
}
