/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "mk-column-map.h"
#include "mk-import-values.h"
#include "mk-import.h"
#include "mk-import-walk.h"
#include "mk-procedure-resolver.h"
#include "mk-result-batch.h"

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

typedef struct {
  MkTableReader         *reader;
  MkImportReport        *report;
  const MkImportOptions *options;
  MkColumnMap           *map;
  MkSchoolResolver      *schools;
  MkProcedureResolver   *procedures;
  MkResultBatch         *batch;
  GString               *written;  /* the procedure as the row writes it */
} Import;

static void
import_clear (Import *self)
{
  g_clear_object (&self->reader);
  g_clear_pointer (&self->map, mk_column_map_free);
  g_clear_pointer (&self->schools, mk_school_resolver_free);
  g_clear_pointer (&self->procedures, mk_procedure_resolver_free);
  g_clear_pointer (&self->batch, mk_result_batch_free);
  if (self->written != NULL)
    g_string_free (g_steal_pointer (&self->written), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

static const MkCell empty_cell = { MK_CELL_EMPTY, "", 0.0, FALSE };

static const MkCell *
cell_at (Import *self,
         guint   column)
{
  if (self->map->index[column] < 0)
    return &empty_cell;
  return mk_table_reader_get_cell (self->reader, self->map->index[column]);
}

static gboolean
is_blank (const MkCell *cell)
{
  return cell->type == MK_CELL_EMPTY || mk_text_is_blank (cell->text);
}

static gboolean
read_count (Import *self,
            guint   column,
            int    *value)
{
  const MkCell *cell = cell_at (self, column);

  *value = -1;
  if (is_blank (cell) || mk_cell_get_count (cell, value))
    return TRUE;
  if (mk_number_problem (cell->text) != NULL)
    mk_import_row_error (self->report, self->reader, _("«%s» in the column %s: %s"),
                         cell->text, columns[column].name, mk_number_problem (cell->text));
  else
    mk_import_row_error (self->report, self->reader,
                         _("«%s» in the column %s is not a whole number"),
                         cell->text, columns[column].name);
  return FALSE;
}

static gboolean
read_share (Import *self,
            int    *share)
{
  const MkCell *cell = cell_at (self, COL_LOW_SHARE);

  *share = -1;
  if (is_blank (cell) || mk_cell_get_share (cell, share))
    return TRUE;
  if (mk_number_problem (cell->text) != NULL)
    mk_import_row_error (self->report, self->reader, _("«%s» in the column %s: %s"),
                         cell->text, "low_share", mk_number_problem (cell->text));
  else
    mk_import_row_error (self->report, self->reader,
                       _("«%s» in the column low_share is not a share from 0 to 100 %%"),
                       cell->text);
  return FALSE;
}

static gboolean
read_mark (Import      *self,
           MkResultRow *row)
{
  const MkCell *cell = cell_at (self, COL_MARK);

  if (mk_parse_mark (cell->text, &row->mark_low, &row->non_objective))
    return TRUE;
  mk_import_row_error (self->report, self->reader,
                       _("the mark «%s» is none of Н, Необ. or -"), cell->text);
  return FALSE;
}

static gboolean
read_year (Import *self,
           int    *year)
{
  const MkCell *cell = cell_at (self, COL_YEAR);

  *year = self->options->year;
  if ((*year != 0 && is_blank (cell)) || mk_cell_get_year (cell, year))
    return TRUE;
  mk_import_row_error (self->report, self->reader,
                       _("«%s» is not a calendar year like 2022"), cell->text);
  return FALSE;
}

static void
append_part (Import *self,
             guint   column)
{
  const MkCell *cell = cell_at (self, column);

  if (is_blank (cell))
    return;
  if (self->written->len > 0)
    g_string_append_c (self->written, ' ');
  g_string_append (self->written, cell->text);
}

static gint64
read_procedure (Import *self)
{
  const char *why = NULL;
  gint64 id;

  g_string_truncate (self->written, 0);
  append_part (self, COL_KIND);
  append_part (self, COL_PROCEDURE);
  append_part (self, COL_SUBJECT);
  append_part (self, COL_GRADE);
  if (self->written->len == 0)
    {
      mk_import_row_error (self->report, self->reader, _("the procedure is empty"));
      return 0;
    }
  id = mk_procedure_resolver_resolve (self->procedures, self->written->str, &why);
  if (id == 0)
    mk_import_row_error (self->report, self->reader, "%s", why);
  return id;
}

static gint64
read_school (Import *self)
{
  const char *why = NULL;
  gint64 id = mk_school_resolver_resolve (self->schools,
                                          cell_at (self, COL_MUNICIPALITY)->text,
                                          cell_at (self, COL_SCHOOL)->text, &why);

  if (id == 0)
    mk_import_row_error (self->report, self->reader, "%s", why);
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
check_numbers (Import      *self,
               MkResultRow *row)
{
  gboolean any = row->participants >= 0 || row->low >= 0 || row->low_share >= 0 ||
                 row->mark_low || row->non_objective;

  if (!any)
    mk_import_row_error (self->report, self->reader,
                         _("there is no result: give participants and low, "
                           "a share, or a mark"));
  else if (row->low >= 0 && row->participants < 0)
    mk_import_row_error (self->report, self->reader,
                         _("the number with low results needs the number of participants"));
  else if (row->participants > 0 && row->low < 0 && row->low_share < 0 &&
           !row->mark_low && !row->non_objective)
    mk_import_row_error (self->report, self->reader,
                         _("participants are given but neither low, low_share nor a mark"));
  else if (row->low > row->participants)
    mk_import_row_error (self->report, self->reader,
                         _("%d with low results is more than the %d participants"),
                         row->low, row->participants);
  else
    return TRUE;
  return FALSE;
}

/* A share comes from the numbers when the file gives only them, so that
 * every result with numbers can be shown as a share. */
static void
complete_share (Import      *self,
                MkResultRow *row)
{
  int computed;

  if (row->participants == 0)
    mk_import_row_warning (self->report, self->reader,
                           _("no participants: the result is kept but is never a marker"));
  if (row->participants <= 0 || row->low < 0)
    return;
  computed = share_of (row->low, row->participants);
  if (row->low_share < 0)
    row->low_share = computed;
  else if (abs (row->low_share - computed) > SHARE_TOLERANCE)
    mk_import_row_warning (self->report, self->reader,
                           _("the share %d,%03d %% differs from %d of %d participants; "
                             "the share is kept"),
                           row->low_share / 1000, row->low_share % 1000,
                           row->low, row->participants);
}

static void
read_row (gpointer data)
{
  Import *self = data;
  MkResultRow row = { 0 };
  gboolean ok = TRUE;

  ok &= (row.school_id = read_school (self)) != 0;
  ok &= read_year (self, &row.year);
  ok &= (row.procedure_id = read_procedure (self)) != 0;
  ok &= read_count (self, COL_PARTICIPANTS, &row.participants);
  ok &= read_count (self, COL_LOW, &row.low);
  ok &= read_share (self, &row.low_share);
  ok &= read_mark (self, &row);
  if (!ok || !check_numbers (self, &row))
    return;
  complete_share (self, &row);
  mk_result_batch_add (self->batch, &row, mk_table_reader_get_line (self->reader));
}

/* "%" is all punctuation to the header matcher, so it is looked for as
 * written. */
static void
find_percent_column (Import *self)
{
  for (guint c = 0; c < mk_table_reader_get_n_cells (self->reader); c++)
    {
      g_autofree char *text = g_strstrip (g_strdup (mk_table_reader_get_cell (self->reader, c)->text));
      if (self->map->index[COL_LOW_SHARE] < 0 && g_str_equal (text, "%"))
        self->map->index[COL_LOW_SHARE] = c;
    }
}

static void
check_header (Import *self)
{
  g_autofree char *location = mk_table_reader_dup_location (self->reader);
  MkColumnMap *map = self->map;

  if (!mk_column_map_has (map, COL_YEAR) && self->options->year == 0)
    mk_import_report_add_error (self->report, location,
                                _("the required column «year» (Год) is missing"));
  if (!mk_column_map_has (map, COL_PROCEDURE) &&
      !(mk_column_map_has (map, COL_KIND) && mk_column_map_has (map, COL_SUBJECT)))
    mk_import_report_add_error (self->report, location,
                                _("the column «procedure» (Процедура) or the columns "
                                  "«kind» and «subject» are needed"));
  if (!mk_column_map_has (map, COL_LOW) && !mk_column_map_has (map, COL_LOW_SHARE) &&
      !mk_column_map_has (map, COL_MARK))
    mk_import_report_add_error (self->report, location,
                                _("one of the columns «low», «low_share» or «mark» is needed"));
  if (mk_column_map_has (map, COL_LOW) && !mk_column_map_has (map, COL_PARTICIPANTS))
    mk_import_report_add_error (self->report, location,
                                _("the column «low» needs the column «participants»"));
}

static gboolean
walk_header (gpointer   data,
             GError   **error)
{
  Import *self = data;

  self->map = mk_column_map_new (columns, N_COLUMNS, self->reader, self->report);
  find_percent_column (self);
  check_header (self);
  return TRUE;
}

static gboolean
read_file (Import  *self,
           GError **error)
{
  static const MkImportWalk walk = { walk_header, read_row };

  if (!mk_import_walk_table (self->reader, self->report, self->options,
                             &walk, self, error))
    return FALSE;
  mk_result_batch_check_repeats (self->batch, self->reader, self->report);
  return TRUE;
}

gboolean
mk_import_results (MkStore               *store,
                   const char            *path,
                   const MkImportOptions *options,
                   MkImportReport        *report,
                   GError               **error)
{
  g_auto(Import) self = { NULL, report, options };

  self.reader = mk_table_reader_open (path, options->sheet, &results_limits, error);
  if (self.reader == NULL)
    return FALSE;
  self.schools = mk_school_resolver_new (store, options->create_missing, error);
  self.procedures = self.schools != NULL ? mk_procedure_resolver_new (store, error) : NULL;
  if (self.procedures == NULL)
    return FALSE;
  self.batch = mk_result_batch_new ();
  self.written = g_string_new (NULL);
  if (!read_file (&self, error))
    return FALSE;
  if (mk_import_report_has_errors (report))
    return mk_import_finish (store, options, report, FALSE, error);
  return mk_result_batch_commit (self.batch, store, self.schools, options, report,
                                 path, error);
}
