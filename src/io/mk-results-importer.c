/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "mk-import-values.h"
#include "mk-import-run.h"
#include "mk-result-import.h"

enum {
  COL_MUNICIPALITY, COL_SCHOOL, COL_YEAR, COL_PROCEDURE, COL_KIND, COL_SUBJECT,
  COL_GRADE, COL_PARTICIPANTS, COL_LOW, COL_LOW_SHARE, COL_MARK, N_COLUMNS
};

/* docs/command-line.md, «results». Which of procedure/kind+subject and
 * of low/low_share/mark are needed is checked after the header is read. */
static const MkColumnSpec columns[N_COLUMNS] = {
  { "municipality", { "Муниципальное образование", "МО", "Муниципалитет" }, FALSE },
  { "school", { "name", "Наименование ОО", "ОО",
                "Наименование общеобразовательной организации",
                "Образовательная организация", "Школа" }, TRUE },
  { "year", { "Год", "Год проведения", "Календарный год" }, FALSE },
  { "procedure", { "Процедура", "Оценочная процедура", "Код процедуры" }, FALSE },
  { "kind", { "Вид", "Вид процедуры", "Вид оценочной процедуры" }, FALSE },
  { "subject", { "Предмет", "Учебный предмет" }, FALSE },
  { "grade", { "Класс", "Параллель" }, FALSE },
  { "participants", { "Участники", "Количество участников", "Кол-во участников",
                      "Участников", "Число участников" }, FALSE },
  { "low", { "Получили 2", "Не преодолели порог", "Низкий результат",
             "Не преодолели минимальный порог", "Количество 2", "Кол-во 2" }, FALSE },
  { "low_share", { "Доля 2", "Доля не преодолевших", "%",
                   "Доля низких результатов", "Процент 2", "Доля" }, FALSE },
  { "mark", { "Отметка", "Метка", "Маркер" }, FALSE },
};

/* Long format at national scale: 40,000 schools × 30 procedures × 2
 * years is 2.4 M rows, past the readers' default of 2 M. */
static const MkTableLimits results_limits = {
  .max_file_size = (goffset) 1 << 30,
  .max_rows = 10000000,
};

/* Shares that disagree with low/participants by more than this
 * (thousandths of a percent: 0.1 %) are worth a warning. */
#define SHARE_TOLERANCE 100

/* What a results file collects besides what every import does. */
typedef struct {
  MkResultImport  base;
  GString        *written;  /* the procedure as the row writes it */
} Results;

static Results *
own (MkImportRun *run)
{
  return run->data;
}

static gboolean
read_share (MkImportRun *run,
            int         *share)
{
  const MkCell *cell = mk_import_run_cell (run, COL_LOW_SHARE);

  *share = -1;
  if (mk_import_cell_is_blank (cell) || mk_cell_get_share (cell, share))
    return TRUE;
  mk_import_run_value_error (run, COL_LOW_SHARE,
                             _("«%s» in the column %s is not a share from 0 to 100 %%"));
  return FALSE;
}

static gboolean
read_mark (MkImportRun *run,
           MkResultRow *row)
{
  const MkCell *cell = mk_import_run_cell (run, COL_MARK);

  if (mk_parse_mark (cell->text, &row->mark_low, &row->non_objective))
    return TRUE;
  mk_import_row_error (run->report, run->reader,
                       _("the mark «%s» is none of Н, Необ. or -"), cell->text);
  return FALSE;
}

static void
append_part (MkImportRun *run,
             guint        column)
{
  const MkCell *cell = mk_import_run_cell (run, column);

  if (mk_import_cell_is_blank (cell))
    return;
  if (own (run)->written->len > 0)
    g_string_append_c (own (run)->written, ' ');
  g_string_append (own (run)->written, cell->text);
}

static gint64
read_procedure (MkImportRun *run)
{
  const char *why = NULL;
  gint64 id;

  g_string_truncate (own (run)->written, 0);
  append_part (run, COL_KIND);
  append_part (run, COL_PROCEDURE);
  append_part (run, COL_SUBJECT);
  append_part (run, COL_GRADE);
  if (own (run)->written->len == 0)
    {
      mk_import_row_error (run->report, run->reader, _("the procedure is empty"));
      return 0;
    }
  id = mk_procedure_resolver_resolve (own (run)->base.procedures, own (run)->written->str, &why);
  if (id == 0)
    mk_import_row_error (run->report, run->reader, "%s", why);
  return id;
}

/* The share a row's numbers give, rounded half up. */
static int
share_of (int low,
          int participants)
{
  return (int) ((200000 * (gint64) low / participants + 1) / 2);
}

static gboolean
check_numbers (MkImportRun *run,
               MkResultRow *row)
{
  gboolean any = row->participants >= 0 || row->low >= 0 || row->low_share >= 0 ||
                 row->mark_low || row->non_objective;

  if (!any)
    mk_import_row_error (run->report, run->reader,
                         _("there is no result: give participants and low, "
                           "a share, or a mark"));
  else if (row->low >= 0 && row->participants < 0)
    mk_import_row_error (run->report, run->reader,
                         _("the number with low results needs the number of participants"));
  else if (row->participants > 0 && row->low < 0 && row->low_share < 0 &&
           !row->mark_low && !row->non_objective)
    mk_import_row_error (run->report, run->reader,
                         _("participants are given but neither low, low_share nor a mark"));
  else if (row->low > row->participants)
    mk_import_row_error (run->report, run->reader,
                         _("%d with low results is more than the %d participants"),
                         row->low, row->participants);
  else
    return TRUE;
  return FALSE;
}

/* A share comes from the numbers when the file gives only them, so that
 * every result with numbers can be shown as a share. */
static void
complete_share (MkImportRun *run,
                MkResultRow *row)
{
  int computed;

  if (row->participants == 0)
    mk_import_row_warning (run->report, run->reader,
                           _("no participants: the result is kept but is never a marker"));
  if (row->participants <= 0 || row->low < 0)
    return;
  computed = share_of (row->low, row->participants);
  if (row->low_share < 0)
    row->low_share = computed;
  else if (abs (row->low_share - computed) > SHARE_TOLERANCE)
    mk_import_row_warning (run->report, run->reader,
                           _("the share %d,%03d %% differs from %d of %d participants; "
                             "the share is kept"),
                           row->low_share / 1000, row->low_share % 1000,
                           row->low, row->participants);
}

static void
read_row (MkImportRun *run)
{
    MkResultRow row = { 0 };
  gboolean ok = TRUE;

  row.school_id = mk_import_run_resolve_school (run, own (run)->base.schools,
                                                COL_MUNICIPALITY, COL_SCHOOL);
  ok &= row.school_id != 0;
  ok &= mk_import_run_read_year (run, COL_YEAR, &row.year);
  ok &= (row.procedure_id = read_procedure (run)) != 0;
  ok &= mk_import_run_read_count (run, COL_PARTICIPANTS, &row.participants);
  ok &= mk_import_run_read_count (run, COL_LOW, &row.low);
  ok &= read_share (run, &row.low_share);
  ok &= read_mark (run, &row);
  if (!ok || !check_numbers (run, &row))
    return;
  complete_share (run, &row);
  mk_result_batch_add (own (run)->base.batch, &row, mk_table_reader_get_line (run->reader));
}

/* "%" is all punctuation to the header matcher, so it is looked for as
 * written. */
static void
find_percent_column (MkImportRun *run)
{
  for (guint c = 0; c < mk_table_reader_get_n_cells (run->reader); c++)
    {
      g_autofree char *text = g_strstrip (g_strdup (mk_table_reader_get_cell (run->reader, c)->text));
      if (run->map->index[COL_LOW_SHARE] < 0 && g_str_equal (text, "%"))
        run->map->index[COL_LOW_SHARE] = c;
    }
}

static void
check_header (MkImportRun *run)
{
  g_autofree char *location = mk_table_reader_dup_location (run->reader);
  MkColumnMap *map = run->map;

  if (!mk_column_map_has (map, COL_YEAR) && run->options->year == 0)
    mk_import_report_add_error (run->report, location,
                                _("the required column «year» (Год) is missing"));
  if (!mk_column_map_has (map, COL_PROCEDURE) &&
      !(mk_column_map_has (map, COL_KIND) && mk_column_map_has (map, COL_SUBJECT)))
    mk_import_report_add_error (run->report, location,
                                _("the column «procedure» (Процедура) or the columns "
                                  "«kind» and «subject» are needed"));
  if (!mk_column_map_has (map, COL_LOW) && !mk_column_map_has (map, COL_LOW_SHARE) &&
      !mk_column_map_has (map, COL_MARK))
    mk_import_report_add_error (run->report, location,
                                _("one of the columns «low», «low_share» or «mark» is needed"));
  if (mk_column_map_has (map, COL_LOW) && !mk_column_map_has (map, COL_PARTICIPANTS))
    mk_import_report_add_error (run->report, location,
                                _("the column «low» needs the column «participants»"));
}

static gboolean
read_header (MkImportRun  *run,
             GError      **error)
{
  find_percent_column (run);
  check_header (run);
  return TRUE;
}

static gboolean
prepare (MkImportRun  *run,
         GError      **error)
{
  own (run)->written = g_string_new (NULL);
  return mk_result_import_prepare (run, error);
}

static void
clear (MkImportRun *run)
{
  mk_result_import_clear (run);
  if (own (run)->written != NULL)
    g_string_free (g_steal_pointer (&own (run)->written), TRUE);
}

/* Results in long format (docs/command-line.md, «results»): one row per
 * school × year × procedure with participants and low, a share, or a mark
 * Н/Необ. */
const MkImporterSpec mk_results_importer = {
  .columns = columns,
  .n_columns = N_COLUMNS,
  .limits = &results_limits,
  .data_size = sizeof (Results),
  .prepare = prepare,
  .header = read_header,
  .row = read_row,
  .check = mk_result_import_check,
  .write = mk_result_import_write,
  .clear = clear,
};
