/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* «Методика выявления»: the numbers of the identification methodology of
 * one school year, each with its label and limits. Saving a year that
 * was classified asks first and classifies it again. An MkPage. */
#define MK_TYPE_METHODOLOGY_PAGE (mk_methodology_page_get_type ())
G_DECLARE_FINAL_TYPE (MkMethodologyPage, mk_methodology_page, MK, METHODOLOGY_PAGE, AdwBin)

GtkWidget *mk_methodology_page_new         (void);
/* The settings shown differ from those saved for the year. */
gboolean   mk_methodology_page_has_unsaved (MkMethodologyPage *self);
/* Saves them without classifying again (the year's clusters then show as
 * stale); FALSE, with the reason shown at the field, when refused. */
gboolean   mk_methodology_page_save        (MkMethodologyPage *self);

G_END_DECLS
