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
#include "mk-store-roadmaps.h"

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
  g_autofree char *base = g_path_get_basename (name);
  g_autofree char *path = g_build_filename (dir, base, NULL);

  if (bytes == NULL)
    return NULL;
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                            g_bytes_get_size (bytes), error))
    return NULL;
  return g_steal_pointer (&path);
}

static gboolean
import_into (MkStore     *store,
             const char  *dir,
             const char  *name,
             MkImportKind kind,
             gint64       roadmap_id,
             GError     **error)
{
  g_autofree char *path = extract (name, dir, error);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { .roadmap_id = roadmap_id };
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

static gboolean
import_one (MkStore     *store,
            const char  *dir,
            const char  *name,
            MkImportKind kind,
            GError     **error)
{
  return import_into (store, dir, name, kind, 0, error);
}

/* A sheet of the statuses of one roadmap, laid out as the documents print
 * it, names no roadmap: the loader says which one it reports on. */
static gboolean
import_statuses (MkStore     *store,
                 const char  *dir,
                 const char  *name,
                 int          school_year,
                 const char  *municipality,
                 GError     **error)
{
  g_autoptr(MkRoadmap) roadmap = mk_store_find_roadmap (store, school_year, 1,
                                                        municipality, error);

  if (roadmap == NULL)
    return (error != NULL && *error != NULL) ? FALSE :
           (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                         "%s: no roadmap No 1 of %s", name, municipality), FALSE);
  return import_into (store, dir, name, MK_IMPORT_KIND_ROADMAP_STATUSES,
                      mk_roadmap_get_info (roadmap)->id, error);
}

/* The school year the Smolensk clusters of the demo are for («2022/2023»). */
#define DEMO_SCHOOL_YEAR 2022

/* The roadmaps of Smolensk 2022/2023 and the Elnya plan 2020/2021, their
 * items, and what the documents say the schools did of them. */
static gboolean
load_roadmaps (MkStore     *store,
               const char  *dir,
               GError     **error)
{
  return import_one (store, dir, "roadmaps.csv", MK_IMPORT_KIND_ROADMAPS, error) &&
         import_one (store, dir, "roadmap-items.csv", MK_IMPORT_KIND_ROADMAP_ITEMS, error) &&
         import_one (store, dir, "roadmap-statuses-2022.csv",
                     MK_IMPORT_KIND_ROADMAP_STATUSES, error) &&
         import_statuses (store, dir, "roadmap-1-2022.csv", 2022, "Смоленск", error) &&
         import_statuses (store, dir, "elnya-plan-2020.csv", 2020,
                          "Ельнинский район", error);
}

/* The indicator tables of Kamensk-Uralsky (the municipality's and each
 * school's, 2019–2021) and ZATO Solnechny's Таблица 2 (2021, 2022). */
static gboolean
load_indicators (MkStore     *store,
                 const char  *dir,
                 GError     **error)
{
  static const char *const tables[] = {
    "indicators/kamensk-licey-9.csv",
    "indicators/kamensk-municipal.csv",
    "indicators/kamensk-osh-14.csv",
    "indicators/kamensk-osh-27.csv",
    "indicators/kamensk-osh-39.csv",
    "indicators/kamensk-sh-1.csv",
    "indicators/kamensk-sh-17.csv",
    "indicators/kamensk-sh-2.csv",
    "indicators/kamensk-sh-32.csv",
    "indicators/kamensk-sh-35.csv",
    "indicators/kamensk-sh-37.csv",
    "indicators/kamensk-sh-38.csv",
    "indicators/kamensk-sh-51.csv",
    "indicators/kamensk-sh-60.csv",
    "indicators/kamensk-sh-7.csv",
    "indicators/zato-2021-2022.csv",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!import_one (store, dir, tables[i], MK_IMPORT_KIND_INDICATORS, error))
      return FALSE;
  return TRUE;
}

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
         load_roadmaps (store, dir, error) &&
         load_indicators (store, dir, error) &&
         import_one (store, dir, "protocol-12-2022.csv", MK_IMPORT_KIND_PROTOCOL, error) &&
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
