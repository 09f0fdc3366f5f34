/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* A prepared statement owned by the store's cache: reset and unbound on
 * each call, never finalized by the caller. NULL with ERROR set when the
 * SQL does not compile. */
/* SELECT school_id, procedure_id of the results of calendar years ?1 … ?2
 * that are markers at THRESHOLD (thousandths of a percent: 30000 is
 * 30 %), «Необ.» ones too with NON_OBJECTIVE, of the schools for which
 * the SQL condition SCOPE holds ("1" for all). */
char         *mk_store_markers_sql     (int           threshold,
                                        gboolean      non_objective,
                                        const char   *scope);
/* Runs SQL (one or more statements without results). */
gboolean      mk_store_exec            (MkStore      *self,
                                        const char   *sql,
                                        GError      **error);
sqlite3_stmt *mk_store_statement       (MkStore      *self,
                                        const char   *sql,
                                        GError      **error);
/* Turns the connection's last error into a GError of MK_STORE_ERROR. */
gboolean      mk_store_fail            (MkStore      *self,
                                        GError      **error);
/* Runs a statement that returns no rows; FALSE with ERROR on failure. */
gboolean      mk_store_step_done       (MkStore      *self,
                                        sqlite3_stmt *stmt,
                                        GError      **error);
sqlite3      *mk_store_get_db          (MkStore      *self);
/* A store over an open connection, which it owns from then on. */
MkStore      *mk_store_new_for_db      (sqlite3      *db,
                                        const char   *path,
                                        int           schema_version);

/* Binds TEXT or, for NULL, an empty string (no column of ours is NULL). */
void          mk_stmt_bind_text        (sqlite3_stmt *stmt,
                                        int           index,
                                        const char   *text);
const char   *mk_stmt_column_text      (sqlite3_stmt *stmt,
                                        int           column);

/* The key a municipality is known by: casefolded, spaces collapsed. */
char         *mk_store_municipality_key (const char  *name);
/* The id of MUNICIPALITY, 0 for NULL; FALSE with ERROR when it has no
 * schools (so no row). */
gboolean      mk_store_municipality_id  (MkStore     *self,
                                         const char  *municipality,
                                         gint64      *id,
                                         GError     **error);

/* What a write may change of the computed clusters (mk-store-changes.c). */
typedef enum {
  MK_CHANGE_DATA,         /* results, context, listings of a calendar year */
  MK_CHANGE_METHODOLOGY,  /* the settings of a school year */
  MK_CHANGE_REGISTRY,     /* the schools, the procedure catalog: every year */
} MkChangeScope;

/* Every write that can change a computed cluster calls this, inside its
 * transaction; a classification then records what it has seen. */
gboolean      mk_store_note_change     (MkStore      *self,
                                        MkChangeScope scope,
                                        int           year,
                                        GError      **error);
gboolean      mk_store_note_classified (MkStore      *self,
                                        int           school_year,
                                        GError      **error);

G_END_DECLS
