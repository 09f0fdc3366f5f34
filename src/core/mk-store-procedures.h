#pragma once

#include "mk-procedure.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* The procedure catalog (DOMAIN.md §2). */
#define MK_TOPIC_PROCEDURES "procedures"

/* Every procedure as one GListStore of MkProcedure, in the catalog's
 * order (the columns of the marker matrix). */
GListModel  *mk_store_list_procedures  (MkStore     *self,
                                        GError     **error);
/* The procedure with the canonical CODE ("ВПР РУ-5"), or NULL with
 * MK_STORE_ERROR_NOT_FOUND. */
MkProcedure *mk_store_find_procedure   (MkStore     *self,
                                        const char  *code,
                                        GError     **error);
/* The procedure a person wrote ("ВПР РУС-5", "ЕГЭ МАТ. Проф"). When the
 * text is not understood or names a procedure not in the catalog, returns
 * NULL with MK_STORE_ERROR_NOT_FOUND saying why, and fills CANDIDATES (may
 * be NULL) with the closest codes, best first. */
MkProcedure *mk_store_lookup_procedure (MkStore     *self,
                                        const char  *written,
                                        GPtrArray  **candidates,
                                        GError     **error);

G_END_DECLS
