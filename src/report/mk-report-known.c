#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-report-private.h"

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
