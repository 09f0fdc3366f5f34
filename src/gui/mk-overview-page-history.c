/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-overview-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-charts-catalog.h"
#include "mk-gui-util.h"
#include "mk-overview-page-private.h"

/* The marker history of one school, chosen in a searchable dropdown of
 * the schools of the municipality shown. */

static char *
school_label (MkSchool *school,
              gpointer  user_data)
{
  if (school == NULL)
    return g_strdup ("");
  /* Translators: a school in the marker history's dropdown: "name — municipality" */
  return g_strdup_printf (_("%s — %s"), mk_school_get_name (school),
                          mk_school_get_municipality (school));
}

static gboolean
school_in_municipality (gpointer item,
                        gpointer user_data)
{
  MkOverviewPage *self = user_data;

  return self->municipality == NULL ||
         g_strcmp0 (mk_school_get_municipality (item), self->municipality) == 0;
}

void
mk_overview_page_setup_history (MkOverviewPage *self)
{
  GtkExpression *expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                           G_CALLBACK (school_label),
                                                           NULL, NULL);

  self->school_filter = gtk_custom_filter_new (school_in_municipality, self, NULL);
  self->schools = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->school_filter)));
  gtk_drop_down_set_expression (self->school_dropdown, expression);
  gtk_drop_down_set_model (self->school_dropdown, G_LIST_MODEL (self->schools));
  gtk_drop_down_set_selected (self->school_dropdown, GTK_INVALID_LIST_POSITION);
  gtk_expression_unref (expression);
}

static gboolean
read_schools_idle (gpointer user_data)
{
  MkOverviewPage *self = user_data;

  self->schools_source = 0;
  mk_overview_page_reload_history (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* Every school of a national database is 0.2 s of reading for a dropdown
 * nobody has opened yet: it is read after the charts are drawn. */
void
mk_overview_page_read_schools_later (MkOverviewPage *self)
{
  if (self->schools_source == 0)
    self->schools_source = g_idle_add_full (G_PRIORITY_LOW, read_schools_idle, self, NULL);
}

/* A caller that needs the schools now reads them now. */
static void
ensure_schools (MkOverviewPage *self)
{
  if (self->schools_source == 0)
    return;
  g_clear_handle_id (&self->schools_source, g_source_remove);
  mk_overview_page_reload_history (self, TRUE);
}

/* Rereads the schools (the store changed) or refilters them (another
 * municipality); no school is chosen after it, so the caller's reload
 * clears the history. */
void
mk_overview_page_reload_history (MkOverviewPage *self,
                                 gboolean        reread)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) schools = NULL;

  self->filling = TRUE;
  if (reread && self->store != NULL)
    schools = mk_store_list_schools (self->store, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the schools"), error);
  if (reread)
    gtk_filter_list_model_set_model (self->schools, schools);
  gtk_filter_changed (GTK_FILTER (self->school_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_drop_down_set_selected (self->school_dropdown, GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
}

void
mk_overview_page_load_history (MkOverviewPage *self)
{
  MkSchool *school = gtk_drop_down_get_selected_item (self->school_dropdown);
  MkChartQuery query = { .school_year = self->year, .cluster = MK_CLUSTER_NONE };
  g_autoptr(GError) error = NULL;
  MkChartData *data = NULL;

  if (self->store != NULL && school != NULL && self->year > 0)
    {
      query.school_id = mk_school_get_id (school);
      data = mk_charts_build (self->store, "marker-history", &query, &error);
    }
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the chart"), error);
  mk_chart_view_set_data (self->history_view, data);
  gtk_widget_set_visible (GTK_WIDGET (self->history_view), data != NULL);
}

/* The position of SCHOOL_ID in MODEL, or GTK_INVALID_LIST_POSITION. */
static guint
find_school (GListModel *model,
             gint64      school_id,
             char      **municipality)
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (model, i);

      if (mk_school_get_id (school) != school_id)
        continue;
      if (municipality != NULL)
        *municipality = g_strdup (mk_school_get_municipality (school));
      return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

gboolean
mk_overview_page_show_school_history (MkOverviewPage *self,
                                      int             school_year,
                                      gint64          school_id)
{
  GListModel *all;
  g_autofree char *municipality = NULL;
  guint position;

  g_return_val_if_fail (MK_IS_OVERVIEW_PAGE (self), FALSE);

  ensure_schools (self);
  all = gtk_filter_list_model_get_model (self->schools);

  if (find_school (all, school_id, &municipality) == GTK_INVALID_LIST_POSITION)
    return FALSE;
  if (school_year > 0)
    mk_overview_page_set_year (self, school_year);
  if (self->municipality != NULL && g_strcmp0 (self->municipality, municipality) != 0)
    mk_overview_page_set_municipality (self, municipality);
  position = find_school (G_LIST_MODEL (self->schools), school_id, NULL);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_drop_down_set_selected (self->school_dropdown, position);
  return TRUE;
}
