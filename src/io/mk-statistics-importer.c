/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mk-text.h"
#include "mk-import-values.h"
#include "mk-import-run.h"
#include "mk-result-batch.h"
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

/* A count, or Таблица 3's «75/19,9%»: the count before the slash. */
static gboolean
read_count (MkImportRun *run,
            guint        column,
            guint       *count)
{
  g_autofree char *text = mk_column_map_dup_text (run->map, run->reader, column);
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
    mk_import_row_error (run->report, run->reader, _("«%s» in the column %s: %s"),
                         text, columns[column].name, mk_number_problem (number));
  else
    mk_import_row_error (run->report, run->reader,
                         _("«%s» in the column %s is not a whole number"),
                         text, columns[column].name);
  return FALSE;
}

static gboolean
check_repeat (MkImportRun *run,
              MkStatistic *statistic)
{
  g_autofree char *folded = mk_text_fold (mk_statistic_get_scope (statistic));
  const char *first = mk_import_run_first_seen (run,
      g_strdup_printf ("%d:%s", mk_statistic_get_school_year (statistic), folded));

  if (first == NULL)
    return TRUE;
  mk_import_row_error (run->report, run->reader,
                       _("the same school year and scope as at %s"), first);
  return FALSE;
}

static void
read_row (MkImportRun *run)
{
  g_autofree char *year_text = mk_column_map_dup_text (run->map, run->reader, COL_YEAR);
  g_autofree char *scope = mk_column_map_dup_text (run->map, run->reader, COL_SCOPE);
  g_autofree char *note = mk_column_map_dup_text (run->map, run->reader, COL_NOTE);
  g_autoptr(MkStatistic) statistic = NULL;
  g_autoptr(GError) error = NULL;
  guint schools = 0, snro = 0;
  int year = 0;
  gboolean ok = TRUE;

  if (!mk_school_year_parse (year_text, &year))
    {
      mk_import_row_error (run->report, run->reader,
                           _("«%s» is not a school year like 2022/2023"), year_text);
      ok = FALSE;
    }
  ok &= read_count (run, COL_SCHOOLS, &schools);
  ok &= read_count (run, COL_SNRO, &snro);
  if (!ok)
    return;
  statistic = mk_statistic_new (year, scope, schools, snro, note);
  if (!mk_statistic_check (statistic, &error))
    mk_import_row_error (run->report, run->reader, "%s", error->message);
  else if (check_repeat (run, statistic))
    {
      Pending *pending = g_new0 (Pending, 1);

      pending->statistic = g_steal_pointer (&statistic);
      pending->location = mk_table_reader_dup_location (run->reader);
      g_ptr_array_add (run->rows, pending);
    }
}

static gboolean
write_row (MkImportRun  *run,
           gpointer      row,
           GError      **error)
{
  Pending *p = row;
  g_autoptr(GError) refused = NULL;
  MkPutOutcome outcome;

  if (!mk_store_set_statistic (run->store, p->statistic, &outcome, &refused))
    mk_import_report_add_error (run->report, p->location, "%s", refused->message);
  else
    mk_import_run_count (run, outcome);
  return TRUE;
}

/* External statistics (docs/methodology.md): school_year, scope, schools (in
 * the monitoring), snro, and an optional note; a row per year and scope,
 * replacing what is stored for them. */
const MkImporterSpec mk_statistics_importer = {
  .columns = columns,
  .n_columns = N_COLUMNS,
  .free_row = pending_free,
  .row = read_row,
  .write_row = write_row,
};
