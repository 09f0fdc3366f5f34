/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-result-grid"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-result-grid.h"

struct _MkResultGrid
{
  GObject         parent_instance;

  MkResultMatrix *matrix;
  /* School names folded once per matrix: folding 40,000 names on every
   * key press of the search would make typing stutter. */
  GPtrArray      *folded_names;
  GArray         *rows;      /* guint: matrix row of each row shown */
  GArray         *columns;   /* guint: matrix column of each column shown */

  char           *municipality;
  char           *kind;
  char           *search_key;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MkResultGrid, mk_result_grid, G_TYPE_OBJECT)

MkResultGrid *
mk_result_grid_new (void)
{
  return g_object_new (MK_TYPE_RESULT_GRID, NULL);
}

static gboolean
row_passes (MkResultGrid *self,
            guint         index)
{
  const MkResultMatrixRow *row = self->matrix->rows->pdata[index];

  if (self->municipality != NULL && g_strcmp0 (row->municipality, self->municipality) != 0)
    return FALSE;
  return self->search_key == NULL ||
         strstr (self->folded_names->pdata[index], self->search_key) != NULL;
}

static gboolean
column_passes (MkResultGrid *self,
               MkProcedure  *procedure)
{
  return self->kind == NULL || g_strcmp0 (mk_procedure_get_kind (procedure), self->kind) == 0;
}

/* Filtering is a pass over plain arrays, fast enough at 40,000 schools to
 * run on every key press without a delay. */
static void
refilter (MkResultGrid *self)
{
  g_array_set_size (self->rows, 0);
  g_array_set_size (self->columns, 0);
  if (self->matrix != NULL)
    {
      guint n_columns = g_list_model_get_n_items (self->matrix->procedures);

      for (guint i = 0; i < self->matrix->rows->len; i++)
        if (row_passes (self, i))
          g_array_append_val (self->rows, i);
      for (guint j = 0; j < n_columns; j++)
        {
          g_autoptr(MkProcedure) procedure = g_list_model_get_item (self->matrix->procedures, j);

          if (column_passes (self, procedure))
            g_array_append_val (self->columns, j);
        }
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

void
mk_result_grid_set_matrix (MkResultGrid   *self,
                           MkResultMatrix *matrix)
{
  g_return_if_fail (MK_IS_RESULT_GRID (self));

  g_clear_pointer (&self->matrix, mk_result_matrix_free);
  self->matrix = matrix;
  g_ptr_array_set_size (self->folded_names, 0);
  for (guint i = 0; matrix != NULL && i < matrix->rows->len; i++)
    {
      const MkResultMatrixRow *row = matrix->rows->pdata[i];

      g_ptr_array_add (self->folded_names, mk_fold_for_search (row->school));
    }
  refilter (self);
}

int
mk_result_grid_get_year (MkResultGrid *self)
{
  g_return_val_if_fail (MK_IS_RESULT_GRID (self), 0);
  return self->matrix != NULL ? self->matrix->year : 0;
}

/* Replaces *FIELD with VALUE; TRUE when that changed anything. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
mk_result_grid_set_municipality (MkResultGrid *self,
                                 const char   *municipality)
{
  g_return_if_fail (MK_IS_RESULT_GRID (self));
  if (set_string (&self->municipality, municipality))
    refilter (self);
}

void
mk_result_grid_set_kind (MkResultGrid *self,
                         const char   *kind)
{
  g_return_if_fail (MK_IS_RESULT_GRID (self));
  if (set_string (&self->kind, kind))
    refilter (self);
}

void
mk_result_grid_set_search (MkResultGrid *self,
                           const char   *search)
{
  g_autofree char *stripped = g_strstrip (g_strdup (search != NULL ? search : ""));
  g_autofree char *key = *stripped != '\0' ? mk_fold_for_search (stripped) : NULL;

  g_return_if_fail (MK_IS_RESULT_GRID (self));
  if (set_string (&self->search_key, key))
    refilter (self);
}

gboolean
mk_result_grid_is_filtered (MkResultGrid *self)
{
  return self->municipality != NULL || self->search_key != NULL;
}

guint
mk_result_grid_get_n_rows (MkResultGrid *self)
{
  g_return_val_if_fail (MK_IS_RESULT_GRID (self), 0);
  return self->rows->len;
}

guint
mk_result_grid_get_n_columns (MkResultGrid *self)
{
  g_return_val_if_fail (MK_IS_RESULT_GRID (self), 0);
  return self->columns->len;
}

guint
mk_result_grid_get_n_all_rows (MkResultGrid *self)
{
  g_return_val_if_fail (MK_IS_RESULT_GRID (self), 0);
  return self->matrix != NULL ? self->matrix->rows->len : 0;
}

const MkResultMatrixRow *
mk_result_grid_get_row (MkResultGrid *self,
                        guint         row)
{
  g_return_val_if_fail (MK_IS_RESULT_GRID (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  return self->matrix->rows->pdata[g_array_index (self->rows, guint, row)];
}

/* Borrowed: the matrix's list holds it. */
MkProcedure *
mk_result_grid_get_column (MkResultGrid *self,
                           guint         column)
{
  g_autoptr(MkProcedure) procedure = NULL;

  g_return_val_if_fail (MK_IS_RESULT_GRID (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  procedure = g_list_model_get_item (self->matrix->procedures,
                                     g_array_index (self->columns, guint, column));
  return procedure;
}

const MkResultCell *
mk_result_grid_get_cell (MkResultGrid *self,
                         guint         row,
                         guint         column)
{
  const MkResultMatrixRow *matrix_row = mk_result_grid_get_row (self, row);

  g_return_val_if_fail (column < self->columns->len, NULL);
  return &matrix_row->cells[g_array_index (self->columns, guint, column)];
}

gboolean
mk_result_grid_find (MkResultGrid *self,
                     gint64        school_id,
                     gint64        procedure_id,
                     guint        *row,
                     guint        *column)
{
  gboolean found_row = FALSE;

  g_return_val_if_fail (MK_IS_RESULT_GRID (self), FALSE);
  for (guint i = 0; i < self->rows->len && !found_row; i++)
    if (mk_result_grid_get_row (self, i)->school_id == school_id)
      found_row = (*row = i, TRUE);
  for (guint j = 0; j < self->columns->len && found_row; j++)
    if (mk_procedure_get_id (mk_result_grid_get_column (self, j)) == procedure_id)
      return (*column = j, TRUE);
  return FALSE;
}

char **
mk_result_grid_dup_municipalities (MkResultGrid *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *last = NULL;

  /* The matrix is sorted by municipality, so equal names are adjacent. */
  for (guint i = 0; self->matrix != NULL && i < self->matrix->rows->len; i++)
    {
      const MkResultMatrixRow *row = self->matrix->rows->pdata[i];

      if (g_strcmp0 (row->municipality, last) != 0)
        g_strv_builder_add (builder, row->municipality);
      last = row->municipality;
    }
  return g_strv_builder_end (builder);
}

char *
mk_result_format_share (int low_share)
{
  int tenths = (low_share + 50) / 100;

  return g_strdup_printf ("%d,%d", tenths / 10, tenths % 10);
}

char *
mk_result_cell_dup_text (const MkResultCell *cell)
{
  /* «Н» and «Необ.» are the marks of the source tables, not UI text. */
  if (!cell->present)
    return g_strdup ("");
  if (cell->mark_low)
    return g_strdup ("Н");
  if (cell->low_share >= 0)
    return mk_result_format_share (cell->low_share);
  if (cell->non_objective)
    return g_strdup ("Необ.");
  /* A result whose share cannot be known: nobody took part, or the
   * number of low results is missing. Neither is a share of 0. */
  if (cell->participants == 0)
    /* Translators: a result cell: nobody took part («0 уч.») */
    return g_strdup (_("0 took part"));
  return g_strdup (_("n/a"));
}

/* Appends a line of details, with a line break before all but the first. */
static void
add_line (GString    *text,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_line (GString    *text,
          const char *format,
          ...)
{
  va_list args;

  if (text->len > 0)
    g_string_append_c (text, '\n');
  va_start (args, format);
  g_string_append_vprintf (text, format, args);
  va_end (args);
}

char *
mk_result_cell_dup_details (const MkResultCell *cell)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (!cell->present)
    return g_strdup (_("No result"));
  if (cell->participants >= 0)
    add_line (text, _("Participants: %d"), cell->participants);
  if (cell->low >= 0)
    add_line (text, _("Low results: %d"), cell->low);
  if (cell->low_share >= 0)
    {
      g_autofree char *share = mk_result_format_share (cell->low_share);

      add_line (text, _("Share of low results: %s %%"), share);
    }
  if (cell->mark_low)
    add_line (text, "%s", _("Mark «Н»: a low result without numbers"));
  if (cell->non_objective)
    add_line (text, "%s", _("Non-objective results («Необ.»)"));
  if (cell->participants == 0)
    add_line (text, "%s", _("No participants: never a marker"));
  add_line (text, "%s", cell->marker ? _("Marker of low results") : _("Not a marker"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
mk_result_grid_finalize (GObject *object)
{
  MkResultGrid *self = MK_RESULT_GRID (object);

  g_clear_pointer (&self->matrix, mk_result_matrix_free);
  g_clear_pointer (&self->folded_names, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_free (self->municipality);
  g_free (self->kind);
  g_free (self->search_key);
  G_OBJECT_CLASS (mk_result_grid_parent_class)->finalize (object);
}

static void
mk_result_grid_class_init (MkResultGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mk_result_grid_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
mk_result_grid_init (MkResultGrid *self)
{
  self->folded_names = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->columns = g_array_new (FALSE, FALSE, sizeof (guint));
}
