/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-import-run.h"
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

static void
read_row (MkImportRun *run)
{
  PendingOverride *pending = g_new0 (PendingOverride, 1);
  g_autofree char *year = mk_column_map_dup_text (run->map, run->reader, COL_YEAR);
  g_autofree char *cluster = mk_column_map_dup_text (run->map, run->reader, COL_CLUSTER);

  pending->location = mk_table_reader_dup_location (run->reader);
  pending->reason = mk_column_map_dup_text (run->map, run->reader, COL_REASON);
  pending->date = mk_column_map_dup_text (run->map, run->reader, COL_DATE);
  g_ptr_array_add (run->rows, pending);
  pending->school_id = mk_import_run_find_school (run, COL_MUNICIPALITY, COL_SCHOOL);
  if (!mk_school_year_parse (year, &pending->school_year))
    mk_import_report_add_error (run->report, pending->location,
                                _("«%s» is not a school year like 2022/2023"), year);
  if (!mk_cluster_from_code (cluster, &pending->cluster))
    mk_import_report_add_error (run->report, pending->location,
                                _("«%s» is not a cluster: write SPU, SBU, SNRO, SFNSU, "
                                  "SRNR or ШПУ, ШБУ, ШНРО, ШФНСУ, ШсРНР"), cluster);
  if (*pending->reason == '\0')
    mk_import_report_add_error (run->report, pending->location,
                                _("the reason is empty: every cluster set by hand needs one"));
}

static gboolean
write_row (MkImportRun  *run,
           gpointer      row,
           GError      **error)
{
  PendingOverride *p = row;
  g_autoptr(GError) refused = NULL;

  if (!mk_store_ensure_school_year (run->store, p->school_year, &refused) ||
      !mk_store_set_override (run->store, p->school_id, p->school_year, p->cluster,
                              p->reason, p->date, &refused))
    mk_import_report_add_error (run->report, p->location, "%s", refused->message);
  else
    mk_import_report_count_added (run->report);
  return TRUE;
}

/* Clusters set by hand: municipality, school, school_year, cluster (SNRO or
 * ШНРО), reason (required), date (optional, dd.mm.yyyy). The history known
 * only from documents comes in this way, and decided deviations. */
const MkImporterSpec mk_overrides_importer = {
  .columns = columns,
  .n_columns = N_COLUMNS,
  .free_row = pending_free,
  .row = read_row,
  .write_row = write_row,
};
