#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* «Методика выявления»: the numbers of the identification methodology of
 * one school year, each with its label and limits. Saving a year that
 * was classified asks first and classifies it again. An MkPage. */
#define MK_TYPE_METHODOLOGY_PAGE (mk_methodology_page_get_type ())
G_DECLARE_FINAL_TYPE (MkMethodologyPage, mk_methodology_page, MK, METHODOLOGY_PAGE, AdwBin)

GtkWidget *mk_methodology_page_new (void);

G_END_DECLS
