/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-roadmap"
#include "config.h"

#include "mk-status-table.h"
#include "mk-undo-stack.h"

struct _MkStatusTable {
  GObject      parent_instance;
  MkStore     *store;
  MkRoadmap   *roadmap;
  GPtrArray   *items;     /* MkRoadmapItem */
  GPtrArray   *schools;   /* MkRoadmapSchool */
  GPtrArray   *cells;     /* MkItemReport or NULL, row by row */
  MkUndoStack *undo;      /* entries: GPtrArray of the reports to write back */
};

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MkStatusTable, mk_status_table, G_TYPE_OBJECT)

static GPtrArray *
municipality_column (MkRoadmap *roadmap)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_roadmap_school_free);
  MkRoadmapSchool *municipality = g_new0 (MkRoadmapSchool, 1);
  const char *name = mk_roadmap_get_info (roadmap)->municipality;

  municipality->name = g_strdup (name != NULL ? name : "");
  municipality->municipality = g_strdup (municipality->name);
  municipality->member = TRUE;
  g_ptr_array_add (columns, municipality);
  return columns;
}

static char *
cell_key (gint64 item_id,
          gint64 school_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, item_id, school_id);
}

static void
fill_cells (MkStatusTable *self,
            GPtrArray     *reports)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < reports->len; i++)
    {
      MkItemReport *r = reports->pdata[i];
      g_hash_table_insert (index, cell_key (r->item_id, r->school_id), r);
    }
  g_ptr_array_set_size (self->cells, 0);
  for (guint row = 0; row < self->items->len; row++)
    for (guint column = 0; column < self->schools->len; column++)
      {
        g_autofree char *key = cell_key (mk_roadmap_item_get_id (self->items->pdata[row]),
                                         ((MkRoadmapSchool *) self->schools->pdata[column])->id);
        MkItemReport *r = g_hash_table_lookup (index, key);
        g_ptr_array_add (self->cells, r != NULL ? mk_item_report_copy (r) : NULL);
      }
}

gboolean
mk_status_table_reload (MkStatusTable  *self,
                        GError        **error)
{
  gint64 id = mk_roadmap_get_info (self->roadmap)->id;
  g_autoptr(GPtrArray) items = mk_store_list_roadmap_items (self->store, id, error);
  g_autoptr(GPtrArray) schools = NULL, reports = NULL;

  if (items == NULL)
    return FALSE;
  if (mk_roadmap_get_info (self->roadmap)->level == MK_ROADMAP_MUNICIPAL)
    schools = municipality_column (self->roadmap);
  else if ((schools = mk_store_list_roadmap_schools (self->store, self->roadmap, error)) == NULL)
    return FALSE;
  if ((reports = mk_store_list_item_reports (self->store, id, error)) == NULL)
    return FALSE;
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->schools, g_ptr_array_unref);
  self->items = g_steal_pointer (&items);
  self->schools = g_steal_pointer (&schools);
  fill_cells (self, reports);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* The report to write for a cell with nothing reported: it removes one. */
static MkItemReport *
cell_or_empty (MkStatusTable *self,
               guint          row,
               guint          column)
{
  const MkItemReport *now = mk_status_table_get (self, row, column);

  return now != NULL ? mk_item_report_copy (now)
                     : mk_item_report_new (mk_roadmap_item_get_id (self->items->pdata[row]),
                                           ((MkRoadmapSchool *) self->schools->pdata[column])->id,
                                           MK_STATUS_UNKNOWN);
}

/* Writes REPORTS in one transaction and re-reads the table. */
static gboolean
write_reports (gpointer    owner,
               GPtrArray  *reports,
               GError    **error)
{
  MkStatusTable *self = owner;
  if (!mk_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; i < reports->len; i++)
    if (!mk_store_set_item_report (self->store, reports->pdata[i], NULL, error))
      return mk_store_rollback (self->store), FALSE;
  return mk_store_commit (self->store, error) && mk_status_table_reload (self, error);
}

static GPtrArray *
new_report_list (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) mk_item_report_free);
}

/* The cells REPORTS name, as they are now. */
static GPtrArray *
current_of (gpointer   owner,
            GPtrArray *reports)
{
  MkStatusTable *self = owner;
  GPtrArray *now = new_report_list ();

  for (guint i = 0; i < reports->len; i++)
    {
      const MkItemReport *r = reports->pdata[i];
      MkItemReport *stored = mk_store_get_item_report (self->store, r->item_id, r->school_id);

      g_ptr_array_add (now, stored != NULL ? stored : mk_item_report_new (r->item_id, r->school_id,
                                                                          MK_STATUS_UNKNOWN));
    }
  return now;
}

static void
mk_status_table_finalize (GObject *object)
{
  MkStatusTable *self = MK_STATUS_TABLE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->roadmap);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->schools, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->undo, mk_undo_stack_free);
  G_OBJECT_CLASS (mk_status_table_parent_class)->finalize (object);
}

static void
mk_status_table_class_init (MkStatusTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_status_table_finalize;
  /* The cells, rows or columns were read again after a change. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mk_status_table_init (MkStatusTable *self)
{
  static const MkRecordsUndo records = { current_of, write_reports };

  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_item_report_free);
  self->undo = mk_undo_stack_new_for_records (&records);
}

MkStatusTable *
mk_status_table_new (MkStore    *store,
                     MkRoadmap  *roadmap,
                     GError    **error)
{
  g_autoptr(MkStatusTable) self = g_object_new (MK_TYPE_STATUS_TABLE, NULL);

  self->store = g_object_ref (store);
  self->roadmap = g_object_ref (roadmap);
  return mk_status_table_reload (self, error) ? g_steal_pointer (&self) : NULL;
}

MkRoadmap *
mk_status_table_get_roadmap (MkStatusTable *self)
{
  return self->roadmap;
}

guint
mk_status_table_n_rows (MkStatusTable *self)
{
  return self->items->len;
}

guint
mk_status_table_n_columns (MkStatusTable *self)
{
  return self->schools->len;
}

MkRoadmapItem *
mk_status_table_get_item (MkStatusTable *self,
                          guint          row)
{
  return self->items->pdata[row];
}

const MkRoadmapSchool *
mk_status_table_get_school (MkStatusTable *self,
                            guint          column)
{
  return self->schools->pdata[column];
}

gboolean
mk_status_table_takes_status (MkStatusTable *self,
                              guint          row)
{
  return !mk_roadmap_item_get_heading (self->items->pdata[row]) &&
         mk_roadmap_items_subtree_end (self->items, row) == row + 1;
}

const MkItemReport *
mk_status_table_get (MkStatusTable *self,
                     guint          row,
                     guint          column)
{
  return self->cells->pdata[row * self->schools->len + column];
}

gboolean
mk_status_table_set_status (MkStatusTable  *self,
                            int             row,
                            int             column,
                            MkItemStatus    status,
                            GError        **error)
{
  GPtrArray *changed = new_report_list ();

  for (guint r = 0; r < self->items->len; r++)
    for (guint c = 0; c < self->schools->len; c++)
      {
        MkItemReport *report;

        if ((row >= 0 && (guint) row != r) || (column >= 0 && (guint) column != c) ||
            !mk_status_table_takes_status (self, r))
          continue;
        report = cell_or_empty (self, r, c);
        if (report->status == status)
          {
            mk_item_report_free (report);
            continue;
          }
        report->status = status;
        g_ptr_array_add (changed, report);
      }
  return mk_undo_stack_write_records (self->undo, self, changed, error);
}

gboolean
mk_status_table_set_details (MkStatusTable  *self,
                             guint           row,
                             guint           column,
                             const char     *information,
                             const char     *evidence,
                             const char     *reported,
                             GError        **error)
{
  GPtrArray *changed = new_report_list ();
  MkItemReport *report = cell_or_empty (self, row, column);
  char **fields[] = { &report->information, &report->evidence, &report->reported };
  const char *values[] = { information, evidence, reported };
  gboolean differs = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      differs |= g_strcmp0 (*fields[i], values[i]) != 0;
      g_free (*fields[i]);
      *fields[i] = g_strdup (values[i] != NULL ? values[i] : "");
    }
  if (differs)
    g_ptr_array_add (changed, report);
  else
    mk_item_report_free (report);
  return mk_undo_stack_write_records (self->undo, self, changed, error);
}

gboolean
mk_status_table_can_undo (MkStatusTable *self)
{
  return mk_undo_stack_can_undo (self->undo);
}

gboolean
mk_status_table_can_redo (MkStatusTable *self)
{
  return mk_undo_stack_can_redo (self->undo);
}

gboolean
mk_status_table_undo (MkStatusTable  *self,
                      GError        **error)
{
  return mk_undo_stack_undo (self->undo, self, error);
}

gboolean
mk_status_table_redo (MkStatusTable  *self,
                      GError        **error)
{
  return mk_undo_stack_redo (self->undo, self, error);
}

static void
count_cell (MkStatusTable *self,
            guint          row,
            guint          column,
            MkStatusCount *count)
{
  const MkItemReport *report;

  if (!mk_status_table_takes_status (self, row))
    return;
  report = mk_status_table_get (self, row, column);
  count->cells++;
  count->reported += report != NULL && report->status != MK_STATUS_UNKNOWN;
  count->done += report != NULL && (report->status == MK_STATUS_YES ||
                                    report->status == MK_STATUS_NOT_NEEDED);
}

MkStatusCount
mk_status_table_count_column (MkStatusTable *self,
                              guint          column)
{
  MkStatusCount count = { 0 };

  for (guint row = 0; row < self->items->len; row++)
    count_cell (self, row, column, &count);
  return count;
}

MkStatusCount
mk_status_table_count_row (MkStatusTable *self,
                           guint          row)
{
  MkStatusCount count = { 0 };

  for (guint column = 0; column < self->schools->len; column++)
    count_cell (self, row, column, &count);
  return count;
}

MkStatusCount
mk_status_table_count_all (MkStatusTable *self)
{
  MkStatusCount count = { 0 };

  for (guint row = 0; row < self->items->len; row++)
    for (guint column = 0; column < self->schools->len; column++)
      count_cell (self, row, column, &count);
  return count;
}
