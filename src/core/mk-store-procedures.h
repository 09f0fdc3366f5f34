/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-procedure.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* The procedure catalog (docs/methodology.md, «Entities»). */
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

/* Editing the catalog (src/core/mk-store-procedures-edit.c). A procedure
 * is described by its parts, as mk_procedure_parse gives them, so that
 * the imports understand every spelling of what is added. Each change
 * emits "changed::procedures". */

/* How many results each procedure has: code → GUINT_TO_POINTER (count);
 * a procedure without results is absent. NULL on error. */
GHashTable  *mk_store_count_procedure_results (MkStore     *self,
                                               GError     **error);
/* Adds the procedure SPEC names. TITLE NULL or blank takes the default
 * heading (mk_procedure_spec_default_title); POSITION 0 puts it after the
 * last. Refused: parts the parser would not give back, a ВПР grade
 * outside 4–8 (MK_STORE_ERROR_INVALID), a code already in the catalog
 * (MK_STORE_ERROR_DUPLICATE). Returns the new procedure. */
MkProcedure *mk_store_add_procedure    (MkStore                *self,
                                        const MkProcedureSpec  *spec,
                                        const char             *title,
                                        int                     position,
                                        GError                **error);
/* The same for a procedure as people write it ("ОГЭ литература"). */
MkProcedure *mk_store_add_procedure_written (MkStore     *self,
                                             const char  *written,
                                             const char  *title,
                                             GError     **error);
/* Changes the procedure CODE: its parts (SPEC, NULL to keep them) only
 * while no result uses it, else MK_STORE_ERROR_IN_USE; TITLE (NULL to
 * keep, blank for the default); POSITION (0 to keep). */
gboolean     mk_store_update_procedure (MkStore                *self,
                                        const char             *code,
                                        const MkProcedureSpec  *spec,
                                        const char             *title,
                                        int                     position,
                                        GError                **error);
/* Removes the procedure CODE and returns it, so that undo can add it back
 * with mk_store_restore_procedure. Refused with MK_STORE_ERROR_IN_USE,
 * naming how many results use it, while any does. */
MkProcedure *mk_store_delete_procedure (MkStore     *self,
                                        const char  *code,
                                        GError     **error);
/* Adds a deleted procedure back with its parts, title and position. */
gboolean     mk_store_restore_procedure (MkStore     *self,
                                         MkProcedure *procedure,
                                         GError     **error);

G_END_DECLS
