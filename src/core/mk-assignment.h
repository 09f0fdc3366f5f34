/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mk-clusters.h"

G_BEGIN_DECLS

/* The cluster of one school in one school year as a list shows it: the
 * computed cluster with its numbers and explanation, the override, and the
 * school's ШНРО history. Numbers that are not known are -1. */
#define MK_TYPE_ASSIGNMENT (mk_assignment_get_type ())
G_DECLARE_FINAL_TYPE (MkAssignment, mk_assignment, MK, ASSIGNMENT, GObject)

gint64      mk_assignment_get_school_id       (MkAssignment *self);
int         mk_assignment_get_school_year     (MkAssignment *self);
const char *mk_assignment_get_municipality    (MkAssignment *self);
/* The school's short name («СШ № 9»). */
const char *mk_assignment_get_school_name     (MkAssignment *self);
int         mk_assignment_get_markers_prev    (MkAssignment *self);
int         mk_assignment_get_markers_cur     (MkAssignment *self);
int         mk_assignment_get_markers_total   (MkAssignment *self);
/* An MkLevel, or -1 when the school is not classified. */
int         mk_assignment_get_level           (MkAssignment *self);
/* Tenths (70.0 = 700), -1 when not known. */
int         mk_assignment_get_isbsh           (MkAssignment *self);
MkCluster   mk_assignment_get_computed        (MkAssignment *self);
MkCluster   mk_assignment_get_override        (MkAssignment *self);
/* The override where there is one, else the computed cluster. */
MkCluster   mk_assignment_get_final           (MkAssignment *self);
MkRule      mk_assignment_get_rule            (MkAssignment *self);
gboolean    mk_assignment_get_resilient       (MkAssignment *self);
/* Why the classification decided the computed cluster, in the current
 * language; "" when the year was not classified for the school. */
const char *mk_assignment_get_explanation     (MkAssignment *self);
/* The facts the explanation is built from, as stored. */
const char *mk_assignment_get_facts           (MkAssignment *self);
const char *mk_assignment_get_override_reason (MkAssignment *self);
/* ISO "2023-09-01" (or "2023-06", "2022" when the document gives only the
 * month or the year), "" without an override. */
const char *mk_assignment_get_override_date   (MkAssignment *self);
/* "01.09.2023" (or "06.2023", "2022"), "" without an override. */
char       *mk_assignment_dup_override_date_text (MkAssignment *self);
/* Final cluster ШНРО and also in ШНРО in one of the look-back years. */
gboolean    mk_assignment_get_snro_repeated   (MkAssignment *self);
/* Whether first time / repeated is known: it is repeated, or every year
 * the look-back reaches has a known list (classified, or a list from
 * documents) for the school's municipality. A school in ШНРО in the first
 * year of the database is not known to be there «for the first time». */
gboolean    mk_assignment_get_snro_status_known (MkAssignment *self);
/* Consecutive years in ШНРО up to this one (0 when not in ШНРО). */
guint       mk_assignment_get_snro_streak     (MkAssignment *self);

/* Updates the item in place after mk_store_set_override () succeeded, so
 * that a view need not reload; MK_CLUSTER_NONE clears. */
void        mk_assignment_set_override        (MkAssignment *self,
                                               MkCluster     cluster,
                                               const char   *reason,
                                               const char   *iso_date);

G_END_DECLS
