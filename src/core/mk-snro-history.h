/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which schools were in ШНРО in which school years (final clusters, so
 * that years known only from documents count), and what follows:
 * «первоначально / повторно» (Таблица 4 of the Smolensk monitoring
 * report) and streaks («4 раза подряд», its Таблица 6); see
 * docs/methodology.md, «ШНРО history». Pure: the store fills it. */
typedef struct _MkSnroHistory MkSnroHistory;

MkSnroHistory *mk_snro_history_new         (void);
void           mk_snro_history_free        (MkSnroHistory *self);
void           mk_snro_history_add         (MkSnroHistory *self,
                                            int            school_year,
                                            gint64         school_id);
gboolean       mk_snro_history_contains    (MkSnroHistory *self,
                                            int            school_year,
                                            gint64         school_id);
/* In ШНРО in SCHOOL_YEAR and in any of the LOOK_BACK years before it. */
gboolean       mk_snro_history_is_repeated (MkSnroHistory *self,
                                            int            school_year,
                                            gint64         school_id,
                                            guint          look_back);
/* Consecutive school years in ШНРО ending with SCHOOL_YEAR; 0 when the
 * school is not in ШНРО in SCHOOL_YEAR. */
guint          mk_snro_history_streak      (MkSnroHistory *self,
                                            int            school_year,
                                            gint64         school_id);
/* How many of SCHOOL_YEAR's ШНРО are there for the first time and how
 * many again. */
void           mk_snro_history_count       (MkSnroHistory *self,
                                            int            school_year,
                                            guint          look_back,
                                            guint         *first_time,
                                            guint         *repeated);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkSnroHistory, mk_snro_history_free)

G_END_DECLS
