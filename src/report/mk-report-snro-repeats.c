/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-report-private.h"
#include "mk-school.h"
#include "mk-store-results.h"

/* Таблица 6 of the Smolensk monitoring report: every school that was ever
 * in ШНРО, a column per school year with «+» where it was, «500» in the
 * calendar years of the federal project «500+», and the streak up to the
 * chosen year. */

#define HEADER_ROW 2
#define FIRST_DATA_ROW 4

typedef struct {
  GArray     *years;     /* int: school years shown */
  GArray     *years_500; /* int: calendar years with a «500+» school */
  GHashTable *snro;      /* "id:year" of each ШНРО assignment */
  GHashTable *p500;      /* "id:year" of each project_500 = 1 */
  GHashTable *streak;    /* school id → streak in the chosen year */
  GHashTable *known;     /* the years' ШНРО lists known, by municipality */
  gboolean    unknown;   /* a cell reads «н/д» */
  const char *municipality;
  int         last_year;
  gboolean    several;   /* municipalities: names carry theirs */
} Repeats;

static char *
key (gint64 school,
     int    year)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%d", school, year);
}

static gboolean
has (GHashTable *set,
     gint64      school,
     int         year)
{
  g_autofree char *k = key (school, year);

  return g_hash_table_contains (set, k);
}

static void
repeats_clear (Repeats *r)
{
  g_clear_pointer (&r->years, g_array_unref);
  g_clear_pointer (&r->years_500, g_array_unref);
  g_clear_pointer (&r->snro, g_hash_table_unref);
  g_clear_pointer (&r->p500, g_hash_table_unref);
  g_clear_pointer (&r->streak, g_hash_table_unref);
  g_clear_pointer (&r->known, g_hash_table_unref);
}

static void
add_year (Repeats   *r,
          int        year,
          GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      MkAssignment *item = items->pdata[i];
      gint64 *id;

      if (mk_assignment_get_final (item) != MK_CLUSTER_SNRO)
        continue;
      g_hash_table_add (r->snro, key (mk_assignment_get_school_id (item), year));
      if (year != r->last_year)
        continue;
      id = g_new (gint64, 1);
      *id = mk_assignment_get_school_id (item);
      g_hash_table_insert (r->streak, id,
                           GUINT_TO_POINTER (mk_assignment_get_snro_streak (item)));
    }
}

static gboolean
load_snro (Repeats              *r,
           MkStore              *store,
           const MkReportParams *params,
           GError              **error)
{
  g_autoptr(GArray) all = mk_store_list_school_years (store, error);

  if (all == NULL)
    return FALSE;
  for (guint i = 0; i < all->len; i++)
    {
      int year = g_array_index (all, int, i);
      g_autoptr(GPtrArray) items = NULL;

      if (year > params->school_year || (params->first_year && year < params->first_year))
        continue;
      if ((items = mk_report_assignments (store, year, params->municipality, error)) == NULL)
        return FALSE;
      if (items->len > 0)
        g_array_append_val (r->years, year);
      add_year (r, year, items);
    }
  return TRUE;
}

static gboolean
collect_500 (const MkContextRow *row,
             gpointer            user_data)
{
  Repeats *r = user_data;

  if (row->project_500 != 1)
    return TRUE;
  g_hash_table_add (r->p500, key (row->school_id, row->year));
  for (guint i = 0; i < r->years_500->len; i++)
    if (g_array_index (r->years_500, int, i) == row->year)
      return TRUE;
  g_array_append_val (r->years_500, row->year);
  return TRUE;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The schools of the table, in the natural order of the school list. */
static GPtrArray *
listed_schools (Repeats  *r,
                MkStore  *store,
                GError  **error)
{
  g_autoptr(GListModel) schools = mk_store_list_schools (store, error);
  GPtrArray *result;

  if (schools == NULL)
    return NULL;
  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (schools, i);
      gint64 id = mk_school_get_id (school);
      gboolean ever = FALSE;

      if (r->municipality != NULL
          && g_strcmp0 (mk_school_get_municipality (school), r->municipality) != 0)
        continue;
      for (guint y = 0; y < r->years->len && !ever; y++)
        ever = has (r->snro, id, g_array_index (r->years, int, y));
      if (ever)
        g_ptr_array_add (result, g_object_ref (school));
    }
  return result;
}

static void
header (MkSheet              *sheet,
        const MkReportStyles *st,
        Repeats              *r)
{
  guint col = 2;

  mk_sheet_set_text (sheet, HEADER_ROW, 0, "№", st->header);
  mk_sheet_merge (sheet, HEADER_ROW, 0, HEADER_ROW + 1, 0);
  mk_sheet_set_column_width (sheet, 0, 6);
  mk_sheet_set_text (sheet, HEADER_ROW, 1, "ОО", st->header);
  mk_sheet_merge (sheet, HEADER_ROW, 1, HEADER_ROW + 1, 1);
  mk_sheet_set_column_width (sheet, 1, 45);
  for (guint i = 0; i < r->years->len; i++, col++)
    {
      g_autofree char *label = mk_report_year_label (g_array_index (r->years, int, i));
      g_autofree char *text = g_strconcat ("ШНРО ", label, NULL);

      mk_sheet_set_text (sheet, HEADER_ROW, col, text, st->header);
      mk_sheet_merge (sheet, HEADER_ROW, col, HEADER_ROW + 1, col);
      mk_sheet_set_column_width (sheet, col, 11);
    }
  for (guint i = 0; i < r->years_500->len; i++, col++)
    {
      g_autofree char *text = g_strdup_printf ("ШНРО %d/500+",
                                               g_array_index (r->years_500, int, i));

      mk_sheet_set_text (sheet, HEADER_ROW, col, "Федерал", st->header);
      mk_sheet_set_text (sheet, HEADER_ROW + 1, col, text, st->header);
      mk_sheet_set_column_width (sheet, col, 11);
    }
  mk_sheet_set_text (sheet, HEADER_ROW, col, "Подряд", st->header);
  mk_sheet_merge (sheet, HEADER_ROW, col, HEADER_ROW + 1, col);
  mk_sheet_set_row_height (sheet, HEADER_ROW + 1, 30);
}

static void
mark (MkSheet              *sheet,
      const MkReportStyles *st,
      guint                 row,
      guint                 col,
      gboolean              set,
      const char           *text)
{
  if (set)
    mk_sheet_set_text (sheet, row, col, text, st->center);
  else
    mk_sheet_set_blank (sheet, row, col, st->center);
}

static void
school_row (MkSheet              *sheet,
            const MkReportStyles *st,
            Repeats              *r,
            guint                 n,
            MkSchool             *school)
{
  guint row = FIRST_DATA_ROW + n, col = 2;
  gint64 id = mk_school_get_id (school);
  const char *full = mk_school_get_full_name (school);
  g_autofree char *number = g_strdup_printf ("%u.", n + 1);
  guint streak = GPOINTER_TO_UINT (g_hash_table_lookup (r->streak, &id));
  /* «СШ № 1» of two municipalities are two schools. */
  g_autofree char *name = mk_report_school_label (full && *full ? full : mk_school_get_name (school),
                                                  mk_school_get_municipality (school),
                                                  r->several);

  mk_sheet_set_text (sheet, row, 0, number, st->center);
  mk_sheet_set_text (sheet, row, 1, name, st->text);
  for (guint i = 0; i < r->years->len; i++, col++)
    {
      int year = g_array_index (r->years, int, i);

      /* Not in a list the database does not hold for the school's
       * municipality is not «not in ШНРО». */
      if (!has (r->snro, id, year) &&
          !mk_report_snro_known (r->known, year, mk_school_get_municipality (school)))
        {
          mk_sheet_set_text (sheet, row, col, MK_REPORT_UNKNOWN, st->center);
          r->unknown = TRUE;
        }
      else
        mark (sheet, st, row, col, has (r->snro, id, year), "+");
    }
  for (guint i = 0; i < r->years_500->len; i++)
    mark (sheet, st, row, col++, has (r->p500, id, g_array_index (r->years_500, int, i)), "500");
  if (streak > 0)
    mk_sheet_set_integer (sheet, row, col, streak, st->center);
  else
    mk_sheet_set_blank (sheet, row, col, st->center);
}

static gboolean
repeats_load (Repeats              *r,
              MkStore              *store,
              const MkReportParams *params,
              GError              **error)
{
  r->years = g_array_new (FALSE, FALSE, sizeof (int));
  r->years_500 = g_array_new (FALSE, FALSE, sizeof (int));
  r->snro = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->p500 = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->streak = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  r->municipality = params->municipality;
  r->last_year = params->school_year;
  r->several = params->municipality == NULL && mk_report_count_municipalities (store) > 1;
  if ((r->known = mk_report_snro_known_load (store, error)) == NULL
      || !load_snro (r, store, params, error)
      || !mk_store_foreach_context (store, 0, params->school_year, collect_500, r, error))
    return FALSE;
  g_array_sort (r->years_500, compare_int);
  return TRUE;
}

MkSheet *
mk_report_snro_repeats (MkStore              *store,
                        const MkReportParams *params,
                        GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Таблица 6");
  g_autoptr(GPtrArray) schools = NULL;
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("Список ОО повторно попадающих в кластер ШНРО",
                                        where, NULL);
  Repeats r = { 0 };
  MkReportStyles st;

  if (!repeats_load (&r, store, params, error)
      || (schools = listed_schools (&r, store, error)) == NULL)
    {
      repeats_clear (&r);
      return NULL;
    }
  mk_report_styles_init (sheet, &st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 6", 0);
  mk_sheet_add_title (sheet, 1, 3 + r.years->len + r.years_500->len, title);
  header (sheet, &st, &r);
  for (guint i = 0; i < schools->len && !mk_sheet_is_full (sheet); i++)
    school_row (sheet, &st, &r, i, schools->pdata[i]);
  if (r.unknown)
    mk_sheet_add_footnote (sheet, FIRST_DATA_ROW + schools->len + 1,
                           3 + r.years->len + r.years_500->len, MK_REPORT_UNKNOWN_LEGEND);
  repeats_clear (&r);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->repeat_first = HEADER_ROW;
  mk_sheet_get_page (sheet)->repeat_last = HEADER_ROW + 1;
  return g_steal_pointer (&sheet);
}
