/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mk-column-map.h"
#include "mk-import-values.h"
#include "mk-import.h"
#include "mk-import-walk.h"
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

typedef struct {
  MkContextRow  row;
  guint         line;
} Pending;

typedef struct {
  MkTableReader         *reader;
  MkImportReport        *report;
  const MkImportOptions *options;
  MkColumnMap           *map;
  MkSchoolResolver      *schools;
  GArray                *rows;   /* Pending */
  GHashTable            *seen;   /* "school id:year" → first line */
} Import;

static void
import_clear (Import *self)
{
  g_clear_object (&self->reader);
  g_clear_pointer (&self->map, mk_column_map_free);
  g_clear_pointer (&self->schools, mk_school_resolver_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
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

/* FORMAT names the cell's text first and the column second; a number
 * refused for its digits or spaces says so instead. */
static void
value_error (Import     *self,
             guint       column,
             const char *format)
{
  const char *text = cell_at (self, column)->text;
  const char *problem = mk_number_problem (text);

  if (problem != NULL)
    mk_import_row_error (self->report, self->reader, _("«%s» in the column %s: %s"),
                         text, columns[column].name, problem);
  else
    mk_import_row_error (self->report, self->reader, format, text, columns[column].name);
}

static gboolean
read_isbsh (Import *self,
            int    *isbsh)
{
  const MkCell *cell = cell_at (self, COL_ISBSH);
  gint64 tenths = 0;

  *isbsh = -1;
  if (is_blank (cell))
    return TRUE;
  if (mk_cell_get_decimal (cell, 1, &tenths) && tenths <= 1000)
    return (*isbsh = (int) tenths, TRUE);
  value_error (self, COL_ISBSH, _("«%s» in the column %s is not an index from 0 to 100"));
  return FALSE;
}

static gboolean
read_count (Import *self,
            guint   column,
            int    *count)
{
  const MkCell *cell = cell_at (self, column);

  *count = -1;
  if (is_blank (cell) || mk_cell_get_count (cell, count))
    return TRUE;
  value_error (self, column, _("«%s» in the column %s is not a whole number"));
  return FALSE;
}

static gboolean
read_project_500 (Import *self,
                  int    *project_500)
{
  const MkCell *cell = cell_at (self, COL_PROJECT_500);
  gboolean yes = FALSE;

  *project_500 = -1;
  if (is_blank (cell))
    return TRUE;
  if (mk_cell_get_yes_no (cell, &yes))
    return (*project_500 = yes, TRUE);
  value_error (self, COL_PROJECT_500, _("«%s» in the column %s is neither да nor нет"));
  return FALSE;
}

/* A region's list gives only the total, as "3Н" (three markers). */
static gboolean
read_reported (Import *self,
               int    *markers)
{
  const MkCell *cell = cell_at (self, COL_REPORTED_MARKERS);
  g_autofree char *text = g_strstrip (g_strdup (cell->text));
  MkCell bare = *cell;
  gsize len = strlen (text);

  *markers = -1;
  if (is_blank (cell))
    return TRUE;
  if (len >= 2 && (g_str_has_suffix (text, "Н") || g_str_has_suffix (text, "н")))
    text[len - 2] = '\0';
  bare.text = text;
  if (mk_cell_get_count (&bare, markers))
    return TRUE;
  value_error (self, COL_REPORTED_MARKERS,
               _("«%s» in the column %s is not a number of markers like 3 or 3Н"));
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

static gboolean
check_repeat (Import        *self,
              MkContextRow  *row)
{
  char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%d", row->school_id, row->year);
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (self->seen, key));

  if (first == 0)
    {
      g_hash_table_insert (self->seen, key,
                           GUINT_TO_POINTER (mk_table_reader_get_line (self->reader)));
      return TRUE;
    }
  g_free (key);
  mk_import_row_error (self->report, self->reader,
                       _("the same school and year as on line %u"), first);
  return FALSE;
}

static void
read_row (gpointer data)
{
  Import *self = data;
  Pending pending = { { 0 }, mk_table_reader_get_line (self->reader) };
  MkContextRow *row = &pending.row;
  const char *why = NULL;
  gboolean ok = TRUE;

  row->school_id = mk_school_resolver_resolve (self->schools,
                                               cell_at (self, COL_MUNICIPALITY)->text,
                                               cell_at (self, COL_SCHOOL)->text, &why);
  if (row->school_id == 0)
    mk_import_row_error (self->report, self->reader, "%s", why);
  ok &= row->school_id != 0;
  ok &= read_year (self, &row->year);
  ok &= read_isbsh (self, &row->isbsh);
  ok &= read_count (self, COL_STUDENTS, &row->students);
  ok &= read_project_500 (self, &row->project_500);
  ok &= read_reported (self, &row->reported_markers);
  if (ok && check_repeat (self, row))
    g_array_append_val (self->rows, pending);
}

static void
check_header (Import *self)
{
  g_autofree char *location = mk_table_reader_dup_location (self->reader);
  gboolean any = FALSE;

  for (guint c = FIRST_VALUE; c < N_COLUMNS; c++)
    any |= mk_column_map_has (self->map, c);
  if (!any)
    mk_import_report_add_error (self->report, location,
                                _("none of the columns isbsh (ИСБШ), students, "
                                  "project_500 or reported_markers is there"));
  if (!mk_column_map_has (self->map, COL_YEAR) && self->options->year == 0)
    mk_import_report_add_error (self->report, location,
                                _("the required column «year» (Год) is missing"));
}

static gboolean
walk_header (gpointer   data,
             GError   **error)
{
  Import *self = data;

  self->map = mk_column_map_new (columns, N_COLUMNS, self->reader, self->report);
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
  return TRUE;
}

/* Context rows are few (a school a year): one by one, merging with what
 * is stored. */
static gboolean
write_rows (Import   *self,
            MkStore  *store,
            GError  **error)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      MkContextRow *row = &g_array_index (self->rows, Pending, i).row;
      MkPutOutcome outcome;

      row->school_id = mk_school_resolver_real_id (self->schools, row->school_id);
      if (!mk_store_put_context (store, row, TRUE, &outcome, error))
        return FALSE;
      if (outcome == MK_PUT_ADDED)
        mk_import_report_count_added (self->report);
      else if (outcome == MK_PUT_REPLACED)
        mk_import_report_count_replaced (self->report);
      else
        mk_import_report_count_unchanged (self->report);
    }
  return TRUE;
}

static gboolean
commit (Import     *self,
        MkStore    *store,
        const char *path,
        GError    **error)
{
  if (!mk_store_begin (store, error))
    return FALSE;
  if (!mk_school_resolver_create (self->schools, self->report, path, error) ||
      !write_rows (self, store, error))
    {
      mk_store_rollback (store);
      mk_import_report_reset_counts (self->report);
      return FALSE;
    }
  return mk_import_finish (store, self->options, self->report, TRUE, error);
}

gboolean
mk_import_context (MkStore               *store,
                   const char            *path,
                   const MkImportOptions *options,
                   MkImportReport        *report,
                   GError               **error)
{
  g_auto(Import) self = { NULL, report, options };

  self.reader = mk_table_reader_open (path, options->sheet, NULL, error);
  if (self.reader == NULL)
    return FALSE;
  self.schools = mk_school_resolver_new (store, options->create_missing, error);
  if (self.schools == NULL)
    return FALSE;
  self.rows = g_array_new (FALSE, FALSE, sizeof (Pending));
  self.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!read_file (&self, error))
    return FALSE;
  if (mk_import_report_has_errors (report))
    return mk_import_finish (store, options, report, FALSE, error);
  return commit (&self, store, path, error);
}
