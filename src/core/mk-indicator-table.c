/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-indicator"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-indicator-table.h"
#include "mk-indicator-value.h"
#include "mk-undo-stack.h"

struct _MkIndicatorTable {
  GObject      parent_instance;
  MkStore     *store;
  gint64       set_id;
  gint64       school_id;
  GPtrArray   *rows;     /* MkIndicator */
  GArray      *years;    /* int */
  GHashTable  *cells;    /* "id:year" → MkIndicatorValue (owned by VALUES) */
  GPtrArray   *values;
  MkUndoStack *undo;     /* entries: GPtrArray of MkIndicatorValue to write back */
};

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MkIndicatorTable, mk_indicator_table, G_TYPE_OBJECT)

static char *
cell_key (gint64 indicator_id,
          int    year)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%d", indicator_id, year);
}

static void
add_year (GArray *years,
          int     year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      return;
  g_array_append_val (years, year);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

gboolean
mk_indicator_table_reload (MkIndicatorTable  *self,
                           GError           **error)
{
  g_autoptr(GPtrArray) rows = mk_store_list_indicators_of (self->store, self->set_id,
                                                           self->school_id, error);
  g_autoptr(GPtrArray) values = rows != NULL ? mk_store_list_indicator_values (self->store, self->set_id,
                                                                               self->school_id, error)
                                             : NULL;
  g_autoptr(GArray) years = values != NULL ? mk_store_list_indicator_years (self->store, self->set_id,
                                                                            error)
                                           : NULL;

  if (years == NULL)
    return FALSE;
  /* Years added by hand stay until the table is made anew. */
  for (guint i = 0; self->years != NULL && i < self->years->len; i++)
    add_year (years, g_array_index (self->years, int, i));
  g_array_sort (years, compare_ints);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  self->rows = g_steal_pointer (&rows);
  self->values = g_steal_pointer (&values);
  self->years = g_steal_pointer (&years);
  g_hash_table_remove_all (self->cells);
  for (guint i = 0; i < self->values->len; i++)
    {
      MkIndicatorValue *v = self->values->pdata[i];
      g_hash_table_insert (self->cells, cell_key (v->indicator_id, v->year), v);
    }
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static MkIndicatorValue *
find_cell (MkIndicatorTable *self,
           guint             row,
           guint             column)
{
  g_autofree char *key = cell_key (((MkIndicator *) self->rows->pdata[row])->id,
                                   g_array_index (self->years, int, column));

  return g_hash_table_lookup (self->cells, key);
}

/* The cell as it is now, to write back (an empty one removes). */
static MkIndicatorValue *
cell_copy (MkIndicatorTable *self,
           guint             row,
           guint             column)
{
  MkIndicatorValue *now = find_cell (self, row, column);
  MkIndicatorValue *copy = g_new0 (MkIndicatorValue, 1);

  copy->indicator_id = ((MkIndicator *) self->rows->pdata[row])->id;
  copy->school_id = self->school_id;
  copy->year = g_array_index (self->years, int, column);
  copy->raw = g_strdup (now != NULL ? now->raw : "");
  copy->share_raw = g_strdup (now != NULL ? now->share_raw : "");
  return copy;
}

static GPtrArray *
new_value_list (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) mk_indicator_value_free);
}

/* The cells VALUES name, as they are now. */
static GPtrArray *
current_of (gpointer   owner,
            GPtrArray *values)
{
  MkIndicatorTable *self = owner;
  GPtrArray *now = new_value_list ();

  for (guint i = 0; i < values->len; i++)
    {
      const MkIndicatorValue *v = values->pdata[i];
      g_autofree char *key = cell_key (v->indicator_id, v->year);
      MkIndicatorValue *stored = g_hash_table_lookup (self->cells, key);
      MkIndicatorValue *copy = g_new0 (MkIndicatorValue, 1);

      *copy = *v;
      copy->raw = g_strdup (stored != NULL ? stored->raw : "");
      copy->share_raw = g_strdup (stored != NULL ? stored->share_raw : "");
      g_ptr_array_add (now, copy);
    }
  return now;
}

static gboolean
write_values (gpointer    owner,
              GPtrArray  *values,
              GError    **error)
{
  MkIndicatorTable *self = owner;
  if (!mk_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; i < values->len; i++)
    if (!mk_store_set_indicator_value (self->store, values->pdata[i], NULL, error))
      return mk_store_rollback (self->store), FALSE;
  return mk_store_commit (self->store, error) && mk_indicator_table_reload (self, error);
}

static void
mk_indicator_table_finalize (GObject *object)
{
  MkIndicatorTable *self = MK_INDICATOR_TABLE (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->undo, mk_undo_stack_free);
  G_OBJECT_CLASS (mk_indicator_table_parent_class)->finalize (object);
}

static void
mk_indicator_table_class_init (MkIndicatorTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_indicator_table_finalize;
  /* The rows, years or cells were read again after a change. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mk_indicator_table_init (MkIndicatorTable *self)
{
  static const MkRecordsUndo records = { current_of, write_values };

  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->undo = mk_undo_stack_new_for_records (&records);
}

MkIndicatorTable *
mk_indicator_table_new (MkStore  *store,
                        gint64    set_id,
                        gint64    school_id,
                        GError  **error)
{
  g_autoptr(MkIndicatorTable) self = g_object_new (MK_TYPE_INDICATOR_TABLE, NULL);

  self->store = g_object_ref (store);
  self->set_id = set_id;
  self->school_id = school_id;
  return mk_indicator_table_reload (self, error) ? g_steal_pointer (&self) : NULL;
}

guint
mk_indicator_table_n_rows (MkIndicatorTable *self)
{
  return self->rows->len;
}

MkIndicator *
mk_indicator_table_get_row (MkIndicatorTable *self,
                            guint             row)
{
  return self->rows->pdata[row];
}

guint
mk_indicator_table_n_years (MkIndicatorTable *self)
{
  return self->years->len;
}

int
mk_indicator_table_get_year (MkIndicatorTable *self,
                             guint             column)
{
  return g_array_index (self->years, int, column);
}

void
mk_indicator_table_add_year (MkIndicatorTable *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int next = self->years->len > 0 ? g_array_index (self->years, int, self->years->len - 1) + 1
                                  : g_date_time_get_year (now);

  g_array_append_val (self->years, next);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
mk_indicator_table_get_raw (MkIndicatorTable *self,
                            guint             row,
                            guint             column)
{
  MkIndicatorValue *value = find_cell (self, row, column);

  return value != NULL ? value->raw : "";
}

gboolean
mk_indicator_table_is_section (MkIndicatorTable *self,
                               guint             row)
{
  return ((MkIndicator *) self->rows->pdata[row])->section;
}

gboolean
mk_indicator_table_set_raw (MkIndicatorTable  *self,
                            guint              row,
                            guint              column,
                            const char        *text,
                            GError           **error)
{
  GPtrArray *changed = new_value_list ();
  MkIndicatorValue *value;

  if (row >= self->rows->len || column >= self->years->len || mk_indicator_table_is_section (self, row))
    return g_ptr_array_unref (changed), FALSE;
  value = cell_copy (self, row, column);
  if (g_strcmp0 (value->raw, text) == 0)
    {
      mk_indicator_value_free (value);
      return g_ptr_array_unref (changed), TRUE;
    }
  g_free (value->raw);
  value->raw = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (changed, value);
  return mk_undo_stack_write_records (self->undo, self, changed, error);
}

gboolean
mk_indicator_table_paste (MkIndicatorTable  *self,
                          guint              row,
                          guint              column,
                          const char        *block,
                          guint             *n_cells,
                          GError           **error)
{
  g_autofree char *text = g_strdup (block != NULL ? block : "");
  g_auto(GStrv) lines = NULL;
  GPtrArray *changed = new_value_list ();
  guint n = 0;

  /* A spreadsheet ends the block with a newline; «\r\n» from Windows. */
  g_strchomp (text);
  lines = g_strsplit (text, "\n", -1);
  for (guint r = 0; lines[r] != NULL && row + r < self->rows->len; r++)
    {
      g_auto(GStrv) cells = g_strsplit (g_strchomp (lines[r]), "\t", -1);

      for (guint c = 0; cells[c] != NULL && column + c < self->years->len; c++)
        {
          MkIndicatorValue *value;

          if (mk_indicator_table_is_section (self, row + r))
            continue;
          value = cell_copy (self, row + r, column + c);
          g_free (value->raw);
          value->raw = g_strdup (cells[c]);
          g_ptr_array_add (changed, value);
          n++;
        }
    }
  if (n_cells != NULL)
    *n_cells = n;
  return mk_undo_stack_write_records (self->undo, self, changed, error);
}

char *
mk_indicator_table_dup_reading (MkIndicatorTable *self,
                                guint             row,
                                guint             column)
{
  MkIndicator *indicator = self->rows->pdata[row];
  MkIndicatorUnit unit = mk_indicator_unit_parse (indicator->unit);
  MkIndicatorReading r;
  double value;

  MkIndicatorValue *cell = find_cell (self, row, column);

  mk_indicator_value_read (mk_indicator_table_get_raw (self, row, column), &r);
  /* A paired table's «в %» beside its count. */
  if (cell != NULL && *cell->share_raw != '\0')
    return g_strdup_printf (_("%s units, %s %%"), cell->raw, cell->share_raw);
  if (r.empty)
    return g_strdup (_("Nothing written"));
  if (r.has_count && r.has_share)
    return g_strdup_printf (_("%g people, %g %%"), r.count, r.share);
  if (r.has_fraction)
    return g_strdup_printf (_("%g of %g"), r.count, r.total);
  if (!mk_indicator_reading_value (&r, unit, &value))
    return g_strdup (_("No single number: the text is kept as written"));
  return g_strdup_printf (r.has_comment ? _("%g, with a comment") : "%g", value);
}

char *
mk_indicator_table_dup_warnings (MkIndicatorTable *self,
                                 guint             row,
                                 guint             column)
{
  MkIndicatorUnit unit = mk_indicator_unit_parse (((MkIndicator *) self->rows->pdata[row])->unit);
  g_autofree MkIndicatorReading *readings = g_new0 (MkIndicatorReading, self->years->len);

  for (guint c = 0; c < self->years->len; c++)
    mk_indicator_value_read (mk_indicator_table_get_raw (self, row, c), &readings[c]);
  return mk_indicator_warnings (readings, self->years->len, column, unit);
}

gboolean
mk_indicator_table_can_undo (MkIndicatorTable *self)
{
  return mk_undo_stack_can_undo (self->undo);
}

gboolean
mk_indicator_table_can_redo (MkIndicatorTable *self)
{
  return mk_undo_stack_can_redo (self->undo);
}

gboolean
mk_indicator_table_undo (MkIndicatorTable  *self,
                         GError           **error)
{
  return mk_undo_stack_undo (self->undo, self, error);
}

gboolean
mk_indicator_table_redo (MkIndicatorTable  *self,
                         GError           **error)
{
  return mk_undo_stack_redo (self->undo, self, error);
}
