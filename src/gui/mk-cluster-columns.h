/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-assignment.h"

G_BEGIN_DECLS

/* The columns of the clusters table (docs/command-line.md, «Output»), each
 * with its sorter: names in natural order, numbers by value, levels and
 * clusters in their own order; what is not known sorts lowest. */
typedef enum {
  MK_CLUSTER_COLUMN_MUNICIPALITY,
  MK_CLUSTER_COLUMN_SCHOOL,
  MK_CLUSTER_COLUMN_MARKERS_PREV,
  MK_CLUSTER_COLUMN_MARKERS_CUR,
  MK_CLUSTER_COLUMN_MARKERS_TOTAL,
  MK_CLUSTER_COLUMN_LEVEL,
  MK_CLUSTER_COLUMN_ISBSH,
  MK_CLUSTER_COLUMN_COMPUTED,
  MK_CLUSTER_COLUMN_FINAL,
} MkClusterColumn;

#define MK_N_CLUSTER_COLUMNS 9

void  mk_cluster_columns_add       (GtkColumnView   *view);
/* Titles the marker columns by the window of SCHOOL_YEAR: «Маркеры 2021»
 * and «Маркеры 2022» for 2022/2023 with a window of two years. */
void  mk_cluster_columns_set_years (GtkColumnView   *view,
                                    int              school_year,
                                    int              window);
/* What a cell shows, as plain text («ШНРО ✎» for an override). */
char *mk_cluster_column_dup_text   (MkAssignment    *assignment,
                                    MkClusterColumn  column);
/* The cell's tooltip, NULL for none: the override's date and reason on
 * the final cluster. */
char *mk_cluster_column_dup_tooltip (MkAssignment   *assignment,
                                     MkClusterColumn column);
/* «ШНРО», or «—» for MK_CLUSTER_NONE. */
const char *mk_cluster_short_label (MkCluster        cluster);
/* «Set by hand on 01.09.2023: reason», NULL without an override. */
char *mk_assignment_dup_override_text (MkAssignment *assignment);

G_END_DECLS
