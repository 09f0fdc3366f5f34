/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-report-private.h"

/* «Ручные корректировки кластеров»: every school of the school year whose
 * final cluster was set by hand, next to the cluster the rules computed,
 * with the reason and the date, so that each deviation from the methodology
 * (the evening schools in ШФНСУ with an ИСБШ above 70 in the Smolensk
 * monitoring report) can be checked. */

#define N_COLS 6

static void
header (MkSheet              *sheet,
        const MkReportStyles *st)
{
  static const char *headings[N_COLS] = { "№", "Наименование ОО", "Расчётный кластер",
                                          "Итоговый кластер", "Основание", "Дата" };
  static const double widths[N_COLS] = { 5, 34, 14, 14, 44, 12 };

  for (guint c = 0; c < N_COLS; c++)
    {
      mk_sheet_set_text (sheet, 2, c, headings[c], st->header);
      mk_sheet_set_column_width (sheet, c, widths[c]);
    }
  mk_sheet_set_row_height (sheet, 2, 30);
}

/* Row ROW for ITEM; TRUE when its computed cluster is unknown. */
static gboolean
override_row (MkSheet              *sheet,
              const MkReportStyles *st,
              guint                 row,
              guint                 n,
              MkAssignment         *item,
              gboolean              several)
{
  MkCluster computed = mk_assignment_get_computed (item);
  g_autofree char *name = mk_report_school_label (mk_assignment_get_school_name (item),
                                                  mk_assignment_get_municipality (item),
                                                  several);
  g_autofree char *date = mk_assignment_dup_override_date_text (item);

  mk_sheet_set_integer (sheet, row, 0, n, st->center);
  mk_sheet_set_text (sheet, row, 1, name, st->text);
  mk_sheet_set_text (sheet, row, 2, computed == MK_CLUSTER_NONE ? MK_REPORT_UNKNOWN
                     : mk_report_cluster_abbreviation (computed), st->center);
  mk_sheet_set_text (sheet, row, 3, mk_report_cluster_abbreviation (
                       mk_assignment_get_override (item)), st->center);
  mk_sheet_set_text (sheet, row, 4, mk_assignment_get_override_reason (item), st->text);
  mk_sheet_set_text (sheet, row, 5, date, st->center);
  return computed == MK_CLUSTER_NONE;
}

MkSheet *
mk_report_overrides (MkStore              *store,
                     const MkReportParams *params,
                     GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Корректировки");
  g_autoptr(GPtrArray) items = mk_report_assignments (store, params->school_year,
                                                      params->municipality, error);
  g_autofree char *where = mk_report_where (params);
  g_autofree char *year = mk_report_year_label (params->school_year);
  g_autofree char *title = g_strdup_printf ("Ручные корректировки кластеров%s, %s учебный год",
                                            where, year);
  MkReportStyles st;
  gboolean several, unknown = FALSE;
  guint row = 3, n = 0;

  if (items == NULL)
    return NULL;
  several = mk_report_several_municipalities (items);
  mk_report_styles_init (sheet, &st);
  mk_sheet_add_title (sheet, 0, N_COLS, title);
  header (sheet, &st);
  for (guint i = 0; i < items->len && !mk_sheet_is_full (sheet); i++)
    if (mk_assignment_get_override (items->pdata[i]) != MK_CLUSTER_NONE)
      unknown |= override_row (sheet, &st, row++, ++n, items->pdata[i], several);
  if (n == 0)
    mk_sheet_add_footnote (sheet, row, N_COLS, "Ручных корректировок нет.");
  else if (unknown)
    mk_sheet_add_footnote (sheet, row, N_COLS, MK_REPORT_UNKNOWN_LEGEND " Расчётный кластер — "
                           "н/д, если год не классифицирован или у ОО не было данных.");
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->repeat_first = 2;
  mk_sheet_get_page (sheet)->repeat_last = 2;
  return g_steal_pointer (&sheet);
}
