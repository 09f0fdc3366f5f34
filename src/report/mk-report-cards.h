/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-clusters.h"
#include "mk-report.h"

G_BEGIN_DECLS

/* What the «НИЗКИЕ И НЕОБЪЕКТИВНЫЕ» cards of the Smolensk monitoring report
 * show, read once for every school: the marked results of the window and of
 * the calendar year before it, and the window's counts as the
 * classification makes them. */

/* A procedure as a card names it. */
typedef struct {
  char *kind;   /* "ВПР", "ОГЭ", "ЕГЭ" */
  char *name;   /* "МА ПРОФ", "РУ 6": the code without its kind */
  guint rank;   /* ВПР, compulsory ОГЭ, ЕГЭ, elective ОГЭ as the Smolensk
                 * cards order them, then the catalog's position */
} MkCardProcedure;

/* One marked result: a column of the card. */
typedef struct {
  int                    year;
  gboolean               non_objective;  /* «Необ.», else a marker «Н» */
  const MkCardProcedure *procedure;
} MkCardMark;

typedef struct {
  gint64          school_id;
  char           *name;      /* «МБОУ «СШ № 19»» as the cards title it */
  MkCluster       cluster;   /* the final cluster; NONE: not classified */
  guint           order;     /* the store's school order */
  MkYearMarkers   history;   /* the calendar year before the window */
  MkClusterInput  input;     /* the window, as the classification reads it */
  int             markers_cur;    /* the window's last year; -1 unknown */
  int             markers_total;  /* the known years of the window; -1
                                   * when none is known */
  GArray         *marks;     /* MkCardMark, in column order */
} MkCard;

typedef struct {
  int         school_year;
  guint       window;      /* calendar years of the window */
  int         first_year;  /* the year before the window, shown as history */
  GHashTable *procedures;  /* procedure id → MkCardProcedure */
  GPtrArray  *cards;       /* MkCard with something to show, by cluster
                            * number (unclassified last), then school */
} MkCardSet;

/* The cards of PARAMS' school year, municipality and cluster; NULL on a
 * read error. */
MkCardSet *mk_card_set_load (MkStore              *store,
                             const MkReportParams *params,
                             GError              **error);
void       mk_card_set_free (MkCardSet            *self);

/* The calendar year YEAR's markers of CARD: the history year or one of
 * the window; NULL for any other year. */
const MkYearMarkers *mk_card_year (const MkCard    *card,
                                   const MkCardSet *set,
                                   int              year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkCardSet, mk_card_set_free)

G_END_DECLS
