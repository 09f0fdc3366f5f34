/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-item-status.h"
#include "mk-roadmap.h"
#include "mk-roadmap-item.h"
#include "mk-store.h"
#include "mk-store-results.h"

G_BEGIN_DECLS

/* Roadmaps, their items and what was reported of them (docs/roadmaps.md). */
#define MK_TOPIC_ROADMAPS "roadmaps"

/* The roadmaps of SCHOOL_YEAR (0: of every year), by year, then
 * municipality, then number; NULL on error. */
GListModel *mk_store_list_roadmaps       (MkStore             *self,
                                          int                  school_year,
                                          GError             **error);
/* NULL with MK_STORE_ERROR_NOT_FOUND when there is no roadmap ID. */
MkRoadmap  *mk_store_get_roadmap         (MkStore             *self,
                                          gint64               id,
                                          GError             **error);
/* The roadmap NUMBER of SCHOOL_YEAR and MUNICIPALITY (NULL: of every
 * municipality); NULL with ERROR unset when there is none. */
MkRoadmap  *mk_store_find_roadmap        (MkStore             *self,
                                          int                  school_year,
                                          int                  number,
                                          const char          *municipality,
                                          GError             **error);
/* Stores ROADMAP: a new one (id 0) gets its id; OUTCOME (may be NULL)
 * says added, replaced or unchanged. Refused when mk_roadmap_check ()
 * refuses it, when its municipality has no schools, or when the year
 * already has a roadmap of its number for that municipality. */
gboolean    mk_store_save_roadmap        (MkStore             *self,
                                          MkRoadmap           *roadmap,
                                          MkPutOutcome        *outcome,
                                          GError             **error);
/* The items of ROADMAP_ID in document order, numbered (MkRoadmapItem). */
GPtrArray  *mk_store_list_roadmap_items  (MkStore             *self,
                                          gint64               roadmap_id,
                                          GError             **error);
/* Makes ITEMS the items of ROADMAP_ID, in their order: an item with an id
 * keeps it (and what was reported of it), one without gets one, and an
 * item no longer there goes with its reports. One transaction. */
gboolean    mk_store_save_roadmap_items  (MkStore             *self,
                                          gint64               roadmap_id,
                                          GPtrArray           *items,
                                          GError             **error);
/* Every report of the items of ROADMAP_ID (MkItemReport). */
GPtrArray  *mk_store_list_item_reports   (MkStore             *self,
                                          gint64               roadmap_id,
                                          GError             **error);
/* What SCHOOL_ID (0: the municipality) reported of ITEM_ID, or NULL. */
MkItemReport *mk_store_get_item_report   (MkStore             *self,
                                          gint64               item_id,
                                          gint64               school_id);
/* Stores REPORT (an MK_STATUS_UNKNOWN one without text removes what was
 * stored); OUTCOME (may be NULL) says added, replaced or unchanged. */
gboolean    mk_store_set_item_report     (MkStore             *self,
                                          const MkItemReport  *report,
                                          MkPutOutcome        *outcome,
                                          GError             **error);

/* A school a roadmap covers: one of its clusters in its school year (and
 * its municipality), or one that has reports of it though its cluster has
 * changed since, so that no report is ever lost from sight. */
typedef struct {
  gint64    id;
  char     *name;
  char     *municipality;
  gboolean  member;   /* FALSE: it has left the roadmap's clusters */
} MkRoadmapSchool;

void        mk_roadmap_school_free       (MkRoadmapSchool     *school);
/* The schools ROADMAP covers, by municipality and name (MkRoadmapSchool);
 * none for a municipal plan. */
GPtrArray  *mk_store_list_roadmap_schools (MkStore            *self,
                                           MkRoadmap          *roadmap,
                                           GError            **error);
/* A copy of roadmap ROADMAP_ID for TO_YEAR, its items without reports;
 * NULL with ERROR when the year already has a roadmap of its number. */
MkRoadmap  *mk_store_copy_roadmap        (MkStore             *self,
                                          gint64               roadmap_id,
                                          int                  to_year,
                                          GError             **error);

G_END_DECLS
