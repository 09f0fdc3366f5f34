#define G_LOG_DOMAIN "mk-schools-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-list-filter.h"
#include "mk-schools-page-private.h"

G_DEFINE_FINAL_TYPE (MkSchoolsPage, mk_schools_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
mk_schools_page_new (void)
{
  return g_object_new (MK_TYPE_SCHOOLS_PAGE, NULL);
}

MkStore *
mk_schools_page_get_store (MkSchoolsPage *self)
{
  g_return_val_if_fail (MK_IS_SCHOOLS_PAGE (self), NULL);
  return self->store;
}

MkSchool *
mk_schools_page_get_selected (MkSchoolsPage *self)
{
  g_return_val_if_fail (MK_IS_SCHOOLS_PAGE (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

void
mk_schools_page_update_count (MkSchoolsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = self->schools != NULL ? g_list_model_get_n_items (self->schools) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u school", "%u schools", total), total);
  else
    /* Translators: "5 of 43 schools"; the plural follows the total */
    text = g_strdup_printf (ngettext ("%u of %u school", "%u of %u schools", total),
                            shown, total);
  gtk_label_set_text (self->count_label, text);

  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");
  adw_status_page_set_title (self->empty_page,
                             mk_schools_page_is_filtered (self) ? _("No Matching Schools")
                                                : _("No Schools Yet"));
  adw_status_page_set_description (self->empty_page,
                                   mk_schools_page_is_filtered (self)
                                   ? _("Change the search text or the filters.")
                                   : _("Add a school with the “+” button (Ctrl+N) or load the demo data from the main menu."));
}

gboolean
mk_schools_page_select_id (MkSchoolsPage *self,
                           gint64         id)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (model, i);

      if (mk_school_get_id (school) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
reload (MkSchoolsPage *self)
{
  g_autoptr(GError) error = NULL;
  MkSchool *selected = mk_schools_page_get_selected (self);
  gint64 keep = self->select_id != 0 ? self->select_id
                : selected != NULL ? mk_school_get_id (selected) : 0;

  g_clear_object (&self->schools);
  if (self->store != NULL)
    self->schools = mk_store_list_schools (self->store, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the schools"), error);

  gtk_filter_list_model_set_model (self->filter_model, self->schools);
  if (self->store != NULL)
    mk_schools_page_reload_municipalities (self);
  self->select_id = 0;
  if (keep != 0)
    mk_schools_page_select_id (self, keep);
  mk_schools_page_update_count (self);
}

static void
on_store_changed (MkSchoolsPage *self,
                  const char    *topic,
                  MkStore       *store)
{
  reload (self);
}

void
mk_schools_page_set_store (MkSchoolsPage *self,
                           MkStore       *store)
{
  g_return_if_fail (MK_IS_SCHOOLS_PAGE (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* A form open on the previous database must not write into it later. */
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_set_object (&self->store, store);
  g_clear_pointer (&self->backup, mk_school_backup_free);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::" MK_TOPIC_SCHOOLS,
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::" MK_TOPIC_ALL,
                               G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
    }
  mk_staff_view_set_store (self->staff_view, store);
  reload (self);
  mk_schools_page_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
mk_schools_page_update_actions (MkSchoolsPage *self)
{
  MkSchool *school = mk_schools_page_get_selected (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.edit", school != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.delete", school != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.add", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schools.undo-delete",
                                 self->backup != NULL);
  mk_staff_view_set_school (self->staff_view, school);
}

static void
on_selection_changed (MkSchoolsPage *self)
{
  mk_schools_page_update_actions (self);
}

static void
setup_list (MkSchoolsPage *self)
{
  self->filter = gtk_custom_filter_new (mk_schools_page_filter_school, self, NULL);
  mk_school_columns_add (self->column_view);
  mk_column_view_setup_models (self->column_view, GTK_FILTER (self->filter),
                               &self->filter_model, &self->sort_model, &self->selection);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (mk_schools_page_update_count), self, G_CONNECT_SWAPPED);
}

static void
mk_schools_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_schools_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mk_schools_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_schools_page_dispose (GObject *object)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_SCHOOLS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->schools);
  g_clear_object (&self->store);
  g_clear_pointer (&self->backup, mk_school_backup_free);
  G_OBJECT_CLASS (mk_schools_page_parent_class)->dispose (object);
}

static void
mk_schools_page_finalize (GObject *object)
{
  MkSchoolsPage *self = MK_SCHOOLS_PAGE (object);

  g_free (self->search_key);
  g_free (self->municipality);
  G_OBJECT_CLASS (mk_schools_page_parent_class)->finalize (object);
}

static void
mk_schools_page_class_init (MkSchoolsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mk_schools_page_get_property;
  object_class->set_property = mk_schools_page_set_property;
  object_class->dispose = mk_schools_page_dispose;
  object_class->finalize = mk_schools_page_finalize;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MK_TYPE_STAFF_VIEW);
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-schools-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, profile_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolsPage, staff_view);
  mk_schools_page_class_bind_filter_callbacks (widget_class);

  mk_schools_page_class_install_actions (widget_class);
}

static void
mk_schools_page_init (MkSchoolsPage *self)
{
  self->profile = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The list first: choosing the dropdowns' models already filters it. */
  setup_list (self);
  mk_schools_page_setup_filters (self);
  mk_schools_page_update_actions (self);
  mk_schools_page_update_count (self);
}

/* Test hooks (mk-schools-page-private.h) */

GListModel *
mk_schools_page_get_model (MkSchoolsPage *self)
{
  return G_LIST_MODEL (self->sort_model);
}

void
mk_schools_page_sort_by_column (MkSchoolsPage *self,
                                guint          column,
                                GtkSortType    order)
{
  mk_column_view_sort_by_position (self->column_view, column, order);
}

void
mk_schools_page_select (MkSchoolsPage *self,
                        guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
}

const char *
mk_schools_page_get_count_text (MkSchoolsPage *self)
{
  return gtk_label_get_text (self->count_label);
}

MkSchoolDialog *
mk_schools_page_get_dialog (MkSchoolsPage *self)
{
  return self->dialog;
}

MkStaffView *
mk_schools_page_get_staff_view (MkSchoolsPage *self)
{
  return self->staff_view;
}
