#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-column-map.h"
#include "mk-import-walk.h"
#include "mk-result-batch.h"

/* Often enough for a smooth bar, rarely enough to cost nothing. */
#define PROGRESS_EVERY 4096

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
