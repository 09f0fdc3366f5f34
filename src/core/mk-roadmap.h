/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mk-clusters.h"

G_BEGIN_DECLS

/* A roadmap (дорожная карта, план мероприятий; docs/roadmaps.md): a plan of
 * measures for some clusters of a school year, approved by an order. A
 * school plan is adopted and reported on by every school of its clusters;
 * a municipal plan by the municipality as a whole. */
typedef enum {
  MK_ROADMAP_SCHOOL,
  MK_ROADMAP_MUNICIPAL,
} MkRoadmapLevel;

typedef struct {
  gint64          id;                 /* 0 until stored */
  int             school_year;        /* 2022 for 2022/2023 */
  int             number;             /* № 1, 2, 3 */
  char           *title;
  MkRoadmapLevel  level;
  char           *municipality;       /* NULL: every municipality */
  char           *order_number;
  char           *order_date;         /* dd.mm.yyyy as the order gives it, or "" */
  char           *order_title;
  gboolean        numbered_sections;  /* «1. Организационно-…» numbered as items */
  gboolean        archived;
  guint           clusters;           /* 1 << MkCluster of each cluster served */
} MkRoadmapInfo;

#define MK_TYPE_ROADMAP (mk_roadmap_get_type ())
G_DECLARE_FINAL_TYPE (MkRoadmap, mk_roadmap, MK, ROADMAP, GObject)

/* A roadmap holding a copy of INFO (NULL strings read as ""). */
MkRoadmap           *mk_roadmap_new              (const MkRoadmapInfo *info);
MkRoadmap           *mk_roadmap_copy             (MkRoadmap           *self);
const MkRoadmapInfo *mk_roadmap_get_info         (MkRoadmap           *self);
void                 mk_roadmap_set_id           (MkRoadmap           *self,
                                                  gint64               id);
gboolean             mk_roadmap_serves           (MkRoadmap           *self,
                                                  MkCluster            cluster);
/* «ШФНСУ, ШсРНР»: the clusters served, as official tables write them. */
char                *mk_roadmap_dup_clusters_label (MkRoadmap         *self);
/* «№ 1 · ШНРО · Смоленск»: the roadmap as choosers and cards name it;
 * «муниципальный план» in place of the clusters of a municipal plan. */
char                *mk_roadmap_dup_label          (MkRoadmap         *self);
/* «SFNSU SRNR», for files and the command line. */
char                *mk_roadmap_dup_cluster_codes  (MkRoadmap         *self);
/* Reads «SFNSU SRNR» or «ШФНСУ, ШсРНР» into a mask; FALSE for a word that
 * is no cluster. */
gboolean             mk_roadmap_parse_clusters   (const char          *text,
                                                  guint               *clusters);
/* FALSE with MK_STORE_ERROR_INVALID saying what is wrong: a year outside
 * 1990–2100, a number below 1, no cluster served. */
gboolean             mk_roadmap_check            (MkRoadmap           *self,
                                                  GError             **error);

G_END_DECLS
