/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-setting-row"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-setting-row.h"

struct _MkSettingRow
{
  AdwActionRow  parent_instance;

  MkSetting     setting;
  GtkWidget    *field;   /* GtkSpinButton, or GtkSwitch for a yes/no */
  char         *hint;
  gboolean      error;
};

G_DEFINE_FINAL_TYPE (MkSettingRow, mk_setting_row, ADW_TYPE_ACTION_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_yes_no (const MkSettingInfo *info)
{
  return info->min == 0 && info->max == 1;
}

/* "70,0" for a value in tenths (a decimal comma, as all the user sees). */
static char *
format_value (const MkSettingInfo *info,
              int                  value)
{
  if (info->scale == 10)
    return g_strdup_printf ("%d,%d", value / 10, value % 10);
  return g_strdup_printf ("%d", value);
}

static char *
dup_hint (const MkSettingInfo *info)
{
  g_autofree char *min = format_value (info, info->min);
  g_autofree char *max = format_value (info, info->max);
  g_autofree char *standard = format_value (info, info->default_value);

  if (is_yes_no (info))
    return g_strdup (info->default_value ? _("By default: yes") : _("By default: no"));
  /* Translators: the limits and the default of a methodology setting */
  return g_strdup_printf (_("From %s to %s; by default %s"), min, max, standard);
}

static void
on_field_changed (MkSettingRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
create_field (MkSettingRow        *self,
              const MkSettingInfo *info)
{
  GtkWidget *field;

  if (is_yes_no (info))
    field = gtk_switch_new ();
  else
    {
      field = gtk_spin_button_new_with_range ((double) info->min / info->scale,
                                              (double) info->max / info->scale,
                                              1.0 / info->scale);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (field), info->scale == 10 ? 1 : 0);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (field), TRUE);
      gtk_widget_add_css_class (field, "numeric");
    }
  gtk_widget_set_valign (field, GTK_ALIGN_CENTER);
  /* A spin button's "value" and a switch's "active" both notify. */
  g_signal_connect_object (field, is_yes_no (info) ? "notify::active" : "notify::value",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
  return field;
}

GtkWidget *
mk_setting_row_new (MkSetting setting)
{
  const MkSettingInfo *info = mk_setting_get_info (setting);
  MkSettingRow *self;

  g_return_val_if_fail (info != NULL, NULL);
  self = g_object_new (MK_TYPE_SETTING_ROW, "use-underline", FALSE, NULL);
  self->setting = setting;
  self->hint = dup_hint (info);
  self->field = create_field (self, info);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), mk_setting_label (setting));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), self->hint);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->field);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), self->field);
  return GTK_WIDGET (self);
}

MkSetting
mk_setting_row_get_setting (MkSettingRow *self)
{
  g_return_val_if_fail (MK_IS_SETTING_ROW (self), 0);
  return self->setting;
}

int
mk_setting_row_get_value (MkSettingRow *self)
{
  int scale;

  g_return_val_if_fail (MK_IS_SETTING_ROW (self), 0);
  if (GTK_IS_SWITCH (self->field))
    return gtk_switch_get_active (GTK_SWITCH (self->field));
  scale = mk_setting_get_info (self->setting)->scale;
  /* Every range starts at 0 or above: rounding half up is enough. */
  return (int) (gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->field)) * scale + 0.5);
}

void
mk_setting_row_set_value (MkSettingRow *self,
                          int           value)
{
  g_return_if_fail (MK_IS_SETTING_ROW (self));
  if (GTK_IS_SWITCH (self->field))
    gtk_switch_set_active (GTK_SWITCH (self->field), value != 0);
  else
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->field),
                               (double) value / mk_setting_get_info (self->setting)->scale);
}

void
mk_setting_row_set_error (MkSettingRow *self,
                          const char   *message)
{
  g_return_if_fail (MK_IS_SETTING_ROW (self));
  self->error = message != NULL;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), message != NULL ? message : self->hint);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
}

const char *
mk_setting_row_get_error (MkSettingRow *self)
{
  g_return_val_if_fail (MK_IS_SETTING_ROW (self), NULL);
  return self->error ? adw_action_row_get_subtitle (ADW_ACTION_ROW (self)) : NULL;
}

static void
mk_setting_row_finalize (GObject *object)
{
  MkSettingRow *self = MK_SETTING_ROW (object);

  g_free (self->hint);
  G_OBJECT_CLASS (mk_setting_row_parent_class)->finalize (object);
}

static void
mk_setting_row_class_init (MkSettingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mk_setting_row_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mk_setting_row_init (MkSettingRow *self)
{
}
