/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-report-private.h"
#include "mk-store-clusters.h"

/* What the database knows of a school year's clusters. The Smolensk
 * monitoring report gives the ШНРО lists of 2018/2019–2020/2021 without
 * the other clusters of those years: such a year is entered as ШНРО
 * overrides alone, and its other clusters are unknown, not empty. A year
 * counts as known whole when it was classified (a computed cluster) or when
 * its list names clusters beside ШНРО. */

gboolean
mk_report_year_clusters (MkStore              *store,
                         int                   year,
                         const char           *municipality,
                         guint                 n_schools,
                         MkReportYearClusters *out,
                         GError              **error)
{
  g_autoptr(GPtrArray) items = mk_report_assignments (store, year, municipality, error);
  guint assigned = 0;

  *out = (MkReportYearClusters) { .n_schools = n_schools };
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      MkCluster final = mk_assignment_get_final (items->pdata[i]);

      out->counts[final]++;
      out->classified |= mk_assignment_get_computed (items->pdata[i]) != MK_CLUSTER_NONE
                         || (final != MK_CLUSTER_NONE && final != MK_CLUSTER_SNRO);
    }
  out->snro_known = out->classified || out->counts[MK_CLUSTER_SNRO] > 0;
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    assigned += out->counts[c];
  out->without = n_schools > assigned ? n_schools - assigned : 0;
  return TRUE;
}

gboolean
mk_report_cluster_known (const MkReportYearClusters *year,
                         MkCluster                   cluster)
{
  return year->classified || (cluster == MK_CLUSTER_SNRO && year->snro_known);
}

/* "2019\tСмоленск" for each school year and municipality whose ШНРО list
 * is known: a classified year, or one whose list from documents names a
 * cluster. */
GHashTable *
mk_report_snro_known_load (MkStore  *store,
                           GError  **error)
{
  g_autoptr(GArray) years = mk_store_list_school_years (store, error);
  g_autoptr(GHashTable) known = NULL;

  if (years == NULL)
    return NULL;
  known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint y = 0; y < years->len; y++)
    {
      int year = g_array_index (years, int, y);
      g_autoptr(GListModel) all = mk_store_list_assignments_brief (store, year, error);

      if (all == NULL)
        return NULL;
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(MkAssignment) item = g_list_model_get_item (all, i);

          if (mk_assignment_get_computed (item) != MK_CLUSTER_NONE ||
              mk_assignment_get_final (item) != MK_CLUSTER_NONE)
            g_hash_table_add (known, g_strdup_printf ("%d\t%s", year,
                                                      mk_assignment_get_municipality (item)));
        }
    }
  return g_steal_pointer (&known);
}

gboolean
mk_report_snro_known (GHashTable *known,
                      int         year,
                      const char *municipality)
{
  g_autofree char *key = g_strdup_printf ("%d\t%s", year, municipality);

  return g_hash_table_contains (known, key);
}

/* Not repeated in the years looked back at, but one of them has no
 * known ШНРО list for the school's municipality. */
gboolean
mk_report_snro_status_unknown (GHashTable   *known,
                               MkAssignment *item,
                               guint         look_back)
{
  /* The store works it out for every assignment it lists. */
  return !mk_assignment_get_snro_status_known (item);
}

guint
mk_report_look_back (MkStore *store,
                     int      school_year)
{
  g_autoptr(MkMethodology) m = mk_store_load_methodology (store, school_year, NULL);

  if (m == NULL)
    return mk_setting_get_info (MK_SETTING_LOOK_BACK)->default_value;
  return mk_methodology_get (m, MK_SETTING_LOOK_BACK);
}
