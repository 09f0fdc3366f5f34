/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-methodology.h"

G_BEGIN_DECLS

/* One methodology setting as a row: its label, a spin button within its
 * limits (a switch for a yes/no), and its limits and default below, or
 * the error that concerns it. Values are as stored: ИСБШ in tenths. */
#define MK_TYPE_SETTING_ROW (mk_setting_row_get_type ())
G_DECLARE_FINAL_TYPE (MkSettingRow, mk_setting_row, MK, SETTING_ROW, AdwActionRow)

GtkWidget  *mk_setting_row_new         (MkSetting     setting);
MkSetting   mk_setting_row_get_setting (MkSettingRow *self);
int         mk_setting_row_get_value   (MkSettingRow *self);
/* Emits "changed" as an edit by the user does. */
void        mk_setting_row_set_value   (MkSettingRow *self,
                                        int           value);
/* MESSAGE in place of the hint, NULL to take it away. */
void        mk_setting_row_set_error   (MkSettingRow *self,
                                        const char   *message);
/* The message shown, or NULL. */
const char *mk_setting_row_get_error   (MkSettingRow *self);

G_END_DECLS
