#pragma once

#include <gtk/gtk.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The school years a page offers in its year dropdown: those the
 * database holds any data for, ascending. A database without any offers
 * the current school year, so that there is always a year to classify or
 * to set the methodology for. */
GArray *mk_year_list_load           (MkStore       *store,
                                     GError       **error);
/* The school year running today: 2022 from September 2022 to August 2023. */
int     mk_year_list_current        (void);
/* Replaces the strings of NAMES with «2021/2022», … for YEARS in one
 * splice and returns the position of the newest (0 when empty). */
guint   mk_year_list_fill           (GtkStringList *names,
                                     GArray        *years);
/* Puts YEARS into NAMES (the model of DROPDOWN) and selects KEEP when
 * YEARS offers it, otherwise the newest. Returns the year now selected,
 * 0 when there is none. The caller guards its selection handler. */
int     mk_year_list_show           (GtkDropDown   *dropdown,
                                     GtkStringList *names,
                                     GArray        *years,
                                     int            keep);
/* The position of YEAR in YEARS, or GTK_INVALID_LIST_POSITION. */
guint   mk_year_list_find           (GArray        *years,
                                     int            year);
/* The position to show: that of KEEP when YEARS offers it, otherwise the
 * newest (0 when empty). */
guint   mk_year_list_position_keeping (GArray      *years,
                                       int          keep);

/* For a DROPDOWN whose items follow YEARS: */
/* the year selected, or 0 when none is; */
int      mk_year_list_get_selected  (GtkDropDown   *dropdown,
                                     GArray        *years);
/* selects YEAR; FALSE if YEARS does not offer it; */
gboolean mk_year_list_select        (GtkDropDown   *dropdown,
                                     GArray        *years,
                                     int            year);
/* selects the year STEP places from YEAR, if there is one. */
void     mk_year_list_step          (GtkDropDown   *dropdown,
                                     GArray        *years,
                                     int            year,
                                     int            step);

G_END_DECLS
