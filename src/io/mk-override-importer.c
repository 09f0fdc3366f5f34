/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-column-map.h"
#include "mk-import.h"
#include "mk-import-walk.h"
#include "mk-school-year.h"
#include "mk-store-clusters.h"

/* Clusters set by hand with their reasons: the history a department has
 * only in documents, and deviations from the rules it decided on. */
enum { COL_MUNICIPALITY, COL_SCHOOL, COL_YEAR, COL_CLUSTER, COL_REASON, COL_DATE,
       N_COLUMNS };

static const MkColumnSpec columns[N_COLUMNS] = {
  { "municipality", { "Муниципальное образование", "МО", "Муниципалитет" }, FALSE },
  { "school", { "name", "Наименование ОО", "ОО" }, TRUE },
  { "school_year", { "Учебный год" }, TRUE },
  { "cluster", { "Кластер" }, TRUE },
  { "reason", { "Основание", "Причина" }, TRUE },
  { "date", { "Дата" }, FALSE },
};

typedef struct {
  gint64     school_id;
  int        school_year;
  MkCluster  cluster;
  char      *reason;
  char      *date;
  char      *location;
} PendingOverride;

static void
pending_free (gpointer data)
{
  PendingOverride *p = data;

  g_free (p->reason);
  g_free (p->date);
  g_free (p->location);
  g_free (p);
}

typedef struct {
  MkStore        *store;
  MkTableReader  *reader;
  MkImportReport *report;
  MkColumnMap    *map;
  GPtrArray      *rows;
} Reading;

/* A cluster is written as its code (SNRO) or as official tables write it
 * (ШНРО). */
static gboolean
parse_cluster (const char *text,
               MkCluster  *cluster)
{
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    if (g_ascii_strcasecmp (text, mk_cluster_to_code (c)) == 0 ||
        g_strcmp0 (text, mk_cluster_abbreviation (c)) == 0)
      return (*cluster = c, TRUE);
  return FALSE;
}

static void
resolve_school (Reading         *r,
                PendingOverride *pending)
{
  g_autofree char *municipality = mk_column_map_dup_text (r->map, r->reader, COL_MUNICIPALITY);
  g_autofree char *name = mk_column_map_dup_text (r->map, r->reader, COL_SCHOOL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) school = mk_store_find_school (r->store, municipality, name,
                                                     NULL, &error);

  if (school != NULL)
    pending->school_id = mk_school_get_id (school);
  else
    mk_import_report_add_error (r->report, pending->location, "«%s»: %s",
                                name, error->message);
}

static void
walk_row (gpointer data)
{
  Reading *r = data;
  PendingOverride *pending = g_new0 (PendingOverride, 1);
  g_autofree char *year = mk_column_map_dup_text (r->map, r->reader, COL_YEAR);
  g_autofree char *cluster = mk_column_map_dup_text (r->map, r->reader, COL_CLUSTER);

  pending->location = mk_table_reader_dup_location (r->reader);
  pending->reason = mk_column_map_dup_text (r->map, r->reader, COL_REASON);
  pending->date = mk_column_map_dup_text (r->map, r->reader, COL_DATE);
  g_ptr_array_add (r->rows, pending);
  resolve_school (r, pending);
  if (!mk_school_year_parse (year, &pending->school_year))
    mk_import_report_add_error (r->report, pending->location,
                                _("«%s» is not a school year like 2022/2023"), year);
  if (!parse_cluster (cluster, &pending->cluster))
    mk_import_report_add_error (r->report, pending->location,
                                _("«%s» is not a cluster: write SPU, SBU, SNRO, SFNSU, "
                                  "SRNR or ШПУ, ШБУ, ШНРО, ШФНСУ, ШсРНР"), cluster);
  if (*pending->reason == '\0')
    mk_import_report_add_error (r->report, pending->location,
                                _("the reason is empty: every cluster set by hand needs one"));
}

static gboolean
walk_header (gpointer   data,
             GError   **error)
{
  Reading *r = data;

  r->map = mk_column_map_new (columns, N_COLUMNS, r->reader, r->report);
  return TRUE;
}

static void
write_rows (MkStore        *store,
            GPtrArray      *rows,
            MkImportReport *report)
{
  for (guint i = 0; i < rows->len; i++)
    {
      PendingOverride *p = rows->pdata[i];
      g_autoptr(GError) error = NULL;

      if (!mk_store_ensure_school_year (store, p->school_year, &error) ||
          !mk_store_set_override (store, p->school_id, p->school_year, p->cluster,
                                  p->reason, p->date, &error))
        mk_import_report_add_error (report, p->location, "%s", error->message);
      else
        mk_import_report_count_added (report);
    }
}

gboolean
mk_import_overrides (MkStore               *store,
                     const char            *path,
                     const MkImportOptions *options,
                     MkImportReport        *report,
                     GError               **error)
{
  static const MkImportWalk walk = { walk_header, walk_row };
  g_autoptr(MkTableReader) reader = mk_table_reader_open (path, options->sheet,
                                                          NULL, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (pending_free);
  Reading r = { store, reader, report, NULL, rows };
  gboolean ok;

  if (reader == NULL)
    return FALSE;
  ok = mk_import_walk_table (reader, report, options, &walk, &r, error);
  mk_column_map_free (r.map);
  if (!ok)
    return FALSE;
  if (mk_import_report_has_errors (report))
    return mk_import_finish (store, options, report, FALSE, error);
  if (!mk_store_begin (store, error))
    return FALSE;
  write_rows (store, rows, report);
  return mk_import_finish (store, options, report, TRUE, error);
}
