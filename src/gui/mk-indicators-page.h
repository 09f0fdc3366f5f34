/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The «Показатели» section: one table of indicators at a time (a set,
 * then the municipality's table or a school's), edited in place, with
 * what the selected value reads as and the table's warnings beside it.
 * Its actions: indicators.add-year, indicators.undo, indicators.redo
 * (Ctrl+Z, Ctrl+Shift+Z). */
#define MK_TYPE_INDICATORS_PAGE (mk_indicators_page_get_type ())
G_DECLARE_FINAL_TYPE (MkIndicatorsPage, mk_indicators_page, MK, INDICATORS_PAGE, AdwBin)

GtkWidget *mk_indicators_page_new (void);

G_END_DECLS
