/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-assignment.h"
#include "mk-methodology.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* Methodology, classification and cluster assignments
 * (docs/methodology.md). */

#define MK_TOPIC_CLUSTERS    "clusters"
#define MK_TOPIC_METHODOLOGY "methodology"

/* The settings of SCHOOL_YEAR: its own where they were saved, else those
 * of the nearest earlier year that has some (a region that changed a
 * threshold keeps it), else the defaults. */
MkMethodology *mk_store_load_methodology (MkStore             *self,
                                          int                  school_year,
                                          GError             **error);
/* Validates and stores every setting for SCHOOL_YEAR. It takes effect at
 * the next classification of that year. */
gboolean       mk_store_save_methodology (MkStore             *self,
                                          int                  school_year,
                                          const MkMethodology *methodology,
                                          GError             **error);

/* Whether the clusters of SCHOOL_YEAR were computed before a change of
 * what they depend on: the results, context or listings of a year of the
 * window, the year's methodology, the schools or the procedure catalog.
 * FALSE for a year never classified. */
gboolean       mk_store_clusters_are_stale (MkStore           *self,
                                            int                school_year,
                                            gboolean          *stale,
                                            GError           **error);

/* What a classification did. */
typedef struct {
  guint schools;
  guint clusters[MK_N_CLUSTERS];  /* computed, by MkCluster; [0] = no data */
  guint warnings;                 /* results with 0 participants */
  guint overridden;               /* assignments whose override stays */
  guint final[MK_N_CLUSTERS];     /* after the run, by final cluster, as
                                     every page counts them; [0] = none */
} MkClassifySummary;

/* One line for the user: how many schools of the year have a final
 * cluster after the run, how many have none for want of data, how many
 * overrides were kept; the same numbers the pages then show. */
char          *mk_classify_summary_describe (const MkClassifySummary *summary,
                                             int                      school_year);

/* Classifies every school for SCHOOL_YEAR from the results and context of
 * the window, in one transaction: the computed columns of each school's
 * assignment are rewritten, overrides are kept. A school with no results
 * and no reported total in the window gets an assignment without a
 * computed cluster whose explanation says what is missing. The year's
 * methodology is saved with it, so that it keeps its rules. */
gboolean       mk_store_classify         (MkStore             *self,
                                          int                  school_year,
                                          MkClassifySummary   *summary,
                                          GError             **error);

/* Sets the final cluster by hand. REASON must not be empty; DATE is
 * "dd.mm.yyyy" or ISO "yyyy-mm-dd", a month or year alone ("mm.yyyy",
 * "yyyy-mm", "yyyy") when the document gives no day, NULL or "" for today; it is stored as
 * ISO. The year need not have been classified (history known only from
 * documents). */
gboolean       mk_store_set_override     (MkStore             *self,
                                          gint64               school_id,
                                          int                  school_year,
                                          MkCluster            cluster,
                                          const char          *reason,
                                          const char          *date,
                                          GError             **error);
/* Removes the override; *HAD (may be NULL) says whether there was one. */
gboolean       mk_store_clear_override   (MkStore             *self,
                                          gint64               school_id,
                                          int                  school_year,
                                          gboolean            *had,
                                          GError             **error);

/* Writes ITEM back whole, computed columns and override (the undo of a
 * school's deletion restores its history with this). */
gboolean       mk_store_restore_assignment (MkStore           *self,
                                            MkAssignment      *item,
                                            GError           **error);

/* The assignments of SCHOOL_YEAR as MkAssignment, sorted by municipality
 * then school name in natural order; one items-changed for the load. */
GListModel    *mk_store_list_assignments (MkStore             *self,
                                          int                  school_year,
                                          GError             **error);
/* The same without the explanations (each reads ""), for reports that
 * list every school and do not show them. */
GListModel    *mk_store_list_assignments_brief (MkStore       *self,
                                                int            school_year,
                                                GError       **error);
/* One school's assignment, or NULL with MK_STORE_ERROR_NOT_FOUND. */
MkAssignment  *mk_store_get_assignment   (MkStore             *self,
                                          gint64               school_id,
                                          int                  school_year,
                                          GError             **error);
/* A school's assignments across the years, oldest first. */
GListModel    *mk_store_list_school_history (MkStore          *self,
                                             gint64            school_id,
                                             GError          **error);
/* Schools of SCHOOL_YEAR per final cluster, indexed by MkCluster
 * ([0]: assignments with neither a computed cluster nor an override). */
gboolean       mk_store_count_clusters   (MkStore             *self,
                                          int                  school_year,
                                          guint                counts[MK_N_CLUSTERS],
                                          GError             **error);

/* ШНРО of one school year (Таблица 4 of the Smolensk monitoring report), by
 * final cluster; «повторно» looks back as many years as that year's
 * methodology says. */
typedef struct {
  int   school_year;
  guint total;
  guint first_time;
  guint repeated;
} MkSnroYear;

/* One MkSnroYear per school year that has assignments, ascending, of
 * the schools of MUNICIPALITY (any case and spacing; NULL or "": all). */
GArray        *mk_store_list_snro_years  (MkStore             *self,
                                          const char          *municipality,
                                          GError             **error);

G_END_DECLS
