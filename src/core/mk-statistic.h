/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One figure of external statistics (docs/methodology.md): for a scope that
 * has no schools in the database (a whole region), how many schools took
 * part in the monitoring in a school year and how many of them were ШНРО. */
#define MK_TYPE_STATISTIC (mk_statistic_get_type ())
G_DECLARE_FINAL_TYPE (MkStatistic, mk_statistic, MK, STATISTIC, GObject)

MkStatistic *mk_statistic_new             (int          school_year,
                                           const char  *scope,
                                           guint        schools,
                                           guint        snro,
                                           const char  *note);
MkStatistic *mk_statistic_copy            (MkStatistic *self);
int          mk_statistic_get_school_year (MkStatistic *self);
/* "2022/2023" */
char        *mk_statistic_dup_year_label  (MkStatistic *self);
const char  *mk_statistic_get_scope       (MkStatistic *self);
guint        mk_statistic_get_schools     (MkStatistic *self);
guint        mk_statistic_get_snro        (MkStatistic *self);
/* Where the figures come from; "" when not given. */
const char  *mk_statistic_get_note        (MkStatistic *self);
gboolean     mk_statistic_equal           (MkStatistic *a,
                                           MkStatistic *b);
/* FALSE with MK_STORE_ERROR_INVALID saying what is wrong: a year outside
 * 1990–2100, an empty scope, more ШНРО than schools. */
gboolean     mk_statistic_check           (MkStatistic *self,
                                           GError     **error);

G_END_DECLS
