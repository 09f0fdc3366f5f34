/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-date.h"
#include "mk-import-run.h"
#include "mk-school-year.h"
#include "mk-store-protocols.h"

/* A protocol of a meeting (docs/protocols.md, «A protocol as a table»):
 * a row per part of the document in order, named in the first column;
 * the whole file is one protocol, which replaces the draft of the same
 * number and date. */
enum { COL_PART, COL_TEXT, COL_EXTRA, N_COLUMNS };

static const MkColumnSpec columns[N_COLUMNS] = {
  { "part", { "Часть" }, TRUE },
  { "text", { "Текст" }, FALSE },
  { "extra", { "Дополнительно", "Параметры", "Должность" }, FALSE },
};

typedef struct {
  MkProtocol *protocol;
  guint       n_heard;      /* «Слушали» rows so far: the item discussed */
  guint       n_headings;   /* cells of the heading row */
  gboolean    has_number, has_date;
} State;

static char *
text (MkImportRun *run,
      guint        column)
{
  return mk_column_map_dup_text (run->map, run->reader, column);
}

/* VALUE (NULL: empty) into FIELD: no field of a protocol is NULL. */
static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

/* The item under discussion; NULL with an error on the row before the
 * first «Слушали». */
static MkProtocolItem *
current_item (MkImportRun *run)
{
  State *s = run->data;

  if (s->n_heard == 0 || s->n_heard > s->protocol->items->len)
    {
      mk_import_row_error (run->report, run->reader,
                           _("a text, table or decision before the first «Слушали» row: "
                             "say first whose report on which agenda item it follows"));
      return NULL;
    }
  return s->protocol->items->pdata[s->n_heard - 1];
}

/* «ключ=значение; ключ=значение» of the extra column; FALSE with an error
 * naming a pair that has no «=» or a key not in KEYS. */
static GHashTable *
read_pairs (MkImportRun        *run,
            const char         *pairs,
            const char *const  *keys)
{
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) parts = g_strsplit (pairs, ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *pair = g_strstrip (g_strdup (parts[i]));
      char *equals = strchr (pair, '=');
      g_autofree char *key = NULL;

      if (*pair == '\0')
        continue;
      key = equals != NULL ? g_strstrip (g_strndup (pair, (gsize) (equals - pair))) : NULL;
      if (key == NULL || !g_strv_contains (keys, key))
        {
          g_autofree char *known = g_strjoinv (", ", (char **) keys);
          mk_import_row_error (run->report, run->reader,
                               _("column Дополнительно: «%s» is not a parameter; write "
                                 "key=value pairs separated by «;» with the keys %s"), pair, known);
          return NULL;
        }
      g_hash_table_replace (map, g_steal_pointer (&key), g_strstrip (g_strdup (equals + 1)));
    }
  return g_steal_pointer (&map);
}

static void
read_table (MkImportRun    *run,
            MkProtocolItem *item,
            const char     *report,
            const char     *extra)
{
  static const char *const keys[] = { "муниципалитет", "школа", "учебный год", "с года", NULL };
  g_autoptr(GHashTable) pairs = read_pairs (run, extra, keys);
  g_autoptr(MkProtocolBlock) block = NULL;
  const char *year, *first;

  if (pairs == NULL)
    return;
  if (*report == '\0')
    {
      mk_import_row_error (run->report, run->reader,
                           _("column Текст: a table needs the id of a report, as "
                             "«mayak-cli report --list» prints them"));
      return;
    }
  block = mk_protocol_block_new_table (report);
  replace (&block->municipality, g_hash_table_lookup (pairs, "муниципалитет"));
  replace (&block->school, g_hash_table_lookup (pairs, "школа"));
  year = g_hash_table_lookup (pairs, "учебный год");
  first = g_hash_table_lookup (pairs, "с года");
  if ((year != NULL && !mk_school_year_parse (year, &block->school_year)) ||
      (first != NULL && !mk_school_year_parse (first, &block->first_year)))
    {
      mk_import_row_error (run->report, run->reader,
                           _("column Дополнительно: «%s» is not a school year like 2022/2023"),
                           year != NULL && block->school_year == 0 ? year : first);
      return;
    }
  g_ptr_array_add (item->blocks, g_steal_pointer (&block));
}

static void
read_decision (MkImportRun    *run,
               MkProtocolItem *item,
               const char     *value,
               const char     *extra)
{
  static const char *const keys[] = { "ответственный", "срок", "школы", NULL };
  g_autoptr(GHashTable) pairs = read_pairs (run, extra, keys);
  g_autoptr(MkProtocolDecision) decision = mk_protocol_decision_new (value);
  const char *deadline;

  if (pairs == NULL)
    return;
  replace (&decision->responsible, g_hash_table_lookup (pairs, "ответственный"));
  replace (&decision->schools, g_hash_table_lookup (pairs, "школы"));
  deadline = g_hash_table_lookup (pairs, "срок");
  if (deadline != NULL && !mk_date_from_dmy (deadline, &decision->deadline))
    {
      mk_import_row_error (run->report, run->reader,
                           _("column Дополнительно: the deadline «%s» is not a date like 31.12.2022"),
                           deadline);
      return;
    }
  g_ptr_array_add (item->decisions, g_steal_pointer (&decision));
}

static void
read_subitem (MkImportRun    *run,
              MkProtocolItem *item,
              const char     *value)
{
  if (item->decisions->len == 0)
    {
      mk_import_row_error (run->report, run->reader,
                           _("a «Подпункт» before any «Решение»: it must follow its decision"));
      return;
    }
  g_ptr_array_add (((MkProtocolDecision *) g_ptr_array_index (item->decisions,
                                                              item->decisions->len - 1))->subitems,
                   g_strdup (value));
}

static void
read_heading_part (MkImportRun *run,
                   const char  *part,
                   const char  *value,
                   const char  *extra)
{
  State *s = run->data;
  MkProtocol *p = s->protocol;

  if (g_str_equal (part, "Номер"))
    s->has_number = (replace (&p->number, value), *value != '\0');
  else if (g_str_equal (part, "Дата") && !(s->has_date = mk_date_from_dmy (value, &p->date)))
    mk_import_row_error (run->report, run->reader,
                         _("column Текст: «%s» is not a date like 25.05.2022"), value);
  else if (g_str_equal (part, "Орган"))
    replace (&p->body, value);
  else if (g_str_equal (part, "Муниципалитет"))
    replace (&p->municipality, value);
  else if (g_str_equal (part, "Место"))
    replace (&p->place, value);
  else if (g_str_equal (part, "Утверждающий"))
    (replace (&p->approver_name, value), replace (&p->approver_position, extra));
  else if (g_str_equal (part, "Председатель"))
    replace (&p->chair, value);
  else if (g_str_equal (part, "Секретарь"))
    (replace (&p->secretary, value), replace (&p->secretary_position, extra));
  else if (g_str_equal (part, "Заключение"))
    replace (&p->closing, value);
}

static const char *const HEADING_PARTS[] = {
  "Номер", "Дата", "Орган", "Муниципалитет", "Место", "Утверждающий", "Председатель",
  "Секретарь", "Заключение", NULL
};

static void
read_item_part (MkImportRun *run,
                const char  *part,
                const char  *value,
                const char  *extra)
{
  MkProtocolItem *item = current_item (run);

  if (item == NULL)
    return;
  if (g_str_equal (part, "Текст"))
    g_ptr_array_add (item->blocks, mk_protocol_block_new_text (MK_PROTOCOL_PARAGRAPH, value));
  else if (g_str_equal (part, "Пункт"))
    g_ptr_array_add (item->blocks, mk_protocol_block_new_text (MK_PROTOCOL_BULLET, value));
  else if (g_str_equal (part, "Таблица"))
    read_table (run, item, value, extra);
  else if (g_str_equal (part, "Решение"))
    read_decision (run, item, value, extra);
  else
    read_subitem (run, item, value);
}

static const char *const ITEM_PARTS[] = { "Текст", "Пункт", "Таблица", "Решение", "Подпункт", NULL };

/* A cell past the heading's last is text cut off at a «;» of an unquoted
 * cell: the row is refused rather than read short. */
static gboolean
row_fits_heading (MkImportRun *run)
{
  State *s = run->data;

  for (guint i = s->n_headings; i < mk_table_reader_get_n_cells (run->reader); i++)
    if (!mk_import_cell_is_blank (mk_table_reader_get_cell (run->reader, i)))
      {
        mk_import_row_error (run->report, run->reader,
                             _("the row has more cells than the heading: a «Дополнительно» "
                               "with «;» in it must be quoted, \"ключ=значение; ключ=значение\""));
        return FALSE;
      }
  return TRUE;
}

static void
read_row (MkImportRun *run)
{
  State *s = run->data;
  g_autofree char *part = text (run, COL_PART), *value = text (run, COL_TEXT);
  g_autofree char *extra = text (run, COL_EXTRA);

  if (!row_fits_heading (run))
    return;
  if (g_strv_contains (HEADING_PARTS, part))
    read_heading_part (run, part, value, extra);
  else if (g_str_equal (part, "Присутствовали") || g_str_equal (part, "Приглашены"))
    g_ptr_array_add (s->protocol->people,
                     mk_protocol_person_new (value, extra, g_str_equal (part, "Приглашены")));
  else if (g_str_equal (part, "Вопрос"))
    g_ptr_array_add (s->protocol->items, mk_protocol_item_new (value));
  else if (g_str_equal (part, "Слушали"))
    {
      if (++s->n_heard > s->protocol->items->len)
        mk_import_row_error (run->report, run->reader,
                             _("«Слушали» number %u, but the agenda has %u items: list every "
                               "item as a «Вопрос» row first"), s->n_heard, s->protocol->items->len);
      else
        replace (&((MkProtocolItem *) s->protocol->items->pdata[s->n_heard - 1])->heard, value);
    }
  else if (g_strv_contains (ITEM_PARTS, part))
    read_item_part (run, part, value, extra);
  else if (*part != '\0')
    mk_import_row_error (run->report, run->reader,
                         _("column Часть: «%s» is not a part of a protocol; write Номер, Дата, "
                           "Орган, Место, Утверждающий, Присутствовали, Приглашены, Вопрос, "
                           "Слушали, Текст, Пункт, Таблица, Решение, Подпункт, Заключение or "
                           "Секретарь"), part);
}

static gboolean
prepare (MkImportRun  *run,
         GError      **error)
{
  ((State *) run->data)->protocol = mk_protocol_new ();
  return TRUE;
}

static gboolean
header (MkImportRun  *run,
        GError      **error)
{
  ((State *) run->data)->n_headings = mk_table_reader_get_n_cells (run->reader);
  return TRUE;
}

static void
check (MkImportRun *run)
{
  State *s = run->data;

  if (!s->has_number || !s->has_date)
    mk_import_report_add_error (run->report, run->path,
                                _("the protocol needs its «Номер» and «Дата» rows"));
}

/* The protocol of the same number, date and body is replaced while it is
 * a draft; an approved one is never changed by an import. */
static gboolean
write_protocol (MkImportRun  *run,
                GError      **error)
{
  State *s = run->data;
  g_autoptr(GPtrArray) list = mk_store_list_protocols (run->store, error);
  g_autoptr(GError) refused = NULL;

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      MkProtocol *old = list->pdata[i];

      if (g_str_equal (old->number, s->protocol->number) && g_date_compare (&old->date, &s->protocol->date) == 0 &&
          g_str_equal (old->body, s->protocol->body))
        {
          if (mk_protocol_is_approved (old))
            {
              mk_import_report_add_error (run->report, run->path,
                                          _("protocol No %s is approved: an approved protocol "
                                            "is not replaced"), old->number);
              return TRUE;
            }
          s->protocol->id = old->id;
        }
    }
  mk_import_run_count (run, s->protocol->id != 0 ? MK_PUT_REPLACED : MK_PUT_ADDED);
  if (!mk_store_save_protocol (run->store, s->protocol, &refused))
    mk_import_report_add_error (run->report, run->path, "%s", refused->message);
  return TRUE;
}

static void
clear (MkImportRun *run)
{
  g_clear_pointer (&((State *) run->data)->protocol, mk_protocol_free);
}

const MkImporterSpec mk_protocol_importer = {
  .columns = columns,
  .n_columns = N_COLUMNS,
  .data_size = sizeof (State),
  .prepare = prepare,
  .header = header,
  .row = read_row,
  .check = check,
  .write = write_protocol,
  .clear = clear,
};
