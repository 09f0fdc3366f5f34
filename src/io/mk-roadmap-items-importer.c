/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mk-import-run.h"
#include "mk-school-year.h"
#include "mk-store-roadmaps.h"
#include "mk-text.h"

/* The items of roadmaps (docs/command-line.md, «roadmap-items»): a row per
 * item in document order, naming its roadmap by school year, number and
 * municipality. A roadmap named gets exactly the items the file gives;
 * an item that keeps its title (or else its code) keeps what was reported
 * of it. */
enum {
  COL_YEAR, COL_ROADMAP, COL_MUNICIPALITY, COL_CODE, COL_DEPTH, COL_HEADING, COL_TITLE,
  COL_DEADLINE, COL_DATE_FROM, COL_DATE_TO, COL_RESPONSIBLE, COL_EXPECTED, N_COLUMNS
};

static const MkColumnSpec columns[N_COLUMNS] = {
  { "school_year", { "Учебный год" }, TRUE },
  { "roadmap", { "Дорожная карта", "№ дорожной карты" }, TRUE },
  { "municipality", { "Муниципальное образование", "МО", "Муниципалитет" }, FALSE },
  { "code", { "№ п/п", "№", "Номер" }, FALSE },
  { "depth", { "Уровень" }, FALSE },
  { "heading", { "Раздел" }, FALSE },
  { "title", { "Мероприятия плана", "Наименование мероприятия", "Мероприятие" }, TRUE },
  { "deadline", { "Сроки исполнения", "Сроки", "Срок" }, FALSE },
  { "date_from", { "С" }, FALSE },
  { "date_to", { "По" }, FALSE },
  { "responsible", { "Ответственные", "Ответственный" }, FALSE },
  { "expected_result", { "Ожидаемый результат", "Результат" }, FALSE },
};

/* One roadmap's items as the file gives them. */
typedef struct {
  MkRoadmap *roadmap;
  GPtrArray *items;      /* MkRoadmapItem */
  GPtrArray *locations;  /* char *, beside ITEMS */
  GPtrArray *codes;      /* char *: the code as written ("" when none) */
} Group;

static void
group_free (gpointer data)
{
  Group *g = data;

  g_clear_object (&g->roadmap);
  g_ptr_array_unref (g->items);
  g_ptr_array_unref (g->locations);
  g_ptr_array_unref (g->codes);
  g_free (g);
}

typedef struct {
  GHashTable *groups;   /* "year:number:municipality" → Group */
  GPtrArray  *order;    /* Group, in the order met */
} Items;

static gboolean
prepare (MkImportRun  *run,
         GError      **error)
{
  Items *self = run->data;

  self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->order = g_ptr_array_new_with_free_func (group_free);
  return TRUE;
}

static void
clear (MkImportRun *run)
{
  Items *self = run->data;

  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->order, g_ptr_array_unref);
}

static char *
text (MkImportRun *run,
      guint        column)
{
  return mk_column_map_dup_text (run->map, run->reader, column);
}

/* The group of the roadmap the row names; NULL after an error on the row
 * when there is no such roadmap. */
static Group *
find_group (MkImportRun *run)
{
  Items *self = run->data;
  g_autofree char *year_text = text (run, COL_YEAR), *municipality = text (run, COL_MUNICIPALITY);
  g_autofree char *folded = mk_text_fold (municipality);
  g_autofree char *key = NULL;
  int year = 0, number = 0;
  Group *group;

  if (!mk_school_year_parse (year_text, &year))
    {
      mk_import_row_error (run->report, run->reader,
                           _("«%s» is not a school year like 2022/2023"), year_text);
      return NULL;
    }
  if (!mk_import_run_read_count (run, COL_ROADMAP, &number))
    return NULL;
  key = g_strdup_printf ("%d:%d:%s", year, number, folded);
  if ((group = g_hash_table_lookup (self->groups, key)) != NULL)
    return group;
  group = g_new0 (Group, 1);
  group->roadmap = mk_store_find_roadmap (run->store, year, number,
                                          *municipality != '\0' ? municipality : NULL, NULL);
  if (group->roadmap == NULL)
    {
      g_free (group);
      mk_import_row_error (run->report, run->reader,
                           _("there is no roadmap № %d of %s%s%s: import it with the roadmaps "
                             "first"), number, year_text, *municipality != '\0' ? ", " : "",
                           municipality);
      return NULL;
    }
  group->items = g_ptr_array_new_with_free_func (g_object_unref);
  group->locations = g_ptr_array_new_with_free_func (g_free);
  group->codes = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_insert (self->groups, g_steal_pointer (&key), group);
  g_ptr_array_add (self->order, group);
  return group;
}

/* The depth the row gives, or else the one its code implies («1.5.2.»: 2). */
static gboolean
read_depth (MkImportRun *run,
            const char  *code,
            int         *depth)
{
  g_autofree char *key = mk_roadmap_code_key (code);

  *depth = 0;
  if (mk_column_map_has (run->map, COL_DEPTH) &&
      !mk_import_cell_is_blank (mk_import_run_cell (run, COL_DEPTH)))
    return mk_import_run_read_count (run, COL_DEPTH, depth);
  for (const char *p = key; p != NULL && *p != '\0'; p++)
    *depth += *p == '.';
  return TRUE;
}

static void
read_row (MkImportRun *run)
{
  Group *group = find_group (run);
  g_autofree char *code = text (run, COL_CODE);
  g_autofree char *title = text (run, COL_TITLE);
  static const guint text_columns[] = { COL_DEADLINE, COL_DATE_FROM, COL_DATE_TO,
                                        COL_RESPONSIBLE, COL_EXPECTED };
  static const MkItemField fields[] = { MK_ITEM_DEADLINE, MK_ITEM_DATE_FROM, MK_ITEM_DATE_TO,
                                        MK_ITEM_RESPONSIBLE, MK_ITEM_EXPECTED_RESULT };
  MkRoadmapItem *item;
  gboolean is_heading;
  int depth;

  if (!read_depth (run, code, &depth) || group == NULL ||
      !mk_import_run_read_flag (run, COL_HEADING, &is_heading))
    return;
  if (*title == '\0')
    {
      mk_import_row_error (run->report, run->reader, _("the item has no title"));
      return;
    }
  item = mk_roadmap_item_new (depth, is_heading, title);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = text (run, text_columns[i]);

      if ((fields[i] == MK_ITEM_DATE_FROM || fields[i] == MK_ITEM_DATE_TO) &&
          !mk_roadmap_item_date_valid (value))
        mk_import_run_value_error (run, text_columns[i],
                                   _("«%s» in the column %s is not a date like 01.10.2020"));
      mk_roadmap_item_set_text (item, fields[i], value);
    }
  g_ptr_array_add (group->items, item);
  g_ptr_array_add (group->locations, mk_table_reader_dup_location (run->reader));
  g_ptr_array_add (group->codes, g_steal_pointer (&code));
}

/* A code written in the file must be the one the order gives the item:
 * otherwise a row is missing or out of place. */
static void
check_group (MkImportRun *run,
             Group       *group)
{
  mk_roadmap_items_number (group->items, mk_roadmap_get_info (group->roadmap)->numbered_sections);
  for (guint i = 0; i < group->items->len; i++)
    {
      g_autofree char *given = mk_roadmap_code_key (group->codes->pdata[i]);
      g_autofree char *computed = mk_roadmap_code_key (mk_roadmap_item_get_code (group->items->pdata[i]));

      if (given != NULL && g_strcmp0 (given, computed) != 0)
        mk_import_report_add_error (run->report, group->locations->pdata[i],
                                    _("the code %s does not follow from the rows above, which "
                                      "make it %s: a row is missing, out of place or at the "
                                      "wrong depth"),
                                    (const char *) group->codes->pdata[i],
                                    computed != NULL ? mk_roadmap_item_get_code (group->items->pdata[i])
                                                     : _("a heading without a number"));
    }
}

static void
check (MkImportRun *run)
{
  Items *self = run->data;

  for (guint i = 0; i < self->order->len; i++)
    check_group (run, self->order->pdata[i]);
}

/* The stored item of STORED (not yet claimed) whose title (BY_TITLE) or
 * code is ITEM's; NULL when none is. */
static MkRoadmapItem *
match_stored (GPtrArray     *stored,
              MkRoadmapItem *item,
              gboolean       by_title)
{
  g_autofree char *title = mk_text_fold (mk_roadmap_item_get_text (item, MK_ITEM_TITLE));
  const char *code = mk_roadmap_item_get_code (item);

  for (guint i = 0; i < stored->len; i++)
    {
      g_autofree char *other = mk_text_fold (mk_roadmap_item_get_text (stored->pdata[i], MK_ITEM_TITLE));

      if (by_title ? g_str_equal (title, other)
                   : *code != '\0' && g_str_equal (mk_roadmap_item_get_code (stored->pdata[i]), code))
        return stored->pdata[i];
    }
  return NULL;
}

/* Gives each item of the file the id of the stored item it stands for,
 * so that it keeps its reports: every title match first, then, among the
 * stored items left, a code match; an item inserted above others thus
 * never takes the reports of the item whose code it now has. SAME[i] is
 * the stored item of file row i, or NULL for a new one. */
static void
match_all (GPtrArray      *stored,
           GPtrArray      *items,
           MkRoadmapItem **same)
{
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < items->len; i++)
      if (same[i] == NULL && (same[i] = match_stored (stored, items->pdata[i], pass == 0)) != NULL)
        {
          g_object_ref (same[i]);
          g_ptr_array_remove (stored, same[i]);  /* one file row per stored item */
        }
}

static gboolean
write_group (MkImportRun  *run,
             Group        *group,
             GError      **error)
{
  gint64 id = mk_roadmap_get_info (group->roadmap)->id;
  g_autoptr(GPtrArray) stored = mk_store_list_roadmap_items (run->store, id, error);
  g_autofree MkRoadmapItem **same = NULL;

  if (stored == NULL)
    return FALSE;
  same = g_new0 (MkRoadmapItem *, group->items->len);
  match_all (stored, group->items, same);
  for (guint i = 0; i < group->items->len; i++)
    {
      MkRoadmapItem *item = group->items->pdata[i];

      mk_import_run_count (run, same[i] == NULL ? MK_PUT_ADDED
                                : mk_roadmap_item_equal (same[i], item) ? MK_PUT_UNCHANGED
                                : MK_PUT_REPLACED);
      mk_roadmap_item_set_id (item, same[i] != NULL ? mk_roadmap_item_get_id (same[i]) : 0);
      g_clear_object (&same[i]);
    }
  /* What the file leaves out goes, with its reports: say so. */
  for (guint i = 0; i < stored->len; i++)
    mk_import_report_add_warning (run->report, run->path,
                                  _("item %s «%s» of roadmap № %d is not in the file: it is removed "
                                    "with what the schools reported of it"),
                                  mk_roadmap_item_get_code (stored->pdata[i]),
                                  mk_roadmap_item_get_text (stored->pdata[i], MK_ITEM_TITLE),
                                  mk_roadmap_get_info (group->roadmap)->number);
  return mk_store_save_roadmap_items (run->store, id, group->items, error);
}

static gboolean
write_groups (MkImportRun  *run,
              GError      **error)
{
  Items *self = run->data;

  for (guint i = 0; i < self->order->len; i++)
    if (!write_group (run, self->order->pdata[i], error))
      return FALSE;
  return TRUE;
}

const MkImporterSpec mk_roadmap_items_importer = {
  .columns = columns,
  .n_columns = N_COLUMNS,
  .data_size = sizeof (Items),
  .prepare = prepare,
  .row = read_row,
  .check = check,
  .write = write_groups,
  .clear = clear,
};
