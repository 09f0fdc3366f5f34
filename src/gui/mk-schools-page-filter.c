#define G_LOG_DOMAIN "mk-schools-page-filter"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-schools-page-private.h"

/* The search and the two dropdowns of the schools page, and the filter
 * they drive. */

static gboolean
field_matches (const char *text,
               const char *key)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = mk_fold_for_search (text);
  return strstr (folded, key) != NULL;
}

gboolean
mk_schools_page_filter_school (gpointer item,
                               gpointer user_data)
{
  MkSchoolsPage *self = user_data;
  MkSchool *school = item;

  if (self->municipality != NULL &&
      g_strcmp0 (mk_school_get_municipality (school), self->municipality) != 0)
    return FALSE;
  if (self->profile >= 0 && (int) mk_school_get_profile (school) != self->profile)
    return FALSE;
  if (self->search_key == NULL)
    return TRUE;
  return field_matches (mk_school_get_name (school), self->search_key) ||
         field_matches (mk_school_get_full_name (school), self->search_key) ||
         field_matches (mk_school_get_municipality (school), self->search_key);
}

gboolean
mk_schools_page_is_filtered (MkSchoolsPage *self)
{
  return self->search_key != NULL || self->municipality != NULL || self->profile >= 0;
}

static void
refilter (MkSchoolsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  mk_schools_page_update_count (self);
}

static void
apply_search_text (MkSchoolsPage *self,
                   const char    *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_clear_pointer (&self->search_key, g_free);
  if (*stripped != '\0')
    self->search_key = mk_fold_for_search (stripped);
  refilter (self);
}

static void
on_search_changed (MkSchoolsPage  *self,
                   GtkSearchEntry *entry)
{
  apply_search_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (MkSchoolsPage  *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
on_filter_changed (MkSchoolsPage *self)
{
  guint municipality = gtk_drop_down_get_selected (self->municipality_dropdown);
  guint profile = gtk_drop_down_get_selected (self->profile_dropdown);

  g_clear_pointer (&self->municipality, g_free);
  if (municipality != GTK_INVALID_LIST_POSITION && municipality > 0)
    self->municipality = g_strdup (gtk_string_list_get_string (self->municipalities,
                                                               municipality));
  self->profile = (profile == GTK_INVALID_LIST_POSITION) ? -1 : (int) profile - 1;
  refilter (self);
}

void
mk_schools_page_reload_municipalities (MkSchoolsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = mk_store_list_municipalities (self->store, &error);
  g_autofree char *keep = g_strdup (self->municipality);
  guint selected = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->municipalities));

  if (error != NULL)
    g_warning ("Cannot list municipalities: %s", error->message);

  /* One splice, so that the dropdown sees a single change. */
  gtk_string_list_splice (self->municipalities, 1, n - 1,
                          (const char * const *) names);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_strcmp0 (names[i], keep) == 0)
      selected = i + 1;
  gtk_drop_down_set_selected (self->municipality_dropdown, selected);
}

void
mk_schools_page_setup_filters (MkSchoolsPage *self)
{
  g_autoptr(GtkStringList) profiles = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;

  self->municipalities = gtk_string_list_new (NULL);
  gtk_string_list_append (self->municipalities, _("All municipalities"));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->municipality_dropdown, expression);
  gtk_drop_down_set_enable_search (self->municipality_dropdown, TRUE);
  gtk_drop_down_set_model (self->municipality_dropdown,
                           G_LIST_MODEL (self->municipalities));

  gtk_string_list_append (profiles, _("All profiles"));
  for (guint i = 0; i < MK_N_PROFILES; i++)
    gtk_string_list_append (profiles, mk_profile_label ((MkProfile) i));
  gtk_drop_down_set_model (self->profile_dropdown, G_LIST_MODEL (profiles));
}

void
mk_schools_page_set_search_text (MkSchoolsPage *self,
                                 const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  apply_search_text (self, text);
}

gboolean
mk_schools_page_set_municipality (MkSchoolsPage *self,
                                  const char    *name)
{
  GListModel *model = G_LIST_MODEL (self->municipalities);

  if (name == NULL)
    {
      gtk_drop_down_set_selected (self->municipality_dropdown, 0);
      return TRUE;
    }
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->municipalities, i), name) == 0)
      {
        gtk_drop_down_set_selected (self->municipality_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

void
mk_schools_page_set_profile (MkSchoolsPage *self,
                             int            profile)
{
  gtk_drop_down_set_selected (self->profile_dropdown, (guint) (profile + 1));
}

void
mk_schools_page_class_bind_filter_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
}
