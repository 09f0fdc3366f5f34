/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mk-column-map.h"
#include "mk-import.h"
#include "mk-text.h"
#include "mk-import-values.h"
#include "mk-import-walk.h"
#include "mk-school-year.h"
#include "mk-store-statistics.h"

/* External statistics (docs/methodology.md): a row per school year and
 * scope, with the headings of Таблица 3 of the Smolensk monitoring report
 * among the Russian names. */
enum { COL_YEAR, COL_SCOPE, COL_SCHOOLS, COL_SNRO, COL_NOTE, N_COLUMNS };

static const MkColumnSpec columns[N_COLUMNS] = {
  { "school_year", { "Учебный год", "Год", "year" }, TRUE },
  { "scope", { "Территория", "Регион", "Субъект", "Область", "Охват" }, TRUE },
  { "schools", { "Количество ОО, участвовавших в мониторинге выявления ШНРО, ед.",
                 "ОО в мониторинге", "Количество ОО", "Кол-во ОО", "Школ" }, TRUE },
  { "snro", { "ШНРО", "Количество ШНРО", "Кол-во ШНРО", "Количество/ доля ШНРО" }, TRUE },
  { "note", { "Источник", "Примечание", "source" }, FALSE },
};

typedef struct {
  MkStatistic *statistic;
  char        *location;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_clear_object (&p->statistic);
  g_free (p->location);
  g_free (p);
}

typedef struct {
  MkTableReader  *reader;
  MkImportReport *report;
  MkColumnMap    *map;
  GPtrArray      *rows;   /* Pending */
  GHashTable     *seen;   /* "year:scope key" → location of its first row */
} Reading;

/* A count, or Таблица 3's «75/19,9%»: the count before the slash. */
static gboolean
read_count (Reading    *r,
            guint       column,
            const char *location,
            guint      *count)
{
  g_autofree char *text = mk_column_map_dup_text (r->map, r->reader, column);
  g_autofree char *number = g_strdup (text);
  char *slash = strchr (number, '/');
  MkCell cell = { MK_CELL_TEXT, number, 0.0, FALSE };
  int value = 0;

  if (slash != NULL && column == COL_SNRO)
    *slash = '\0';
  g_strstrip (number);
  if (*number != '\0' && mk_cell_get_count (&cell, &value))
    return (*count = (guint) value, TRUE);
  if (mk_number_problem (number) != NULL)
    mk_import_report_add_error (r->report, location, _("«%s» in the column %s: %s"),
                                text, columns[column].name, mk_number_problem (number));
  else
    mk_import_report_add_error (r->report, location,
                                _("«%s» in the column %s is not a whole number"),
                                text, columns[column].name);
  return FALSE;
}

static gboolean
check_repeat (Reading     *r,
              MkStatistic *statistic,
              const char  *location)
{
  g_autofree char *folded = mk_text_fold (mk_statistic_get_scope (statistic));
  char *key = g_strdup_printf ("%d:%s", mk_statistic_get_school_year (statistic), folded);
  const char *first = g_hash_table_lookup (r->seen, key);

  if (first == NULL)
    {
      g_hash_table_insert (r->seen, key, g_strdup (location));
      return TRUE;
    }
  g_free (key);
  mk_import_report_add_error (r->report, location,
                              _("the same school year and scope as at %s"), first);
  return FALSE;
}

static void
walk_row (gpointer data)
{
  Reading *r = data;
  g_autofree char *location = mk_table_reader_dup_location (r->reader);
  g_autofree char *year_text = mk_column_map_dup_text (r->map, r->reader, COL_YEAR);
  g_autofree char *scope = mk_column_map_dup_text (r->map, r->reader, COL_SCOPE);
  g_autofree char *note = mk_column_map_dup_text (r->map, r->reader, COL_NOTE);
  g_autoptr(MkStatistic) statistic = NULL;
  g_autoptr(GError) error = NULL;
  guint schools = 0, snro = 0;
  int year = 0;
  gboolean ok = TRUE;

  if (!mk_school_year_parse (year_text, &year))
    {
      mk_import_report_add_error (r->report, location,
                                  _("«%s» is not a school year like 2022/2023"), year_text);
      ok = FALSE;
    }
  ok &= read_count (r, COL_SCHOOLS, location, &schools);
  ok &= read_count (r, COL_SNRO, location, &snro);
  if (!ok)
    return;
  statistic = mk_statistic_new (year, scope, schools, snro, note);
  if (!mk_statistic_check (statistic, &error))
    mk_import_report_add_error (r->report, location, "%s", error->message);
  else if (check_repeat (r, statistic, location))
    {
      Pending *pending = g_new0 (Pending, 1);

      pending->statistic = g_steal_pointer (&statistic);
      pending->location = g_steal_pointer (&location);
      g_ptr_array_add (r->rows, pending);
    }
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
      Pending *p = rows->pdata[i];
      g_autoptr(GError) error = NULL;
      MkPutOutcome outcome;

      if (!mk_store_set_statistic (store, p->statistic, &outcome, &error))
        mk_import_report_add_error (report, p->location, "%s", error->message);
      else if (outcome == MK_PUT_ADDED)
        mk_import_report_count_added (report);
      else if (outcome == MK_PUT_REPLACED)
        mk_import_report_count_replaced (report);
      else
        mk_import_report_count_unchanged (report);
    }
}

gboolean
mk_import_statistics (MkStore               *store,
                      const char            *path,
                      const MkImportOptions *options,
                      MkImportReport        *report,
                      GError               **error)
{
  static const MkImportWalk walk = { walk_header, walk_row };
  g_autoptr(MkTableReader) reader = mk_table_reader_open (path, options->sheet,
                                                          NULL, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (pending_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                      g_free, g_free);
  Reading r = { reader, report, NULL, rows, seen };
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
