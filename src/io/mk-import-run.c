/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-import-run.h"
#include "mk-import-values.h"
#include "mk-result-batch.h"

/* Often enough for a smooth bar, rarely enough to cost nothing. */
#define PROGRESS_EVERY 4096

G_DEFINE_QUARK (mk-import-error-quark, mk_import_error)

MkStore *
mk_import_open_store (const char             *db_path,
                      const MkImportOptions  *options,
                      GError                **error)
{
  if (options->dry_run)
    return mk_store_open_copy (db_path, error);
  return mk_store_open (db_path, error);
}

void
mk_import_progress (const MkImportOptions *options,
                    double                 fraction,
                    const char            *stage)
{
  if (options != NULL && options->progress != NULL)
    options->progress (fraction, stage, options->progress_data);
}

static gboolean
read_header (const MkImporterSpec  *spec,
             MkImportRun           *run,
             GError               **error)
{
  if (spec->columns != NULL)
    run->map = mk_column_map_new (spec->columns, spec->n_columns, run->reader,
                                  run->report);
  return spec->header == NULL || spec->header (run, error);
}

static gboolean
read_records (const MkImporterSpec  *spec,
              MkImportRun           *run,
              GError               **error)
{
  GError *local = NULL;
  guint rows = 0;
  /* The header's place, for a file that has nothing under it. */
  g_autofree char *header = mk_table_reader_dup_location (run->reader);

  while (mk_table_reader_next_nonempty (run->reader, &local) &&
         !mk_import_too_many_errors (run->report, run->reader))
    {
      spec->row (run);
      /* The size of the file is not known row by row: -1 asks for a
       * pulsing bar. */
      if (++rows % PROGRESS_EVERY == 0)
        mk_import_progress (run->options, -1, _("Reading"));
    }
  if (local != NULL)
    return (g_propagate_error (error, local), FALSE);
  /* Importing nothing from a file that was meant to hold data is a
   * mistake (the wrong sheet, rows lost on export), not a success. */
  if (rows == 0)
    mk_import_report_add_error (run->report, header,
                                _("the file has a header but no data rows; add the rows "
                                  "under the header, or choose the sheet or file that has them"));
  return TRUE;
}

/* The first non-empty row is the header, each further non-empty row a
 * record. FALSE with ERROR when the reader fails; an empty file, header
 * errors and a header with no rows under it are reported. */
static gboolean
read_table (const MkImporterSpec  *spec,
            MkImportRun           *run,
            GError               **error)
{
  GError *local = NULL;

  mk_import_progress (run->options, -1, _("Reading"));
  if (!mk_table_reader_next_nonempty (run->reader, &local))
    {
      if (local != NULL)
        return (g_propagate_error (error, local), FALSE);
      mk_import_report_add_error (run->report, mk_table_reader_get_path (run->reader),
                                  _("the file has no rows"));
      return TRUE;
    }
  if (!read_header (spec, run, error))
    return FALSE;
  if (mk_import_report_has_errors (run->report))
    return TRUE;
  if (!read_records (spec, run, error))
    return FALSE;
  if (spec->check != NULL)
    spec->check (run);
  return TRUE;
}

/* Ends a validated import: refuses it on errors, rolls a dry run back,
 * commits the rest. WRITTEN says whether a transaction is open. */
static gboolean
finish (MkImportRun  *run,
        gboolean      written,
        GError      **error)
{
  MkImportReport *report = run->report;

  if (mk_import_report_has_errors (report))
    {
      if (written)
        mk_store_rollback (run->store);
      mk_import_report_reset_counts (report);
      g_set_error (error, MK_IMPORT_ERROR, MK_IMPORT_ERROR_REFUSED,
                   ngettext ("The file was refused: %u error; nothing was written.",
                             "The file was refused: %u errors; nothing was written.",
                             mk_import_report_get_errors (report)->len),
                   mk_import_report_get_errors (report)->len);
      return FALSE;
    }
  if (run->options->dry_run)
    {
      mk_store_rollback (run->store);
      return TRUE;
    }
  return mk_store_commit (run->store, error);
}

static gboolean
write_rows (const MkImporterSpec  *spec,
            MkImportRun           *run,
            GError               **error)
{
  if (spec->write != NULL)
    return spec->write (run, error);
  for (guint i = 0; i < run->rows->len; i++)
    if (!spec->write_row (run, run->rows->pdata[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
write_in_transaction (const MkImporterSpec  *spec,
                      MkImportRun           *run,
                      GError               **error)
{
  gint64 start_time = g_get_monotonic_time ();
  gboolean ok;

  if (!mk_store_begin (run->store, error))
    return FALSE;
  if (!write_rows (spec, run, error))
    {
      mk_store_rollback (run->store);
      mk_import_report_reset_counts (run->report);
      return FALSE;
    }
  ok = finish (run, TRUE, error);
  g_debug ("import written and committed in %" G_GINT64_FORMAT " ms",
           (g_get_monotonic_time () - start_time) / 1000);
  return ok;
}

static gboolean
read_and_write (const MkImporterSpec  *spec,
                MkImportRun           *run,
                GError               **error)
{
  if (spec->prepare != NULL && !spec->prepare (run, error))
    return FALSE;
  if (mk_import_report_has_errors (run->report))
    return finish (run, FALSE, error);
  run->reader = mk_table_reader_open (run->path, run->options->sheet, spec->limits, error);
  if (run->reader == NULL || !read_table (spec, run, error))
    return FALSE;
  if (mk_import_report_has_errors (run->report))
    return finish (run, FALSE, error);
  return write_in_transaction (spec, run, error);
}

gboolean
mk_import_run (const MkImporterSpec   *spec,
               MkStore                *store,
               const char             *path,
               const MkImportOptions  *options,
               MkImportReport         *report,
               GError                **error)
{
  MkImportRun run = { store, path, options, report, NULL, NULL, NULL, NULL, NULL };
  gboolean ok;

  run.data = g_malloc0 (MAX (spec->data_size, 1));
  if (spec->free_row != NULL)
    run.rows = g_ptr_array_new_with_free_func (spec->free_row);
  ok = read_and_write (spec, &run, error);
  if (spec->clear != NULL)
    spec->clear (&run);
  g_free (run.data);
  g_clear_pointer (&run.rows, g_ptr_array_unref);
  g_clear_pointer (&run.seen, g_hash_table_unref);
  g_clear_pointer (&run.map, mk_column_map_free);
  g_clear_object (&run.reader);
  return ok;
}

static const MkCell empty_cell = { MK_CELL_EMPTY, "", 0.0, FALSE };

const MkCell *
mk_import_run_cell (MkImportRun *run,
                    guint        column)
{
  if (run->map == NULL || run->map->index[column] < 0)
    return &empty_cell;
  return mk_table_reader_get_cell (run->reader, run->map->index[column]);
}

gboolean
mk_import_cell_is_blank (const MkCell *cell)
{
  return cell->type == MK_CELL_EMPTY || mk_text_is_blank (cell->text);
}

void
mk_import_run_value_error (MkImportRun *run,
                           guint        column,
                           const char  *format)
{
  const char *text = mk_import_run_cell (run, column)->text;
  const char *name = run->map->specs[column].name;
  const char *problem = mk_number_problem (text);

  if (problem != NULL)
    mk_import_row_error (run->report, run->reader, _("«%s» in the column %s: %s"),
                         text, name, problem);
  else
    mk_import_row_error (run->report, run->reader, format, text, name);
}

gboolean
mk_import_run_read_count (MkImportRun *run,
                          guint        column,
                          int         *count)
{
  const MkCell *cell = mk_import_run_cell (run, column);

  *count = -1;
  if (mk_import_cell_is_blank (cell) || mk_cell_get_count (cell, count))
    return TRUE;
  mk_import_run_value_error (run, column, _("«%s» in the column %s is not a whole number"));
  return FALSE;
}

gboolean
mk_import_run_read_flag (MkImportRun *run,
                         guint        column,
                         gboolean    *yes)
{
  const MkCell *cell = mk_import_run_cell (run, column);

  *yes = FALSE;
  if (mk_import_cell_is_blank (cell) || mk_cell_get_yes_no (cell, yes))
    return TRUE;
  mk_import_run_value_error (run, column, _("«%s» in the column %s is neither да nor нет"));
  return FALSE;
}

gboolean
mk_import_run_read_year (MkImportRun *run,
                         guint        column,
                         int         *year)
{
  const MkCell *cell = mk_import_run_cell (run, column);

  *year = run->options->year;
  if ((*year != 0 && mk_import_cell_is_blank (cell)) || mk_cell_get_year (cell, year))
    return TRUE;
  mk_import_row_error (run->report, run->reader,
                       _("«%s» is not a calendar year like 2022"), cell->text);
  return FALSE;
}

gint64
mk_import_run_resolve_school (MkImportRun      *run,
                              MkSchoolResolver *schools,
                              guint             municipality,
                              guint             school)
{
  const char *why = NULL;
  gint64 id = mk_school_resolver_resolve (schools,
                                          mk_import_run_cell (run, municipality)->text,
                                          mk_import_run_cell (run, school)->text, &why);

  if (id == 0)
    mk_import_row_error (run->report, run->reader, "%s", why);
  return id;
}

static void
add_school_error (MkImportRun *run,
                  const char  *name,
                  GError      *error,
                  GPtrArray   *candidates)
{
  g_autoptr(GString) message = g_string_new (error->message);
  g_autofree char *joined = NULL;

  if (candidates != NULL && candidates->len > 0)
    {
      g_ptr_array_add (candidates, NULL);
      joined = g_strjoinv ("; ", (char **) candidates->pdata);
      g_string_append_printf (message, _(" Did you mean: %s?"), joined);
    }
  mk_import_row_error (run->report, run->reader, "«%s»: %s", name, message->str);
}

gint64
mk_import_run_find_school (MkImportRun *run,
                           guint        municipality,
                           guint        school)
{
  g_autofree char *in = mk_column_map_dup_text (run->map, run->reader, municipality);
  g_autofree char *name = mk_column_map_dup_text (run->map, run->reader, school);
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) found = mk_store_find_school (run->store, in, name,
                                                    &candidates, &error);

  if (found == NULL)
    return (add_school_error (run, name, error, candidates), 0);
  return mk_school_get_id (found);
}

void
mk_import_run_count (MkImportRun  *run,
                     MkPutOutcome  outcome)
{
  if (outcome == MK_PUT_ADDED)
    mk_import_report_count_added (run->report);
  else if (outcome == MK_PUT_REPLACED)
    mk_import_report_count_replaced (run->report);
  else
    mk_import_report_count_unchanged (run->report);
}

const char *
mk_import_run_first_seen (MkImportRun *run,
                          char        *key)
{
  const char *first;

  if (run->seen == NULL)
    run->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  first = g_hash_table_lookup (run->seen, key);
  if (first != NULL)
    return (g_free (key), first);
  g_hash_table_insert (run->seen, key, mk_table_reader_dup_location (run->reader));
  return NULL;
}

char *
mk_import_location (MkTableReader *reader,
                    guint          line)
{
  const char *sheet = mk_table_reader_get_sheet (reader);

  if (sheet != NULL)
    return g_strdup_printf ("%s:%s!%u", mk_table_reader_get_path (reader), sheet, line);
  return g_strdup_printf ("%s:%u", mk_table_reader_get_path (reader), line);
}

static void
add_row_message (MkImportReport *report,
                 MkTableReader  *reader,
                 gboolean        is_error,
                 const char     *format,
                 va_list         args)
{
  g_autofree char *location = mk_table_reader_dup_location (reader);
  g_autofree char *message = g_strdup_vprintf (format, args);

  if (is_error)
    mk_import_report_add_error (report, location, "%s", message);
  else
    mk_import_report_add_warning (report, location, "%s", message);
}

void
mk_import_row_error (MkImportReport *report,
                     MkTableReader  *reader,
                     const char     *format,
                     ...)
{
  va_list args;

  va_start (args, format);
  add_row_message (report, reader, TRUE, format, args);
  va_end (args);
}

void
mk_import_row_warning (MkImportReport *report,
                       MkTableReader  *reader,
                       const char     *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  add_row_message (report, reader, FALSE, format, args);
  va_end (args);
}

gboolean
mk_import_too_many_errors (MkImportReport *report,
                           MkTableReader  *reader)
{
  if (mk_import_report_get_errors (report)->len < MK_IMPORT_MAX_ERRORS)
    return FALSE;
  mk_import_row_error (report, reader,
                       _("too many errors: the rest of the file was not checked"));
  return TRUE;
}
