/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The registry of schools: search, filters, a sortable table, the form,
 * deletion with undo, and the staff of the selected school below. */
#define MK_TYPE_SCHOOLS_PAGE (mk_schools_page_get_type ())
G_DECLARE_FINAL_TYPE (MkSchoolsPage, mk_schools_page, MK, SCHOOLS_PAGE, AdwBin)

GtkWidget *mk_schools_page_new (void);

G_END_DECLS
