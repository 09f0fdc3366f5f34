/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mk-error.h"
#include "mk-school.h"
#include "mk-staff-row.h"

G_BEGIN_DECLS

/* The one owner of the SQLite handle. Every query of the product is a typed
 * function here; nothing outside src/core sees SQL. After a change the store
 * emits "changed" with the topic as detail ("changed::schools"). */
#define MK_TYPE_STORE (mk_store_get_type ())
G_DECLARE_FINAL_TYPE (MkStore, mk_store, MK, STORE, GObject)

/* Topics of the "changed" signal. */
#define MK_TOPIC_SCHOOLS "schools"
#define MK_TOPIC_STAFF   "staff"
#define MK_TOPIC_ALL     "all"

/* Opens or creates PATH, migrating it to the current schema (a backup copy
 * is made first). A foreign, newer or damaged file is refused with
 * MK_STORE_ERROR_NOT_MAYAK/TOO_NEW/DAMAGED and left untouched. */
MkStore     *mk_store_open                 (const char  *path,
                                            GError     **error);
/* Opens PATH for reading only: SQLite opens the file read-only and nothing
 * is written to it, not even a pragma, so a reading command leaves every
 * byte as it was, works on a read-only file or mount, and never waits for
 * a writer. A missing or empty file is refused (MK_STORE_ERROR_MISSING)
 * rather than created. The file is not scanned whole for damage (a damaged
 * page is reported when a read reaches it); a file of an older schema is
 * read through a migrated copy in memory. */
MkStore     *mk_store_open_to_read         (const char  *path,
                                            GError     **error);
/* A private copy of PATH in memory that may be written and is thrown away
 * with the store: a dry run does everything a real import does and the
 * file does not change. Refuses what mk_store_open_to_read refuses. */
MkStore     *mk_store_open_copy            (const char  *path,
                                            GError     **error);
/* Writes a consistent copy of the database (the write-ahead log
 * included) to TARGET, safely while other connections read and write:
 * first to TARGET.part, renamed when whole. The copy is one file without
 * a log. TARGET must not be the database itself. */
gboolean     mk_store_backup               (MkStore     *self,
                                            const char  *target,
                                            GError     **error);
/* Moves what the write-ahead log holds into the file (when the app quits). */
gboolean     mk_store_checkpoint           (MkStore     *self,
                                            GError     **error);
/* $XDG_DATA_HOME/mayak/mayak.db */
char        *mk_store_default_path         (void);
const char  *mk_store_get_path             (MkStore     *self);
int          mk_store_get_schema_version   (MkStore     *self);
int          mk_store_latest_schema_version (void);

/* All or nothing: importers wrap their writes in one transaction. */
gboolean     mk_store_begin                (MkStore     *self,
                                            GError     **error);
gboolean     mk_store_commit               (MkStore     *self,
                                            GError     **error);
void         mk_store_rollback             (MkStore     *self);
void         mk_store_emit_changed         (MkStore     *self,
                                            const char  *topic);

/* Key-value facts about the database (the demo's description, …). */
char        *mk_store_get_meta             (MkStore     *self,
                                            const char  *key);
gboolean     mk_store_set_meta             (MkStore     *self,
                                            const char  *key,
                                            const char  *value,
                                            GError     **error);

/* Registry: regions and municipalities are created on first mention. */
gint64       mk_store_ensure_municipality  (MkStore     *self,
                                            const char  *municipality,
                                            const char  *region,
                                            GError     **error);
/* Names of all municipalities, sorted; NULL-terminated. */
char       **mk_store_list_municipalities  (MkStore     *self,
                                            GError     **error);
guint        mk_store_count_schools        (MkStore     *self);

/* Schools sorted by municipality, then name in natural order, as one
 * GListStore of MkSchool (one items-changed for the whole load). */
GListModel  *mk_store_list_schools         (MkStore     *self,
                                            GError     **error);
/* Finds a school by its normalised name, within MUNICIPALITY when it is
 * not NULL. When none or several match, returns NULL and fills
 * CANDIDATES (may be NULL) with the names of the closest schools. */
MkSchool    *mk_store_find_school          (MkStore     *self,
                                            const char  *municipality,
                                            const char  *name,
                                            GPtrArray  **candidates,
                                            GError     **error);
MkSchool    *mk_store_get_school           (MkStore     *self,
                                            gint64       id,
                                            GError     **error);
/* Adds SCHOOL (its municipality is created if needed) and sets its id.
 * Refuses a second school of the same municipality whose name normalises
 * the same, and an empty name. */
gboolean     mk_store_add_school           (MkStore     *self,
                                            MkSchool    *school,
                                            GError     **error);
gboolean     mk_store_update_school        (MkStore     *self,
                                            MkSchool    *school,
                                            GError     **error);

/* What a deletion took away, so that undo can put it back whole. */
typedef struct _MkSchoolBackup MkSchoolBackup;
void         mk_school_backup_free         (MkSchoolBackup *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkSchoolBackup, mk_school_backup_free)

MkSchoolBackup *mk_store_delete_school     (MkStore     *self,
                                            gint64       school_id,
                                            GError     **error);
gboolean     mk_store_restore_school       (MkStore        *self,
                                            MkSchoolBackup *backup,
                                            GError        **error);

/* School years, named by their start year, ascending. */
gboolean     mk_store_ensure_school_year   (MkStore     *self,
                                            int          start_year,
                                            GError     **error);
GArray      *mk_store_list_school_years    (MkStore     *self,
                                            GError     **error);
/* The school years the database holds any data for, ascending: those of
 * results and context (calendar year Y is school year Y/Y+1), staff,
 * cluster assignments, external statistics and roadmaps. */
GArray      *mk_store_list_data_years      (MkStore     *self,
                                            GError     **error);

/* Staff: one MkStaffRow per school year that exists, ascending; years
 * without data have empty rows so that they can be filled in. */
GListModel  *mk_store_list_staff           (MkStore     *self,
                                            gint64       school_id,
                                            GError     **error);
/* Stores RAW exactly as typed ("2 (РК)"); an empty RAW clears the value.
 * A RAW that does not start with a number is refused. */
gboolean     mk_store_set_staff            (MkStore     *self,
                                            gint64       school_id,
                                            int          school_year,
                                            MkStaffRole  role,
                                            const char  *raw,
                                            GError     **error);

G_END_DECLS
