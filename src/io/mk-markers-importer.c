/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mk-column-map.h"
#include "mk-import-values.h"
#include "mk-import.h"
#include "mk-import-walk.h"
#include "mk-procedure-resolver.h"
#include "mk-result-batch.h"

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

typedef struct {
  MkTableReader         *reader;
  MkImportReport        *report;
  const MkImportOptions *options;
  MkSchoolResolver      *schools;
  MkProcedureResolver   *procedures;
  MkResultBatch         *batch;
  GArray                *columns;  /* Column */
  int                    municipality;  /* column index or -1 */
  int                    school;
} Import;

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->heading);
}

static void
import_clear (Import *self)
{
  g_clear_object (&self->reader);
  g_clear_pointer (&self->schools, mk_school_resolver_free);
  g_clear_pointer (&self->procedures, mk_procedure_resolver_free);
  g_clear_pointer (&self->batch, mk_result_batch_free);
  g_clear_pointer (&self->columns, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

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
header_error (Import     *self,
              guint       line,
              guint       column,
              const char *heading,
              const char *message)
{
  g_autofree char *location = mk_import_location (self->reader, line);
  g_autofree char *letter = mk_column_letter (column);

  mk_import_report_add_error (self->report, location, _("column %s «%s»: %s"),
                              letter, heading, message);
}

/* The procedure a column is headed with; the kind comes from the row
 * above when there is one (KIND, carried over empty and merged cells). */
static void
classify_procedure (Import     *self,
                    Column     *column,
                    guint       index,
                    const char *kind,
                    const char *heading,
                    guint       line)
{
  g_autofree char *written = kind != NULL ? g_strconcat (kind, " ", heading, NULL)
                                          : g_strdup (heading);
  const char *why = NULL;

  column->heading = g_strdup (written);
  column->procedure_id = mk_procedure_resolver_resolve (self->procedures, written, &why);
  if (column->procedure_id == 0)
    {
      header_error (self, line, index, written, why);
      return;
    }
  column->role = ROLE_PROCEDURE;
  for (guint c = 0; c < index; c++)
    {
      Column *before = &g_array_index (self->columns, Column, c);
      g_autofree char *letter = NULL;
      g_autofree char *message = NULL;

      if (before->role != ROLE_PROCEDURE || before->procedure_id != column->procedure_id)
        continue;
      letter = mk_column_letter (c);
      message = g_strdup_printf (_("the same procedure as column %s"), letter);
      header_error (self, line, index, written, message);
      return;
    }
}

static gboolean
find_names (Import    *self,
            GPtrArray *top,
            GPtrArray *bottom,
            guint      c)
{
  for (guint spec = 0; spec < G_N_ELEMENTS (name_columns); spec++)
    {
      int *slot = spec == 0 ? &self->municipality : &self->school;
      if (*slot < 0 && (is_name_heading (text_at (top, c), spec) ||
                        is_name_heading (text_at (bottom, c), spec)))
        {
          *slot = c;
          g_array_index (self->columns, Column, c).role =
            spec == 0 ? ROLE_MUNICIPALITY : ROLE_SCHOOL;
          return TRUE;
        }
    }
  return FALSE;
}

/* The matrix starts with the school (a municipality column may come
 * first) even when its heading is not one the importer knows. */
static void
default_school_column (Import *self)
{
  int c = self->municipality == 0 ? 1 : 0;

  if (self->school >= 0 || (guint) c >= self->columns->len)
    return;
  self->school = c;
  g_array_index (self->columns, Column, c).role = ROLE_SCHOOL;
}

static void
classify_columns (Import    *self,
                  GPtrArray *top,
                  GPtrArray *bottom,
                  guint      line)
{
  const char *kind = NULL;

  for (guint c = 0; c < self->columns->len; c++)
    find_names (self, top, bottom, c);
  default_school_column (self);
  for (guint c = 0; c < self->columns->len; c++)
    {
      Column *column = &g_array_index (self->columns, Column, c);
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
        classify_procedure (self, column, c, NULL, upper, line);
      else if (bottom != NULL && *lower != '\0')
        classify_procedure (self, column, c, kind, lower, line + 1);
    }
}

/* A matrix of one year counts the markers of that year and earlier ones;
 * a later year's count means the import names the wrong year. */
static void
drop_later_counts (Import *self,
                   guint   line)
{
  g_autofree char *location = mk_import_location (self->reader, line);

  for (guint c = 0; c < self->columns->len; c++)
    {
      Column *column = &g_array_index (self->columns, Column, c);
      g_autofree char *letter = NULL;

      if (column->role != ROLE_YEAR_COUNT || column->year <= self->options->year)
        continue;
      letter = mk_column_letter (c);
      mk_import_report_add_warning (self->report, location,
          _("column %s «%s» counts the markers of %d, after the year of the import "
            "(%d); its numbers are not recorded. Check the year the matrix is for."),
          letter, column->heading, column->year, self->options->year);
      column->role = ROLE_IGNORED;
    }
}

/* One heading row, or two when the first names kinds only ("О Г Э"). */
static gboolean
read_heading (Import  *self,
              GError **error)
{
  g_autoptr(GPtrArray) top = copy_row (self->reader);
  g_autoptr(GPtrArray) bottom = NULL;
  guint line = mk_table_reader_get_line (self->reader);
  g_autofree char *location = mk_import_location (self->reader, line);
  GError *local = NULL;

  if (has_kind_cell (top))
    {
      if (!mk_table_reader_next_nonempty (self->reader, &local))
        return local != NULL ? (g_propagate_error (error, local), FALSE) : TRUE;
      bottom = copy_row (self->reader);
    }
  g_array_set_size (self->columns, MAX (top->len, bottom != NULL ? bottom->len : 0));
  classify_columns (self, top, bottom, line);
  drop_later_counts (self, line);
  if (self->school < 0)
    mk_import_report_add_error (self->report, location,
                                _("the column of school names is missing"));
  return TRUE;
}

static gboolean
read_cell (Import      *self,
           guint        c,
           MkResultRow *row)
{
  const Column *column = &g_array_index (self->columns, Column, c);
  const MkCell *cell = mk_table_reader_get_cell (self->reader, c);
  g_autofree char *letter = NULL;

  if (mk_parse_mark (cell->text, &row->mark_low, &row->non_objective))
    return TRUE;
  letter = mk_column_letter (c);
  mk_import_row_error (self->report, self->reader,
                       _("column %s «%s»: «%s» is none of Н, Необ., - or empty"),
                       letter, column->heading, cell->text);
  return FALSE;
}

/* A count of the markers of another year: the school was assessed that
 * year too, with that many markers, though the marks are of this year
 * only. The count of the matrix's own year is what its marks say. */
static void
read_count (Import *self,
            guint   c,
            gint64  school_id)
{
  const Column *column = &g_array_index (self->columns, Column, c);
  const MkCell *cell = mk_table_reader_get_cell (self->reader, c);
  g_autofree char *letter = NULL;
  int count;

  if (column->year == self->options->year || mk_text_is_blank (cell->text))
    return;
  if (mk_cell_get_count (cell, &count))
    {
      if (school_id != 0)
        mk_result_batch_add_listing (self->batch, school_id, column->year, count);
      return;
    }
  letter = mk_column_letter (c);
  mk_import_row_error (self->report, self->reader,
                       _("column %s «%s»: «%s» is not a number of markers"),
                       letter, column->heading, cell->text);
}

/* Rows without a school that carry no marks (totals, notes) are not
 * schools; "Итого"/"Всего" rows neither. */
static gboolean
is_school_row (Import     *self,
               const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  g_strstrip (folded);
  if (g_str_has_prefix (folded, "итого") || g_str_has_prefix (folded, "всего"))
    return FALSE;
  if (*folded != '\0')
    return TRUE;
  for (guint c = 0; c < self->columns->len; c++)
    if (g_array_index (self->columns, Column, c).role == ROLE_PROCEDURE &&
        !mk_text_is_blank (mk_table_reader_get_cell (self->reader, c)->text))
      return TRUE;
  return FALSE;
}

static void
read_row (gpointer data)
{
  Import *self = data;
  const char *name = mk_table_reader_get_cell (self->reader, self->school)->text;
  const char *municipality = self->municipality >= 0
    ? mk_table_reader_get_cell (self->reader, self->municipality)->text : "";
  const char *why = NULL;
  MkResultRow row = { 0, self->options->year, 0, NULL, -1, -1, -1, FALSE, FALSE };

  if (!is_school_row (self, name))
    return;
  row.school_id = mk_school_resolver_resolve (self->schools, municipality, name, &why);
  if (row.school_id == 0)
    mk_import_row_error (self->report, self->reader, "%s", why);
  else  /* listed, so assessed: no mark in the row means 0 markers */
    mk_result_batch_add_listing (self->batch, row.school_id, row.year, -1);
  /* The cells are checked even for an unknown school: all errors at once. */
  for (guint c = 0; c < self->columns->len; c++)
    {
      if (g_array_index (self->columns, Column, c).role == ROLE_YEAR_COUNT)
        read_count (self, c, row.school_id);
      if (g_array_index (self->columns, Column, c).role != ROLE_PROCEDURE ||
          !read_cell (self, c, &row) || (!row.mark_low && !row.non_objective) ||
          row.school_id == 0)
        continue;
      row.procedure_id = g_array_index (self->columns, Column, c).procedure_id;
      mk_result_batch_add (self->batch, &row, mk_table_reader_get_line (self->reader));
    }
}

static gboolean
walk_header (gpointer   data,
             GError   **error)
{
  Import *self = data;

  return read_heading (self, error);
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
mk_import_markers (MkStore               *store,
                   const char            *path,
                   const MkImportOptions *options,
                   MkImportReport        *report,
                   GError               **error)
{
  g_auto(Import) self = { NULL, report, options };

  if (options->year < 1990 || options->year > 2100)
    {
      mk_import_report_add_error (report, path,
                                  _("the calendar year of the marker matrix is not given"));
      return mk_import_finish (store, options, report, FALSE, error);
    }
  self.municipality = self.school = -1;
  self.columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self.columns, column_clear);
  self.reader = mk_table_reader_open (path, options->sheet, NULL, error);
  if (self.reader == NULL)
    return FALSE;
  self.schools = mk_school_resolver_new (store, options->create_missing, error);
  self.procedures = self.schools != NULL ? mk_procedure_resolver_new (store, error) : NULL;
  if (self.procedures == NULL)
    return FALSE;
  self.batch = mk_result_batch_new ();
  if (!read_file (&self, error))
    return FALSE;
  if (mk_import_report_has_errors (report))
    return mk_import_finish (store, options, report, FALSE, error);
  return mk_result_batch_commit (self.batch, store, self.schools, options, report,
                                 path, error);
}
