#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-procedure.h"
#include "mk-report-private.h"
#include "mk-store-clusters.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"

/* Приложение 1, Таблица 1 of the Smolensk monitoring report: schools ×
 * procedures over the two calendar years of the window, «Н» for a marker in
 * one year, «2Н» in both. */

#define FIRST_PROCEDURE_COL 4
#define HEADER_ROW 2
#define FIRST_DATA_ROW 4

static const char *const kinds[] = { "ОГЭ", "ЕГЭ", "ВПР" };

/* The window read in one pass: the rows and columns of the sheet and, for
 * each of their cells, the years with a marker. */
typedef struct {
  GPtrArray *procedures;   /* MkProcedure, the columns in order */
  GPtrArray *items;        /* MkAssignment, the rows in order */
  guint8    *years;        /* items × procedures: years with a marker, 0–2 */
} Window;

static void
window_clear (Window *w)
{
  g_clear_pointer (&w->procedures, g_ptr_array_unref);
  g_clear_pointer (&w->items, g_ptr_array_unref);
  g_clear_pointer (&w->years, g_free);
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

/* The schools of the year in the store's order, of one municipality and
 * one cluster if asked. */
static GPtrArray *
schools (MkStore              *store,
         const MkReportParams *params,
         GError              **error)
{
  g_autoptr(GListModel) all = mk_store_list_assignments_brief (store, params->school_year, error);

  return all ? mk_report_select_assignments (all, params->municipality, params->cluster) : NULL;
}

/* ID of each object (school or procedure) → its position + 1. IDS holds
 * the keys and must outlive the table. */
static GHashTable *
positions (gint64 *ids,
           guint   n)
{
  GHashTable *table = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < n; i++)
    g_hash_table_insert (table, &ids[i], GUINT_TO_POINTER (i + 1));
  return table;
}

/* Puts each school × procedure count of COUNTS in its cell of W->years. */
static void
place_counts (Window *w,
              GArray *counts)
{
  guint n_items = w->items->len, n_procs = w->procedures->len;
  g_autofree gint64 *school_ids = g_new (gint64, n_items);
  g_autofree gint64 *procedure_ids = g_new (gint64, n_procs);
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GHashTable) cols = NULL;

  for (guint i = 0; i < n_items; i++)
    school_ids[i] = mk_assignment_get_school_id (w->items->pdata[i]);
  for (guint i = 0; i < n_procs; i++)
    procedure_ids[i] = mk_procedure_get_id (w->procedures->pdata[i]);
  rows = positions (school_ids, n_items);
  cols = positions (procedure_ids, n_procs);
  w->years = g_new0 (guint8, (gsize) n_items * n_procs + 1);
  for (guint i = 0; i < counts->len; i++)
    {
      const MkMarkerCount *count = &g_array_index (counts, MkMarkerCount, i);
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (rows, &count->school_id));
      guint col = GPOINTER_TO_UINT (g_hash_table_lookup (cols, &count->procedure_id));

      if (row > 0 && col > 0)
        w->years[(gsize) (row - 1) * n_procs + col - 1] = MIN (count->n_years, 2);
    }
}

static gboolean
window_load (Window               *w,
             MkStore              *store,
             const MkReportParams *params,
             GError              **error)
{
  g_autoptr(MkMethodology) m = mk_store_load_methodology (store, params->school_year, error);
  g_autoptr(GArray) counts = NULL;
  int threshold;

  if (m == NULL || (w->procedures = ordered_procedures (store, error)) == NULL
      || (w->items = schools (store, params, error)) == NULL)
    return FALSE;
  threshold = mk_methodology_get (m, MK_SETTING_MARKER_THRESHOLD) * 1000;
  counts = mk_store_count_markers (store, params->school_year - 1, params->school_year,
                                   threshold,
                                   mk_methodology_get (m, MK_SETTING_COUNT_NON_OBJECTIVE) != 0,
                                   error);
  if (counts == NULL)
    return FALSE;
  place_counts (w, counts);
  return TRUE;
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
            guint                 i)
{
  MkAssignment *item = w->items->pdata[i];
  const guint8 *years = &w->years[(gsize) i * w->procedures->len];
  guint row = FIRST_DATA_ROW + i;

  mk_sheet_set_text (sheet, row, 0, mk_assignment_get_school_name (item), st->text);
  set_count (sheet, st, row, 1, mk_assignment_get_markers_prev (item));
  set_count (sheet, st, row, 2, mk_assignment_get_markers_cur (item));
  set_count (sheet, st, row, 3, mk_assignment_get_markers_total (item));
  for (guint p = 0; p < w->procedures->len; p++)
    {
      guint col = FIRST_PROCEDURE_COL + p;

      if (years[p] == 0)
        mk_sheet_set_blank (sheet, row, col, st->center);
      else
        mk_sheet_set_static_text (sheet, row, col, years[p] == 2 ? "2Н" : "Н", st->center);
    }
}

MkSheet *
mk_report_marker_matrix (MkStore              *store,
                         const MkReportParams *params,
                         GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("Таблица 1");
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("Результаты выявления низких образовательных "
                                        "результатов", where, NULL);
  Window w = { 0 };
  MkReportStyles st;
  guint n_cols;

  if (!window_load (&w, store, params, error))
    {
      window_clear (&w);
      return NULL;
    }
  n_cols = FIRST_PROCEDURE_COL + w.procedures->len;
  mk_sheet_reserve (sheet, (FIRST_DATA_ROW + w.items->len) * n_cols);
  mk_report_styles_init (sheet, &st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 1", 0);
  mk_sheet_add_title (sheet, 1, n_cols, title);
  header (sheet, &st, params->school_year, w.procedures);
  for (guint i = 0; i < w.items->len; i++)
    school_row (sheet, &st, &w, i);
  window_clear (&w);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->fit_to_width = TRUE;
  mk_sheet_get_page (sheet)->repeat_first = HEADER_ROW;
  mk_sheet_get_page (sheet)->repeat_last = HEADER_ROW + 1;
  return g_steal_pointer (&sheet);
}
