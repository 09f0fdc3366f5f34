/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-procedure.h"
#include "mk-report-private.h"
#include "mk-store-clusters.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"

/* Приложение 1, Таблица 1 of the Smolensk monitoring report: schools ×
 * procedures, «Н» for a marker. The official table heads its procedure
 * columns with one year and counts markers per year beside them, so a cell
 * holds the year its heading names: the window's last year first, then the
 * year before as a column group of its own, never both years in one cell. */

#define FIRST_PROCEDURE_COL 4
#define HEADER_ROW 2
#define FIRST_DATA_ROW 4


/* The two years read in one pass each: the rows and columns of the sheet
 * and, for each of their cells, whether the year has a marker. */
typedef struct {
  GPtrArray *procedures;   /* MkProcedure, the columns of one year in order */
  GPtrArray *items;        /* MkAssignment, the rows in order */
  guint8    *marks[2];     /* [0] the later year, [1] the earlier: items ×
                            * procedures, 1 for a marker */
  gboolean   several;      /* the rows span several municipalities */
} Window;

static void
window_clear (Window *w)
{
  g_clear_pointer (&w->procedures, g_ptr_array_unref);
  g_clear_pointer (&w->items, g_ptr_array_unref);
  g_clear_pointer (&w->marks[0], g_free);
  g_clear_pointer (&w->marks[1], g_free);
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
  for (guint k = 0; k < MK_N_KINDS; k++)
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(MkProcedure) p = g_list_model_get_item (all, i);

        if (g_strcmp0 (mk_procedure_get_kind (p),
                       mk_procedure_kind_name (mk_procedure_kind_matrix_order (k))) == 0)
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

/* Puts each school × procedure of COUNTS in its cell of MARKS. */
static guint8 *
place_counts (Window *w,
              GArray *counts)
{
  guint n_items = w->items->len, n_procs = w->procedures->len;
  g_autofree gint64 *school_ids = g_new (gint64, n_items);
  g_autofree gint64 *procedure_ids = g_new (gint64, n_procs);
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GHashTable) cols = NULL;
  guint8 *marks;

  for (guint i = 0; i < n_items; i++)
    school_ids[i] = mk_assignment_get_school_id (w->items->pdata[i]);
  for (guint i = 0; i < n_procs; i++)
    procedure_ids[i] = mk_procedure_get_id (w->procedures->pdata[i]);
  rows = positions (school_ids, n_items);
  cols = positions (procedure_ids, n_procs);
  marks = g_new0 (guint8, (gsize) n_items * n_procs + 1);
  for (guint i = 0; i < counts->len; i++)
    {
      const MkMarkerCount *count = &g_array_index (counts, MkMarkerCount, i);
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (rows, &count->school_id));
      guint col = GPOINTER_TO_UINT (g_hash_table_lookup (cols, &count->procedure_id));

      if (row > 0 && col > 0)
        marks[(gsize) (row - 1) * n_procs + col - 1] = count->n_years > 0;
    }
  return marks;
}

static gboolean
window_load (Window               *w,
             MkStore              *store,
             const MkReportParams *params,
             GError              **error)
{
  g_autoptr(MkMethodology) m = mk_store_load_methodology (store, params->school_year, error);
  int threshold;

  if (m == NULL || (w->procedures = ordered_procedures (store, error)) == NULL
      || (w->items = schools (store, params, error)) == NULL)
    return FALSE;
  threshold = mk_methodology_get (m, MK_SETTING_MARKER_THRESHOLD) * 1000;
  w->several = mk_report_several_municipalities (w->items);
  for (guint y = 0; y < 2; y++)
    {
      g_autoptr(GArray) counts = mk_store_count_markers (
          store, params->school_year - (int) y, params->school_year - (int) y, threshold,
          mk_methodology_get (m, MK_SETTING_COUNT_NON_OBJECTIVE) != 0, error);

      if (counts == NULL)
        return FALSE;
      w->marks[y] = place_counts (w, counts);
    }
  return TRUE;
}

/* One year's group of procedure columns from COL, headed «ОГЭ, 2022 год». */
static void
header_kinds (MkSheet              *sheet,
              const MkReportStyles *st,
              GPtrArray            *procedures,
              guint                 col,
              int                   year)
{
  for (guint k = 0; k < MK_N_KINDS; k++)
    {
      const char *kind = mk_procedure_kind_name (mk_procedure_kind_matrix_order (k));
      guint first = col;

      for (guint i = 0; i < procedures->len; i++)
        {
          MkProcedure *p = procedures->pdata[i];

          if (g_strcmp0 (mk_procedure_get_kind (p), kind) != 0)
            continue;
          mk_sheet_set_text (sheet, HEADER_ROW + 1, col, mk_procedure_get_title (p), st->header);
          mk_sheet_set_column_width (sheet, col++, 9);
        }
      g_autofree char *heading = g_strdup_printf ("%s, %d год", kind, year);

      if (col == first)
        continue;
      mk_sheet_set_text (sheet, HEADER_ROW, first, heading, st->header);
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
  header_kinds (sheet, st, procedures, FIRST_PROCEDURE_COL, school_year);
  header_kinds (sheet, st, procedures, FIRST_PROCEDURE_COL + procedures->len, school_year - 1);
  mk_sheet_set_row_height (sheet, HEADER_ROW + 1, 45);
}

/* A year's count (-1: the school was not assessed that year): «н/д». */
static void
set_count (MkSheet              *sheet,
           const MkReportStyles *st,
           guint                 row,
           guint                 col,
           int                   n)
{
  if (n < 0)
    mk_sheet_set_static_text (sheet, row, col, MK_REPORT_UNKNOWN, st->center);
  else
    mk_sheet_set_integer (sheet, row, col, n, st->center);
}

/* The window's sum: «н/д» when no year is known, «≥3» when one is not. */
static gboolean
set_total (MkSheet              *sheet,
           const MkReportStyles *st,
           guint                 row,
           int                   prev,
           int                   cur)
{
  g_autofree char *partial = NULL;

  if (prev >= 0 && cur >= 0)
    mk_sheet_set_integer (sheet, row, 3, prev + cur, st->center);
  else if (prev < 0 && cur < 0)
    mk_sheet_set_static_text (sheet, row, 3, MK_REPORT_UNKNOWN, st->center);
  else
    {
      partial = mk_report_partial ((guint) MAX (prev, cur));
      mk_sheet_set_text (sheet, row, 3, partial, st->center);
      return TRUE;
    }
  return FALSE;
}

/* Row I; TRUE when its sum is partial. */
static gboolean
school_row (MkSheet              *sheet,
            const MkReportStyles *st,
            Window               *w,
            guint                 i)
{
  MkAssignment *item = w->items->pdata[i];
  int counts[2] = { mk_assignment_get_markers_cur (item), mk_assignment_get_markers_prev (item) };
  g_autofree char *name = mk_report_school_label (mk_assignment_get_school_name (item),
                                                  mk_assignment_get_municipality (item),
                                                  w->several);
  guint row = FIRST_DATA_ROW + i, n = w->procedures->len;
  gboolean partial;

  /* In column order: the sheet model appends a cell after the last one
   * and indexes all 5 million cells once one comes out of order. */
  mk_sheet_set_text (sheet, row, 0, name, st->text);
  set_count (sheet, st, row, 1, counts[1]);
  set_count (sheet, st, row, 2, counts[0]);
  partial = set_total (sheet, st, row, counts[1], counts[0]);
  for (guint y = 0; y < 2; y++)
    for (guint p = 0; p < n; p++)
      {
        guint col = FIRST_PROCEDURE_COL + y * n + p;

        if (counts[y] < 0)
          mk_sheet_set_static_text (sheet, row, col, MK_REPORT_UNKNOWN, st->center);
        else if (w->marks[y][(gsize) i * n + p])
          mk_sheet_set_static_text (sheet, row, col, "Н", st->center);
        else
          mk_sheet_set_blank (sheet, row, col, st->center);
      }
  return partial;
}

/* Under the table: what a cell holds, and the marks when used. */
static char *
legend (int      school_year,
        gboolean unknown,
        gboolean partial)
{
  GString *note = g_string_new (NULL);

  g_string_append_printf (note, "Н — низкий результат в году, названном в заголовке группы "
                          "столбцов (%d год, затем %d год); пусто — процедура без маркера.",
                          school_year, school_year - 1);
  if (unknown)
    g_string_append (note, " " MK_REPORT_UNKNOWN_LEGEND " Год без результатов ОО — н/д.");
  if (partial)
    g_string_append (note, " " MK_REPORT_PARTIAL_LEGEND);
  return g_string_free (note, FALSE);
}

MkSheet *
mk_report_marker_matrix (MkStore              *store,
                         const MkReportParams *params,
                         GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Таблица 1");
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("Результаты выявления низких образовательных "
                                        "результатов", where, NULL);
  g_autofree char *note = NULL;
  Window w = { 0 };
  MkReportStyles st;
  gboolean unknown = FALSE, partial = FALSE;
  guint n_cols;

  if (!window_load (&w, store, params, error))
    {
      window_clear (&w);
      return NULL;
    }
  n_cols = FIRST_PROCEDURE_COL + 2 * w.procedures->len;
  mk_sheet_reserve (sheet, (FIRST_DATA_ROW + w.items->len + 1) * n_cols);
  mk_report_styles_init (sheet, &st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 1", 0);
  mk_sheet_add_title (sheet, 1, n_cols, title);
  header (sheet, &st, params->school_year, w.procedures);
  for (guint i = 0; i < w.items->len && !mk_sheet_is_full (sheet); i++)
    {
      MkAssignment *item = w.items->pdata[i];

      partial |= school_row (sheet, &st, &w, i);
      unknown |= mk_assignment_get_markers_cur (item) < 0
                 || mk_assignment_get_markers_prev (item) < 0;
    }
  note = legend (params->school_year, unknown, partial);
  mk_sheet_add_footnote (sheet, FIRST_DATA_ROW + w.items->len, MIN (n_cols, 20), note);
  window_clear (&w);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->fit_to_width = TRUE;
  mk_sheet_get_page (sheet)->repeat_first = HEADER_ROW;
  mk_sheet_get_page (sheet)->repeat_last = HEADER_ROW + 1;
  return g_steal_pointer (&sheet);
}
