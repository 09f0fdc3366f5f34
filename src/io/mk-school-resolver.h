/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import-report.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* Finds the schools an import's rows name, each spelling once: a file of
 * 2 million results names each school dozens of times. With
 * CREATE_MISSING an unknown school (and its municipality) is created. */
typedef struct _MkSchoolResolver MkSchoolResolver;

MkSchoolResolver *mk_school_resolver_new     (MkStore          *store,
                                              gboolean          create_missing,
                                              GError          **error);
void              mk_school_resolver_free    (MkSchoolResolver *self);
/* The school's id (below zero for one to be created), or 0 with *WHY
 * saying why there is none and listing the closest schools (owned by
 * the resolver). */
gint64            mk_school_resolver_resolve (MkSchoolResolver *self,
                                              const char       *municipality,
                                              const char       *name,
                                              const char      **why);
/* Creates the schools CREATE_MISSING asked for, inside the caller's
 * transaction, and names them in a warning at LOCATION. */
gboolean          mk_school_resolver_create  (MkSchoolResolver *self,
                                              MkImportReport   *report,
                                              const char       *location,
                                              GError          **error);
guint             mk_school_resolver_get_n_missing (MkSchoolResolver *self);
/* The real id of one below zero, once created; others unchanged. */
gint64            mk_school_resolver_real_id (MkSchoolResolver *self,
                                              gint64            id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkSchoolResolver, mk_school_resolver_free)

G_END_DECLS
