/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-methodology"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-methodology.h"

/* In MkSetting order. The defaults are those of the «Методика выявления»
 * of the Smolensk monitoring report and Rosobrnadzor order No 847
 * (docs/methodology.md, «Settings»). */
static const MkSettingInfo infos[MK_N_SETTINGS] = {
  { "marker_threshold", N_("Share of participants with a low result that makes a marker, %"),
    30, 1, 100, 1 },
  { "window", N_("Window: calendar years of results"), 2, 1, MK_WINDOW_MAX, 1 },
  { "isbsh_threshold", N_("ISBSH at or below which social conditions are adverse"),
    700, 0, 1000, 10 },
  { "sfnsu_min_markers", N_("SFNSU (adverse social conditions): at least, markers"),
    2, 0, 100, 1 },
  { "snro_min_markers", N_("SNRO (low results): at least, markers"), 7, 1, 100, 1 },
  { "srnr_min_markers", N_("SRNR (risk of low results): at least, markers"), 2, 1, 100, 1 },
  { "srnr_max_markers", N_("SRNR (risk of low results): at most, markers"), 6, 1, 100, 1 },
  { "spu_max_markers", N_("SPU (advanced level): at most, markers"), 1, 0, 100, 1 },
  { "level_strong", N_("Strongly underperforming: from, markers"), 11, 4, 100, 1 },
  { "level_moderate", N_("Moderately underperforming: from, markers"), 7, 3, 100, 1 },
  { "level_basic", N_("Basically underperforming: from, markers"), 2, 2, 100, 1 },
  { "look_back", N_("Repeated in SNRO: previous school years to look at"), 2, 1, 10, 1 },
  { "count_non_objective", N_("Count non-objective results as markers"), 0, 0, 1, 1 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (infos) == MK_N_SETTINGS);

G_DEFINE_QUARK (mk-methodology-error-quark, mk_methodology_error)
G_DEFINE_BOXED_TYPE (MkMethodology, mk_methodology, mk_methodology_copy,
                     mk_methodology_free)

const MkSettingInfo *
mk_setting_get_info (MkSetting setting)
{
  g_return_val_if_fail (setting < MK_N_SETTINGS, NULL);
  return &infos[setting];
}

const char *
mk_setting_label (MkSetting setting)
{
  g_return_val_if_fail (setting < MK_N_SETTINGS, NULL);
  return _(infos[setting].label);
}

gboolean
mk_setting_from_key (const char *key,
                     MkSetting  *setting)
{
  for (guint i = 0; i < MK_N_SETTINGS; i++)
    if (g_strcmp0 (key, infos[i].key) == 0)
      return (*setting = i, TRUE);
  return FALSE;
}

void
mk_methodology_init_default (MkMethodology *self)
{
  for (guint i = 0; i < MK_N_SETTINGS; i++)
    self->values[i] = infos[i].default_value;
}

MkMethodology *
mk_methodology_new (void)
{
  MkMethodology *self = g_new (MkMethodology, 1);

  mk_methodology_init_default (self);
  return self;
}

MkMethodology *
mk_methodology_copy (const MkMethodology *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
mk_methodology_free (MkMethodology *self)
{
  g_free (self);
}

int
mk_methodology_get (const MkMethodology *self,
                    MkSetting            setting)
{
  g_return_val_if_fail (setting < MK_N_SETTINGS, 0);
  return self->values[setting];
}

static gboolean
check_range (MkSetting   setting,
             int         value,
             GError    **error)
{
  const MkSettingInfo *info = &infos[setting];

  if (value >= info->min && value <= info->max)
    return TRUE;
  if (info->scale == 10)
    g_set_error (error, MK_METHODOLOGY_ERROR, MK_METHODOLOGY_ERROR_RANGE,
                 _("«%s» must be between %d,%d and %d,%d."), _(info->label),
                 info->min / 10, info->min % 10, info->max / 10, info->max % 10);
  else
    g_set_error (error, MK_METHODOLOGY_ERROR, MK_METHODOLOGY_ERROR_RANGE,
                 _("«%s» must be between %d and %d."), _(info->label),
                 info->min, info->max);
  return FALSE;
}

gboolean
mk_methodology_set (MkMethodology  *self,
                    MkSetting       setting,
                    int             value,
                    GError        **error)
{
  g_return_val_if_fail (setting < MK_N_SETTINGS, FALSE);
  if (!check_range (setting, value, error))
    return FALSE;
  self->values[setting] = value;
  return TRUE;
}

static gboolean
inconsistent (GError     **error,
              const char  *message)
{
  g_set_error_literal (error, MK_METHODOLOGY_ERROR,
                       MK_METHODOLOGY_ERROR_INCONSISTENT, message);
  return FALSE;
}

/* ШсРНР must end just below ШНРО: a gap would send schools with markers
 * to ШБУ, the cluster of schools without low results. */
gboolean
mk_methodology_validate (const MkMethodology  *self,
                         GError              **error)
{
  const int *v = self->values;

  for (guint i = 0; i < MK_N_SETTINGS; i++)
    if (!check_range (i, v[i], error))
      return FALSE;
  if (v[MK_SETTING_SRNR_MIN] > v[MK_SETTING_SRNR_MAX])
    return inconsistent (error, _("The SRNR band starts above its end."));
  if (v[MK_SETTING_SRNR_MAX] + 1 != v[MK_SETTING_SNRO_MIN])
    return inconsistent (error, _("The SRNR band must end one marker below "
                                  "the SNRO threshold."));
  if (v[MK_SETTING_LEVEL_BASIC] >= v[MK_SETTING_LEVEL_MODERATE] ||
      v[MK_SETTING_LEVEL_MODERATE] >= v[MK_SETTING_LEVEL_STRONG])
    return inconsistent (error, _("The levels must grow: basically, then "
                                  "moderately, then strongly underperforming."));
  return TRUE;
}

gboolean
mk_methodology_equal (const MkMethodology *a,
                      const MkMethodology *b)
{
  for (guint i = 0; i < MK_N_SETTINGS; i++)
    if (a->values[i] != b->values[i])
      return FALSE;
  return TRUE;
}
