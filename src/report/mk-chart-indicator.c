/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart"
#include "config.h"

#include "mk-chart-indicator.h"
#include "mk-indicator-value.h"

/* The Okabe–Ito blue of the other one-series charts. */
#define INDICATOR_COLOR 0x0072B2

MkChartData *
mk_chart_indicator_new (MkIndicatorTable *table,
                        guint             row)
{
  MkIndicator *indicator;
  MkIndicatorUnit unit;
  MkChartData *data;
  MkChartSeries *series;

  if (row >= mk_indicator_table_n_rows (table) || mk_indicator_table_is_section (table, row))
    return NULL;
  indicator = mk_indicator_table_get_row (table, row);
  unit = mk_indicator_unit_parse (indicator->unit);
  data = mk_chart_data_new (MK_CHART_BARS, indicator->title);
  data->units = *indicator->unit != '\0' ? g_utf8_strdown (indicator->unit, -1) : NULL;
  data->integral = unit == MK_UNIT_COUNT;
  for (guint y = 0; y < mk_indicator_table_n_years (table); y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", mk_indicator_table_get_year (table, y));
      mk_chart_data_add_category (data, year, 0);
    }
  series = mk_chart_data_add_series (data, indicator->title, INDICATOR_COLOR);
  for (guint y = 0; y < mk_indicator_table_n_years (table); y++)
    {
      const char *raw = mk_indicator_table_get_raw (table, row, y);
      MkIndicatorReading reading;
      double value;

      mk_indicator_value_read (raw, &reading);
      mk_chart_series_set (series, y, mk_indicator_reading_value (&reading, unit, &value)
                                      ? value : MK_CHART_UNKNOWN_VALUE, raw);
    }
  return data;
}
