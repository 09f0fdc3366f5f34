/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "mk-import-run.h"
#include "mk-import-values.h"
#include "mk-school-resolver.h"
#include "mk-school-year.h"
#include "mk-store-roadmaps.h"
#include "mk-table-reader.h"
#include "mk-text.h"

/* What was reported of a roadmap's items (docs/command-line.md,
 * «roadmap-statuses»), in one of the three layouts of a department's
 * files:
 * - a status sheet as Таблица 2.2 of the Smolensk annual report: the
 *   item's code and title, then a column per school, cells да / нет /
 *   частично / не требуется;
 * - a municipal plan's report with an «Информация» column, as the Elnya
 *   report on the 2020/2021 plan: №, the measure, the deadline, the text;
 * - a list, a row per school and item: school_year, roadmap (its number),
 *   municipality, school, code, status, information. It names its
 *   roadmaps itself; the other two report on the roadmap chosen.
 * Items are found by code, then by title; only the cells the file fills
 * are written, and what else was reported of an item is kept. */

typedef struct {
  MkItemReport *report;
  gboolean      has_status;
  gboolean      has_information;
  char         *location;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  mk_item_report_free (p->report);
  g_free (p->location);
  g_free (p);
}

enum { LONG_YEAR, LONG_ROADMAP, LONG_MUNICIPALITY, LONG_SCHOOL, LONG_CODE, LONG_STATUS,
       LONG_INFORMATION, N_LONG };

typedef struct {
  MkRoadmap  *roadmap;
  GPtrArray  *items;        /* MkRoadmapItem, numbered */
  int         info_column;  /* the «Информация» layout; -1 for a status sheet */
  int         code_column;
  int         title_column;
  GArray     *schools;      /* gint64 per column of a status sheet; 0: none */
  int         long_columns[N_LONG];  /* the list layout; [LONG_SCHOOL] -1 otherwise */
  GHashTable *roadmaps;     /* the list's "year:number:municipality" → Listed */
  MkSchoolResolver *resolver;  /* the list's schools, each spelling found once */
} Statuses;

/* A roadmap a list names: its items and the schools it covers. */
typedef struct {
  GPtrArray  *items;
  GHashTable *covered;
  GHashTable *by_code;   /* code key → MkRoadmapItem */
} Listed;

static void
listed_free (gpointer data)
{
  Listed *listed = data;

  g_ptr_array_unref (listed->items);
  g_hash_table_unref (listed->covered);
  g_hash_table_unref (listed->by_code);
  g_free (listed);
}

static Statuses *
own (MkImportRun *run)
{
  return run->data;
}

static gboolean
prepare (MkImportRun  *run,
         GError      **error)
{
  Statuses *self = run->data;
  gint64 id = run->options->roadmap_id;
  g_autoptr(GError) local = NULL;

  self->schools = g_array_new (FALSE, TRUE, sizeof (gint64));
  if ((self->resolver = mk_school_resolver_new (run->store, FALSE, error)) == NULL)
    return FALSE;
  self->roadmaps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, listed_free);
  if (id == 0)
    return TRUE;  /* a list names its roadmaps; the others are refused at the header */
  if ((self->roadmap = mk_store_get_roadmap (run->store, id, &local)) == NULL)
    {
      mk_import_report_add_error (run->report, run->path,
                                  _("%s: choose one of those «mayak-cli roadmaps» lists"),
                                  local->message);
      return TRUE;
    }
  self->items = mk_store_list_roadmap_items (run->store, id, error);
  return self->items != NULL;
}

static void
clear (MkImportRun *run)
{
  Statuses *self = run->data;

  g_clear_object (&self->roadmap);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->schools, g_array_unref);
  g_clear_pointer (&self->roadmaps, g_hash_table_unref);
  g_clear_pointer (&self->resolver, mk_school_resolver_free);
}

static char *
folded_cell (MkImportRun *run,
             int          column)
{
  if (column < 0 || (guint) column >= mk_table_reader_get_n_cells (run->reader))
    return g_strdup ("");
  return mk_text_fold (mk_table_reader_get_cell (run->reader, column)->text);
}

static const char *
cell_text (MkImportRun *run,
           int          column)
{
  if (column < 0 || (guint) column >= mk_table_reader_get_n_cells (run->reader))
    return "";
  return mk_table_reader_get_cell (run->reader, column)->text;
}

/* «Информация» names the layout of a municipal plan's report. */
static void
find_layout (MkImportRun *run)
{
  Statuses *self = own (run);

  self->info_column = -1;
  self->code_column = 0;
  self->title_column = 1;
  for (guint c = 0; c < mk_table_reader_get_n_cells (run->reader); c++)
    {
      g_autofree char *head = folded_cell (run, (int) c);

      if (g_str_equal (head, "информация"))
        self->info_column = (int) c;
      else if (g_str_has_prefix (head, "наименование мероприятия") ||
               g_str_has_prefix (head, "мероприятия плана"))
        self->title_column = (int) c;
    }
}

static void
header_error (MkImportRun *run,
              guint        column,
              const char  *message)
{
  g_autofree char *location = mk_table_reader_dup_location (run->reader);
  g_autofree char *letter = mk_column_letter (column);

  mk_import_report_add_error (run->report, location, _("column %s «%s»: %s"), letter,
                              cell_text (run, (int) column), message);
}

/* The ids of the schools ROADMAP covers (mk_store_list_roadmap_schools). */
static GHashTable *
covered_schools (MkStore   *store,
                 MkRoadmap *roadmap)
{
  g_autoptr(GPtrArray) schools = mk_store_list_roadmap_schools (store, roadmap, NULL);
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; schools != NULL && i < schools->len; i++)
    g_hash_table_add (ids, g_memdup2 (&((MkRoadmapSchool *) schools->pdata[i])->id, sizeof (gint64)));
  return ids;
}

static const char *
not_covered_message (void)
{
  return _("the school is not among those the roadmap covers (the schools of its clusters in its "
           "school year): check the school, or its cluster");
}

/* Each column after the title names a school of the roadmap. */
static void
find_schools (MkImportRun *run)
{
  Statuses *self = own (run);
  const char *municipality = mk_roadmap_get_info (self->roadmap)->municipality;
  g_autoptr(GHashTable) covered = covered_schools (run->store, self->roadmap);

  g_array_set_size (self->schools, mk_table_reader_get_n_cells (run->reader));
  for (guint c = (guint) self->title_column + 1; c < self->schools->len; c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MkSchool) school = NULL;

      if (mk_import_cell_is_blank (mk_table_reader_get_cell (run->reader, c)))
        continue;
      school = mk_store_find_school (run->store, municipality != NULL ? municipality : "",
                                     cell_text (run, (int) c), NULL, &error);
      if (school == NULL)
        header_error (run, c, error->message);
      else if (!g_hash_table_contains (covered, &(gint64) { mk_school_get_id (school) }))
        header_error (run, c, not_covered_message ());
      else
        g_array_index (self->schools, gint64, c) = mk_school_get_id (school);
    }
}

/* The list layout: columns named as in docs/command-line.md. */
static gboolean
find_long_columns (MkImportRun *run)
{
  static const char *const names[N_LONG][3] = {
    { "school_year", "учебный год", NULL }, { "roadmap", "дорожная карта", NULL },
    { "municipality", "мо", "муниципальное образование" },
    { "school", "оо", "наименование оо" }, { "code", "№ п/п", "№" },
    { "status", "статус", "наличие (да/нет)" }, { "information", "информация", NULL },
  };
  Statuses *self = own (run);

  for (guint k = 0; k < N_LONG; k++)
    self->long_columns[k] = -1;
  for (guint c = 0; c < mk_table_reader_get_n_cells (run->reader); c++)
    {
      g_autofree char *head = folded_cell (run, (int) c);

      for (guint k = 0; k < N_LONG; k++)
        for (guint n = 0; n < 3 && names[k][n] != NULL; n++)
          if (self->long_columns[k] < 0 && g_str_equal (head, names[k][n]))
            self->long_columns[k] = (int) c;
    }
  return self->long_columns[LONG_SCHOOL] >= 0 && self->long_columns[LONG_STATUS] >= 0 &&
         self->long_columns[LONG_YEAR] >= 0 && self->long_columns[LONG_ROADMAP] >= 0;
}

static gboolean
read_header (MkImportRun  *run,
             GError      **error)
{
  Statuses *self = own (run);
  gboolean municipal;

  if (find_long_columns (run))
    return TRUE;
  self->long_columns[LONG_SCHOOL] = -1;
  if (self->roadmap == NULL)
    {
      if (run->options->roadmap_id == 0)
        mk_import_row_error (run->report, run->reader,
                             _("the roadmap is not given: choose one (mayak-cli roadmaps lists "
                               "them with their ids), or name it in columns school_year and "
                               "roadmap"));
      return TRUE;
    }
  find_layout (run);
  municipal = mk_roadmap_get_info (self->roadmap)->level == MK_ROADMAP_MUNICIPAL;
  if (self->info_column < 0 && municipal)
    mk_import_row_error (run->report, run->reader,
                         _("a municipal plan is reported with an «Информация» column, "
                           "not a column per school"));
  else if (self->info_column >= 0 && !municipal)
    mk_import_row_error (run->report, run->reader,
                         _("a school plan is reported with a column per school (as Таблица "
                           "2.2), not with one «Информация» column"));
  else if (self->info_column < 0)
    find_schools (run);
  return TRUE;
}

/* The item of ITEMS the row names in CODE_COLUMN, or else in TITLE_COLUMN
 * (or in CODE_COLUMN, for a heading without a code). */
static MkRoadmapItem *
find_item (MkImportRun *run,
           GPtrArray   *items,
           int          code_column,
           int          title_column)
{
  g_autofree char *code = mk_roadmap_code_key (cell_text (run, code_column));
  g_autofree char *title = folded_cell (run, title_column);

  /* A section heading written across the row starts in the code column. */
  if (code == NULL && *title == '\0')
    {
      g_free (title);
      title = folded_cell (run, code_column);
    }

  for (guint i = 0; code != NULL && i < items->len; i++)
    {
      g_autofree char *key = mk_roadmap_code_key (mk_roadmap_item_get_code (items->pdata[i]));
      if (g_strcmp0 (key, code) == 0)
        return items->pdata[i];
    }
  for (guint i = 0; *title != '\0' && i < items->len; i++)
    {
      g_autofree char *other = mk_text_fold (mk_roadmap_item_get_text (items->pdata[i],
                                                                        MK_ITEM_TITLE));
      if (g_str_equal (other, title))
        return items->pdata[i];
    }
  return NULL;
}

static void
add_pending (MkImportRun  *run,
             gint64        item_id,
             gint64        school_id,
             MkItemStatus  status,
             gboolean      has_status,
             const char   *information)
{
  gboolean has_information = information != NULL && !mk_text_is_blank (information);
  Pending *p = g_new0 (Pending, 1);
  const char *first = mk_import_run_first_seen (run,
      g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, item_id, school_id));

  if (first != NULL)
    {
      mk_import_row_error (run->report, run->reader, _("the same item and school as at %s: give each once"), first);
      g_free (p);
      return;
    }
  p->report = mk_item_report_new (item_id, school_id, status);
  g_free (p->report->information);
  p->report->information = g_strdup (information != NULL ? information : "");
  p->has_status = has_status;
  p->has_information = has_information;
  p->location = mk_table_reader_dup_location (run->reader);
  g_ptr_array_add (run->rows, p);
}

static void
read_statuses (MkImportRun   *run,
               MkRoadmapItem *item)
{
  Statuses *self = own (run);

  for (guint c = (guint) self->title_column + 1; c < self->schools->len; c++)
    {
      const char *text = cell_text (run, (int) c);
      gint64 school = g_array_index (self->schools, gint64, c);
      MkItemStatus status;

      if (school == 0 || mk_text_is_blank (text))
        continue;
      if (!mk_item_status_parse (text, &status))
        {
          g_autofree char *letter = mk_column_letter (c);
          mk_import_row_error (run->report, run->reader,
                               _("«%s» in column %s is no status: write да, нет, частично or "
                                 "не требуется"), text, letter);
          continue;
        }
      add_pending (run, mk_roadmap_item_get_id (item), school, status, TRUE, NULL);
    }
}

/* A row that repeats the heading («Наличие (да/нет)» under each school)
 * or a section without a code the roadmap has as a heading. */
static gboolean
is_heading_row (MkImportRun *run)
{
  g_autofree char *code = folded_cell (run, own (run)->code_column);
  g_autofree char *title = folded_cell (run, own (run)->title_column);

  return g_str_equal (code, "№ п/п") || g_str_equal (code, "№") ||
         g_str_has_prefix (title, "мероприятия плана") ||
         g_str_has_prefix (title, "наименование мероприятия");
}

/* The roadmap a list row names; NULL after an error. */
static Listed *
long_row_roadmap (MkImportRun *run)
{
  Statuses *self = own (run);
  const int *col = self->long_columns;
  const char *year_text = cell_text (run, col[LONG_YEAR]);
  const char *municipality = cell_text (run, col[LONG_MUNICIPALITY]);
  g_autofree char *key = g_strdup_printf ("%s:%s:%s", year_text, cell_text (run, col[LONG_ROADMAP]),
                                          municipality);
  g_autoptr(MkRoadmap) roadmap = NULL;
  Listed *listed = g_hash_table_lookup (self->roadmaps, key);
  int year = 0, number = 0;

  if (listed != NULL)
    return listed;
  if (!mk_school_year_parse (year_text, &year) ||
      !g_ascii_string_to_unsigned (cell_text (run, col[LONG_ROADMAP]), 10, 1, G_MAXINT,
                                   (guint64 *) &(guint64) { 0 }, NULL))
    number = 0;
  else
    number = atoi (cell_text (run, col[LONG_ROADMAP]));
  roadmap = number > 0 ? mk_store_find_roadmap (run->store, year, number,
                                                *municipality != '\0' ? municipality : NULL, NULL)
                       : NULL;
  if (roadmap == NULL)
    {
      mk_import_row_error (run->report, run->reader, _("there is no roadmap № %s of %s %s"),
                           cell_text (run, col[LONG_ROADMAP]), year_text, municipality);
      return NULL;
    }
  listed = g_new0 (Listed, 1);
  listed->items = mk_store_list_roadmap_items (run->store, mk_roadmap_get_info (roadmap)->id, NULL);
  if (listed->items == NULL)
    listed->items = g_ptr_array_new ();
  listed->covered = covered_schools (run->store, roadmap);
  listed->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < listed->items->len; i++)
    {
      char *code = mk_roadmap_code_key (mk_roadmap_item_get_code (listed->items->pdata[i]));

      if (code != NULL)
        g_hash_table_insert (listed->by_code, code, listed->items->pdata[i]);
    }
  g_hash_table_insert (self->roadmaps, g_steal_pointer (&key), listed);
  return listed;
}

static void
read_long_row (MkImportRun *run)
{
  Statuses *self = own (run);
  const int *col = self->long_columns;
  Listed *listed = long_row_roadmap (run);
  g_autofree char *code = mk_roadmap_code_key (cell_text (run, col[LONG_CODE]));
  MkRoadmapItem *item = listed != NULL && code != NULL ? g_hash_table_lookup (listed->by_code, code)
                                                       : NULL;
  const char *status_text = cell_text (run, col[LONG_STATUS]);
  const char *why = NULL;
  gint64 school;
  MkItemStatus status = MK_STATUS_UNKNOWN;

  if (listed == NULL)
    return;
  if (item == NULL)
    {
      mk_import_row_error (run->report, run->reader, _("the roadmap has no item «%s»"),
                           cell_text (run, col[LONG_CODE]));
      return;
    }
  school = mk_school_resolver_resolve (self->resolver, cell_text (run, col[LONG_MUNICIPALITY]),
                                       cell_text (run, col[LONG_SCHOOL]), &why);
  if (school == 0)
    {
      mk_import_row_error (run->report, run->reader, "%s", why);
      return;
    }
  if (!g_hash_table_contains (listed->covered, &school))
    {
      mk_import_row_error (run->report, run->reader, "«%s»: %s", cell_text (run, col[LONG_SCHOOL]),
                           not_covered_message ());
      return;
    }
  if (!mk_text_is_blank (status_text) && !mk_item_status_parse (status_text, &status))
    {
      mk_import_row_error (run->report, run->reader,
                           _("«%s» is no status: write да, нет, частично or не требуется"),
                           status_text);
      return;
    }
  add_pending (run, mk_roadmap_item_get_id (item), school, status,
               !mk_text_is_blank (status_text), cell_text (run, col[LONG_INFORMATION]));
}

static void
read_row (MkImportRun *run)
{
  Statuses *self = own (run);
  MkRoadmapItem *item;

  if (self->long_columns[LONG_SCHOOL] >= 0)
    {
      read_long_row (run);
      return;
    }
  if (is_heading_row (run))
    return;
  if ((item = find_item (run, self->items, self->code_column, self->title_column)) == NULL)
    {
      mk_import_row_error (run->report, run->reader,
                           _("the roadmap has no item «%s» (code «%s»): check the code and the "
                             "title against the roadmap"),
                           cell_text (run, self->title_column), cell_text (run, self->code_column));
      return;
    }
  if (self->info_column < 0)
    read_statuses (run, item);
  else if (!mk_text_is_blank (cell_text (run, self->info_column)))
    add_pending (run, mk_roadmap_item_get_id (item), 0, MK_STATUS_UNKNOWN, FALSE,
                 cell_text (run, self->info_column));
}

/* Only what the file gives changes: a status leaves the item's text, a
 * text leaves its status. */
static gboolean
write_row (MkImportRun  *run,
           gpointer      row,
           GError      **error)
{
  Pending *p = row;
  g_autoptr(MkItemReport) merged = mk_store_get_item_report (run->store, p->report->item_id,
                                                             p->report->school_id);
  MkPutOutcome outcome;

  if (merged == NULL)
    merged = mk_item_report_copy (p->report);
  if (p->has_status)
    merged->status = p->report->status;
  if (p->has_information)
    {
      g_free (merged->information);
      merged->information = g_strdup (p->report->information);
    }
  if (!mk_store_set_item_report (run->store, merged, &outcome, error))
    return FALSE;
  mk_import_run_count (run, outcome);
  return TRUE;
}

const MkImporterSpec mk_roadmap_statuses_importer = {
  .data_size = sizeof (Statuses),
  .free_row = pending_free,
  .prepare = prepare,
  .header = read_header,
  .row = read_row,
  .write_row = write_row,
  .clear = clear,
};
