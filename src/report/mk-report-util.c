/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-report-private.h"
#include "mk-school.h"
#include "mk-store-clusters.h"

static guint
style (MkSheet     *sheet,
       guint        flags,
       MkSheetAlign align)
{
  MkSheetStyle s = { .flags = flags, .align = align,
                     .valign = MK_SHEET_VALIGN_CENTER };

  return mk_sheet_add_style (sheet, &s);
}

void
mk_report_styles_init (MkSheet        *sheet,
                       MkReportStyles *styles)
{
  const guint box = MK_SHEET_BORDER | MK_SHEET_WRAP;

  styles->header = style (sheet, box | MK_SHEET_BOLD, MK_SHEET_ALIGN_CENTER);
  styles->text = style (sheet, box, MK_SHEET_ALIGN_LEFT);
  styles->center = style (sheet, box, MK_SHEET_ALIGN_CENTER);
  styles->share = styles->center;
  styles->total = style (sheet, box | MK_SHEET_BOLD, MK_SHEET_ALIGN_LEFT);
  styles->total_c = style (sheet, box | MK_SHEET_BOLD, MK_SHEET_ALIGN_CENTER);
  styles->section = style (sheet, MK_SHEET_BOLD, MK_SHEET_ALIGN_LEFT);
}

guint
mk_report_share_permille (guint n,
                          guint total)
{
  /* Integers only, so that 0.5 of a tenth always rounds up
   * (docs/methodology.md). */
  if (total == 0)
    return 0;
  return (guint) ((2000 * (guint64) n + total) / (2 * (guint64) total));
}

double
mk_report_share_value (guint n,
                       guint total)
{
  /* Not rounded: the percent format rounds what is shown, and a SUM over
   * rounded shares (0.14 + 0.488 + …) would miss 100 %. */
  return total ? (double) n / total : 0.0;
}

char *
mk_report_partial (guint n)
{
  return g_strdup_printf ("≥%u", n);
}

char *
mk_report_count_share_partial (guint    n,
                               guint    total,
                               gboolean partial)
{
  guint permille = mk_report_share_permille (n, total);
  const char *mark = partial ? "≥" : "";

  /* A share of nothing is no number: «0», never «0/0,0%». */
  if (total == 0)
    return g_strdup_printf ("%s%u", mark, n);
  return g_strdup_printf ("%s%u/%s%u,%u%%", mark, n, mark, permille / 10, permille % 10);
}

char *
mk_report_school_label (const char *name,
                        const char *municipality,
                        gboolean    several)
{
  if (!several || municipality == NULL || *municipality == '\0')
    return g_strdup (name);
  return g_strdup_printf ("%s (%s)", name, municipality);
}

gboolean
mk_report_several_municipalities (GPtrArray *items)
{
  for (guint i = 1; i < items->len; i++)
    if (g_strcmp0 (mk_assignment_get_municipality (items->pdata[i]),
                   mk_assignment_get_municipality (items->pdata[0])) != 0)
      return TRUE;
  return FALSE;
}

char *
mk_report_count_share (guint n,
                       guint total)
{
  return mk_report_count_share_partial (n, total, FALSE);
}

char *
mk_report_year_label (int school_year)
{
  return g_strdup_printf ("%d-%d", school_year, school_year + 1);
}

GPtrArray *
mk_report_assignments (MkStore     *store,
                       int          school_year,
                       const char  *municipality,
                       GError     **error)
{
  g_autoptr(GListModel) all = mk_store_list_assignments (store, school_year, error);

  return all ? mk_report_select_assignments (all, municipality, MK_CLUSTER_NONE) : NULL;
}

GPtrArray *
mk_report_assignments_for (MkStore              *store,
                           const MkReportParams *params,
                           GError              **error)
{
  g_autoptr(GListModel) all = mk_store_list_assignments (store, params->school_year, error);

  return all ? mk_report_select_assignments (all, params->municipality, params->cluster) : NULL;
}

GPtrArray *
mk_report_select_assignments (GListModel  *all,
                              const char  *municipality,
                              MkCluster    cluster)
{
  guint n = g_list_model_get_n_items (all);
  GPtrArray *result = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (all, i);

      if ((municipality == NULL
           || g_strcmp0 (mk_assignment_get_municipality (item), municipality) == 0)
          && (cluster == MK_CLUSTER_NONE || mk_assignment_get_final (item) == cluster))
        g_ptr_array_add (result, g_steal_pointer (&item));
    }
  return result;
}

gboolean
mk_report_count_schools (MkStore     *store,
                         const char  *municipality,
                         guint       *n_schools,
                         GError     **error)
{
  g_autoptr(GListModel) schools = mk_store_list_schools (store, error);

  *n_schools = 0;
  if (schools == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (schools, i);

      if (municipality == NULL
          || g_strcmp0 (mk_school_get_municipality (school), municipality) == 0)
        (*n_schools)++;
    }
  return TRUE;
}

char *
mk_report_where (const MkReportParams *params)
{
  const char *cluster = mk_report_cluster_abbreviation (params->cluster);

  if (params->municipality == NULL)
    return *cluster ? g_strdup_printf (" (%s)", cluster) : g_strdup ("");
  if (*cluster == '\0')
    return g_strdup_printf (" (%s)", params->municipality);
  return g_strdup_printf (" (%s, %s)", params->municipality, cluster);
}

guint
mk_report_count_municipalities (MkStore *store)
{
  g_autoptr(GListModel) schools = mk_store_list_schools (store, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; schools != NULL && i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (schools, i);

      /* The names live as long as the schools: copy them. */
      if (!g_hash_table_contains (seen, mk_school_get_municipality (school)))
        g_hash_table_add (seen, g_strdup (mk_school_get_municipality (school)));
    }
  return g_hash_table_size (seen);
}

MkSheet *
mk_report_sheet_new (const MkReportParams *params,
                     const char           *name)
{
  MkSheet *sheet = mk_sheet_new (name);

  mk_sheet_set_row_limit (sheet, params->max_rows);
  return sheet;
}
