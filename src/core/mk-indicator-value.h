/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A monitoring indicator's value as people write it into their tables
 * (docs/indicators.md). The raw text is what is kept, always; this reads
 * what can be read from it:
 *   «30%», «42.8%», «0,6», «36»           one number (a percent or not);
 *   «4/27», «1/2», «7/16»                 a fraction: a count of a total;
 *   «14ч. 50%», «10 ч. 38%»               a count and a share;
 *   «30% МОУ №№ 17, 37, 40, КУГ»,
 *   «27,53% Самый высокий- 93% …»         a number with a comment;
 *   «16 ШНОР 7 в проекте «500+» - 20»     several numbers: none is the value;
 *   «»                                    nothing written. */

typedef enum {
  MK_UNIT_OTHER,    /* free text, or none */
  MK_UNIT_PERCENT,  /* «Процент» */
  MK_UNIT_SHARE,    /* «Доля» */
  MK_UNIT_COUNT,    /* «Единицы» */
} MkIndicatorUnit;

/* «Процент», «Доля», «Единицы» (any case, «%», «ед.»); MK_UNIT_OTHER
 * for anything else. */
MkIndicatorUnit mk_indicator_unit_parse (const char *text);

typedef struct {
  gboolean empty;         /* nothing but spaces */
  gboolean has_number;    /* NUMBER is the value */
  double   number;        /* as written: 30 for «30%», 0.6 for «0,6» */
  gboolean percent;       /* written with «%» */
  gboolean has_fraction;  /* «4/27»: COUNT of TOTAL */
  gboolean has_count;     /* «14ч. 50%», «4/27», «16 ШНОР»: a count */
  double   count;
  double   total;         /* of a fraction */
  gboolean has_share;     /* «14ч. 50%»: a share beside the count */
  double   share;         /* in percent */
  gboolean has_comment;   /* words beside the number («МОУ №№ 17, 37») */
} MkIndicatorReading;

/* Reads RAW (NULL reads as ""). Never fails: what cannot be read leaves
 * HAS_NUMBER unset, and the raw text says the rest. */
void     mk_indicator_value_read   (const char         *raw,
                                    MkIndicatorReading *reading);

/* The number to compare with the unit: a share as a fraction of 1 for
 * «Доля» (0.5 for «50%»), a percent for «Процент» (14.8 for «4/27»).
 * FALSE when READING has none. */
gboolean mk_indicator_reading_value (const MkIndicatorReading *reading,
                                     MkIndicatorUnit           unit,
                                     double                   *value);

/* Why READING does not fit UNIT: a «Доля» above 1 not written as a
 * percent, a «Процент» above 100, a negative value; NULL when it fits. */
char    *mk_indicator_unit_warning (const MkIndicatorReading *reading,
                                    MkIndicatorUnit           unit);

/* Why value AT of VALUES (the readings of one indicator over consecutive
 * years, N of them) is implausible beside the others: ten times the
 * largest of them or more and at least 100 above it («514» after 14 and
 * 16), or a tenth of the smallest and at least 100 below it; NULL when
 * it is not, or when fewer than two others have a number. */
char    *mk_indicator_jump_warning (const MkIndicatorReading *values,
                                    guint                     n,
                                    guint                     at);

/* Every warning of value AT of VALUES (one indicator's readings over
 * consecutive years, N of them) under UNIT, joined by «; »; NULL when
 * there is none. */
char    *mk_indicator_warnings     (const MkIndicatorReading *values,
                                    guint                     n,
                                    guint                     at,
                                    MkIndicatorUnit           unit);

G_END_DECLS
