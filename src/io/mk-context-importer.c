/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mk-import-values.h"
#include "mk-import-run.h"
#include "mk-result-batch.h"
#include "mk-school-resolver.h"
#include "mk-store-results.h"

enum {
  COL_MUNICIPALITY, COL_SCHOOL, COL_YEAR, COL_ISBSH, COL_STUDENTS,
  COL_PROJECT_500, COL_REPORTED_MARKERS, N_COLUMNS
};

#define FIRST_VALUE COL_ISBSH

/* docs/command-line.md, «context». */
static const MkColumnSpec columns[N_COLUMNS] = {
  { "municipality", { "Муниципальное образование", "МО", "Муниципалитет" }, FALSE },
  { "school", { "name", "Наименование ОО", "ОО",
                "Наименование общеобразовательной организации",
                "Образовательная организация", "Школа" }, TRUE },
  { "year", { "Год", "Календарный год" }, FALSE },
  { "isbsh", { "ИСБШ", "Индекс социального благополучия школы",
               "Индекс социального благополучия" }, FALSE },
  { "students", { "Обучающихся", "Количество обучающихся", "Число обучающихся",
                  "Кол-во обучающихся", "Контингент" }, FALSE },
  { "project_500", { "500+", "Проект 500+", "Участие в 500+", "Участник 500+" }, FALSE },
  { "reported_markers", { "Маркеров", "Число маркеров НР", "Количество маркеров",
                          "Кол-во маркеров", "Маркеры", "Кол-во меток НР" }, FALSE },
};

/* What a context file collects besides what every import does. */
typedef struct {
  MkSchoolResolver      *schools;
  GArray                *rows;   /* MkContextRow */
} Context;

static Context *
own (MkImportRun *run)
{
  return run->data;
}

static gboolean
read_isbsh (MkImportRun *run,
            int         *isbsh)
{
  const MkCell *cell = mk_import_run_cell (run, COL_ISBSH);
  gint64 tenths = 0;

  *isbsh = -1;
  if (mk_import_cell_is_blank (cell))
    return TRUE;
  if (mk_cell_get_decimal (cell, 1, &tenths) && tenths <= 1000)
    return (*isbsh = (int) tenths, TRUE);
  mk_import_run_value_error (run, COL_ISBSH, _("«%s» in the column %s is not an index from 0 to 100"));
  return FALSE;
}

static gboolean
read_project_500 (MkImportRun *run,
                  int         *project_500)
{
  const MkCell *cell = mk_import_run_cell (run, COL_PROJECT_500);
  gboolean yes = FALSE;

  *project_500 = -1;
  if (mk_import_cell_is_blank (cell))
    return TRUE;
  if (mk_cell_get_yes_no (cell, &yes))
    return (*project_500 = yes, TRUE);
  mk_import_run_value_error (run, COL_PROJECT_500, _("«%s» in the column %s is neither да nor нет"));
  return FALSE;
}

/* A region's list gives only the total, as "3Н" (three markers). */
static gboolean
read_reported (MkImportRun *run,
               int         *markers)
{
  const MkCell *cell = mk_import_run_cell (run, COL_REPORTED_MARKERS);
  g_autofree char *text = g_strstrip (g_strdup (cell->text));
  MkCell bare = *cell;
  gsize len = strlen (text);

  *markers = -1;
  if (mk_import_cell_is_blank (cell))
    return TRUE;
  if (len >= 2 && (g_str_has_suffix (text, "Н") || g_str_has_suffix (text, "н")))
    text[len - 2] = '\0';
  bare.text = text;
  if (mk_cell_get_count (&bare, markers))
    return TRUE;
  mk_import_run_value_error (run, COL_REPORTED_MARKERS,
               _("«%s» in the column %s is not a number of markers like 3 or 3Н"));
  return FALSE;
}

static gboolean
check_repeat (MkImportRun  *run,
              MkContextRow *row)
{
  const char *first = mk_import_run_first_seen (run,
      g_strdup_printf ("%" G_GINT64_FORMAT ":%d", row->school_id, row->year));

  if (first == NULL)
    return TRUE;
  mk_import_row_error (run->report, run->reader,
                       _("the same school and year as at %s"), first);
  return FALSE;
}

static void
read_row (MkImportRun *run)
{
  MkContextRow read = { 0 };
  MkContextRow *row = &read;
  gboolean ok = TRUE;

  row->school_id = mk_import_run_resolve_school (run, own (run)->schools,
                                                 COL_MUNICIPALITY, COL_SCHOOL);
  ok &= row->school_id != 0;
  ok &= mk_import_run_read_year (run, COL_YEAR, &row->year);
  ok &= read_isbsh (run, &row->isbsh);
  ok &= mk_import_run_read_count (run, COL_STUDENTS, &row->students);
  ok &= read_project_500 (run, &row->project_500);
  ok &= read_reported (run, &row->reported_markers);
  if (ok && check_repeat (run, row))
    g_array_append_val (own (run)->rows, read);
}

static void
check_header (MkImportRun *run)
{
  g_autofree char *location = mk_table_reader_dup_location (run->reader);
  gboolean any = FALSE;

  for (guint c = FIRST_VALUE; c < N_COLUMNS; c++)
    any |= mk_column_map_has (run->map, c);
  if (!any)
    mk_import_report_add_error (run->report, location,
                                _("none of the columns isbsh (ИСБШ), students, "
                                  "project_500 or reported_markers is there"));
  if (!mk_column_map_has (run->map, COL_YEAR) && run->options->year == 0)
    mk_import_report_add_error (run->report, location,
                                _("the required column «year» (Год) is missing"));
}

static gboolean
read_header (MkImportRun  *run,
             GError      **error)
{
  check_header (run);
  return TRUE;
}

static gboolean
prepare (MkImportRun  *run,
         GError      **error)
{
  own (run)->schools = mk_school_resolver_new (run->store, run->options->create_missing,
                                               error);
  own (run)->rows = g_array_new (FALSE, FALSE, sizeof (MkContextRow));
  return own (run)->schools != NULL;
}

/* Context rows are few (a school a year): one by one, merging with what
 * is stored. */
static gboolean
write_rows (MkImportRun  *run,
            GError      **error)
{
  Context *self = run->data;

  if (!mk_school_resolver_create (self->schools, run->report, run->path, error))
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      MkContextRow *row = &g_array_index (self->rows, MkContextRow, i);
      MkPutOutcome outcome;

      row->school_id = mk_school_resolver_real_id (self->schools, row->school_id);
      if (!mk_store_put_context (run->store, row, TRUE, &outcome, error))
        return FALSE;
      mk_import_run_count (run, outcome);
    }
  return TRUE;
}

static void
clear (MkImportRun *run)
{
  g_clear_pointer (&own (run)->schools, mk_school_resolver_free);
  g_clear_pointer (&own (run)->rows, g_array_unref);
}

/* ИСБШ, students, «500+» and reported marker totals per school × year
 * (docs/command-line.md, «context»). Columns the file lacks and empty cells
 * keep what is stored. */
const MkImporterSpec mk_context_importer = {
  .columns = columns,
  .n_columns = N_COLUMNS,
  .data_size = sizeof (Context),
  .prepare = prepare,
  .header = read_header,
  .row = read_row,
  .write = write_rows,
  .clear = clear,
};
