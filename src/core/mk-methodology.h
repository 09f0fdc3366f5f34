/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The numbers of the identification methodology (docs/methodology.md,
 * «Settings»). Every value is an integer so that the rules stay exact:
 * shares are whole percents, ИСБШ is in tenths (70.0 = 700). */
typedef enum {
  MK_SETTING_MARKER_THRESHOLD,    /* % of participants with «2»: 30 */
  MK_SETTING_WINDOW,              /* calendar years Y−n+1 … Y: 2 */
  MK_SETTING_ISBSH_THRESHOLD,     /* ИСБШ at or below is low: 700 */
  MK_SETTING_SFNSU_MIN,           /* ШФНСУ needs at least: 2 markers */
  MK_SETTING_SNRO_MIN,            /* ШНРО from: 7 markers */
  MK_SETTING_SRNR_MIN,            /* ШсРНР from: 2 markers */
  MK_SETTING_SRNR_MAX,            /* … up to: 6 markers */
  MK_SETTING_SPU_MAX,             /* ШПУ at most: 1 marker */
  MK_SETTING_LEVEL_STRONG,        /* «сильно неуспевающие» from: 11 */
  MK_SETTING_LEVEL_MODERATE,      /* «умеренно неуспевающие» from: 7 */
  MK_SETTING_LEVEL_BASIC,         /* «базово неуспевающие» from: 2 */
  MK_SETTING_LOOK_BACK,           /* «повторно»: K previous years: 2 */
  MK_SETTING_COUNT_NON_OBJECTIVE, /* «Необ.» counts as a marker: 0 */
} MkSetting;

#define MK_N_SETTINGS 13
/* The longest window the engine keeps per-year counts for. */
#define MK_WINDOW_MAX 5

/* What a settings form needs to show and check one setting. */
typedef struct {
  const char *key;        /* stored in methodology.key: "marker_threshold" */
  const char *label;      /* untranslated; use mk_setting_label () */
  int         default_value;
  int         min;
  int         max;
  int         scale;      /* 10 when the value is in tenths, else 1 */
} MkSettingInfo;

const MkSettingInfo *mk_setting_get_info (MkSetting    setting);
const char          *mk_setting_label    (MkSetting    setting);
gboolean             mk_setting_from_key (const char  *key,
                                          MkSetting   *setting);

#define MK_METHODOLOGY_ERROR (mk_methodology_error_quark ())

typedef enum {
  MK_METHODOLOGY_ERROR_RANGE,      /* a value outside its min … max */
  MK_METHODOLOGY_ERROR_INCONSISTENT, /* values that contradict each other */
} MkMethodologyError;

GQuark mk_methodology_error_quark (void);

/* A plain value: copy it by assignment. */
typedef struct {
  int values[MK_N_SETTINGS];
} MkMethodology;

#define MK_TYPE_METHODOLOGY (mk_methodology_get_type ())
GType          mk_methodology_get_type     (void) G_GNUC_CONST;

MkMethodology *mk_methodology_new          (void);
MkMethodology *mk_methodology_copy         (const MkMethodology *self);
void           mk_methodology_free         (MkMethodology       *self);
void           mk_methodology_init_default (MkMethodology       *self);

int            mk_methodology_get          (const MkMethodology *self,
                                            MkSetting            setting);
/* Refuses a value outside the setting's range (the value is kept). */
gboolean       mk_methodology_set          (MkMethodology       *self,
                                            MkSetting            setting,
                                            int                  value,
                                            GError             **error);
/* Checks the ranges and that the bands do not overlap or leave gaps. */
gboolean       mk_methodology_validate     (const MkMethodology *self,
                                            GError             **error);
gboolean       mk_methodology_equal        (const MkMethodology *a,
                                            const MkMethodology *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkMethodology, mk_methodology_free)

G_END_DECLS
