/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-schools-page-filter"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-list-filter.h"
#include "mk-schools-page-private.h"

/* The search and the two dropdowns of the schools page, and the filter
 * they drive. */

const char *
mk_schools_page_get_municipality (MkSchoolsPage *self)
{
  /* NULL while the page is taken apart. */
  if (self->municipality_dropdown == NULL)
    return NULL;
  return mk_municipality_drop_down_get_municipality (self->municipality_dropdown);
}

gboolean
mk_schools_page_filter_school (gpointer    item,
                               const char *key,
                               gpointer    page)
{
  MkSchoolsPage *self = page;
  MkSchool *school = item;

  if (mk_schools_page_get_municipality (self) != NULL &&
      g_strcmp0 (mk_school_get_municipality (school), mk_schools_page_get_municipality (self)) != 0)
    return FALSE;
  if (self->profile >= 0 && (int) mk_school_get_profile (school) != self->profile)
    return FALSE;
  if (key == NULL)
    return TRUE;
  return mk_search_key_matches (mk_school_get_name (school), key) ||
         mk_search_key_matches (mk_school_get_full_name (school), key) ||
         mk_search_key_matches (mk_school_get_municipality (school), key);
}

gboolean
mk_schools_page_is_filtered (MkSchoolsPage *self)
{
  return mk_list_controller_has_search (self->list) || mk_schools_page_get_municipality (self) != NULL ||
         self->profile >= 0;
}


static void
on_search_changed (MkSchoolsPage  *self,
                   GtkSearchEntry *entry)
{
  mk_list_controller_set_search (self->list, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (MkSchoolsPage  *self,
                GtkSearchEntry *entry)
{
  mk_search_entry_stop (entry, GTK_WIDGET (self->column_view));
}

static void
on_filter_changed (MkSchoolsPage *self)
{
  guint profile = gtk_drop_down_get_selected (self->profile_dropdown);

  self->profile = (profile == GTK_INVALID_LIST_POSITION) ? -1 : (int) profile - 1;
  mk_list_controller_refilter (self->list);
}

void
mk_schools_page_reload_municipalities (MkSchoolsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!mk_municipality_drop_down_load (self->municipality_dropdown, self->store, &error))
    g_warning ("Cannot list municipalities: %s", error->message);
}

void
mk_schools_page_setup_filters (MkSchoolsPage *self)
{
  g_autoptr(GtkStringList) profiles = gtk_string_list_new (NULL);

  gtk_string_list_append (profiles, _("All profiles"));
  for (guint i = 0; i < MK_N_PROFILES; i++)
    gtk_string_list_append (profiles, mk_profile_label ((MkProfile) i));
  gtk_drop_down_set_model (self->profile_dropdown, G_LIST_MODEL (profiles));
}

void
mk_schools_page_class_bind_filter_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
}
