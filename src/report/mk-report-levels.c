/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-markers.h"
#include "mk-report-private.h"
#include "mk-store-dashboard.h"

/* Таблица 5 of the Smolensk monitoring report «Распределение ОО … по
 * уровням неуспеваемости в течение двух лет»: one row per school year,
 * labelled by its two-year window of calendar years («2021, 2022» for
 * 2022/2023), counts by level from the strongest, and the total of the
 * classified schools. */

#define LEVELS_N_COLS 7

static const struct {
  MkLevel     level;
  const char *heading;
} level_columns[MK_N_LEVELS] = {
  { MK_LEVEL_STRONG, "Количество ОО сильно неуспевающих («НР» 11-19), ед" },
  { MK_LEVEL_MODERATE, "Количество ОО умеренно неуспевающих («НР» 10-7), ед" },
  { MK_LEVEL_BASIC, "Количество ОО базово неуспевающих («НР» 6-2), ед" },
  { MK_LEVEL_SINGLE, "Количество ОО, имеющих 1 маркер «НР», ед" },
  { MK_LEVEL_NONE, "Количество ОО не имеющих маркеров «НР», ед" },
};

static void
levels_header (MkSheet              *sheet,
               const MkReportStyles *st,
               guint                 row)
{
  mk_sheet_set_text (sheet, row, 0, "Годы", st->header);
  for (guint i = 0; i < MK_N_LEVELS; i++)
    mk_sheet_set_text (sheet, row, 1 + i, level_columns[i].heading, st->header);
  mk_sheet_set_text (sheet, row, 6,
                     "Всего ОО, участвовавших в оценочных процедурах, ед.", st->header);
  mk_sheet_set_row_height (sheet, row, 75);
  mk_sheet_set_column_width (sheet, 0, 12);
  for (guint c = 1; c < LEVELS_N_COLS; c++)
    mk_sheet_set_column_width (sheet, c, 17);
}

/* «2021, 2022»: the window of calendar years of a school year's row. */
static char *
window_label (const MkLevelYear *year)
{
  return g_strdup_printf ("%d, %d", year->school_year - 1, year->school_year);
}

static void
levels_row (MkSheet              *sheet,
            const MkReportStyles *st,
            guint                 row,
            const MkLevelYear    *year)
{
  g_autofree char *window = window_label (year);
  guint total = 0;

  mk_sheet_set_text (sheet, row, 0, window, st->text);
  for (guint i = 0; i < MK_N_LEVELS; i++)
    {
      guint n = year->counts[level_columns[i].level];

      mk_sheet_set_integer (sheet, row, 1 + i, n, st->center);
      total += n;
    }
  mk_sheet_set_integer (sheet, row, 6, total, st->center);
}

/* A year whose schools all lack the data has no row, only the footnote. */
static gboolean
classified (const MkLevelYear *year)
{
  for (guint i = 0; i < MK_N_LEVELS; i++)
    if (year->counts[i] > 0)
      return TRUE;
  return FALSE;
}

/* The footnote says, window by window, whom the table leaves out: a
 * count over all the windows read (two years where the table shows one)
 * said more than the table covers. */
static void
note_unknown (GString           *note,
              const MkLevelYear *year)
{
  g_autofree char *window = window_label (year);

  if (year->unknown == 0)
    return;
  if (note->len > 0)
    g_string_append_c (note, ' ');
  if (classified (year))
    g_string_append_printf (note, ngettext ("%s: %u school without a level (no data) is not counted.",
                                            "%s: %u schools without a level (no data) are not counted.",
                                            year->unknown),
                            window, year->unknown);
  else
    g_string_append_printf (note, ngettext ("%s: the %u school has no level (no data), so the years have no row.",
                                            "%s: none of %u schools has a level (no data), so the years have no row.",
                                            year->unknown),
                            window, year->unknown);
}

MkSheet *
mk_report_levels (MkStore              *store,
                  const MkReportParams *params,
                  GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Таблица 5");
  g_autoptr(GArray) years = mk_store_list_level_years (store, params->municipality, error);
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("Распределение ОО", where,
                                        " по уровням неуспеваемости в течение двух лет", NULL);
  int first = params->first_year ? MIN (params->first_year, params->school_year)
                                  : params->school_year - 1;
  MkReportStyles st;
  g_autoptr(GString) note = g_string_new (NULL);
  guint row = 3;

  if (years == NULL)
    return NULL;
  mk_report_styles_init (sheet, &st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 5", 0);
  mk_sheet_add_title (sheet, 1, LEVELS_N_COLS, title);
  levels_header (sheet, &st, 2);
  for (guint i = 0; i < years->len; i++)
    {
      const MkLevelYear *year = &g_array_index (years, MkLevelYear, i);

      if (year->school_year < first || year->school_year > params->school_year)
        continue;
      if (classified (year))
        levels_row (sheet, &st, row++, year);
      note_unknown (note, year);
    }
  if (note->len > 0)
    mk_sheet_add_footnote (sheet, row, LEVELS_N_COLS, note->str);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->repeat_first = 2;
  mk_sheet_get_page (sheet)->repeat_last = 2;
  return g_steal_pointer (&sheet);
}
