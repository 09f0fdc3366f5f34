/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-methodology.h"
#include "mk-methodology-page.h"

G_BEGIN_DECLS

/* Test hooks: the page driven as the user would, and what it says. */
gboolean          mk_methodology_page_set_year     (MkMethodologyPage *self,
                                                    int                year);
int               mk_methodology_page_get_year     (MkMethodologyPage *self);
/* VALUE as stored (ИСБШ in tenths), typed into the setting's field. */
void              mk_methodology_page_set_value    (MkMethodologyPage *self,
                                                    MkSetting          setting,
                                                    int                value);
int               mk_methodology_page_get_value    (MkMethodologyPage *self,
                                                    MkSetting          setting);
/* The message shown at SETTING's field, or NULL. */
const char       *mk_methodology_page_get_error    (MkMethodologyPage *self,
                                                    MkSetting          setting);
/* The message shown above the fields, or NULL. */
const char       *mk_methodology_page_get_general_error (MkMethodologyPage *self);
/* The question asked before a classified year is saved, or NULL. */
AdwMessageDialog *mk_methodology_page_get_confirm_dialog (MkMethodologyPage *self);

G_END_DECLS
