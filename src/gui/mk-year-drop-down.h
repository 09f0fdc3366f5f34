/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The one year selector of the pages: a drop-down of school years
 * («2022/2023») or, with "calendar" set, calendar years («2022»). Its
 * "year" property is the year selected (0 when none) and is notified on
 * every change, by the user or by code; refilling keeps the year where it
 * is still offered, otherwise selects the newest. Its actions year.prev and
 * year.next (Ctrl+Page Up, Ctrl+Page Down wherever the focus is on the
 * page shown) step the year. */
#define MK_TYPE_YEAR_DROP_DOWN (mk_year_drop_down_get_type ())
G_DECLARE_FINAL_TYPE (MkYearDropDown, mk_year_drop_down, MK, YEAR_DROP_DOWN, AdwBin)

GtkWidget  *mk_year_drop_down_new       (void);
int         mk_year_drop_down_get_year  (MkYearDropDown *self);
/* FALSE, and nothing changes, when YEAR is not offered. */
gboolean    mk_year_drop_down_set_year  (MkYearDropDown *self,
                                         int             year);
/* Offers YEARS (ascending; copied). TRUE when the year selected changed. */
gboolean    mk_year_drop_down_set_years (MkYearDropDown *self,
                                         GArray         *years);
/* Offers the school years STORE holds any data for, or the current one
 * when it holds none (mk_store_list_data_years). TRUE when the year
 * selected changed; FALSE with ERROR when the store cannot be read. */
gboolean    mk_year_drop_down_load      (MkYearDropDown *self,
                                         MkStore        *store,
                                         GError        **error);
/* Moves STEP places (-1: the year before); FALSE when there is none. */
gboolean    mk_year_drop_down_step      (MkYearDropDown *self,
                                         int             step);
gboolean    mk_year_drop_down_can_step  (MkYearDropDown *self,
                                         int             step);
/* The years offered, ascending (owned by the drop-down). */
GArray     *mk_year_drop_down_get_years (MkYearDropDown *self);
/* The years as the drop-down shows them («2022/2023»). */
GListModel *mk_year_drop_down_get_model (MkYearDropDown *self);
/* The school year running today: 2022 from September 2022 to August 2023. */
int         mk_year_drop_down_current   (void);

G_END_DECLS
