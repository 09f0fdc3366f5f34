/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-column-map.h"
#include "mk-import-walk.h"
#include "mk-result-batch.h"

/* Often enough for a smooth bar, rarely enough to cost nothing. */
#define PROGRESS_EVERY 4096

MkStore *
mk_import_open_store (const char            *db_path,
                      const MkImportOptions *options,
                      GError               **error)
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
read_records (MkTableReader         *reader,
              MkImportReport        *report,
              const MkImportOptions *options,
              const MkImportWalk    *walk,
              gpointer               data,
              GError               **error)
{
  GError *local = NULL;
  guint rows = 0;
  /* The header's place, for a file that has nothing under it. */
  g_autofree char *header = mk_table_reader_dup_location (reader);

  while (mk_table_reader_next_nonempty (reader, &local) &&
         !mk_import_too_many_errors (report, reader))
    {
      walk->row (data);
      /* The size of the file is not known row by row: -1 asks for a
       * pulsing bar. */
      if (++rows % PROGRESS_EVERY == 0)
        mk_import_progress (options, -1, _("Reading"));
    }
  if (local != NULL)
    return (g_propagate_error (error, local), FALSE);
  /* Importing nothing from a file that was meant to hold data is a
   * mistake (the wrong sheet, rows lost on export), not a success. */
  if (rows == 0)
    mk_import_report_add_error (report, header,
                                _("the file has a header but no data rows; add the rows "
                                  "under the header, or choose the sheet or file that has them"));
  return TRUE;
}

gboolean
mk_import_walk_table (MkTableReader         *reader,
                      MkImportReport        *report,
                      const MkImportOptions *options,
                      const MkImportWalk    *walk,
                      gpointer               data,
                      GError               **error)
{
  GError *local = NULL;

  mk_import_progress (options, -1, _("Reading"));
  if (!mk_table_reader_next_nonempty (reader, &local))
    {
      if (local != NULL)
        return (g_propagate_error (error, local), FALSE);
      mk_import_report_add_error (report, mk_table_reader_get_path (reader),
                                  _("the file has no rows"));
      return TRUE;
    }
  if (!walk->header (data, error))
    return FALSE;
  if (mk_import_report_has_errors (report))
    return TRUE;
  return read_records (reader, report, options, walk, data, error);
}
