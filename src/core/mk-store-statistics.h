/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-statistic.h"
#include "mk-store.h"
#include "mk-store-results.h"

G_BEGIN_DECLS

/* External statistics (docs/methodology.md): one MkStatistic per school
 * year and scope. The scope is matched without regard to case and repeated
 * spaces and is stored as last written. */
#define MK_TOPIC_STATISTICS "statistics"

/* All figures, sorted by scope, then school year; NULL on error. */
GListModel  *mk_store_list_statistics  (MkStore       *self,
                                        GError       **error);
/* The figures of SCHOOL_YEAR and SCOPE; NULL with ERROR unset when none. */
MkStatistic *mk_store_get_statistic    (MkStore       *self,
                                        int            school_year,
                                        const char    *scope,
                                        GError       **error);
/* Adds or replaces the figures of the statistic's year and scope; OUTCOME
 * (may be NULL) says which, or that they were the same. A statistic that
 * mk_statistic_check () refuses is refused with its message. */
gboolean     mk_store_set_statistic    (MkStore       *self,
                                        MkStatistic   *statistic,
                                        MkPutOutcome  *outcome,
                                        GError       **error);
/* Removes the figures of SCHOOL_YEAR and SCOPE and returns them, so that
 * undo can write them back; NULL with MK_STORE_ERROR_NOT_FOUND when there
 * are none. */
MkStatistic *mk_store_delete_statistic (MkStore       *self,
                                        int            school_year,
                                        const char    *scope,
                                        GError       **error);

G_END_DECLS
