/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-reports-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-list-filter.h"
#include "mk-reports-page-private.h"
#include "mk-school-year.h"

/* The parameters of a report: the school year and municipality in the
 * toolbar, and, for the reports that take them, the first school year of
 * a multi-year table and one cluster. The first-year dropdown offers
 * «default» (the report's usual span) before the years; the cluster
 * dropdown «all clusters» before the five. */

static MkCluster
cluster_at (guint position)
{
  /* Positions 1…5 are the clusters in their order, SPU first. */
  if (position == 0 || position == GTK_INVALID_LIST_POSITION
      || position >= (guint) MK_N_CLUSTERS)
    return MK_CLUSTER_NONE;
  return (MkCluster) (MK_CLUSTER_SPU + position - 1);
}

static int
first_year_at (MkReportsPage *self,
               guint          position)
{
  GArray *years = mk_year_drop_down_get_years (self->year_dropdown);

  if (position == 0 || position == GTK_INVALID_LIST_POSITION || position > years->len)
    return 0;
  return g_array_index (years, int, position - 1);
}

gboolean
mk_reports_page_get_params (MkReportsPage  *self,
                            MkReportParams *params)
{
  MkReportUses uses = self->report ? self->report->uses : 0;

  *params = (MkReportParams) { 0 };
  params->school_year = mk_year_drop_down_get_year (self->year_dropdown);
  params->municipality = mk_municipality_drop_down_get_municipality (self->municipality_dropdown);
  if (uses & MK_REPORT_USES_FIRST_YEAR)
    params->first_year = MIN (first_year_at (self, gtk_drop_down_get_selected (
                                                     self->first_year_dropdown)),
                              params->school_year);
  if (uses & MK_REPORT_USES_CLUSTER)
    params->cluster = cluster_at (gtk_drop_down_get_selected (self->cluster_dropdown));
  return params->school_year > 0;
}

void
mk_reports_page_setup_params (MkReportsPage *self)
{
  g_autoptr(GtkStringList) clusters = gtk_string_list_new (NULL);

  gtk_string_list_append (clusters, _("All clusters"));
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    gtk_string_list_append (clusters, mk_cluster_abbreviation (c));
  gtk_drop_down_set_model (self->cluster_dropdown, G_LIST_MODEL (clusters));
}

/* «By default», then the years; keeps the chosen year if still offered. */
static void
fill_first_years (MkReportsPage *self,
                  int            keep)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->first_year_names));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GArray *years = mk_year_drop_down_get_years (self->year_dropdown);
  guint position = 0;

  g_ptr_array_add (names, g_strdup (_("By default")));
  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);

      g_ptr_array_add (names, mk_school_year_format (year));
      if (year == keep)
        position = i + 1;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->first_year_names, 0, n_old,
                          (const char *const *) names->pdata);
  gtk_drop_down_set_selected (self->first_year_dropdown, position);
}

void
mk_reports_page_load_params (MkReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  int keep_first = first_year_at (self, gtk_drop_down_get_selected (self->first_year_dropdown));

  self->filling = TRUE;
  mk_year_drop_down_load (self->year_dropdown, self->store, &error);
  if (error == NULL)
    mk_municipality_drop_down_load (self->municipality_dropdown, self->store, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the database"), error);
  fill_first_years (self, keep_first);
  self->filling = FALSE;
}

void
mk_reports_page_show_params (MkReportsPage *self)
{
  MkReportUses uses = self->report ? self->report->uses : 0;
  gboolean first = (uses & MK_REPORT_USES_FIRST_YEAR) != 0;
  gboolean cluster = (uses & MK_REPORT_USES_CLUSTER) != 0;

  gtk_widget_set_visible (self->first_year_label, first);
  gtk_widget_set_visible (GTK_WIDGET (self->first_year_dropdown), first);
  gtk_widget_set_visible (self->cluster_label, cluster);
  gtk_widget_set_visible (GTK_WIDGET (self->cluster_dropdown), cluster);
  gtk_widget_set_visible (self->scope_box, first || cluster);
}
