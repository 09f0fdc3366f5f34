/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mk-import-run.h"
#include "mk-import-values.h"
#include "mk-indicator-value.h"
#include "mk-store-indicators.h"
#include "mk-table-reader.h"
#include "mk-text.h"

/* An indicator table as departments keep them (docs/command-line.md,
 * «indicators»): a few lines naming the set, the municipality and the
 * school (none for the municipality's own table), then the table:
 *   № п/п | Критерий | Показатель (индикатор) | Единица измерения | 2019 год | …
 * with a criterion merged over its indicators (its cells empty below its
 * first row), or
 *   № | Показатель | Значение 2021 года | | Значение 2022 года |
 *     |            | Количество единиц | в % | Количество единиц | в %
 * with sections as rows of their own. Every value is kept as written. */

typedef struct {
  int year;
  int column;
  int share_column;  /* «в %» beside the count; -1 */
} YearColumn;

typedef struct {
  MkIndicator *indicator;
  GPtrArray   *values;   /* MkIndicatorValue, indicator_id 0 until written */
  char        *location;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  mk_indicator_free (p->indicator);
  g_ptr_array_unref (p->values);
  g_free (p->location);
  g_free (p);
}

typedef struct {
  char    *set_title;
  char    *municipality;
  gint64   school_id;
  gboolean school_named;
  gboolean in_table;
  gboolean subheader_checked;
  int      code_column, criterion_column, title_column, unit_column;
  GArray  *years;           /* YearColumn */
  char    *code, *criterion; /* of the rows above, for rows that leave them empty */
  gint64   set_id;
  guint    written;          /* rows written: the next one's place */
  gboolean set_failed;
} Indicators;

static Indicators *
own (MkImportRun *run)
{
  return run->data;
}

static const char *
cell_text (MkImportRun *run,
           int          column)
{
  if (column < 0 || (guint) column >= mk_table_reader_get_n_cells (run->reader))
    return "";
  return mk_table_reader_get_cell (run->reader, (guint) column)->text;
}

static char *
trimmed_cell (MkImportRun *run,
              int          column)
{
  return g_strstrip (g_strdup (cell_text (run, column)));
}

static char *
folded_cell (MkImportRun *run,
             int          column)
{
  return mk_text_fold (cell_text (run, column));
}

/* «2019 год», «Значение 2021 года», «2022»: the year a heading names. */
static int
heading_year (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) && (p == text || !g_ascii_isdigit (p[-1])))
      {
        int year = atoi (p);
        if (year >= 1990 && year <= 2100)
          return year;
      }
  return 0;
}

/* A line above the table: «Набор показателей;…», «Муниципалитет;…»,
 * «Школа;…». FALSE when the row is none of them. */
static gboolean
read_preamble (MkImportRun *run)
{
  Indicators *self = own (run);
  g_autofree char *key = folded_cell (run, 0);
  char **slot = g_str_has_prefix (key, "набор показателей") ? &self->set_title
              : g_str_has_prefix (key, "муниципалитет") || g_str_has_prefix (key, "муниципальное образование")
                ? &self->municipality
              : NULL;

  if (slot != NULL)
    {
      g_free (*slot);
      *slot = trimmed_cell (run, 1);
      return TRUE;
    }
  if (g_str_has_prefix (key, "школа") || g_str_equal (key, "оо"))
    {
      g_autofree char *name = trimmed_cell (run, 1);

      if (self->municipality == NULL)
        {
          mk_import_row_error (run->report, run->reader,
                               _("the school is named before its municipality: put the line "
                                 "«Муниципалитет;<name>» above «Школа;<name>»"));
          return TRUE;
        }
      g_autoptr(GError) error = NULL;
      g_autoptr(MkSchool) school = mk_store_find_school (run->store, self->municipality != NULL
                                                         ? self->municipality : "", name, NULL, &error);

      self->school_named = TRUE;
      if (school == NULL)
        mk_import_row_error (run->report, run->reader, "«%s»: %s", name, error->message);
      else
        self->school_id = mk_school_get_id (school);
      return TRUE;
    }
  return FALSE;
}

/* The table's heading: which column is what. FALSE when the row is not
 * a heading. */
static gboolean
read_heading (MkImportRun *run)
{
  Indicators *self = own (run);

  self->code_column = self->criterion_column = self->title_column = self->unit_column = -1;
  g_array_set_size (self->years, 0);
  for (guint c = 0; c < mk_table_reader_get_n_cells (run->reader); c++)
    {
      g_autofree char *head = folded_cell (run, (int) c);
      YearColumn year = { heading_year (head), (int) c, -1 };

      if (g_str_has_prefix (head, "№"))
        self->code_column = (int) c;
      else if (g_str_has_prefix (head, "критерий") || g_str_has_prefix (head, "направление"))
        self->criterion_column = (int) c;
      else if (g_str_has_prefix (head, "показатель") || g_str_has_prefix (head, "наименование показателя"))
        self->title_column = (int) c;
      else if (g_str_has_prefix (head, "единица"))
        self->unit_column = (int) c;
      else if (year.year != 0)
        g_array_append_val (self->years, year);
    }
  return self->title_column >= 0 && self->years->len > 0;
}

/* The row under a heading with «Количество единиц» and «в %» under each
 * year: the «в %» column is the share of the year to its left. */
static gboolean
read_subheading (MkImportRun *run)
{
  Indicators *self = own (run);
  gboolean found = FALSE;

  /* Only a row of headings: no number, no indicator. */
  if (!mk_text_is_blank (cell_text (run, self->code_column)) ||
      !mk_text_is_blank (cell_text (run, self->title_column)))
    return FALSE;
  for (guint c = 0; c < mk_table_reader_get_n_cells (run->reader); c++)
    {
      g_autofree char *head = folded_cell (run, (int) c);

      if (!g_str_equal (head, "в %") && !g_str_equal (head, "%"))
        continue;
      for (guint y = self->years->len; y-- > 0;)
        if (g_array_index (self->years, YearColumn, y).column < (int) c)
          {
            g_array_index (self->years, YearColumn, y).share_column = (int) c;
            found = TRUE;
            break;
          }
    }
  return found;
}

static gboolean
has_values (MkImportRun *run)
{
  Indicators *self = own (run);

  for (guint y = 0; y < self->years->len; y++)
    {
      const YearColumn *year = &g_array_index (self->years, YearColumn, y);

      if (!mk_text_is_blank (cell_text (run, year->column)) ||
          !mk_text_is_blank (cell_text (run, year->share_column)))
        return TRUE;
    }
  return FALSE;
}

static GPtrArray *
row_values (MkImportRun *run)
{
  Indicators *self = own (run);
  GPtrArray *values = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_indicator_value_free);

  for (guint y = 0; y < self->years->len; y++)
    {
      const YearColumn *year = &g_array_index (self->years, YearColumn, y);
      MkIndicatorValue *value = g_new0 (MkIndicatorValue, 1);

      value->school_id = self->school_id;
      value->year = year->year;
      value->raw = g_strdup (cell_text (run, year->column));
      value->share_raw = g_strdup (cell_text (run, year->share_column));
      g_ptr_array_add (values, value);
    }
  return values;
}

/* Warnings a specialist should see, without refusing the file. */
static void
warn_values (MkImportRun *run,
             Pending     *p)
{
  Indicators *self = own (run);
  MkIndicatorUnit unit = mk_indicator_unit_parse (p->indicator->unit);
  g_autofree MkIndicatorReading *readings = g_new0 (MkIndicatorReading, p->values->len);

  for (guint i = 0; i < p->values->len; i++)
    mk_indicator_value_read (((MkIndicatorValue *) p->values->pdata[i])->raw, &readings[i]);
  for (guint i = 0; i < p->values->len; i++)
    {
      g_autofree char *letter = mk_column_letter ((guint) g_array_index (self->years, YearColumn, i).column);
      g_autofree char *warnings = mk_indicator_warnings (readings, p->values->len, i, unit);
      int year = g_array_index (self->years, YearColumn, i).year;

      if (warnings != NULL)
        mk_import_report_add_warning (run->report, p->location, _("column %s (%d): %s"), letter,
                                      year, warnings);
    }
}

/* «1», «2.»: the number of a section, not of an indicator («1.1»). */
static gboolean
is_top_code (const char *code)
{
  const char *dot = strchr (code, '.');

  return *code != '\0' && (dot == NULL || dot[1] == '\0');
}

static void
inherit (char       **slot,
         const char  *given)
{
  if (*given == '\0')
    return;
  g_free (*slot);
  *slot = g_strdup (given);
}

static void
read_indicator (MkImportRun *run)
{
  Indicators *self = own (run);
  g_autofree char *code = trimmed_cell (run, self->code_column);
  g_autofree char *criterion = trimmed_cell (run, self->criterion_column);
  g_autofree char *title = trimmed_cell (run, self->title_column);
  g_autofree char *unit = trimmed_cell (run, self->unit_column);
  g_autofree char *folded = mk_text_fold (title);
  gboolean section = self->criterion_column < 0 && !has_values (run) && is_top_code (code);
  Pending *p;

  if (*title == '\0')
    {
      mk_import_row_error (run->report, run->reader,
                           _("the indicator has no title in the column «Показатель»"));
      return;
    }
  if (mk_import_run_first_seen (run, g_strdup_printf ("%d:%s", section, folded)) != NULL)
    {
      mk_import_row_error (run->report, run->reader,
                           _("the indicator «%s» is in the table twice"), title);
      return;
    }
  if (self->criterion_column >= 0)
    {
      inherit (&self->code, code);
      inherit (&self->criterion, criterion);
    }
  else if (section)
    inherit (&self->criterion, title);
  p = g_new0 (Pending, 1);
  p->indicator = mk_indicator_new (self->criterion_column >= 0 ? self->code : code,
                                   section ? "" : self->criterion, title, unit);
  p->indicator->section = section;
  p->indicator->paired = !section && self->years->len > 0 &&
                         g_array_index (self->years, YearColumn, 0).share_column >= 0;
  p->values = section ? g_ptr_array_new () : row_values (run);
  p->location = mk_table_reader_dup_location (run->reader);
  warn_values (run, p);
  g_ptr_array_add (run->rows, p);
}

static void
read_line (MkImportRun *run)
{
  Indicators *self = own (run);

  if (!self->in_table)
    {
      if (!read_preamble (run))
        self->in_table = read_heading (run);
      return;
    }
  if (!self->subheader_checked)
    {
      self->subheader_checked = TRUE;
      if (read_subheading (run))
        return;
    }
  read_indicator (run);
}

/* The school the options name, as a «Школа» line would. */
static void
find_school (MkImportRun *run,
             const char  *name)
{
  Indicators *self = own (run);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) school = mk_store_find_school (run->store, self->municipality, name, NULL,
                                                     &error);

  self->school_named = TRUE;
  if (school == NULL)
    mk_import_report_add_error (run->report, run->path, "«%s»: %s", name, error->message);
  else
    self->school_id = mk_school_get_id (school);
}

static gboolean
prepare (MkImportRun  *run,
         GError      **error)
{
  Indicators *self = own (run);
  const MkImportOptions *options = run->options;

  self->years = g_array_new (FALSE, TRUE, sizeof (YearColumn));
  /* What the options say, the file's own lines may say otherwise. */
  self->set_title = g_strdup (options->indicator_set);
  self->municipality = g_strdup (options->municipality);
  if (options->school != NULL && *options->school != '\0')
    {
      if (self->municipality == NULL)
        mk_import_report_add_error (run->report, run->path,
                                    _("a school is named without its municipality"));
      else
        find_school (run, options->school);
    }
  return TRUE;
}

static gboolean
read_first (MkImportRun  *run,
            GError      **error)
{
  read_line (run);
  return TRUE;
}

/* What the file must say besides its rows. */
static void
check (MkImportRun *run)
{
  Indicators *self = own (run);
  const char *where = run->path;

  if (!self->in_table)
    mk_import_report_add_error (run->report, where,
                                _("no table heading found: a row with «Показатель» and a column per "
                                  "year («2021 год») must head the table"));
  if (self->set_title == NULL || *self->set_title == '\0')
    mk_import_report_add_error (run->report, where,
                                _("the file does not name its set of indicators: add a first line "
                                  "«Набор показателей;<title>»"));
  if (self->in_table && run->rows->len == 0)
    mk_import_report_add_error (run->report, where,
                                _("the table has no indicator rows under its heading"));
  if (self->municipality == NULL || *self->municipality == '\0')
    mk_import_report_add_error (run->report, where,
                                _("the file does not name its municipality: add a line "
                                  "«Муниципалитет;<name>» above the table"));
}

static gboolean
write_row (MkImportRun  *run,
           gpointer      row,
           GError      **error)
{
  Indicators *self = own (run);
  Pending *p = row;
  g_autoptr(GError) refused = NULL;

  if (self->set_failed)
    return TRUE;
  if (self->set_id == 0 &&
      !mk_store_ensure_indicator_set (run->store, self->set_title, self->municipality,
                                      &self->set_id, NULL, &refused))
    {
      /* Once: every row of the file would say the same. */
      self->set_failed = TRUE;
      mk_import_report_add_error (run->report, run->path, "%s", refused->message);
      return TRUE;
    }
  if (!mk_store_put_indicator (run->store, self->set_id, p->indicator, NULL, error) ||
      !mk_store_add_indicator_row (run->store, p->indicator, self->school_id, self->written++, error))
    return FALSE;
  for (guint i = 0; i < p->values->len; i++)
    {
      MkIndicatorValue *value = p->values->pdata[i];
      MkPutOutcome outcome;

      /* Only the cells the file fills are written. */
      if (mk_text_is_blank (value->raw) && mk_text_is_blank (value->share_raw))
        continue;
      value->indicator_id = p->indicator->id;
      if (!mk_store_set_indicator_value (run->store, value, &outcome, error))
        return FALSE;
      mk_import_run_count (run, outcome);
    }
  return TRUE;
}

static void
clear (MkImportRun *run)
{
  Indicators *self = own (run);

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->set_title, g_free);
  g_clear_pointer (&self->municipality, g_free);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->criterion, g_free);
}

const MkImporterSpec mk_indicators_importer = {
  .data_size = sizeof (Indicators),
  .free_row = pending_free,
  .prepare = prepare,
  .header = read_first,
  .row = read_line,
  .check = check,
  .write_row = write_row,
  .clear = clear,
};
