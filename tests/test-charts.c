/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-charts"
#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "mk-chart.h"
#include "mk-charts-catalog.h"
#include "mk-demo.h"
#include "mk-store-dashboard.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"
#include "mk-test-util.h"

static void
check_ticks (double        max,
             gboolean      integral,
             const double *expected,
             guint         n)
{
  MkChartScale scale;

  mk_chart_scale_for (0, max, integral, &scale);
  g_assert_cmpuint (scale.n_ticks, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (mk_chart_scale_tick (&scale, i), expected[i], 1e-9);
}

static void
test_ticks (void)
{
  const double four[] = { 0, 1, 2, 3, 4 };
  const double fifty[] = { 0, 10, 20, 30, 40, 50 };
  const double one[] = { 0, 0.2, 0.4, 0.6, 0.8, 1 };
  const double seven[] = { 0, 2, 4, 6, 8 };
  const double empty[] = { 0, 1 };
  MkChartScale scale;

  check_ticks (4, TRUE, four, G_N_ELEMENTS (four));
  check_ticks (43, TRUE, fifty, G_N_ELEMENTS (fifty));
  check_ticks (0.93, FALSE, one, G_N_ELEMENTS (one));
  check_ticks (7, TRUE, seven, G_N_ELEMENTS (seven));
  check_ticks (0, TRUE, empty, G_N_ELEMENTS (empty));
  mk_chart_scale_for (0, 0.93, FALSE, &scale);
  g_assert_cmpint (scale.decimals, ==, 1);
  mk_chart_scale_for (0, 40000, TRUE, &scale);
  g_assert_cmpfloat (scale.step, ==, 10000);
  g_assert_cmpfloat (scale.max, ==, 40000);
}

static MkChartData *
stacked_data (void)
{
  MkChartData *data = mk_chart_data_new (MK_CHART_STACKED, "t");
  MkChartSeries *a = mk_chart_data_add_series (data, "a", 0x000000);
  MkChartSeries *b;

  mk_chart_data_add_category (data, "2021", 0);
  mk_chart_data_add_category (data, "2022", 0);
  b = mk_chart_data_add_series (data, "b", 0xFFFFFF);
  mk_chart_series_set (a, 0, 5, NULL);
  mk_chart_series_set (a, 1, 2, NULL);
  mk_chart_series_set (b, 0, 3, NULL);
  mk_chart_series_set (b, 1, 9, "ВПР РУ-5");
  data->integral = TRUE;
  return data;
}

static void
test_stacking (void)
{
  g_autoptr(MkChartData) data = stacked_data ();
  MkChartStats stats;

  mk_chart_compute (data, &stats);
  g_assert_cmpfloat (mk_chart_data_total (data, 0), ==, 8);
  g_assert_cmpfloat (mk_chart_data_total (data, 1), ==, 11);
  g_assert_cmpfloat (stats.largest, ==, 11);
  g_assert_cmpfloat (stats.total, ==, 19);
  g_assert_cmpfloat (stats.scale.max, ==, 15);  /* 0, 5, 10, 15 */
  data->kind = MK_CHART_BARS;
  mk_chart_compute (data, &stats);
  g_assert_cmpfloat (stats.largest, ==, 9);
}

static MkChartContext *
image_context (cairo_surface_t **surface)
{
  cairo_t *cr;
  MkChartContext *ctx;

  *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 500);
  cr = cairo_create (*surface);
  ctx = mk_chart_context_new (cr, MK_CHART_LIGHT, 0);
  cairo_destroy (cr);
  return ctx;
}

static void
assert_inside (const MkChartLayout *layout,
               const MkChartRect   *r)
{
  g_assert_cmpfloat (r->x, >=, -0.01);
  g_assert_cmpfloat (r->y, >=, -0.01);
  g_assert_cmpfloat (r->x + r->width, <=, layout->width + 0.01);
  g_assert_cmpfloat (r->y + r->height, <=, layout->height + 0.01);
}

static void
test_layout_stacked (void)
{
  cairo_surface_t *surface;
  g_autoptr(MkChartContext) ctx = image_context (&surface);
  g_autoptr(MkChartData) data = stacked_data ();
  g_autoptr(MkChartLayout) layout = mk_chart_layout_new (ctx, data, 800, 500);
  const MkChartBar *bar;
  int series, category;

  g_assert_cmpuint (layout->bars->len, ==, 4);
  g_assert_cmpuint (layout->legend->len, ==, 2);
  assert_inside (layout, &layout->plot);
  for (guint i = 0; i < layout->bars->len; i++)
    assert_inside (layout, &g_array_index (layout->bars, MkChartBar, i).rect);
  /* b of 2022 stacks on a of 2022 */
  bar = &g_array_index (layout->bars, MkChartBar, 3);
  g_assert_cmpuint (bar->series, ==, 1);
  g_assert_cmpfloat_with_epsilon (bar->rect.y + bar->rect.height,
                                  g_array_index (layout->bars, MkChartBar, 2).rect.y, 1e-6);
  g_assert_true (mk_chart_hit_test (data, layout, bar->rect.x + 1, bar->rect.y + 1,
                                    &series, &category));
  g_assert_cmpint (series, ==, 1);
  g_assert_cmpint (category, ==, 1);
  g_assert_false (mk_chart_hit_test (data, layout, 1, 1, &series, &category));
  mk_chart_draw (ctx, data, layout);
  cairo_surface_destroy (surface);
}

/* A long title wraps in a narrow chart and takes more height than in a
 * wide one, where it fits on one line. */
static void
test_layout_title_wrap (void)
{
  cairo_surface_t *surface;
  g_autoptr(MkChartContext) ctx = image_context (&surface);
  g_autoptr(MkChartData) data = mk_chart_data_new (MK_CHART_BARS,
                                                   "Распределение школ по кластерам, 2022/2023");
  g_autoptr(MkChartLayout) wide = mk_chart_layout_new (ctx, data, 1200, 500);
  g_autoptr(MkChartLayout) narrow = mk_chart_layout_new (ctx, data, 260, 500);

  g_assert_cmpfloat (narrow->title.height, >, wide->title.height);
  mk_chart_draw (ctx, data, narrow);
  cairo_surface_destroy (surface);
}

/* The dark style paints its own background and light text. */
static void
test_dark (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(MkChartContext) ctx = mk_chart_context_new (cr, MK_CHART_DARK, 0);
  g_autoptr(MkChartData) data = stacked_data ();
  g_autoptr(MkChartLayout) layout = mk_chart_layout_new (ctx, data, 400, 300);
  guint32 pixel;

  mk_chart_draw (ctx, data, layout);
  cairo_surface_flush (surface);
  pixel = *(guint32 *) cairo_image_surface_get_data (surface) & 0xFFFFFF;
  g_assert_cmphex (pixel, ==, 0x1E1E1E);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_layout_empty (void)
{
  cairo_surface_t *surface;
  g_autoptr(MkChartContext) ctx = image_context (&surface);
  MkChartKind kinds[] = { MK_CHART_BARS, MK_CHART_STACKED, MK_CHART_HBARS, MK_CHART_HEATMAP };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(MkChartData) data = mk_chart_data_new (kinds[k], "пусто");
      g_autoptr(MkChartLayout) layout = mk_chart_layout_new (ctx, data, 800, 500);
      g_autofree char *text = mk_chart_describe (data);
      int s, c;

      g_assert_cmpuint (layout->bars->len, ==, 0);
      g_assert_false (mk_chart_hit_test (data, layout, 400, 250, &s, &c));
      mk_chart_draw (ctx, data, layout);
      g_assert_nonnull (strstr (text, "пусто"));
    }
  cairo_surface_destroy (surface);
}

static MkChartData *
heatmap_data (guint n_rows)
{
  MkChartData *data = mk_chart_data_new (MK_CHART_HEATMAP, "карта");

  for (guint c = 0; c < 30; c++)
    {
      g_autofree char *label = g_strdup_printf ("ВПР %u", c);
      mk_chart_data_add_category (data, label, 0);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *name = g_strdup_printf ("СШ № %u", r + 1);
      MkChartSeries *series = mk_chart_data_add_series (data, name, 0);
      mk_chart_series_set (series, r % 30, 1 + r % 2, NULL);
    }
  return data;
}

static void
test_layout_one_school (void)
{
  cairo_surface_t *surface;
  g_autoptr(MkChartContext) ctx = image_context (&surface);
  g_autoptr(MkChartData) data = heatmap_data (1);
  g_autoptr(MkChartLayout) layout = mk_chart_layout_new (ctx, data, 800, 500);
  int s, c;

  g_assert_cmpfloat (layout->category_label_width, >, 0);  /* the name fits */
  assert_inside (layout, &layout->plot);
  g_assert_true (mk_chart_hit_test (data, layout, layout->plot.x + layout->cell_width * 0.5,
                                    layout->plot.y + 1, &s, &c));
  g_assert_cmpint (s, ==, 0);
  g_assert_cmpint (c, ==, 0);
  mk_chart_draw (ctx, data, layout);
  cairo_surface_destroy (surface);
}

/* National scale: no label is measured per school, nothing overflows. */
static void
test_layout_national (void)
{
  cairo_surface_t *surface;
  g_autoptr(MkChartContext) ctx = image_context (&surface);
  g_autoptr(MkChartData) grid = heatmap_data (40000);
  g_autoptr(MkChartData) bars = mk_chart_data_new (MK_CHART_BARS, "40 000");
  MkChartSeries *series = mk_chart_data_add_series (bars, "s", 0x0072B2);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(MkChartLayout) grid_layout = NULL;
  g_autoptr(MkChartLayout) bar_layout = NULL;
  int s, c;

  for (guint i = 0; i < 40000; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", i);
      mk_chart_data_add_category (bars, label, 0);
      mk_chart_series_set (series, i, i, NULL);
    }
  grid_layout = mk_chart_layout_new (ctx, grid, 800, 500);
  bar_layout = mk_chart_layout_new (ctx, bars, 800, 500);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpfloat (grid_layout->category_label_width, ==, 0);
  g_assert_cmpfloat (grid_layout->cell_height, >, 0);
  assert_inside (grid_layout, &grid_layout->plot);
  g_assert_true (mk_chart_hit_test (grid, grid_layout, grid_layout->plot.x + 1,
                                    grid_layout->plot.y + grid_layout->plot.height - 0.001, &s, &c));
  g_assert_cmpint (s, ==, 39999);
  g_assert_cmpuint (bar_layout->bars->len, ==, 40000);
  g_assert_cmpfloat (bar_layout->stats.scale.max, ==, 40000);
  g_assert_cmpuint (bar_layout->category_label_every, >, 1);
  cairo_surface_destroy (surface);
}

static void
check_format (double      value,
              int         decimals,
              const char *expected)
{
  g_autofree char *text = mk_chart_format_number (value, decimals);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_format (void)
{
  g_autofree char *share = mk_chart_format_share (100.0 * 20 / 43);
  g_autofree char *small = mk_chart_format_share (100.0 * 4 / 43);

  check_format (40000, 0, "40\u2009000");
  check_format (4000, 0, "4000");
  check_format (1234567, 0, "1\u2009234\u2009567");
  check_format (0, 0, "0");
  check_format (0.25, 1, "0,3");
  check_format (-1.5, 1, "−1,5");
  g_assert_cmpstr (share, ==, "46,5\u00a0%");
  g_assert_cmpstr (small, ==, "9,3\u00a0%");
}

typedef struct {
  char    *dir;
  MkStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = mk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "demo.db", NULL);
  f->store = mk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mk_demo_load (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

/* The five clusters, then the schools without one; shares of all the
 * scope's schools, as the official Table 1 and the Overview cards count. */
static void
check_distribution (MkChartData        *data,
                    const double        counts[6],
                    const char * const  shares[6])
{
  g_autofree char *text = mk_chart_describe (data);

  g_assert_cmpuint (data->categories->len, ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *share = mk_chart_format_share (100.0 * mk_chart_data_get (data, 0, i)
                                                      / mk_chart_data_total (data, -1));
      g_autofree char *expected = g_strconcat (shares[i], "\u00a0%", NULL);

      g_assert_cmpfloat (mk_chart_data_get (data, 0, i), ==, counts[i]);
      g_assert_cmpstr (share, ==, expected);
      g_assert_nonnull (strstr (text, expected));
    }
}

/* The 31 demo schools outside Смоленск have no data: over all 74 schools
 * they are the bar without a cluster; Смоленск alone has none. */
static void
test_demo_distribution (Fixture       *f,
                        gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  MkChartQuery all = { .school_year = 2022 };
  MkChartQuery city = { .school_year = 2022, .municipality = "смоленск" };
  g_autoptr(MkChartData) a = mk_charts_build (f->store, "cluster-distribution", &all, &error);
  g_autoptr(MkChartData) b = mk_charts_build (f->store, "cluster-distribution", &city, &error);
  g_autoptr(GArray) years = mk_store_list_cluster_years (f->store, "Каменск-Уральский городской округ",
                                                         &error);

  static const double all_counts[] = { 4, 11, 6, 2, 20, 31 };
  static const char *const all_shares[] = { "5,4", "14,9", "8,1", "2,7", "27,0", "41,9" };
  static const double city_counts[] = { 4, 11, 6, 2, 20, 0 };
  static const char *const city_shares[] = { "9,3", "25,6", "14,0", "4,7", "46,5", "0,0" };

  g_assert_no_error (error);
  check_distribution (a, all_counts, all_shares);
  check_distribution (b, city_counts, city_shares);
  mk_test_assert_has (a->subtitle, "shares of all 74 schools");
  g_assert_nonnull (years);
  for (guint i = 0; i < years->len; i++)
    for (guint c = 1; c < MK_N_CLUSTERS; c++)
      g_assert_cmpuint (g_array_index (years, MkClusterYear, i).counts[c], ==, 0);
}

static void
test_demo_snro (Fixture       *f,
                gconstpointer  unused)
{
  const double expected[] = { 5, 8, 9, 9, 6 };
  g_autoptr(GError) error = NULL;
  MkChartQuery query = { .school_year = 2022 };
  g_autoptr(MkChartData) data = mk_charts_build (f->store, "snro-history", &query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (data->categories->len, ==, 5);
  g_assert_cmpstr (data->categories->pdata[0], ==, "2018/2019");
  for (guint i = 0; i < 5; i++)
    g_assert_cmpfloat (mk_chart_data_total (data, i), ==, expected[i]);
  /* `chart snro-history --municipality`: the demo's ШНРО are Смоленск's. */
  for (guint m = 0; m < 2; m++)
    {
      MkChartQuery town = { .school_year = 2022,
                            .municipality = m == 0 ? "смоленск" : "Каменск-Уральский городской округ" };
      g_autoptr(MkChartData) filtered = mk_charts_build (f->store, "snro-history", &town, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < 5; i++)
        g_assert_cmpfloat (mk_chart_data_total (filtered, i), ==, m == 0 ? expected[i] : 0);
    }
}

static void
test_demo_others (Fixture       *f,
                  gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) school = mk_store_find_school (f->store, "Смоленск", "СШ № 9", NULL, &error);
  MkChartQuery query = { .school_year = 2022, .municipality = "Смоленск" };
  g_autoptr(MkChartData) trend = mk_charts_build (f->store, "cluster-trend", &query, &error);
  g_autoptr(MkChartData) levels = mk_charts_build (f->store, "levels", &query, &error);
  g_autoptr(MkChartData) heat = mk_charts_build (f->store, "marker-heatmap", &query, &error);
  g_autoptr(MkChartData) history = NULL;

  g_assert_no_error (error);
  g_assert_cmpfloat (mk_chart_data_total (trend, trend->categories->len - 1), ==, 43);
  g_autoptr(GArray) level_years = mk_store_list_level_years (f->store, "Смоленск", &error);
  MkLevelYear *last = &g_array_index (level_years, MkLevelYear, level_years->len - 1);

  /* Schools whose cluster was set by hand without results have no level. */
  g_assert_cmpfloat (mk_chart_data_total (levels, levels->categories->len - 1) + last->unknown,
                     ==, 43);
  g_assert_cmpuint (heat->series->len, >, 0);
  query.school_id = mk_school_get_id (school);
  history = mk_charts_build (f->store, "marker-history", &query, &error);
  g_assert_no_error (error);
  /* ВПР, ОГЭ, ЕГЭ and the part of a reported total no procedure explains. */
  g_assert_cmpuint (history->series->len, ==, 4);
  g_assert_cmpfloat (mk_chart_data_total (history, -1), >, 0);
}

static char *
save (MkChartData *data,
      const char  *dir,
      const char  *name,
      gsize       *size)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;

  g_assert_true (mk_chart_save (data, path, 900, 500, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, size, NULL));
  g_assert_cmpuint (*size, >, 2000);
  return path;
}

static void
test_demo_export (Fixture       *f,
                  gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  MkChartQuery query = { .school_year = 2022 };
  g_autoptr(MkChartData) data = mk_charts_build (f->store, "snro-history", &query, &error);
  g_autofree char *png = NULL, *svg = NULL, *pdf = NULL, *svg_text = NULL, *out = NULL;
  g_autofree char *cmd = NULL;
  cairo_surface_t *image;
  gsize size;
  int status;

  /* Tests run untranslated: a Cyrillic title checks the PDF's text. */
  g_free (data->title);
  data->title = g_strdup ("ШНРО по учебным годам");
  png = save (data, f->dir, "c.png", &size);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 900);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 500);
  cairo_surface_destroy (image);
  svg = save (data, f->dir, "c.svg", &size);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (svg_text, "<?xml"));
  g_assert_nonnull (strstr (svg_text, "2018/2019: "));
  pdf = save (data, f->dir, "c.pdf", &size);
  cmd = g_strdup_printf ("pdftotext '%s' -", pdf);
  if (!g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL))
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (out, "2022/2023"));
  g_assert_nonnull (strstr (out, "ШНРО"));
  g_assert_false (mk_chart_save (data, "/tmp/x.gif", 10, 10, &error));
  g_assert_error (error, MK_CHART_ERROR, MK_CHART_ERROR_FORMAT);
}

/* The SVG's text (its <title> and <desc>) of chart ID. */
static char *
svg_of (Fixture            *f,
        const char         *id,
        const MkChartQuery *query,
        MkChartData       **out)
{
  g_autoptr(GError) error = NULL;
  MkChartData *data = mk_charts_build (f->store, id, query, &error);
  g_autofree char *name = g_strdup_printf ("%s-%d.svg", id, query->school_year);
  g_autofree char *path = NULL;
  char *text = NULL;
  gsize size;

  g_assert_no_error (error);
  path = save (data, f->dir, name, &size);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  *out = data;
  return text;
}

/* No chart draws what the database does not hold as 0: a year known only
 * from its ШНРО list has no other clusters, the first years of the ШНРО
 * history no first-time/repeated split, a year without results no
 * markers. Each is «н/д», explained in the legend, and no share is taken
 * of a total with unknown parts. */
static void
test_demo_unknown (Fixture       *f,
                   gconstpointer  unused)
{
  MkChartQuery y2020 = { .school_year = 2020 }, y2022 = { .school_year = 2022 };
  g_autoptr(MkSchool) school = mk_store_find_school (f->store, "Смоленск", "СШ № 9", NULL, NULL);
  MkChartQuery nine = { .school_year = 2022, .school_id = mk_school_get_id (school) };
  g_autoptr(MkChartData) dist = NULL, trend = NULL, snro = NULL, history = NULL;
  g_autofree char *dist_svg = svg_of (f, "cluster-distribution", &y2020, &dist);
  g_autofree char *trend_svg = svg_of (f, "cluster-trend", &y2022, &trend);
  g_autofree char *snro_svg = svg_of (f, "snro-history", &y2022, &snro);
  g_autofree char *history_svg = svg_of (f, "marker-history", &nine, &history);
  g_autoptr(MkChartData) levels = NULL;
  g_autofree char *levels_svg = svg_of (f, "levels", &y2022, &levels);

  g_assert_true (isnan (mk_chart_data_get (dist, 0, 0)));           /* ШПУ 2020/2021 */
  g_assert_cmpfloat (mk_chart_data_get (dist, 0, 2), ==, 9);        /* ШНРО: the list */
  mk_test_assert_has (dist_svg, "SPU: н/д.");
  mk_test_assert_has (dist_svg, "SNRO: 9.");
  mk_test_assert_has (dist_svg, MK_CHART_UNKNOWN_LEGEND);
  g_assert_null (strstr (strstr (dist_svg, "<desc>"), "100,0"));    /* no «100,0 %» of 9 */
  g_assert_true (isnan (mk_chart_data_get (trend, 0, 0)));          /* ШПУ 2018/2019 */
  mk_test_assert_has (trend_svg, "2018/2019: SPU — н/д, SBU — н/д, SNRO — 5");
  mk_test_assert_has (trend_svg, "5 + н/д.");
  mk_test_assert_has (trend_svg, "total 43.");
  g_assert_true (isnan (mk_chart_data_get (snro, 0, 0)));           /* first time, 2018 */
  g_assert_cmpfloat (mk_chart_data_total (snro, 0), ==, 5);
  mk_test_assert_has (snro_svg, "2018/2019: For the first time — н/д");
  mk_test_assert_has (snro_svg, "2020/2021: For the first time — 4, Repeatedly — 5");
  mk_test_assert_has (history_svg, "2019 SNRO: ВПР — н/д, ОГЭ — н/д, ЕГЭ — н/д");
  mk_test_assert_has (history_svg, "2022 SNRO: ВПР — 0, ОГЭ — 0, ЕГЭ — 2");
  /* 2021 is known from the reported total alone: a year with data. */
  mk_test_assert_has (history_svg, "2021 SNRO: ВПР — 0, ОГЭ — 0, ЕГЭ — 0, "
                      "Reported total, no procedures — 5; total 5.");
  g_assert_null (strstr (history_svg, "0 + н/д"));
  /* The bars count schools with a level; the others are named, not dropped. */
  mk_test_assert_has (levels_svg, "without a level (no data): 2022/2023 — 35");
}

/* Over every municipality the heat map names a school as the reports
 * do, «СШ № 19 (Смоленск)»; within one, by its name alone. */
static void
test_demo_heatmap_names (Fixture       *f,
                         gconstpointer  unused)
{
  MkChartQuery all = { .school_year = 2022 };
  MkChartQuery town = { .school_year = 2022, .municipality = "Смоленск" };
  g_autoptr(MkChartData) a = NULL, t = NULL;
  g_autofree char *all_svg = svg_of (f, "marker-heatmap", &all, &a);
  g_autofree char *town_svg = svg_of (f, "marker-heatmap", &town, &t);

  mk_test_assert_has (all_svg, "СШ № 19 (Смоленск) · SNRO, 9: ");
  mk_test_assert_has (town_svg, "СШ № 19 (SNRO, 9): ");
  for (guint s = 0; s < a->series->len; s++)
    mk_test_assert_has (((MkChartSeries *) a->series->pdata[s])->name, " (");
  g_assert_null (strstr (all_svg, MK_CHART_UNKNOWN_LEGEND));
}

/* A school with markers but no cluster (its year not classified since)
 * reads «н/д», and the legend says what that is. */
static void
test_demo_heatmap_unknown (Fixture       *f,
                           gconstpointer  unused)
{
  const char *town = "Каменск-Уральский городской округ";
  g_autoptr(MkSchool) school = mk_store_find_school (f->store, town, "Средняя школа № 2",
                                                     NULL, NULL);
  g_autoptr(MkProcedure) procedure = mk_store_find_procedure (f->store, "ОГЭ МА", NULL);
  MkResultRow row = { mk_school_get_id (school), 2022, mk_procedure_get_id (procedure), NULL,
                      10, 5, -1, FALSE, FALSE };
  MkChartQuery all = { .school_year = 2022 };
  g_autoptr(MkChartData) a = NULL;
  g_autofree char *svg = NULL;

  g_assert_true (mk_store_put_result (f->store, &row, NULL, NULL));
  svg = svg_of (f, "marker-heatmap", &all, &a);
  mk_test_assert_has (svg, "Средняя школа № 2 (Каменск-Уральский городской округ) · н/д, 1");
  mk_test_assert_has (svg, MK_CHART_UNKNOWN_LEGEND);
}

#define ADD_DEMO(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/charts/ticks", test_ticks);
  g_test_add_func ("/charts/stacking", test_stacking);
  g_test_add_func ("/charts/format", test_format);
  g_test_add_func ("/charts/layout/stacked", test_layout_stacked);
  g_test_add_func ("/charts/layout/empty", test_layout_empty);
  g_test_add_func ("/charts/layout/one-school", test_layout_one_school);
  g_test_add_func ("/charts/layout/national", test_layout_national);
  g_test_add_func ("/charts/layout/title-wrap", test_layout_title_wrap);
  g_test_add_func ("/charts/dark", test_dark);
  ADD_DEMO ("/charts/demo/distribution", test_demo_distribution);
  ADD_DEMO ("/charts/demo/snro", test_demo_snro);
  ADD_DEMO ("/charts/demo/others", test_demo_others);
  ADD_DEMO ("/charts/demo/export", test_demo_export);
  ADD_DEMO ("/charts/demo/unknown", test_demo_unknown);
  ADD_DEMO ("/charts/demo/heatmap-names", test_demo_heatmap_names);
  ADD_DEMO ("/charts/demo/heatmap-unknown", test_demo_heatmap_unknown);
  return g_test_run ();
}
