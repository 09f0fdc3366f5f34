/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-methodology-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-methodology-page.h"
#include "mk-page.h"
#include "mk-school-year.h"
#include "mk-procedures-editor.h"
#include "mk-setting-row.h"
#include "mk-statistics-editor.h"
#include "mk-store-clusters.h"
#include "mk-store-results.h"
#include "mk-store-statistics.h"
#include "mk-year-drop-down.h"

struct _MkMethodologyPage
{
  AdwBin               parent_instance;

  MkStore             *store;
  int                  year;            /* shown; 0 when none */
  MkMethodology        loaded;          /* as the store gave it for the year */
  int                  last_changed;    /* the MkSetting edited last, -1 */
  gboolean             filling;         /* the widgets are being set from code */
  gboolean             writing;         /* this page writes to the store */
  AdwMessageDialog    *confirm;         /* weak */

  MkSettingRow        *rows[MK_N_SETTINGS];

  MkYearDropDown      *year_dropdown;
  GtkLabel            *state_label;
  GtkLabel            *general_error;
  AdwPreferencesGroup *markers_group;
  AdwPreferencesGroup *clusters_group;
  AdwPreferencesGroup *levels_group;
  AdwPreferencesGroup *history_group;
  AdwPreferencesPage  *preferences;
  MkStatisticsEditor  *statistics_editor;
  MkProceduresEditor  *procedures_editor;
};

static void mk_methodology_page_page_init (MkPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MkMethodologyPage, mk_methodology_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (MK_TYPE_PAGE, mk_methodology_page_page_init))

/* Which group shows each setting, in MkSetting order. */
enum { GROUP_MARKERS, GROUP_CLUSTERS, GROUP_LEVELS, GROUP_HISTORY };
static const int setting_groups[MK_N_SETTINGS] = {
  [MK_SETTING_MARKER_THRESHOLD] = GROUP_MARKERS,
  [MK_SETTING_WINDOW] = GROUP_MARKERS,
  [MK_SETTING_ISBSH_THRESHOLD] = GROUP_CLUSTERS,
  [MK_SETTING_SFNSU_MIN] = GROUP_CLUSTERS,
  [MK_SETTING_SNRO_MIN] = GROUP_CLUSTERS,
  [MK_SETTING_SRNR_MIN] = GROUP_CLUSTERS,
  [MK_SETTING_SRNR_MAX] = GROUP_CLUSTERS,
  [MK_SETTING_SPU_MAX] = GROUP_CLUSTERS,
  [MK_SETTING_LEVEL_STRONG] = GROUP_LEVELS,
  [MK_SETTING_LEVEL_MODERATE] = GROUP_LEVELS,
  [MK_SETTING_LEVEL_BASIC] = GROUP_LEVELS,
  [MK_SETTING_LOOK_BACK] = GROUP_HISTORY,
  [MK_SETTING_COUNT_NON_OBJECTIVE] = GROUP_MARKERS,
};

GtkWidget *
mk_methodology_page_new (void)
{
  return g_object_new (MK_TYPE_METHODOLOGY_PAGE, NULL);
}

static void
read_fields (MkMethodologyPage *self,
             MkMethodology     *methodology)
{
  for (guint i = 0; i < MK_N_SETTINGS; i++)
    methodology->values[i] = mk_setting_row_get_value (self->rows[i]);
}

static void
show_error (MkMethodologyPage *self,
            int                setting,
            const char        *message)
{
  for (int i = 0; i < MK_N_SETTINGS; i++)
    mk_setting_row_set_error (self->rows[i], i == setting ? message : NULL);
  gtk_label_set_text (self->general_error, message != NULL && setting < 0 ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), message != NULL && setting < 0);
}

gboolean
mk_methodology_page_has_unsaved (MkMethodologyPage *self)
{
  MkMethodology current;

  g_return_val_if_fail (MK_IS_METHODOLOGY_PAGE (self), FALSE);
  read_fields (self, &current);
  return self->store != NULL && self->year > 0 && !mk_methodology_equal (&current, &self->loaded);
}

static void
update_state (MkMethodologyPage *self)
{
  gboolean dirty = mk_methodology_page_has_unsaved (self);

  gtk_label_set_text (self->state_label, dirty ? _("Not saved yet") : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "methodology.save", dirty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "methodology.reset", self->year > 0);
}

/* The rules refuse a gap between ШсРНР and ШНРО; the error shows at the
 * field the user changed last, where the contradiction was made. */
static gboolean
validate (MkMethodologyPage *self)
{
  MkMethodology current;
  g_autoptr(GError) error = NULL;

  read_fields (self, &current);
  if (mk_methodology_validate (&current, &error))
    {
      show_error (self, -1, NULL);
      return TRUE;
    }
  show_error (self, self->last_changed, error->message);
  return FALSE;
}

static void
show_values (MkMethodologyPage   *self,
             const MkMethodology *methodology)
{
  self->filling = TRUE;
  for (guint i = 0; i < MK_N_SETTINGS; i++)
    mk_setting_row_set_value (self->rows[i], mk_methodology_get (methodology, i));
  self->filling = FALSE;
  self->last_changed = -1;
  validate (self);
  update_state (self);
}

static void
load_year (MkMethodologyPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkMethodology) methodology = NULL;

  if (self->store != NULL && self->year > 0)
    methodology = mk_store_load_methodology (self->store, self->year, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the methodology"), error);
  if (methodology != NULL)
    self->loaded = *methodology;
  else
    mk_methodology_init_default (&self->loaded);
  show_values (self, &self->loaded);
}

static void
reload_years (MkMethodologyPage *self)
{
  g_autoptr(GError) error = NULL;

  self->filling = TRUE;
  mk_year_drop_down_load (self->year_dropdown, self->store, &error);
  self->year = mk_year_drop_down_get_year (self->year_dropdown);
  self->filling = FALSE;
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the school years"), error);
}

static void
reload (MkMethodologyPage *self)
{
  reload_years (self);
  load_year (self);
}

static void
on_year_selected (MkMethodologyPage *self)
{
  int year = mk_year_drop_down_get_year (self->year_dropdown);

  if (self->filling || year == 0)
    return;
  self->year = year;
  load_year (self);
}

/* ШсРНР ends one marker below ШНРО (mk_methodology_validate); moving one
 * moves the other, so that a threshold is changed in one step. */
static void
keep_bands_adjacent (MkMethodologyPage *self,
                     MkSetting          changed)
{
  MkSettingRow *snro = self->rows[MK_SETTING_SNRO_MIN];
  MkSettingRow *srnr = self->rows[MK_SETTING_SRNR_MAX];

  if (changed == MK_SETTING_SNRO_MIN)
    mk_setting_row_set_value (srnr, mk_setting_row_get_value (snro) - 1);
  else if (changed == MK_SETTING_SRNR_MAX)
    mk_setting_row_set_value (snro, mk_setting_row_get_value (srnr) + 1);
}

static void
on_row_changed (MkMethodologyPage *self,
                MkSettingRow      *row)
{
  if (self->filling)
    return;
  self->last_changed = mk_setting_row_get_setting (row);
  self->filling = TRUE;
  keep_bands_adjacent (self, self->last_changed);
  self->filling = FALSE;
  validate (self);
  update_state (self);
}

static void
build_rows (MkMethodologyPage *self)
{
  AdwPreferencesGroup *groups[] = { self->markers_group, self->clusters_group,
                                    self->levels_group, self->history_group };

  for (guint i = 0; i < MK_N_SETTINGS; i++)
    {
      self->rows[i] = MK_SETTING_ROW (mk_setting_row_new (i));
      g_signal_connect_object (self->rows[i], "changed", G_CALLBACK (on_row_changed), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (groups[setting_groups[i]], GTK_WIDGET (self->rows[i]));
    }
}

static gboolean
year_is_classified (MkMethodologyPage *self)
{
  guint counts[MK_N_CLUSTERS] = { 0 };
  guint total = 0;

  if (!mk_store_count_clusters (self->store, self->year, counts, NULL))
    return FALSE;
  for (guint i = 0; i < MK_N_CLUSTERS; i++)
    total += counts[i];
  return total > 0;
}

static gboolean
classify (MkMethodologyPage  *self,
          GError            **error)
{
  MkClassifySummary summary;

  return mk_store_classify (self->store, self->year, &summary, error);
}

static gboolean
save (MkMethodologyPage *self,
      gboolean           reclassify)
{
  g_autofree char *year = mk_school_year_format (self->year);
  g_autoptr(GError) error = NULL;
  MkMethodology current;
  gboolean ok;

  read_fields (self, &current);
  self->writing = TRUE;
  ok = mk_store_save_methodology (self->store, self->year, &current, &error);
  if (ok)
    self->loaded = current;
  if (ok && reclassify && !classify (self, &error))
    {
      mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot classify the schools"), error);
      reclassify = FALSE;
    }
  self->writing = FALSE;
  update_state (self);
  if (!ok)
    {
      /* What the store refuses is what validate () refuses: show it at
       * the field changed last. */
      show_error (self, error->domain == MK_METHODOLOGY_ERROR ? self->last_changed : -1,
                  error->message);
      return FALSE;
    }
  mk_widget_add_toast (GTK_WIDGET (self),
                       reclassify
                       ? mk_toast_new_printf (_("Methodology of %s saved, schools classified again"), year)
                       : mk_toast_new_printf (_("Methodology of %s saved"), year));
  return TRUE;
}

gboolean
mk_methodology_page_save (MkMethodologyPage *self)
{
  g_return_val_if_fail (MK_IS_METHODOLOGY_PAGE (self), FALSE);
  return validate (self) && save (self, FALSE);
}

static void
on_confirm_response (MkMethodologyPage *self,
                     const char        *response)
{
  if (g_strcmp0 (response, "save") == 0)
    save (self, TRUE);
}

static void
ask_to_reclassify (MkMethodologyPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *year = mk_school_year_format (self->year);
  AdwMessageDialog *dialog = mk_message_dialog_new_from_resource (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, "mk-reclassify-dialog.ui");

  adw_message_dialog_format_body (dialog,
                                  _("Changing the methodology will classify the schools of the "
                                    "school year %s again; overrides stay."), year);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->confirm, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MkMethodologyPage *self = MK_METHODOLOGY_PAGE (widget);

  if (self->store == NULL || self->year <= 0 || !validate (self))
    return;
  if (year_is_classified (self))
    ask_to_reclassify (self);
  else
    save (self, FALSE);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MkMethodologyPage *self = MK_METHODOLOGY_PAGE (widget);
  MkMethodology defaults;

  mk_methodology_init_default (&defaults);
  self->filling = TRUE;
  for (guint i = 0; i < MK_N_SETTINGS; i++)
    mk_setting_row_set_value (self->rows[i], mk_methodology_get (&defaults, i));
  self->filling = FALSE;
  validate (self);
  update_state (self);
}

static void
on_store_changed (MkMethodologyPage *self,
                  const char        *topic,
                  MkStore           *store)
{
  if (self->writing)
    return;
  /* Data of a year only adds the year to the list; the settings being
   * edited stay as they are. */
  if (g_strcmp0 (topic, MK_TOPIC_METHODOLOGY) == 0 || g_strcmp0 (topic, MK_TOPIC_CLUSTERS) == 0 ||
      g_strcmp0 (topic, MK_TOPIC_ALL) == 0)
    reload (self);
  else
    reload_years (self);
}

static void
mk_methodology_page_set_store (MkPage  *page,
                               MkStore *store)
{
  MkMethodologyPage *self = MK_METHODOLOGY_PAGE (page);
  static const char * const topics[] = { MK_TOPIC_METHODOLOGY, MK_TOPIC_CLUSTERS,
                                         MK_TOPIC_STAFF, MK_TOPIC_RESULTS, MK_TOPIC_CONTEXT,
                                         MK_TOPIC_STATISTICS, MK_TOPIC_ALL, NULL };

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->confirm != NULL)
    gtk_window_destroy (GTK_WINDOW (self->confirm));
  g_set_object (&self->store, store);
  mk_record_list_editor_set_store (MK_RECORD_LIST_EDITOR (self->statistics_editor), store);
  mk_record_list_editor_set_store (MK_RECORD_LIST_EDITOR (self->procedures_editor), store);
  self->year = 0;
  if (store != NULL)
    mk_connect_store_topics (store, topics, G_CALLBACK (on_store_changed), self);
  reload (self);
}

static void
mk_methodology_page_page_init (MkPageInterface *iface)
{
  iface->set_store = mk_methodology_page_set_store;
}

static void
mk_methodology_page_dispose (GObject *object)
{
  MkMethodologyPage *self = MK_METHODOLOGY_PAGE (object);

  if (self->confirm != NULL)
    gtk_window_destroy (GTK_WINDOW (self->confirm));
  g_clear_weak_pointer (&self->confirm);
  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_METHODOLOGY_PAGE);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (mk_methodology_page_parent_class)->dispose (object);
}

static void
mk_methodology_page_class_init (MkMethodologyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_methodology_page_dispose;

  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-methodology-page.ui");
  g_type_ensure (MK_TYPE_YEAR_DROP_DOWN);
  gtk_widget_class_bind_template_child (widget_class, MkMethodologyPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkMethodologyPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, MkMethodologyPage, general_error);
  gtk_widget_class_bind_template_child (widget_class, MkMethodologyPage, markers_group);
  gtk_widget_class_bind_template_child (widget_class, MkMethodologyPage, clusters_group);
  gtk_widget_class_bind_template_child (widget_class, MkMethodologyPage, levels_group);
  gtk_widget_class_bind_template_child (widget_class, MkMethodologyPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, MkMethodologyPage, preferences);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);

  gtk_widget_class_install_action (widget_class, "methodology.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "methodology.reset", NULL, reset_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "methodology.save", NULL);
}

static void
mk_methodology_page_init (MkMethodologyPage *self)
{
  self->last_changed = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  build_rows (self);
  /* The external statistics are reference data too, saved as edited. */
  self->statistics_editor = MK_STATISTICS_EDITOR (mk_statistics_editor_new ());
  adw_preferences_page_add (self->preferences, ADW_PREFERENCES_GROUP (self->statistics_editor));
  self->procedures_editor = MK_PROCEDURES_EDITOR (mk_procedures_editor_new ());
  adw_preferences_page_add (self->preferences, ADW_PREFERENCES_GROUP (self->procedures_editor));
  mk_methodology_init_default (&self->loaded);
  show_values (self, &self->loaded);
}
