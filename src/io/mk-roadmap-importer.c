/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-import-run.h"
#include "mk-school-year.h"
#include "mk-store-roadmaps.h"
#include "mk-text.h"

/* Roadmaps (docs/command-line.md, «roadmaps»): a row per roadmap, added
 * or replacing the one of its year, number and municipality. */
enum {
  COL_YEAR, COL_NUMBER, COL_TITLE, COL_CLUSTERS, COL_LEVEL, COL_MUNICIPALITY,
  COL_ORDER_NUMBER, COL_ORDER_DATE, COL_ORDER_TITLE, COL_NUMBERED, N_COLUMNS
};

static const MkColumnSpec columns[N_COLUMNS] = {
  { "school_year", { "Учебный год" }, TRUE },
  { "number", { "Номер", "№", "№ дорожной карты" }, TRUE },
  { "title", { "Название", "Наименование" }, FALSE },
  { "clusters", { "Кластеры", "Кластер" }, TRUE },
  { "level", { "Уровень" }, FALSE },
  { "municipality", { "Муниципальное образование", "МО", "Муниципалитет" }, FALSE },
  { "order_number", { "Номер приказа", "Приказ" }, FALSE },
  { "order_date", { "Дата приказа" }, FALSE },
  { "order_title", { "Название приказа" }, FALSE },
  { "numbered_sections", { "Разделы с номерами" }, FALSE },
};

typedef struct {
  MkRoadmap *roadmap;
  char      *location;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_clear_object (&p->roadmap);
  g_free (p->location);
  g_free (p);
}

static char *
text (MkImportRun *run,
      guint        column)
{
  return mk_column_map_dup_text (run->map, run->reader, column);
}

/* «school» (школьный) or «municipal» (муниципальный); school when empty. */
static gboolean
read_level (MkImportRun    *run,
            MkRoadmapLevel *level)
{
  g_autofree char *word = text (run, COL_LEVEL);
  g_autofree char *folded = g_utf8_casefold (word, -1);

  *level = MK_ROADMAP_SCHOOL;
  if (*folded == '\0' || g_str_equal (folded, "school") || g_str_has_prefix (folded, "школ"))
    return TRUE;
  if (g_str_equal (folded, "municipal") || g_str_has_prefix (folded, "муницип"))
    return (*level = MK_ROADMAP_MUNICIPAL, TRUE);
  mk_import_row_error (run->report, run->reader,
                       _("«%s» is no level: write school or municipal"), word);
  return FALSE;
}

static gboolean
read_numbers (MkImportRun   *run,
              MkRoadmapInfo *info)
{
  g_autofree char *year = text (run, COL_YEAR);
  g_autofree char *clusters = text (run, COL_CLUSTERS);
  int number = 0;
  gboolean ok = TRUE;

  if (!mk_school_year_parse (year, &info->school_year))
    ok = (mk_import_row_error (run->report, run->reader,
                               _("«%s» is not a school year like 2022/2023"), year), FALSE);
  ok &= mk_import_run_read_count (run, COL_NUMBER, &number);
  info->number = number;
  if (!mk_roadmap_parse_clusters (clusters, &info->clusters) || info->clusters == 0)
    ok = (mk_import_row_error (run->report, run->reader,
                               _("«%s» are not clusters: write SPU SBU SNRO SFNSU SRNR "
                                 "or ШПУ, ШБУ, ШНРО, ШФНСУ, ШсРНР"), clusters), FALSE);
  ok &= mk_import_run_read_flag (run, COL_NUMBERED, &info->numbered_sections);
  return ok;
}

static void
read_row (MkImportRun *run)
{
  g_autofree char *title = text (run, COL_TITLE), *municipality = text (run, COL_MUNICIPALITY);
  g_autofree char *order_number = text (run, COL_ORDER_NUMBER);
  g_autofree char *order_date = text (run, COL_ORDER_DATE);
  g_autofree char *order_title = text (run, COL_ORDER_TITLE);
  MkRoadmapInfo info = { .title = title, .municipality = municipality,
                         .order_number = order_number, .order_date = order_date,
                         .order_title = order_title };
  g_autoptr(MkRoadmap) roadmap = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folded = mk_text_fold (municipality);
  const char *first;
  Pending *pending;

  if (!read_numbers (run, &info) | !read_level (run, &info.level))
    return;
  roadmap = mk_roadmap_new (&info);
  if (!mk_roadmap_check (roadmap, &error))
    {
      mk_import_row_error (run->report, run->reader, "%s", error->message);
      return;
    }
  first = mk_import_run_first_seen (run, g_strdup_printf ("%d:%d:%s", info.school_year,
                                                          info.number, folded));
  if (first != NULL)
    {
      mk_import_row_error (run->report, run->reader,
                           _("the same school year, number and municipality as at %s"), first);
      return;
    }
  pending = g_new0 (Pending, 1);
  pending->roadmap = g_steal_pointer (&roadmap);
  pending->location = mk_table_reader_dup_location (run->reader);
  g_ptr_array_add (run->rows, pending);
}

/* The roadmap of the same year, number and municipality is replaced, so
 * that what was reported of its items stays with it. */
static gboolean
write_row (MkImportRun  *run,
           gpointer      row,
           GError      **error)
{
  Pending *p = row;
  const MkRoadmapInfo *info = mk_roadmap_get_info (p->roadmap);
  g_autoptr(MkRoadmap) existing = mk_store_find_roadmap (run->store, info->school_year,
                                                         info->number, info->municipality, NULL);
  g_autoptr(GError) refused = NULL;
  MkPutOutcome outcome;

  /* The file has no archived column: a roadmap archived stays so. */
  if (existing != NULL)
    {
      MkRoadmapInfo kept = *info;
      MkRoadmap *replaced = p->roadmap;

      kept.id = mk_roadmap_get_info (existing)->id;
      kept.archived = mk_roadmap_get_info (existing)->archived;
      p->roadmap = mk_roadmap_new (&kept);  /* copies KEPT's strings before they go */
      g_object_unref (replaced);
      info = mk_roadmap_get_info (p->roadmap);
    }
  if (!mk_store_save_roadmap (run->store, p->roadmap, &outcome, &refused))
    mk_import_report_add_error (run->report, p->location, "%s", refused->message);
  else
    mk_import_run_count (run, outcome);
  return TRUE;
}

const MkImporterSpec mk_roadmaps_importer = {
  .columns = columns,
  .n_columns = N_COLUMNS,
  .free_row = pending_free,
  .row = read_row,
  .write_row = write_row,
};
