/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-import-run.h"
#include "mk-result-batch.h"

/* Rows go to the store in chunks of this many MkResultRow. */
#define CHUNK 4096

enum {
  FLAG_MARK_LOW = 1 << 0,
  FLAG_NON_OBJECTIVE = 1 << 1,
};

typedef struct {
  gint64   school_id;
  guint32  line;
  gint32   procedure_id;
  gint32   participants;
  gint32   low;
  gint32   low_share;
  guint16  year;
  guint8   flags;
} Pending;

G_STATIC_ASSERT (sizeof (Pending) == 32);

/* A school the file lists for YEAR: assessed, or with a reported count
 * of markers (REPORTED >= 0) for a year the marks do not cover. */
typedef struct {
  gint64  school_id;
  int     year;
  int     reported;
} Listing;

struct _MkResultBatch
{
  GArray *rows;      /* Pending */
  GArray *listings;  /* Listing */
};

MkResultBatch *
mk_result_batch_new (void)
{
  MkResultBatch *self = g_new0 (MkResultBatch, 1);

  self->rows = g_array_new (FALSE, FALSE, sizeof (Pending));
  self->listings = g_array_new (FALSE, FALSE, sizeof (Listing));
  return self;
}

void
mk_result_batch_free (MkResultBatch *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->rows);
  g_array_unref (self->listings);
  g_free (self);
}

void
mk_result_batch_add (MkResultBatch     *self,
                     const MkResultRow *row,
                     guint              line)
{
  Pending p = {
    row->school_id, line, (gint32) row->procedure_id, row->participants,
    row->low, row->low_share, (guint16) row->year,
    (row->mark_low ? FLAG_MARK_LOW : 0) | (row->non_objective ? FLAG_NON_OBJECTIVE : 0) };

  g_array_append_val (self->rows, p);
}

void
mk_result_batch_add_listing (MkResultBatch *self,
                             gint64         school_id,
                             int            year,
                             int            reported)
{
  Listing listing = { school_id, year, reported };

  g_array_append_val (self->listings, listing);
}

guint
mk_result_batch_get_length (MkResultBatch *self)
{
  return self->rows->len;
}

static int
compare_key (const Pending *a,
             const Pending *b)
{
  if (a->school_id != b->school_id)
    return a->school_id < b->school_id ? -1 : 1;
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->procedure_id != b->procedure_id)
    return a->procedure_id < b->procedure_id ? -1 : 1;
  return 0;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  int order = compare_key (a, b);

  if (order != 0)
    return order;
  return ((const Pending *) a)->line < ((const Pending *) b)->line ? -1 : 1;
}

/* Files usually come grouped by school already: a check in one pass saves
 * the sort. */
static void
sort_rows (MkResultBatch *self)
{
  const Pending *rows = (const Pending *) self->rows->data;

  for (guint i = 1; i < self->rows->len; i++)
    if (compare_pending (&rows[i - 1], &rows[i]) > 0)
      {
        g_array_sort (self->rows, compare_pending);
        return;
      }
}

typedef struct {
  guint line;
  guint first;
} Repeat;

static int
compare_repeats (gconstpointer a,
                 gconstpointer b)
{
  return (int) ((const Repeat *) a)->line - (int) ((const Repeat *) b)->line;
}

void
mk_result_batch_check_repeats (MkResultBatch  *self,
                               MkTableReader  *reader,
                               MkImportReport *report)
{
  g_autoptr(GArray) repeats = g_array_new (FALSE, FALSE, sizeof (Repeat));
  const Pending *rows;
  guint first = 0;

  sort_rows (self);
  rows = (const Pending *) self->rows->data;
  for (guint i = 1; i < self->rows->len; i++)
    {
      Repeat repeat = { rows[i].line, rows[first].line };
      if (compare_key (&rows[first], &rows[i]) != 0)
        first = i;
      else
        g_array_append_val (repeats, repeat);
    }
  /* Reported in the order of the file, as the other errors are. */
  g_array_sort (repeats, compare_repeats);
  for (guint i = 0; i < repeats->len; i++)
    {
      const Repeat *repeat = &g_array_index (repeats, Repeat, i);
      g_autofree char *location = mk_import_location (reader, repeat->line);
      mk_import_report_add_error (report, location,
                                  _("the same school, year and procedure as on line %u"),
                                  repeat->first);
    }
}

static void
to_row (const Pending *p,
        MkResultRow   *row)
{
  row->school_id = p->school_id;
  row->year = p->year;
  row->procedure_id = p->procedure_id;
  row->procedure_code = NULL;
  row->participants = p->participants;
  row->low = p->low;
  row->low_share = p->low_share;
  row->mark_low = (p->flags & FLAG_MARK_LOW) != 0;
  row->non_objective = (p->flags & FLAG_NON_OBJECTIVE) != 0;
}

/* Schools created by this import get their real ids, which sort after
 * every existing school: the batch is sorted again. */
static void
map_created (MkResultBatch    *self,
             MkSchoolResolver *schools)
{
  Pending *rows = (Pending *) self->rows->data;

  if (schools == NULL || mk_school_resolver_get_n_missing (schools) == 0)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    rows[i].school_id = mk_school_resolver_real_id (schools, rows[i].school_id);
  for (guint i = 0; i < self->listings->len; i++)
    {
      Listing *listing = &g_array_index (self->listings, Listing, i);
      listing->school_id = mk_school_resolver_real_id (schools, listing->school_id);
    }
  sort_rows (self);
}

/* A reported count goes into the school's context of that year, as a
 * region's «3Н» does; the rest of the context stays as it was. */
static gboolean
write_listings (MkResultBatch  *self,
                MkStore        *store,
                GError        **error)
{
  for (guint i = 0; i < self->listings->len; i++)
    {
      const Listing *l = &g_array_index (self->listings, Listing, i);
      MkContextRow context = { l->school_id, l->year, -1, -1, -1, l->reported };

      if (l->reported < 0 ? !mk_store_put_assessed (store, l->school_id, l->year, error)
                          : !mk_store_put_context (store, &context, TRUE, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static void
count_into (MkImportReport    *report,
            const MkPutCounts *counts)
{
  for (guint i = 0; i < counts->added; i++)
    mk_import_report_count_added (report);
  for (guint i = 0; i < counts->replaced; i++)
    mk_import_report_count_replaced (report);
  for (guint i = 0; i < counts->unchanged; i++)
    mk_import_report_count_unchanged (report);
}

static gboolean
write_rows (MkResultBatch          *self,
            MkStore                *store,
            const MkImportOptions  *options,
            MkPutCounts            *counts,
            GError                **error)
{
  g_autofree MkResultRow *chunk = g_new (MkResultRow, CHUNK);
  const Pending *rows = (const Pending *) self->rows->data;
  g_autoptr(GPtrArray) suspended = NULL;

  if ((suspended = mk_store_suspend_result_indexes (store, self->rows->len, error)) == NULL)
    return FALSE;
  for (guint start = 0; start < self->rows->len; start += CHUNK)
    {
      guint n = MIN (CHUNK, self->rows->len - start);
      for (guint i = 0; i < n; i++)
        to_row (&rows[start + i], &chunk[i]);
      if (!mk_store_put_results (store, chunk, n, counts, error))
        return FALSE;
      mk_import_progress (options, (double) (start + n) / self->rows->len,
                          _("Writing"));
    }
  return mk_store_restore_result_indexes (store, suspended, error);
}

gboolean
mk_result_batch_write (MkResultBatch     *self,
                       MkSchoolResolver  *schools,
                       MkImportRun       *run,
                       GError           **error)
{
  gint64 start_time = g_get_monotonic_time ();
  MkPutCounts counts = { 0 };

  if (!mk_school_resolver_create (schools, run->report, run->path, error))
    return FALSE;
  map_created (self, schools);
  sort_rows (self);
  if (!write_rows (self, run->store, run->options, &counts, error) ||
      !write_listings (self, run->store, error))
    return FALSE;
  count_into (run->report, &counts);
  g_debug ("wrote %u results in %" G_GINT64_FORMAT " ms", self->rows->len,
           (g_get_monotonic_time () - start_time) / 1000);
  return TRUE;
}
