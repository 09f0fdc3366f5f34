/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mk-import-values.h"
#include "mk-import-run.h"
#include "mk-result-import.h"

/* The marker matrix (docs/command-line.md, «markers»): what each column is. */
typedef enum {
  ROLE_IGNORED,       /* sums ("2021 + 2022 годы", "Итого"), numbers, blanks */
  ROLE_MUNICIPALITY,
  ROLE_SCHOOL,
  ROLE_PROCEDURE,
  ROLE_YEAR_COUNT,    /* the markers of one year: "2021 год" */
} Role;

typedef struct {
  Role    role;
  gint64  procedure_id;
  int     year;           /* of ROLE_YEAR_COUNT */
  char   *heading;        /* as written, for messages */
} Column;

/* Headings of the name columns; the rest of a heading row is procedures. */
static const MkColumnSpec name_columns[] = {
  { "municipality", { "Муниципальное образование", "МО", "Муниципалитет" }, FALSE },
  { "school", { "name", "Наименование ОО", "ОО",
                "Наименование общеобразовательной организации",
                "Образовательная организация", "Школа" }, FALSE },
};

/* What a marker matrix collects besides what every import does. */
typedef struct {
  MkResultImport         base;
  GArray                *columns;  /* Column */
  int                    municipality;  /* column index or -1 */
  int                    school;
} Markers;

static Markers *
own (MkImportRun *run)
{
  return run->data;
}

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->heading);
}

static gboolean
matches_spec (const MkColumnSpec *spec,
              const char         *key)
{
  g_autofree char *own = mk_table_header_key (spec->name);

  if (*key != '\0' && g_str_equal (own, key))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (spec->aliases) && spec->aliases[i]; i++)
    {
      g_autofree char *alias = mk_table_header_key (spec->aliases[i]);
      if (*key != '\0' && g_str_equal (alias, key))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_name_heading (const char *text,
                 guint       spec)
{
  g_autofree char *key = mk_table_header_key (text);

  return matches_spec (&name_columns[spec], key);
}

/* Counts and row numbers beside the procedures: "2021 год",
 * "2021 + 2022 годы", "Кол-во меток НР", "Итого", "№ п/п". */
static gboolean
is_count_heading (const char *text)
{
  static const char * const words[] = { "колво", "количество", "меток", "маркер",
                                        "итого", "всего", "сумма", "№" };
  g_autofree char *key = mk_table_header_key (text);
  guint digits = 0;

  for (const char *p = key; *p != '\0' && digits < 4; p++)
    digits = g_ascii_isdigit (*p) ? digits + 1 : 0;
  if (digits == 4)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (key, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The one calendar year a count heading names ("2021 год", "2021"), or 0
 * for a sum over years ("2021 + 2022 годы") and other counts. */
static int
count_heading_year (const char *text)
{
  int year = 0, found = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        continue;
      if (found++ > 0 || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) ||
          !g_ascii_isdigit (p[3]) || g_ascii_isdigit (p[4]))
        return 0;
      year = atoi (p);
      p += 3;
    }
  return year >= 1990 && year <= 2100 ? year : 0;
}

/* A copy of the current row's texts, so that two heading rows can be
 * looked at together. */
static GPtrArray *
copy_row (MkTableReader *reader)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < mk_table_reader_get_n_cells (reader); c++)
    g_ptr_array_add (texts, g_strstrip (g_strdup (mk_table_reader_get_cell (reader, c)->text)));
  return texts;
}

static const char *
text_at (GPtrArray *texts,
         guint      column)
{
  return texts != NULL && column < texts->len ? texts->pdata[column] : "";
}

static gboolean
has_kind_cell (GPtrArray *texts)
{
  for (guint c = 0; c < texts->len; c++)
    if (mk_procedure_parse_kind (texts->pdata[c]) != NULL)
      return TRUE;
  return FALSE;
}

static void
header_error (MkImportRun *run,
              guint        line,
              guint        column,
              const char  *heading,
              const char  *message)
{
  g_autofree char *location = mk_import_location (run->reader, line);
  g_autofree char *letter = mk_column_letter (column);

  mk_import_report_add_error (run->report, location, _("column %s «%s»: %s"),
                              letter, heading, message);
}

/* The procedure a column is headed with; the kind comes from the row
 * above when there is one (KIND, carried over empty and merged cells). */
static void
classify_procedure (MkImportRun *run,
                    Column      *column,
                    guint        index,
                    const char  *kind,
                    const char  *heading,
                    guint        line)
{
  g_autofree char *written = kind != NULL ? g_strconcat (kind, " ", heading, NULL)
                                          : g_strdup (heading);
  const char *why = NULL;

  column->heading = g_strdup (written);
  column->procedure_id = mk_procedure_resolver_resolve (own (run)->base.procedures, written, &why);
  if (column->procedure_id == 0)
    {
      header_error (run, line, index, written, why);
      return;
    }
  column->role = ROLE_PROCEDURE;
  for (guint c = 0; c < index; c++)
    {
      Column *before = &g_array_index (own (run)->columns, Column, c);
      g_autofree char *letter = NULL;
      g_autofree char *message = NULL;

      if (before->role != ROLE_PROCEDURE || before->procedure_id != column->procedure_id)
        continue;
      letter = mk_column_letter (c);
      message = g_strdup_printf (_("the same procedure as column %s"), letter);
      header_error (run, line, index, written, message);
      return;
    }
}

static gboolean
find_names (MkImportRun *run,
            GPtrArray   *top,
            GPtrArray   *bottom,
            guint        c)
{
  for (guint spec = 0; spec < G_N_ELEMENTS (name_columns); spec++)
    {
      int *slot = spec == 0 ? &own (run)->municipality : &own (run)->school;
      if (*slot < 0 && (is_name_heading (text_at (top, c), spec) ||
                        is_name_heading (text_at (bottom, c), spec)))
        {
          *slot = c;
          g_array_index (own (run)->columns, Column, c).role =
            spec == 0 ? ROLE_MUNICIPALITY : ROLE_SCHOOL;
          return TRUE;
        }
    }
  return FALSE;
}

/* The matrix starts with the school (a municipality column may come
 * first) even when its heading is not one the importer knows. */
static void
default_school_column (MkImportRun *run)
{
  int c = own (run)->municipality == 0 ? 1 : 0;

  if (own (run)->school >= 0 || (guint) c >= own (run)->columns->len)
    return;
  own (run)->school = c;
  g_array_index (own (run)->columns, Column, c).role = ROLE_SCHOOL;
}

static void
classify_columns (MkImportRun *run,
                  GPtrArray   *top,
                  GPtrArray   *bottom,
                  guint        line)
{
  const char *kind = NULL;

  for (guint c = 0; c < own (run)->columns->len; c++)
    find_names (run, top, bottom, c);
  default_school_column (run);
  for (guint c = 0; c < own (run)->columns->len; c++)
    {
      Column *column = &g_array_index (own (run)->columns, Column, c);
      const char *upper = text_at (top, c), *lower = text_at (bottom, c);
      const char *top_kind = bottom != NULL ? mk_procedure_parse_kind (upper) : NULL;

      if (top_kind != NULL)
        kind = top_kind;
      else if (*upper != '\0')
        kind = NULL;
      if (column->role != ROLE_IGNORED)
        continue;
      if (is_count_heading (upper) || is_count_heading (lower))
        {
          column->year = count_heading_year (bottom != NULL ? lower : upper);
          column->role = column->year != 0 ? ROLE_YEAR_COUNT : ROLE_IGNORED;
          column->heading = g_strdup (bottom != NULL ? lower : upper);
          continue;
        }
      if (bottom == NULL && *upper != '\0')
        classify_procedure (run, column, c, NULL, upper, line);
      else if (bottom != NULL && *lower != '\0')
        classify_procedure (run, column, c, kind, lower, line + 1);
    }
}

/* A matrix of one year counts the markers of that year and earlier ones;
 * a later year's count means the import names the wrong year. */
static void
drop_later_counts (MkImportRun *run,
                   guint        line)
{
  g_autofree char *location = mk_import_location (run->reader, line);

  for (guint c = 0; c < own (run)->columns->len; c++)
    {
      Column *column = &g_array_index (own (run)->columns, Column, c);
      g_autofree char *letter = NULL;

      if (column->role != ROLE_YEAR_COUNT || column->year <= run->options->year)
        continue;
      letter = mk_column_letter (c);
      mk_import_report_add_warning (run->report, location,
          _("column %s «%s» counts the markers of %d, after the year of the import "
            "(%d); its numbers are not recorded. Check the year the matrix is for."),
          letter, column->heading, column->year, run->options->year);
      column->role = ROLE_IGNORED;
    }
}

/* One heading row, or two when the first names kinds only ("О Г Э"). */
static gboolean
read_heading (MkImportRun  *run,
              GError      **error)
{
  g_autoptr(GPtrArray) top = copy_row (run->reader);
  g_autoptr(GPtrArray) bottom = NULL;
  guint line = mk_table_reader_get_line (run->reader);
  g_autofree char *location = mk_import_location (run->reader, line);
  GError *local = NULL;

  if (has_kind_cell (top))
    {
      if (!mk_table_reader_next_nonempty (run->reader, &local))
        return local != NULL ? (g_propagate_error (error, local), FALSE) : TRUE;
      bottom = copy_row (run->reader);
    }
  g_array_set_size (own (run)->columns, MAX (top->len, bottom != NULL ? bottom->len : 0));
  classify_columns (run, top, bottom, line);
  drop_later_counts (run, line);
  if (own (run)->school < 0)
    mk_import_report_add_error (run->report, location,
                                _("the column of school names is missing"));
  return TRUE;
}

static gboolean
read_cell (MkImportRun *run,
           guint        c,
           MkResultRow *row)
{
  const Column *column = &g_array_index (own (run)->columns, Column, c);
  const MkCell *cell = mk_table_reader_get_cell (run->reader, c);
  g_autofree char *letter = NULL;

  if (mk_parse_mark (cell->text, &row->mark_low, &row->non_objective))
    return TRUE;
  letter = mk_column_letter (c);
  mk_import_row_error (run->report, run->reader,
                       _("column %s «%s»: «%s» is none of Н, Необ., - or empty"),
                       letter, column->heading, cell->text);
  return FALSE;
}

/* A count of the markers of another year: the school was assessed that
 * year too, with that many markers, though the marks are of this year
 * only. The count of the matrix's own year is what its marks say. */
static void
read_year_count (MkImportRun *run,
                 guint        c,
                 gint64       school_id)
{
  const Column *column = &g_array_index (own (run)->columns, Column, c);
  const MkCell *cell = mk_table_reader_get_cell (run->reader, c);
  g_autofree char *letter = NULL;
  int count;

  if (column->year == run->options->year || mk_text_is_blank (cell->text))
    return;
  if (mk_cell_get_count (cell, &count))
    {
      if (school_id != 0)
        mk_result_batch_add_listing (own (run)->base.batch, school_id, column->year, count);
      return;
    }
  letter = mk_column_letter (c);
  mk_import_row_error (run->report, run->reader,
                       _("column %s «%s»: «%s» is not a number of markers"),
                       letter, column->heading, cell->text);
}

/* Rows without a school that carry no marks (totals, notes) are not
 * schools; "Итого"/"Всего" rows neither. */
static gboolean
is_school_row (MkImportRun *run,
               const char  *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  g_strstrip (folded);
  if (g_str_has_prefix (folded, "итого") || g_str_has_prefix (folded, "всего"))
    return FALSE;
  if (*folded != '\0')
    return TRUE;
  for (guint c = 0; c < own (run)->columns->len; c++)
    if (g_array_index (own (run)->columns, Column, c).role == ROLE_PROCEDURE &&
        !mk_text_is_blank (mk_table_reader_get_cell (run->reader, c)->text))
      return TRUE;
  return FALSE;
}

static void
read_row (MkImportRun *run)
{
    const char *name = mk_table_reader_get_cell (run->reader, own (run)->school)->text;
  const char *municipality = own (run)->municipality >= 0
    ? mk_table_reader_get_cell (run->reader, own (run)->municipality)->text : "";
  const char *why = NULL;
  MkResultRow row = { 0, run->options->year, 0, NULL, -1, -1, -1, FALSE, FALSE };

  if (!is_school_row (run, name))
    return;
  row.school_id = mk_school_resolver_resolve (own (run)->base.schools, municipality, name, &why);
  if (row.school_id == 0)
    mk_import_row_error (run->report, run->reader, "%s", why);
  else  /* listed, so assessed: no mark in the row means 0 markers */
    mk_result_batch_add_listing (own (run)->base.batch, row.school_id, row.year, -1);
  /* The cells are checked even for an unknown school: all errors at once. */
  for (guint c = 0; c < own (run)->columns->len; c++)
    {
      if (g_array_index (own (run)->columns, Column, c).role == ROLE_YEAR_COUNT)
        read_year_count (run, c, row.school_id);
      if (g_array_index (own (run)->columns, Column, c).role != ROLE_PROCEDURE ||
          !read_cell (run, c, &row) || (!row.mark_low && !row.non_objective) ||
          row.school_id == 0)
        continue;
      row.procedure_id = g_array_index (own (run)->columns, Column, c).procedure_id;
      mk_result_batch_add (own (run)->base.batch, &row, mk_table_reader_get_line (run->reader));
    }
}

/* The year is not in the file: without it nothing can be read. */
static gboolean
prepare (MkImportRun  *run,
         GError      **error)
{
  Markers *self = run->data;

  if (run->options->year < 1990 || run->options->year > 2100)
    {
      mk_import_report_add_error (run->report, run->path,
                                  _("the calendar year of the marker matrix is not given"));
      return TRUE;
    }
  self->municipality = self->school = -1;
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  return mk_result_import_prepare (run, error);
}

static void
clear (MkImportRun *run)
{
  mk_result_import_clear (run);
  g_clear_pointer (&own (run)->columns, g_array_unref);
}

/* A marker matrix like Приложение 1 of the Smolensk monitoring report
 * (docs/command-line.md, «markers») for OPTIONS->year, which must be set: a
 * school per row, a procedure per column under a one- or two-row heading,
 * cells Н, Необ., - or empty. */
const MkImporterSpec mk_markers_importer = {
  .data_size = sizeof (Markers),
  .prepare = prepare,
  .header = read_heading,
  .row = read_row,
  .check = mk_result_import_check,
  .write = mk_result_import_write,
  .clear = clear,
};
