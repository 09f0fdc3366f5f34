#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-procedure.h"
#include "mk-report-private.h"
#include "mk-store-clusters.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"

/* Приложение 1, Таблица 1 of seed 003: schools × procedures over the two
 * calendar years of the window, «Н» for a marker in one year, «2Н» in both. */

#define FIRST_PROCEDURE_COL 4
#define HEADER_ROW 2
#define FIRST_DATA_ROW 4

static const char *const kinds[] = { "ОГЭ", "ЕГЭ", "ВПР" };

typedef struct {
  GPtrArray      *procedures;   /* MkProcedure, the columns in order */
  MkResultMatrix *matrix[2];    /* the years Y−1 and Y */
  GHashTable     *rows[2];      /* school id → MkResultMatrixRow */
  GHashTable     *index[2];     /* procedure id → column of the matrix */
  gboolean        non_objective;  /* «Необ.» counts as a marker */
} Window;

static void
window_clear (Window *w)
{
  g_clear_pointer (&w->procedures, g_ptr_array_unref);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&w->matrix[i], mk_result_matrix_free);
      g_clear_pointer (&w->rows[i], g_hash_table_unref);
      g_clear_pointer (&w->index[i], g_hash_table_unref);
    }
}

/* The catalog's procedures grouped ОГЭ, ЕГЭ, ВПР, each in catalog order. */
static GPtrArray *
ordered_procedures (MkStore  *store,
                    GError  **error)
{
  g_autoptr(GListModel) all = mk_store_list_procedures (store, error);
  GPtrArray *result;

  if (all == NULL)
    return NULL;
  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(MkProcedure) p = g_list_model_get_item (all, i);

        if (g_strcmp0 (mk_procedure_get_kind (p), kinds[k]) == 0)
          g_ptr_array_add (result, g_object_ref (p));
      }
  return result;
}

static void
index_matrix (Window *w,
              guint   i)
{
  MkResultMatrix *m = w->matrix[i];

  w->rows[i] = g_hash_table_new (g_int64_hash, g_int64_equal);
  w->index[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint r = 0; r < m->rows->len; r++)
    {
      MkResultMatrixRow *row = m->rows->pdata[r];

      g_hash_table_insert (w->rows[i], &row->school_id, row);
    }
  for (guint c = 0; c < g_list_model_get_n_items (m->procedures); c++)
    {
      g_autoptr(MkProcedure) p = g_list_model_get_item (m->procedures, c);
      gint64 *id = g_new (gint64, 1);

      *id = mk_procedure_get_id (p);
      g_hash_table_insert (w->index[i], id, GUINT_TO_POINTER (c + 1));
    }
}

static gboolean
window_load (Window   *w,
             MkStore  *store,
             int       school_year,
             GError  **error)
{
  g_autoptr(MkMethodology) m = mk_store_load_methodology (store, school_year, error);
  int threshold;

  if (m == NULL || (w->procedures = ordered_procedures (store, error)) == NULL)
    return FALSE;
  threshold = mk_methodology_get (m, MK_SETTING_MARKER_THRESHOLD) * 1000;
  w->non_objective = mk_methodology_get (m, MK_SETTING_COUNT_NON_OBJECTIVE) != 0;
  for (guint i = 0; i < 2; i++)
    {
      w->matrix[i] = mk_store_get_result_matrix (store, school_year - 1 + (int) i,
                                                 threshold, error);
      if (w->matrix[i] == NULL)
        return FALSE;
      index_matrix (w, i);
    }
  return TRUE;
}

/* Whether SCHOOL's result for PROCEDURE in window year I is a marker. */
static gboolean
is_marker (Window      *w,
           guint        i,
           gint64       school,
           MkProcedure *procedure)
{
  gint64 id = mk_procedure_get_id (procedure);
  MkResultMatrixRow *row = g_hash_table_lookup (w->rows[i], &school);
  guint col = GPOINTER_TO_UINT (g_hash_table_lookup (w->index[i], &id));
  const MkResultCell *cell;

  if (row == NULL || col == 0)
    return FALSE;
  cell = &row->cells[col - 1];
  return cell->present && (cell->marker || (w->non_objective && cell->non_objective));
}

static void
header_kinds (MkSheet              *sheet,
              const MkReportStyles *st,
              GPtrArray            *procedures)
{
  guint col = FIRST_PROCEDURE_COL;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      guint first = col;

      for (guint i = 0; i < procedures->len; i++)
        {
          MkProcedure *p = procedures->pdata[i];

          if (g_strcmp0 (mk_procedure_get_kind (p), kinds[k]) != 0)
            continue;
          mk_sheet_set_text (sheet, HEADER_ROW + 1, col, mk_procedure_get_title (p), st->header);
          mk_sheet_set_column_width (sheet, col++, 9);
        }
      if (col == first)
        continue;
      mk_sheet_set_text (sheet, HEADER_ROW, first, kinds[k], st->header);
      if (col - 1 > first)
        mk_sheet_merge (sheet, HEADER_ROW, first, HEADER_ROW, col - 1);
    }
}

static void
header (MkSheet              *sheet,
        const MkReportStyles *st,
        int                   school_year,
        GPtrArray            *procedures)
{
  g_autofree char *prev = g_strdup_printf ("%d год", school_year - 1);
  g_autofree char *cur = g_strdup_printf ("%d год", school_year);
  g_autofree char *both = g_strdup_printf ("%d + %d годы", school_year - 1, school_year);

  mk_sheet_set_text (sheet, HEADER_ROW, 0, "Наименование ОО", st->header);
  mk_sheet_merge (sheet, HEADER_ROW, 0, HEADER_ROW + 1, 0);
  mk_sheet_set_column_width (sheet, 0, 28);
  mk_sheet_set_text (sheet, HEADER_ROW, 1, "Кол-во меток НР", st->header);
  mk_sheet_merge (sheet, HEADER_ROW, 1, HEADER_ROW, 3);
  mk_sheet_set_text (sheet, HEADER_ROW + 1, 1, prev, st->header);
  mk_sheet_set_text (sheet, HEADER_ROW + 1, 2, cur, st->header);
  mk_sheet_set_text (sheet, HEADER_ROW + 1, 3, both, st->header);
  for (guint c = 1; c <= 3; c++)
    mk_sheet_set_column_width (sheet, c, 10);
  header_kinds (sheet, st, procedures);
  mk_sheet_set_row_height (sheet, HEADER_ROW + 1, 45);
}

/* A reported count (-1: unknown) as a cell: blank when unknown. */
static void
set_count (MkSheet              *sheet,
           const MkReportStyles *st,
           guint                 row,
           guint                 col,
           int                   n)
{
  if (n < 0)
    mk_sheet_set_blank (sheet, row, col, st->center);
  else
    mk_sheet_set_integer (sheet, row, col, n, st->center);
}

static void
school_row (MkSheet              *sheet,
            const MkReportStyles *st,
            Window               *w,
            guint                 row,
            MkAssignment         *item)
{
  gint64 school = mk_assignment_get_school_id (item);

  mk_sheet_set_text (sheet, row, 0, mk_assignment_get_school_name (item), st->text);
  set_count (sheet, st, row, 1, mk_assignment_get_markers_prev (item));
  set_count (sheet, st, row, 2, mk_assignment_get_markers_cur (item));
  set_count (sheet, st, row, 3, mk_assignment_get_markers_total (item));
  for (guint i = 0; i < w->procedures->len; i++)
    {
      MkProcedure *p = w->procedures->pdata[i];
      guint n = is_marker (w, 0, school, p) + is_marker (w, 1, school, p);
      guint col = FIRST_PROCEDURE_COL + i;

      if (n == 0)
        mk_sheet_set_blank (sheet, row, col, st->center);
      else
        mk_sheet_set_text (sheet, row, col, n == 2 ? "2Н" : "Н", st->center);
    }
}

MkSheet *
mk_report_marker_matrix (MkStore              *store,
                         const MkReportParams *params,
                         GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("Таблица 1");
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("Результаты выявления низких образовательных "
                                        "результатов", where, NULL);
  Window w = { 0 };
  MkReportStyles st;
  guint n_cols;

  if (!window_load (&w, store, params->school_year, error)
      || (items = mk_report_assignments (store, params->school_year,
                                         params->municipality, error)) == NULL)
    {
      window_clear (&w);
      return NULL;
    }
  n_cols = FIRST_PROCEDURE_COL + w.procedures->len;
  mk_report_styles_init (sheet, &st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 1", 0);
  mk_sheet_add_title (sheet, 1, n_cols, title);
  header (sheet, &st, params->school_year, w.procedures);
  for (guint i = 0; i < items->len; i++)
    school_row (sheet, &st, &w, FIRST_DATA_ROW + i, items->pdata[i]);
  window_clear (&w);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->fit_to_width = TRUE;
  mk_sheet_get_page (sheet)->repeat_first = HEADER_ROW;
  mk_sheet_get_page (sheet)->repeat_last = HEADER_ROW + 1;
  return g_steal_pointer (&sheet);
}
