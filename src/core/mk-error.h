/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Errors of opening and querying the database. */
#define MK_STORE_ERROR (mk_store_error_quark ())

typedef enum {
  MK_STORE_ERROR_NOT_MAYAK,   /* a file that is not a Mayak database */
  MK_STORE_ERROR_TOO_NEW,     /* written by a newer Mayak */
  MK_STORE_ERROR_DAMAGED,     /* the file is corrupt */
  MK_STORE_ERROR_IO,          /* cannot be read or written */
  MK_STORE_ERROR_DUPLICATE,   /* a unique key would repeat */
  MK_STORE_ERROR_NOT_FOUND,
  MK_STORE_ERROR_INVALID,     /* a value breaks a rule of the domain */
  MK_STORE_ERROR_SQL,         /* anything else SQLite reports */
  MK_STORE_ERROR_IN_USE,      /* other data still refers to it */
  MK_STORE_ERROR_MISSING,     /* no database at the path (read-only opens) */
  MK_STORE_ERROR_READ_ONLY,   /* the file or its folder may only be read */
  MK_STORE_ERROR_BUSY,        /* another connection holds the write lock */
} MkStoreError;

GQuark mk_store_error_quark (void);

G_END_DECLS
