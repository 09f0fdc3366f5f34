/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-assignment.h"

G_BEGIN_DECLS

/* What the store reads into an MkAssignment; strings are taken over. */
typedef struct {
  gint64     school_id;
  int        school_year;
  char      *municipality;
  char      *school_name;
  int        markers_prev;
  int        markers_cur;
  int        level;
  int        isbsh;
  MkCluster  computed;
  MkCluster  override;
  MkRule     rule;
  gboolean   resilient;
  char      *explanation;
  char      *override_reason;
  char      *override_date;
  gboolean   snro_repeated;
  guint      snro_streak;
  gboolean   snro_status_known;
} MkAssignmentData;

MkAssignment *mk_assignment_new_take    (MkAssignmentData *data);
/* The ШНРО history is known only once the list is complete. */
void          mk_assignment_set_history (MkAssignment     *self,
                                         gboolean          snro_repeated,
                                         guint             snro_streak,
                                         gboolean          snro_status_known);

G_END_DECLS
