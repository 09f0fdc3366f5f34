/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* The parts of opening a database that the reading and the writing opens
 * share. Nothing here opens the file except through SQLite. */
typedef enum {
  MK_FILE_MISSING,
  MK_FILE_EMPTY,
  MK_FILE_PRESENT,
} MkFileState;

/* By stat() alone: whether PATH is there, empty, or holds something. */
gboolean  mk_store_look_at_file       (const char   *path,
                                       MkFileState  *state,
                                       GError      **error);
int       mk_store_pragma_int         (sqlite3      *db,
                                       const char   *sql);
/* Per-connection settings that write nothing: busy timeout, collation,
 * foreign keys. */
gboolean  mk_store_configure          (sqlite3      *db,
                                       const char   *path,
                                       GError      **error);
/* An existing file opened with SQLITE_OPEN_READONLY, configured. */
sqlite3  *mk_store_open_read_only_db  (const char   *path,
                                       GError      **error);
/* The schema version of a Mayak database, or -1 with ERROR set for a
 * foreign, newer or unreadable one. */
int       mk_store_check_identity     (sqlite3      *db,
                                       const char   *path,
                                       GError      **error);
gboolean  mk_store_check_integrity    (sqlite3      *db,
                                       const char   *path,
                                       GError      **error);
/* Copies the whole database of SOURCE into COPY in one step of
 * sqlite3_backup; SQLITE_DONE when it is all there. */
int       mk_store_backup_step        (sqlite3      *source,
                                       sqlite3      *copy);
/* Copies the database of SOURCE into TARGET with sqlite3_backup: a
 * consistent snapshot that includes what the write-ahead log holds. */
gboolean  mk_store_copy_database      (sqlite3      *source,
                                       const char   *path,
                                       const char   *target,
                                       GError      **error);

G_END_DECLS
