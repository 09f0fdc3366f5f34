/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-demo"
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mk-demo.h"
#include "mk-importers.h"
#include "mk-import.h"
#include "mk-io-resources.h"
#include "mk-store-clusters.h"

#define DEMO_PATH "/ru/mayak/Mayak/demo/"

/* The importers read files, so each embedded table goes through a
 * temporary copy: the demo then takes exactly the path a user's file does. */
static char *
extract (const char  *name,
         const char  *dir,
         GError     **error)
{
  g_autofree char *resource = g_strconcat (DEMO_PATH, name, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (mk_io_get_resource (),
                                                    resource, 0, error);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (bytes == NULL)
    return NULL;
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                            g_bytes_get_size (bytes), error))
    return NULL;
  return g_steal_pointer (&path);
}

static gboolean
import_one (MkStore     *store,
            const char  *dir,
            const char  *name,
            MkImportKind kind,
            GError     **error)
{
  g_autofree char *path = extract (name, dir, error);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { NULL, FALSE };
  GPtrArray *errors;
  gboolean ok;

  if (path == NULL)
    return FALSE;
  ok = mk_import (kind, store, path, &options, report, error);
  g_unlink (path);
  errors = mk_import_report_get_errors (report);
  if (!ok && errors->len > 0)
    g_prefix_error (error, "%s ", (const char *) errors->pdata[0]);
  return ok;
}

/* The school year the Smolensk clusters of the demo are for («2022/2023»). */
#define DEMO_SCHOOL_YEAR 2022

/* The documented history (clusters.csv) comes before the year's own
 * classification; its deviations (overrides-2022.csv) after it. */
static gboolean
load_all (MkStore     *store,
          const char  *dir,
          GError     **error)
{
  return import_one (store, dir, "schools.csv", MK_IMPORT_KIND_SCHOOLS, error) &&
         import_one (store, dir, "staff.csv", MK_IMPORT_KIND_STAFF, error) &&
         import_one (store, dir, "results.csv", MK_IMPORT_KIND_RESULTS, error) &&
         import_one (store, dir, "context.csv", MK_IMPORT_KIND_CONTEXT, error) &&
         import_one (store, dir, "clusters.csv", MK_IMPORT_KIND_OVERRIDES, error) &&
         mk_store_ensure_school_year (store, DEMO_SCHOOL_YEAR, error) &&
         mk_store_classify (store, DEMO_SCHOOL_YEAR, NULL, error) &&
         import_one (store, dir, "overrides-2022.csv", MK_IMPORT_KIND_OVERRIDES, error) &&
         import_one (store, dir, "statistics.csv", MK_IMPORT_KIND_STATISTICS, error) &&
         mk_store_set_meta (store, "demo",
                            _("Demo data transcribed from the official documents of Smolensk, "
                              "Kamensk-Uralsky, Elnya district and ZATO Solnechny"),
                            error);
}

gboolean
mk_demo_load (MkStore  *store,
              GError  **error)
{
  g_autofree char *dir = NULL;
  gboolean ok;

  if (mk_store_count_schools (store) > 0)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("The database already has schools; the demo data "
                           "is loaded only into an empty database.")), FALSE);
  dir = g_dir_make_tmp ("mayak-demo-XXXXXX", error);
  if (dir == NULL || !mk_store_begin (store, error))
    return FALSE;
  ok = load_all (store, dir, error);
  g_rmdir (dir);
  if (!ok)
    {
      mk_store_rollback (store);
      return FALSE;
    }
  return mk_store_commit (store, error);
}
