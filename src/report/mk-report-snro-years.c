/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <string.h>

#include "mk-report-private.h"
#include "mk-store-statistics.h"

/* Таблица 3 «Сравнение числа ШНРО за 5 лет»: per school year, the region's
 * figures from the external statistics next to the municipality's ШНРО
 * counted from the clusters. The table's «2018» is the school year
 * 2018/2019 (its Smolensk column is Таблица 4's row 2018-2019). */

#define N_COLUMNS 4

/* A Russian place name after «в», for the endings the official tables use
 * («Смоленская область» → «Смоленской области»); NULL when the name has
 * none of them, and the heading then names the place in brackets. */
static const struct { const char *nominative, *prepositional; } endings[] = {
  { "ская область", "ской области" },
  { "ский край", "ском крае" },
  { "ский район", "ском районе" },
  { "ский городской округ", "ском городском округе" },
  { "ский муниципальный округ", "ском муниципальном округе" },
};

static char *
prepositional (const char *name)
{
  gsize len = strlen (name);

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_has_suffix (name, endings[i].nominative))
      return g_strdup_printf ("%.*s%s", (int) (len - strlen (endings[i].nominative)),
                              name, endings[i].prepositional);
  if (g_str_has_prefix (name, "Республика "))
    return g_strdup_printf ("Республике %s", name + strlen ("Республика "));
  return NULL;
}

/* «в городе Смоленске» for a one-word city ending in a hard consonant,
 * as Таблица 3 heads the column; other names as prepositional () does. */
static char *
place_phrase (const char *name)
{
  g_autofree char *inflected = prepositional (name);
  gunichar last = g_utf8_get_char (g_utf8_prev_char (name + strlen (name)));

  if (inflected != NULL)
    return g_strdup_printf ("в %s", inflected);
  if (strchr (name, ' ') == NULL && strchr (name, '-') == NULL &&
      g_utf8_strchr ("бвгдзклмнпрстфх", -1, last) != NULL)
    return g_strdup_printf ("в городе %sе", name);
  return g_strdup_printf ("(%s)", name);
}

static char *
years_title (guint n_years)
{
  const char *word = "лет";

  if (n_years % 10 == 1 && n_years % 100 != 11)
    word = "год";
  else if (n_years % 10 >= 2 && n_years % 10 <= 4 && (n_years % 100 < 12 || n_years % 100 > 14))
    word = "года";
  return g_strdup_printf ("Сравнение числа ШНРО за %u %s", n_years, word);
}

typedef struct {
  MkStore              *store;
  const MkReportParams *params;
  GListModel           *statistics;
  const char           *scope;      /* the scope shown, NULL when none */
  guint                 n_schools;  /* of the municipality, now */
  gboolean              unknown;    /* a cell reads «н/д» */
} Context;

static MkStatistic *
statistic_of (Context *ctx,
              int      year)
{
  for (guint i = 0; ctx->scope != NULL && i < g_list_model_get_n_items (ctx->statistics); i++)
    {
      g_autoptr(MkStatistic) item = g_list_model_get_item (ctx->statistics, i);

      if (mk_statistic_get_school_year (item) == year &&
          g_str_equal (mk_statistic_get_scope (item), ctx->scope))
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* The earliest year up to the chosen one with statistics of the scope or
 * clusters of the municipality; the chosen year when there is none. */
static int
first_year (Context  *ctx,
            GError  **error)
{
  g_autoptr(GArray) years = mk_store_list_school_years (ctx->store, error);
  int first = ctx->params->school_year;

  if (years == NULL)
    return 0;
  for (guint i = 0; ctx->scope != NULL && i < g_list_model_get_n_items (ctx->statistics); i++)
    {
      g_autoptr(MkStatistic) item = g_list_model_get_item (ctx->statistics, i);

      if (g_str_equal (mk_statistic_get_scope (item), ctx->scope))
        first = MIN (first, mk_statistic_get_school_year (item));
    }
  for (guint i = 0; i < years->len && g_array_index (years, int, i) < first; i++)
    {
      g_autoptr(GPtrArray) items = mk_report_assignments (ctx->store, g_array_index (years, int, i),
                                                          ctx->params->municipality, error);
      if (items == NULL)
        return 0;
      if (items->len > 0)
        return g_array_index (years, int, i);
    }
  return first;
}

static void
write_header (MkSheet              *sheet,
              const MkReportStyles *st,
              Context              *ctx)
{
  g_autofree char *region = ctx->scope ? place_phrase (ctx->scope) : g_strdup ("в регионе");
  g_autofree char *where = ctx->params->municipality ? place_phrase (ctx->params->municipality)
                                                     : g_strdup ("в базе");
  g_autofree char *region_heading = g_strdup_printf ("Количество/ доля ШНРО %s, ед./%%", region);
  g_autofree char *local_heading = g_strdup_printf ("Количество ШНРО %s, ед./%% от %u ОО",
                                                    where, ctx->n_schools);
  const char *headings[N_COLUMNS] = {
    "Год", "Количество ОО, участвовавших в мониторинге выявления ШНРО, ед.",
    region_heading, local_heading };
  static const double widths[N_COLUMNS] = { 12, 30, 30, 30 };

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      mk_sheet_set_text (sheet, 2, c, headings[c], st->header);
      mk_sheet_set_column_width (sheet, c, widths[c]);
    }
  mk_sheet_set_row_height (sheet, 2, 45);
}

/* The municipality's ШНРО of YEAR against all its schools, the
 * denominator the heading names; NULL with *UNKNOWN set when the year's
 * ШНРО list is not in the database. */
static gboolean
local_share (Context  *ctx,
             int       year,
             char    **text,
             GError  **error)
{
  MkReportYearClusters known;

  *text = NULL;
  if (!mk_report_year_clusters (ctx->store, year, ctx->params->municipality, ctx->n_schools,
                                &known, error))
    return FALSE;
  if (known.snro_known)
    *text = mk_report_count_share (known.counts[MK_CLUSTER_SNRO], ctx->n_schools);
  return TRUE;
}

static void
set_text_or_unknown (Context    *ctx,
                     MkSheet    *sheet,
                     guint       row,
                     guint       col,
                     const char *text,
                     guint       style)
{
  if (text == NULL)
    ctx->unknown = TRUE;
  mk_sheet_set_text (sheet, row, col, text ? text : MK_REPORT_UNKNOWN, style);
}

static gboolean
write_row (MkSheet              *sheet,
           const MkReportStyles *st,
           Context              *ctx,
           guint                 row,
           int                   year,
           GError              **error)
{
  g_autoptr(MkStatistic) statistic = statistic_of (ctx, year);
  g_autofree char *label = mk_report_year_label (year);
  g_autofree char *local = NULL, *region = NULL, *schools = NULL;

  if (!local_share (ctx, year, &local, error))
    return FALSE;
  mk_sheet_set_text (sheet, row, 0, label, st->center);
  if (statistic != NULL)
    {
      region = mk_report_count_share (mk_statistic_get_snro (statistic),
                                      mk_statistic_get_schools (statistic));
      mk_sheet_set_integer (sheet, row, 1, mk_statistic_get_schools (statistic), st->center);
    }
  else
    set_text_or_unknown (ctx, sheet, row, 1, NULL, st->center);
  set_text_or_unknown (ctx, sheet, row, 2, region, st->center);
  set_text_or_unknown (ctx, sheet, row, 3, local, st->total_c);
  return TRUE;
}

MkSheet *
mk_report_snro_years (MkStore              *store,
                      const MkReportParams *params,
                      GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Таблица 3");
  g_autoptr(GListModel) statistics = mk_store_list_statistics (store, error);
  g_autofree char *title = NULL;
  Context ctx = { store, params, statistics, NULL, 0, FALSE };
  g_autofree char *note = NULL;
  int row;
  MkReportStyles st;
  int first;

  if (statistics == NULL ||
      !mk_report_count_schools (store, params->municipality, &ctx.n_schools, error))
    return NULL;
  /* The list is sorted by scope: its first is the one alphabetically. */
  if (g_list_model_get_n_items (statistics) > 0)
    {
      g_autoptr(MkStatistic) top = g_list_model_get_item (statistics, 0);
      ctx.scope = mk_statistic_get_scope (top);
    }
  first = params->first_year ? params->first_year : first_year (&ctx, error);
  if (first == 0)
    return NULL;
  mk_report_styles_init (sheet, &st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 3", 0);
  title = years_title ((guint) MAX (params->school_year - first + 1, 0));
  mk_sheet_add_title (sheet, 1, N_COLUMNS, title);
  write_header (sheet, &st, &ctx);
  row = 3;
  for (int year = first; year <= params->school_year; year++, row++)
    if (!write_row (sheet, &st, &ctx, (guint) row, year, error))
      return NULL;
  note = g_strdup_printf ("Доля в последнем столбце — от всех ОО в базе (%u) в каждом году; "
                          "доля в регионе — от ОО, участвовавших в мониторинге.%s", ctx.n_schools,
                          ctx.unknown ? " " MK_REPORT_UNKNOWN_LEGEND : "");
  mk_sheet_add_footnote (sheet, (guint) row, N_COLUMNS, note);
  mk_sheet_get_page (sheet)->repeat_first = 2;
  mk_sheet_get_page (sheet)->repeat_last = 2;
  return g_steal_pointer (&sheet);
}
