/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store.h"
#include "mk-store-results.h"

G_BEGIN_DECLS

/* Monitoring indicators and their values (docs/indicators.md). */
#define MK_TOPIC_INDICATORS "indicators"

/* A set of indicators of a municipality (NULL: of every municipality). */
typedef struct {
  gint64  id;
  char   *title;
  char   *municipality;
} MkIndicatorSet;

/* One row of a set: a section, or an indicator under a criterion. */
typedef struct {
  gint64    id;
  char     *code;        /* «1.», «1.1» as written; inherited by the
                            indicators under the same criterion */
  char     *criterion;   /* «Организация работы со школами …» */
  char     *title;
  char     *unit;        /* as written: «Процент», «Доля», «Единицы», «» */
  gboolean  section;     /* a heading with no values */
  gboolean  paired;      /* written as «Количество единиц» and «в %» */
} MkIndicator;

/* A value exactly as written. SCHOOL_ID 0 is the municipality. */
typedef struct {
  gint64  indicator_id;
  gint64  school_id;
  int     year;
  char   *raw;
  char   *share_raw;     /* the «в %» cell of a paired indicator */
} MkIndicatorValue;

void            mk_indicator_set_free   (MkIndicatorSet   *set);
MkIndicator    *mk_indicator_new        (const char       *code,
                                         const char       *criterion,
                                         const char       *title,
                                         const char       *unit);
void            mk_indicator_free       (MkIndicator      *indicator);
void            mk_indicator_value_free (MkIndicatorValue *value);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkIndicatorSet, mk_indicator_set_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkIndicator, mk_indicator_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkIndicatorValue, mk_indicator_value_free)

/* Every set (MkIndicatorSet), by municipality and title. */
GPtrArray *mk_store_list_indicator_sets   (MkStore            *self,
                                           GError            **error);
/* The id of the set TITLE of MUNICIPALITY, made when there is none yet
 * (*ADDED says so; may be NULL). */
gboolean   mk_store_ensure_indicator_set  (MkStore            *self,
                                           const char         *title,
                                           const char         *municipality,
                                           gint64             *id,
                                           gboolean           *added,
                                           GError            **error);
/* The rows of set SET_ID in order (MkIndicator). */
GPtrArray *mk_store_list_indicators       (MkStore            *self,
                                           gint64              set_id,
                                           GError            **error);
/* Stores INDICATOR in set SET_ID: the one of the same title (and, for a
 * section, of the same code) gets its code, criterion and unit; a new one
 * goes last. Sets INDICATOR->id; OUTCOME (may be NULL) says how. */
gboolean   mk_store_put_indicator         (MkStore            *self,
                                           gint64              set_id,
                                           MkIndicator        *indicator,
                                           MkPutOutcome       *outcome,
                                           GError            **error);
/* The rows of set SET_ID that the table of SCHOOL_ID (0: the
 * municipality) has, in its order and with its codes, criteria and units
 * (MkIndicator). */
GPtrArray *mk_store_list_indicators_of    (MkStore            *self,
                                           gint64              set_id,
                                           gint64              school_id,
                                           GError            **error);
/* Records that the table of SCHOOL_ID has INDICATOR (stored: its id is
 * set) at POSITION, with its code, criterion and unit as written. */
gboolean   mk_store_add_indicator_row     (MkStore            *self,
                                           const MkIndicator  *indicator,
                                           gint64              school_id,
                                           guint               position,
                                           GError            **error);
/* The values of set SET_ID (MkIndicatorValue), of SCHOOL_ID (0: the
 * municipality; -1: of every school and the municipality). */
GPtrArray *mk_store_list_indicator_values (MkStore            *self,
                                           gint64              set_id,
                                           gint64              school_id,
                                           GError            **error);
/* Stores VALUE; an empty one (both texts blank) removes what was there. */
gboolean   mk_store_set_indicator_value   (MkStore            *self,
                                           const MkIndicatorValue *value,
                                           MkPutOutcome       *outcome,
                                           GError            **error);
/* The years (as the tables head them: «2021 год») of set SET_ID's
 * values, ascending (int). */
GArray    *mk_store_list_indicator_years  (MkStore            *self,
                                           gint64              set_id,
                                           GError            **error);
/* The schools with a table of set SET_ID (gint64 ids; 0, the
 * municipality, first), by name. */
GArray    *mk_store_list_indicator_schools (MkStore           *self,
                                            gint64             set_id,
                                            GError           **error);

G_END_DECLS
