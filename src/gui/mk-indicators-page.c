/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-indicators-page"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mk-chart-indicator.h"
#include "mk-chart-view.h"
#include "mk-gui-util.h"
#include "mk-indicator-grid.h"
#include "mk-indicator-paste-dialog.h"
#include "mk-indicators-page.h"
#include "mk-page.h"

struct _MkIndicatorsPage
{
  AdwBin            parent_instance;

  GtkDropDown      *set_dropdown;
  GtkStringList    *set_names;
  GtkDropDown      *entity_dropdown;
  GtkStringList    *entity_names;
  GtkStack         *content_stack;
  MkIndicatorGrid  *grid;
  AdwPreferencesGroup *cell_group;
  AdwActionRow     *reading_row;
  GtkLabel         *warning_label;
  GtkLabel         *warnings_label;
  MkChartView      *chart_view;
  MkChartView      *compare_view;

  MkStore          *store;
  GPtrArray        *sets;       /* MkIndicatorSet */
  GArray           *entities;   /* gint64 school ids of the set chosen; 0: the municipality */
  MkIndicatorTable *table;
  gint64            open_set;      /* the table shown: set and entity */
  gint64            open_school;
  GtkWindow        *dialog;        /* «from a table» while it is open */
  guint             reload_source;
  gboolean          filling;
};

static void mk_indicators_page_page_init (MkPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MkIndicatorsPage, mk_indicators_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (MK_TYPE_PAGE, mk_indicators_page_page_init))

GtkWidget *
mk_indicators_page_new (void)
{
  return g_object_new (MK_TYPE_INDICATORS_PAGE, NULL);
}

static void
clear_strings (GtkStringList *list)
{
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), NULL);
}

static void
update_actions (MkIndicatorsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.undo",
                                 self->table != NULL && mk_indicator_table_can_undo (self->table));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.redo",
                                 self->table != NULL && mk_indicator_table_can_redo (self->table));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.add-year", self->table != NULL);
}

/* «2.1 (2021): 514 is far from …», every warning of the table. */
static void
list_warnings (MkIndicatorsPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint r = 0; self->table != NULL && r < mk_indicator_table_n_rows (self->table); r++)
    for (guint y = 0; y < mk_indicator_table_n_years (self->table); y++)
      {
        g_autofree char *warning = mk_indicator_table_is_section (self->table, r) ? NULL
                                   : mk_indicator_table_dup_warnings (self->table, r, y);
        if (warning != NULL)
          g_string_append_printf (text, "%s%s %s (%d): %s", text->len > 0 ? "\n" : "",
                                  mk_indicator_table_get_row (self->table, r)->code,
                                  mk_indicator_table_get_row (self->table, r)->title,
                                  mk_indicator_table_get_year (self->table, y), warning);
      }
  gtk_label_set_text (self->warnings_label, text->len > 0 ? text->str : _("None"));
}

static MkIndicatorSet *chosen_set (MkIndicatorsPage *self);

/* The school's indicator beside the other schools' (of its cluster when
 * it is known); none for the municipality's table or a section. */
static void
show_comparison (MkIndicatorsPage *self,
                 MkIndicator      *indicator)
{
  guint i = gtk_drop_down_get_selected (self->entity_dropdown);
  gint64 school = self->entities != NULL && i < self->entities->len
                  ? g_array_index (self->entities, gint64, i) : 0;
  MkChartData *data = NULL;

  if (school != 0 && !indicator->section && chosen_set (self) != NULL)
    data = mk_chart_indicator_compare_new (self->store, chosen_set (self)->id, indicator->id,
                                           school, NULL);
  if (data != NULL)
    {
      g_free (data->title);
      data->title = g_strdup (indicator->title);
    }
  mk_chart_view_set_data (self->compare_view, data);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_view), data != NULL);
}

static void
on_cell_selected (MkIndicatorsPage *self)
{
  guint row, column;
  g_autofree char *reading = NULL, *warning = NULL, *title = NULL;
  MkChartData *chart;

  update_actions (self);
  list_warnings (self);
  if (self->table == NULL || !mk_indicator_grid_get_cell (self->grid, &row, &column))
    {
      adw_preferences_group_set_title (self->cell_group, _("No cell selected"));
      adw_action_row_set_subtitle (self->reading_row, "");
      gtk_label_set_text (self->warning_label, "");
      mk_chart_view_set_data (self->chart_view, NULL);
      mk_chart_view_set_data (self->compare_view, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->chart_view), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->compare_view), FALSE);
      return;
    }

  show_comparison (self, mk_indicator_table_get_row (self->table, row));
  /* The indicator of the cell over the years, as a chart to export. */
  chart = mk_chart_indicator_new (self->table, row);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_view), chart != NULL);
  mk_chart_view_set_data (self->chart_view, chart);
  reading = mk_indicator_table_dup_reading (self->table, row, column);
  warning = mk_indicator_table_dup_warnings (self->table, row, column);
  title = g_strdup_printf ("%s (%d)", mk_indicator_table_get_row (self->table, row)->title,
                           mk_indicator_table_get_year (self->table, column));
  adw_preferences_group_set_title (self->cell_group, title);
  adw_action_row_set_subtitle (self->reading_row, reading);
  gtk_label_set_text (self->warning_label, warning != NULL ? warning : "");
}

static MkIndicatorSet *
chosen_set (MkIndicatorsPage *self)
{
  guint i = gtk_drop_down_get_selected (self->set_dropdown);

  return self->sets != NULL && i < self->sets->len ? self->sets->pdata[i] : NULL;
}

/* Shows the table chosen; the one already shown is read again, keeping
 * what can be undone in it. */
static void
open_table (MkIndicatorsPage *self)
{
  MkIndicatorSet *set = chosen_set (self);
  guint i = gtk_drop_down_get_selected (self->entity_dropdown);
  gint64 school = self->entities != NULL && i < self->entities->len
                  ? g_array_index (self->entities, gint64, i) : -1;
  g_autoptr(GError) error = NULL;

  if (set != NULL && school >= 0 && self->table != NULL && set->id == self->open_set &&
      school == self->open_school)
    {
      if (!mk_indicator_table_reload (self->table, &error))
        mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the indicators"), error);
      return;
    }
  g_clear_object (&self->table);
  self->open_set = set != NULL ? set->id : 0;
  self->open_school = school;
  if (set != NULL && school >= 0)
    self->table = mk_indicator_table_new (self->store, set->id, school, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the indicators"), error);
  if (self->table != NULL)
    g_signal_connect_object (self->table, "changed", G_CALLBACK (on_cell_selected), self,
                             G_CONNECT_SWAPPED);
  mk_indicator_grid_set_table (self->grid, self->table);
  gtk_stack_set_visible_child_name (self->content_stack, self->table != NULL ? "table" : "empty");
  on_cell_selected (self);
}

/* The municipality and the schools with a table of the set chosen. */
static void
load_entities (MkIndicatorsPage *self)
{
  MkIndicatorSet *set = chosen_set (self);
  guint keep = 0;

  g_clear_pointer (&self->entities, g_array_unref);
  self->filling = TRUE;
  clear_strings (self->entity_names);
  if (set != NULL)
    self->entities = mk_store_list_indicator_schools (self->store, set->id, NULL);
  for (guint i = 0; self->entities != NULL && i < self->entities->len; i++)
    {
      gint64 id = g_array_index (self->entities, gint64, i);
      g_autoptr(MkSchool) school = id != 0 ? mk_store_get_school (self->store, id, NULL) : NULL;

      gtk_string_list_append (self->entity_names, school != NULL ? mk_school_get_name (school)
                                                                 : set->municipality != NULL
                                                                   ? set->municipality : _("Municipality"));
      if (set->id == self->open_set && id == self->open_school)
        keep = i;
    }
  if (self->entities != NULL && self->entities->len > 0)
    gtk_drop_down_set_selected (self->entity_dropdown, keep);
  self->filling = FALSE;
  open_table (self);
}

/* Short enough for the chooser (titles run to two lines): the words
 * that fit in 30 letters, then «…». */
static char *
short_title (const char *title)
{
  g_autofree char *head = NULL;
  char *space;

  if (g_utf8_strlen (title, -1) <= 30)
    return g_strdup (title);
  head = g_utf8_substring (title, 0, 30);
  if ((space = strrchr (head, ' ')) != NULL)
    *space = '\0';
  return g_strconcat (head, "…", NULL);
}

static void
reload (MkIndicatorsPage *self)
{
  guint keep = 0;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->sets, g_ptr_array_unref);
  if (self->store != NULL)
    self->sets = mk_store_list_indicator_sets (self->store, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the indicators"), error);
  self->filling = TRUE;
  clear_strings (self->set_names);
  for (guint i = 0; self->sets != NULL && i < self->sets->len; i++)
    {
      MkIndicatorSet *set = self->sets->pdata[i];
      g_autofree char *title = short_title (set->title);
      g_autofree char *label = g_strdup_printf ("%s · %s", set->municipality != NULL
                                                ? set->municipality : _("all municipalities"), title);
      gtk_string_list_append (self->set_names, label);
      if (set->id == self->open_set)
        keep = i;
    }
  if (self->sets != NULL && self->sets->len > 0)
    gtk_drop_down_set_selected (self->set_dropdown, keep);
  self->filling = FALSE;
  load_entities (self);
}

static gboolean
reload_idle (gpointer data)
{
  MkIndicatorsPage *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (MkIndicatorsPage *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
mk_indicators_page_set_store (MkPage  *page,
                              MkStore *store)
{
  static const char *const topics[] = { MK_TOPIC_INDICATORS, MK_TOPIC_SCHOOLS, NULL };
  MkIndicatorsPage *self = MK_INDICATORS_PAGE (page);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  mk_dialog_slot_close (&self->dialog);
  g_set_object (&self->store, store);
  g_clear_object (&self->table);
  self->open_set = self->open_school = 0;
  if (store != NULL)
    mk_connect_store_topics (store, topics, G_CALLBACK (on_store_changed), self);
  reload (self);
}

static void
mk_indicators_page_page_init (MkPageInterface *iface)
{
  iface->set_store = mk_indicators_page_set_store;
}

static void
on_set_selected (MkIndicatorsPage *self)
{
  if (!self->filling)
    load_entities (self);
}

static void
on_entity_selected (MkIndicatorsPage *self)
{
  if (!self->filling)
    open_table (self);
}

static void
step (MkIndicatorsPage *self,
      gboolean          undo)
{
  g_autoptr(GError) error = NULL;

  if (self->table != NULL &&
      !(undo ? mk_indicator_table_undo (self->table, &error) : mk_indicator_table_redo (self->table, &error)) &&
      error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the value"), error);
}

static void
on_undo (GtkWidget  *widget,
         const char *name,
         GVariant   *parameter)
{
  step (MK_INDICATORS_PAGE (widget), TRUE);
}

static void
on_redo (GtkWidget  *widget,
         const char *name,
         GVariant   *parameter)
{
  step (MK_INDICATORS_PAGE (widget), FALSE);
}

/* The new table's set, chosen once the store is read again. */
static void
on_pasted (MkIndicatorsPage *self,
           const char       *title,
           gint64            school)
{
  g_autoptr(GPtrArray) sets = mk_store_list_indicator_sets (self->store, NULL);
  g_autofree char *wanted = g_utf8_casefold (title, -1);

  for (guint i = 0; sets != NULL && i < sets->len; i++)
    {
      MkIndicatorSet *set = sets->pdata[i];
      g_autofree char *key = g_utf8_casefold (set->title, -1);

      if (g_str_equal (key, wanted))
        self->open_set = set->id;
    }
  self->open_school = school;
  g_clear_object (&self->table);
  reload (self);
}

static void
on_from_copy (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  MkIndicatorsPage *self = MK_INDICATORS_PAGE (widget);
  MkIndicatorSet *set = chosen_set (self);
  MkIndicatorPasteDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = mk_indicator_paste_dialog_new (mk_widget_get_window (widget), self->store,
                                          set != NULL ? set->municipality : NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_pasted), self, G_CONNECT_SWAPPED);
  mk_dialog_slot_present (&self->dialog, GTK_WINDOW (dialog));
}

static void
on_add_year (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  MkIndicatorsPage *self = MK_INDICATORS_PAGE (widget);

  if (self->table != NULL)
    mk_indicator_table_add_year (self->table);
}

static void
mk_indicators_page_dispose (GObject *object)
{
  MkIndicatorsPage *self = MK_INDICATORS_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  mk_dialog_slot_close (&self->dialog);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->table);
  g_clear_pointer (&self->sets, g_ptr_array_unref);
  g_clear_pointer (&self->entities, g_array_unref);
  G_OBJECT_CLASS (mk_indicators_page_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MkIndicatorsPage, name)

static void
mk_indicators_page_class_init (MkIndicatorsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mk_indicators_page_dispose;
  g_type_ensure (MK_TYPE_INDICATOR_GRID);
  g_type_ensure (MK_TYPE_CHART_VIEW);
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/ru/mayak/Mayak/mk-indicators-page.ui");
  BIND (set_dropdown); BIND (set_names); BIND (entity_dropdown); BIND (entity_names);
  BIND (content_stack); BIND (grid); BIND (cell_group); BIND (reading_row);
  BIND (warning_label); BIND (warnings_label); BIND (chart_view); BIND (compare_view);
  gtk_widget_class_bind_template_callback (widget_class, on_set_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_entity_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_cell_selected);
  gtk_widget_class_install_action (widget_class, "indicators.undo", NULL, on_undo);
  gtk_widget_class_install_action (widget_class, "indicators.redo", NULL, on_redo);
  gtk_widget_class_install_action (widget_class, "indicators.add-year", NULL, on_add_year);
  gtk_widget_class_install_action (widget_class, "indicators.from-copy", NULL, on_from_copy);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "indicators.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "indicators.redo", NULL);
}

static void
mk_indicators_page_init (MkIndicatorsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  update_actions (self);
}
