/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-report-private.h"
#include "mk-store-results.h"

/* Таблица 7 «ОО, требующие разработки индивидуальных программ» of the
 * Smolensk monitoring report. The table lists the schools whose ИСБШ the
 * region measured (the two О(с)Ш); the report lists every school of the
 * year whose ИСБШ is known, in the store's order. Markers of calendar year
 * Y-2 come from the previous school year's assignment (its earlier year)
 * or, where that is not known, from the count a region's list reported for
 * the year; a number or status that is not known is «н/д», with its
 * legend under the table. */

#define PROGRAMS_N_COLS 7

static void
programs_header (MkSheet              *sheet,
                 const MkReportStyles *st,
                 guint                 row,
                 int                   year)
{
  g_autofree char *sum = g_strdup_printf ("Сумма маркеров «НР» в %d и %d г, ед.", year - 1, year);
  g_autofree char *status = g_strdup_printf ("Статус ОО в %d", year);

  mk_sheet_set_text (sheet, row, 0, "Наименование ОО", st->header);
  mk_sheet_set_text (sheet, row, 1, "ИСБШ", st->header);
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("Число маркеров «НР» в %d г, ед.", year - 2 + i);
      mk_sheet_set_text (sheet, row, 2 + i, text, st->header);
      mk_sheet_set_column_width (sheet, 2 + i, 14);
    }
  mk_sheet_set_text (sheet, row, 5, sum, st->header);
  mk_sheet_set_text (sheet, row, 6, status, st->header);
  mk_sheet_set_row_height (sheet, row, 60);
  mk_sheet_set_column_width (sheet, 0, 40);
  mk_sheet_set_column_width (sheet, 1, 9);
  mk_sheet_set_column_width (sheet, 5, 16);
  mk_sheet_set_column_width (sheet, 6, 12);
}

/* TRUE when VALUE is not known (and the cell says so). */
static gboolean
count_cell (MkSheet              *sheet,
            const MkReportStyles *st,
            guint                 row,
            guint                 col,
            int                   value)
{
  if (value < 0)
    mk_sheet_set_static_text (sheet, row, col, MK_REPORT_UNKNOWN, st->center);
  else
    mk_sheet_set_integer (sheet, row, col, value, st->center);
  return value < 0;
}

/* school id → the previous school year's assignment (borrowed). */
static GHashTable *
index_by_school (GPtrArray *items)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = mk_assignment_get_school_id (items->pdata[i]);
      g_hash_table_insert (index, id, items->pdata[i]);
    }
  return index;
}

static gboolean
add_reported (const MkContextRow *row,
              gpointer            user_data)
{
  gint64 *id = g_new (gint64, 1);

  *id = row->school_id;
  if (row->reported_markers >= 0)
    g_hash_table_insert (user_data, id, GINT_TO_POINTER (row->reported_markers + 1));
  else
    g_free (id);
  return TRUE;
}

/* school id → reported markers + 1 of calendar year YEAR. */
static GHashTable *
reported_markers (MkStore  *store,
                  int       year,
                  GError  **error)
{
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);

  if (!mk_store_foreach_context (store, year, year, add_reported, reported, error))
    return NULL;
  return g_steal_pointer (&reported);
}

/* Markers of the calendar year before the assignment's window. */
static int
markers_before (MkAssignment *before,
                GHashTable   *reported,
                gint64        id)
{
  int n = before ? mk_assignment_get_markers_prev (before) : -1;

  return n >= 0 ? n : GPOINTER_TO_INT (g_hash_table_lookup (reported, &id)) - 1;
}

/* One school's row; TRUE when something in it is not known. */
static gboolean
programs_row (MkSheet              *sheet,
              const MkReportStyles *st,
              guint                 decimal,
              guint                 row,
              MkAssignment         *item,
              int                   n_before,
              GHashTable           *names,
              gboolean              several)
{
  gint64 id = mk_assignment_get_school_id (item);
  const char *name = g_hash_table_lookup (names, &id);
  MkCluster final = mk_assignment_get_final (item);
  g_autofree char *label = mk_report_school_label (name ? name : mk_assignment_get_school_name (item),
                                                   mk_assignment_get_municipality (item), several);
  gboolean unknown = FALSE;

  mk_sheet_set_text (sheet, row, 0, label, st->text);
  mk_sheet_set_decimal (sheet, row, 1, mk_assignment_get_isbsh (item) / 10.0, decimal);
  unknown |= count_cell (sheet, st, row, 2, n_before);
  unknown |= count_cell (sheet, st, row, 3, mk_assignment_get_markers_prev (item));
  unknown |= count_cell (sheet, st, row, 4, mk_assignment_get_markers_cur (item));
  unknown |= count_cell (sheet, st, row, 5, mk_assignment_get_markers_total (item));
  mk_sheet_set_text (sheet, row, 6, final != MK_CLUSTER_NONE ? mk_report_cluster_abbreviation (final)
                                                             : MK_REPORT_UNKNOWN, st->center);
  return unknown || final == MK_CLUSTER_NONE;
}

static guint
decimal_style (MkSheet *sheet)
{
  MkSheetStyle s = { .flags = MK_SHEET_BORDER, .align = MK_SHEET_ALIGN_CENTER,
                     .valign = MK_SHEET_VALIGN_CENTER, .decimals = 1 };

  return mk_sheet_add_style (sheet, &s);
}

MkSheet *
mk_report_individual_programs (MkStore              *store,
                               const MkReportParams *params,
                               GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Таблица 7");
  g_autoptr(GPtrArray) items = NULL, before = NULL;
  g_autoptr(GHashTable) names = NULL, index = NULL, reported = NULL;
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("ОО", where,
                                        ", требующие разработки индивидуальных программ", NULL);
  MkReportStyles st;
  guint row = 3, decimal;
  gboolean several, unknown = FALSE;

  if ((items = mk_report_assignments_for (store, params, error)) == NULL
      || (before = mk_report_assignments (store, params->school_year - 1,
                                          params->municipality, error)) == NULL
      || (names = mk_report_full_names (store, error)) == NULL
      || (reported = reported_markers (store, params->school_year - 2, error)) == NULL)
    return NULL;
  index = index_by_school (before);
  several = params->municipality == NULL && mk_report_count_municipalities (store) > 1;
  mk_report_styles_init (sheet, &st);
  decimal = decimal_style (sheet);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 7", 0);
  mk_sheet_add_title (sheet, 1, PROGRAMS_N_COLS, title);
  programs_header (sheet, &st, 2, params->school_year);
  for (guint i = 0; i < items->len && !mk_sheet_is_full (sheet); i++)
    {
      MkAssignment *item = items->pdata[i];
      gint64 id = mk_assignment_get_school_id (item);

      if (mk_assignment_get_isbsh (item) >= 0)
        unknown |= programs_row (sheet, &st, decimal, row++, item,
                                 markers_before (g_hash_table_lookup (index, &id), reported, id),
                                 names, several);
    }
  if (unknown)
    mk_sheet_add_footnote (sheet, row + 1, PROGRAMS_N_COLS, MK_REPORT_UNKNOWN_LEGEND);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  return g_steal_pointer (&sheet);
}
