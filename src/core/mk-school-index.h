/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store.h"

G_BEGIN_DECLS

/* Every school's name key in memory, so that an importer of 2 million rows
 * finds schools without a query per row (docs/command-line.md, «Names»).
 * Schools an import is about to create get provisional ids below zero. */
typedef struct _MkSchoolIndex MkSchoolIndex;

typedef enum {
  MK_SCHOOL_MATCH_FOUND,
  MK_SCHOOL_MATCH_UNKNOWN,       /* no school has the name (there) */
  MK_SCHOOL_MATCH_AMBIGUOUS,     /* several municipalities have it */
  MK_SCHOOL_MATCH_NO_MUNICIPALITY, /* the municipality is not known */
} MkSchoolMatch;

MkSchoolIndex *mk_school_index_new      (MkStore        *store,
                                         GError        **error);
void           mk_school_index_free     (MkSchoolIndex  *index);
/* Finds NAME within MUNICIPALITY, or anywhere when MUNICIPALITY is NULL
 * or empty; sets *ID on MK_SCHOOL_MATCH_FOUND (below zero for a school
 * reserved by mk_school_index_reserve). */
MkSchoolMatch  mk_school_index_lookup   (MkSchoolIndex  *index,
                                         const char     *municipality,
                                         const char     *name,
                                         gint64         *id);
/* A school to create later: returns its provisional id (below zero); the
 * same name in the same municipality gets the same id. 0 when NAME or
 * MUNICIPALITY is empty or is not a school name. */
gint64         mk_school_index_reserve  (MkSchoolIndex  *index,
                                         const char     *municipality,
                                         const char     *name);
/* Creates the reserved schools (and their municipalities), each with the
 * profile its name implies; call inside the import's transaction. */
gboolean       mk_school_index_create_reserved (MkSchoolIndex *index,
                                                MkStore       *store,
                                                GError       **error);
guint          mk_school_index_get_n_reserved  (MkSchoolIndex *index);
/* The real id of a provisional one after creation; other ids unchanged. */
gint64         mk_school_index_real_id  (MkSchoolIndex  *index,
                                         gint64          id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkSchoolIndex, mk_school_index_free)

G_END_DECLS
