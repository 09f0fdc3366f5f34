/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store-procedures.h"

G_BEGIN_DECLS

/* Finds the catalog procedure for each way a file writes one, parsing
 * each spelling once and explaining the ones that are not in the
 * catalog with the closest codes. */
typedef struct _MkProcedureResolver MkProcedureResolver;

MkProcedureResolver *mk_procedure_resolver_new     (MkStore              *store,
                                                    GError              **error);
void                 mk_procedure_resolver_free    (MkProcedureResolver  *self);
/* The procedure's id, or 0 with *WHY (owned by the resolver) naming the
 * closest codes. */
gint64               mk_procedure_resolver_resolve (MkProcedureResolver  *self,
                                                    const char           *written,
                                                    const char          **why);
/* The code of a resolved id: "ВПР РУ-5". */
const char          *mk_procedure_resolver_code    (MkProcedureResolver  *self,
                                                    gint64                id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkProcedureResolver, mk_procedure_resolver_free)

G_END_DECLS
