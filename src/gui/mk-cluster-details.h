/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-assignment.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* The cluster of the school selected on the clusters page: why it was
 * assigned, the override and its reason, the buttons to change it, and
 * the school's clusters and markers over the years. */
#define MK_TYPE_CLUSTER_DETAILS (mk_cluster_details_get_type ())
G_DECLARE_FINAL_TYPE (MkClusterDetails, mk_cluster_details, MK, CLUSTER_DETAILS, AdwBin)

void          mk_cluster_details_set_store      (MkClusterDetails *self,
                                                 MkStore          *store);
/* NULL shows a hint to select a school. The history is read again. */
void          mk_cluster_details_set_assignment (MkClusterDetails *self,
                                                 MkAssignment     *assignment);

G_END_DECLS
