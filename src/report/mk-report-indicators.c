/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-report-private.h"
#include "mk-store-clusters.h"
#include "mk-store-indicators.h"

/* The indicator tables (docs/indicators.md): each school's monitoring
 * table as protocol No 12 of the Kamensk-Uralsky working group prints
 * them, with the school's name, head, curator and deputy above it, and
 * the municipality's tables, as the ZATO Solnechny report's Таблица 2
 * lays out a count and a share under each year. Values are printed
 * exactly as they were written; a value not given is «н/д». */

/* One table: the rows of a set that an entity's table has, and its
 * values by "indicator:year". */
typedef struct {
  GPtrArray  *rows;     /* MkIndicator */
  GPtrArray  *values;   /* MkIndicatorValue */
  GHashTable *by_cell;  /* "id:year" → MkIndicatorValue */
  GArray     *years;    /* int */
  gboolean    unknown;  /* a cell printed «н/д» */
} Table;

static void
table_clear (Table *t)
{
  g_clear_pointer (&t->rows, g_ptr_array_unref);
  g_clear_pointer (&t->values, g_ptr_array_unref);
  g_clear_pointer (&t->by_cell, g_hash_table_unref);
  g_clear_pointer (&t->years, g_array_unref);
}

/* The years of SET_ID up to the end of the school year asked for. */
static gboolean
table_load (Table                *t,
            MkStore              *store,
            gint64                set_id,
            gint64                school_id,
            const MkReportParams *params,
            GError              **error)
{
  g_autoptr(GArray) years = mk_store_list_indicator_years (store, set_id, error);

  if (years == NULL ||
      (t->rows = mk_store_list_indicators_of (store, set_id, school_id, error)) == NULL ||
      (t->values = mk_store_list_indicator_values (store, set_id, school_id, error)) == NULL)
    return FALSE;
  t->years = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) <= params->school_year + 1)
      g_array_append_val (t->years, g_array_index (years, int, i));
  t->by_cell = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < t->values->len; i++)
    {
      MkIndicatorValue *v = t->values->pdata[i];
      g_hash_table_insert (t->by_cell, g_strdup_printf ("%" G_GINT64_FORMAT ":%d",
                                                        v->indicator_id, v->year), v);
    }
  return TRUE;
}

static MkIndicatorValue *
table_value (Table       *t,
             MkIndicator *row,
             int          year)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%d", row->id, year);

  return g_hash_table_lookup (t->by_cell, key);
}

/* TEXT as written, or «н/д» when nothing was. */
static void
put_raw (MkSheet              *sheet,
         const MkReportStyles *st,
         Table                *t,
         guint                 row,
         guint                 col,
         const char           *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  t->unknown |= *trimmed == '\0';
  mk_sheet_set_text (sheet, row, col, *trimmed != '\0' ? text : MK_REPORT_UNKNOWN, st->center);
}

static int
table_year (Table *t,
            guint  i)
{
  return g_array_index (t->years, int, i);
}

/* Several tables share a sheet, each laying out its columns its own way:
 * a column is as wide as the widest of them needs. */
static void
widen (MkSheet *sheet,
       guint    col,
       double   width)
{
  if (mk_sheet_get_column_width (sheet, col) < width)
    mk_sheet_set_column_width (sheet, col, width);
}

/* «№ п/п | Критерий | Показатель (индикатор) | Единица измерения | 2019
 * год | …» from ROW on; the row after it. */
static guint
criteria_heading (MkSheet              *sheet,
                  const MkReportStyles *st,
                  Table                *t,
                  guint                 row)
{
  static const char *const headings[] = { "№ п/п", "Критерий", "Показатель (индикатор)",
                                          "Единица измерения" };
  static const double widths[] = { 6, 34, 44, 12 };

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    {
      mk_sheet_set_text (sheet, row, c, headings[c], st->header);
      widen (sheet, c, widths[c]);
    }
  for (guint y = 0; y < t->years->len; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d год", table_year (t, y));
      mk_sheet_set_text (sheet, row, 4 + y, year, st->header);
      widen (sheet, 4 + y, 16);
    }
  return row + 1;
}

/* The rows from I on that share row I's criterion. */
static guint
criterion_end (GPtrArray *rows,
               guint      i)
{
  MkIndicator *first = rows->pdata[i];
  guint end = i + 1;

  while (end < rows->len &&
         g_str_equal (((MkIndicator *) rows->pdata[end])->code, first->code) &&
         g_str_equal (((MkIndicator *) rows->pdata[end])->criterion, first->criterion))
    end++;
  return end;
}

/* The table with its criteria merged over their rows; the row after it. */
static guint
criteria_table (MkSheet              *sheet,
                const MkReportStyles *st,
                Table                *t,
                guint                 row)
{
  row = criteria_heading (sheet, st, t, row);
  for (guint i = 0; i < t->rows->len && !mk_sheet_is_full (sheet);)
    {
      guint end = criterion_end (t->rows, i), first = row;
      MkIndicator *lead = t->rows->pdata[i];

      /* A section of a table without a criterion column: a bold row. */
      if (lead->section)
        {
          mk_sheet_set_text (sheet, row, 0, lead->code, st->total_c);
          mk_sheet_set_text (sheet, row, 1, lead->title, st->total);
          mk_sheet_merge (sheet, row, 1, row, 3 + t->years->len);
          row++, i++;
          continue;
        }

      mk_sheet_set_text (sheet, row, 0, lead->code, st->center);
      mk_sheet_set_text (sheet, row, 1, lead->criterion, st->text);
      for (; i < end; i++, row++)
        {
          MkIndicator *indicator = t->rows->pdata[i];

          mk_sheet_set_text (sheet, row, 2, indicator->title, st->text);
          mk_sheet_set_text (sheet, row, 3, indicator->unit, st->center);
          for (guint y = 0; y < t->years->len; y++)
            {
              MkIndicatorValue *value = table_value (t, indicator, table_year (t, y));
              put_raw (sheet, st, t, row, 4 + y, value != NULL ? value->raw : NULL);
            }
        }
      if (row - first > 1)
        {
          mk_sheet_merge (sheet, first, 0, row - 1, 0);
          mk_sheet_merge (sheet, first, 1, row - 1, 1);
        }
    }
  return row;
}

/* «Значение 2021 года» over «Количество единиц» and «в %»; the rows
 * after them. */
static guint
paired_heading (MkSheet              *sheet,
                const MkReportStyles *st,
                Table                *t,
                guint                 row)
{
  mk_sheet_set_text (sheet, row, 0, "№", st->header);
  mk_sheet_set_text (sheet, row, 1, "Показатель", st->header);
  mk_sheet_merge (sheet, row, 0, row + 1, 0);
  mk_sheet_merge (sheet, row, 1, row + 1, 1);
  widen (sheet, 0, 6);
  widen (sheet, 1, 60);
  for (guint y = 0; y < t->years->len; y++)
    {
      g_autofree char *year = g_strdup_printf ("Значение %d года", table_year (t, y));
      guint col = 2 + 2 * y;

      mk_sheet_set_text (sheet, row, col, year, st->header);
      mk_sheet_merge (sheet, row, col, row, col + 1);
      mk_sheet_set_text (sheet, row + 1, col, "Количество единиц", st->header);
      mk_sheet_set_text (sheet, row + 1, col + 1, "в %", st->header);
      widen (sheet, col, 14);
      widen (sheet, col + 1, 12);
    }
  return row + 2;
}

static guint
paired_table (MkSheet              *sheet,
              const MkReportStyles *st,
              Table                *t,
              guint                 row)
{
  guint n_cols = 2 + 2 * t->years->len;

  row = paired_heading (sheet, st, t, row);
  for (guint i = 0; i < t->rows->len && !mk_sheet_is_full (sheet); i++, row++)
    {
      MkIndicator *indicator = t->rows->pdata[i];

      mk_sheet_set_text (sheet, row, 0, indicator->code, indicator->section ? st->total_c : st->center);
      mk_sheet_set_text (sheet, row, 1, indicator->title, indicator->section ? st->total : st->text);
      if (indicator->section)
        {
          mk_sheet_merge (sheet, row, 1, row, n_cols - 1);
          continue;
        }
      for (guint y = 0; y < t->years->len; y++)
        {
          MkIndicatorValue *value = table_value (t, indicator, table_year (t, y));
          put_raw (sheet, st, t, row, 2 + 2 * y, value != NULL ? value->raw : NULL);
          put_raw (sheet, st, t, row, 3 + 2 * y, value != NULL ? value->share_raw : NULL);
        }
    }
  return row;
}

static gboolean
is_paired (Table *t)
{
  for (guint i = 0; i < t->rows->len; i++)
    if (((MkIndicator *) t->rows->pdata[i])->paired)
      return TRUE;
  return FALSE;
}

static guint
n_columns (Table *t)
{
  return is_paired (t) ? 2 + 2 * t->years->len : 4 + t->years->len;
}

static guint
lay_out (MkSheet              *sheet,
         const MkReportStyles *st,
         Table                *t,
         guint                 row)
{
  return is_paired (t) ? paired_table (sheet, st, t, row) : criteria_table (sheet, st, t, row);
}

/* «(директор Маркова И.В., куратор Григорьева М.В., заместитель директора
 * по УВР Саламатова Л.И.)», «н/д» for whom the registry does not name. */
static char *
school_people (MkSchool *school)
{
  const char *head = mk_school_get_head (school), *curator = mk_school_get_curator (school);
  const char *deputy = mk_school_get_deputy (school);

  return g_strdup_printf ("(директор %s, куратор %s, заместитель директора по УВР %s)",
                          *head != '\0' ? head : MK_REPORT_UNKNOWN,
                          *curator != '\0' ? curator : MK_REPORT_UNKNOWN,
                          *deputy != '\0' ? deputy : MK_REPORT_UNKNOWN);
}

static gboolean
in_scope (const MkReportParams *params,
          const char           *municipality)
{
  return params->municipality == NULL || municipality == NULL ||
         g_strcmp0 (params->municipality, municipality) == 0;
}

/* Whether SCHOOL_ID's final cluster in the school year is --cluster's
 * (any school without --cluster). */
static gboolean
of_cluster (MkStore              *store,
            gint64                school_id,
            const MkReportParams *params)
{
  g_autoptr(MkAssignment) assignment = NULL;

  if (params->cluster == MK_CLUSTER_NONE)
    return TRUE;
  assignment = mk_store_get_assignment (store, school_id, params->school_year, NULL);
  return assignment != NULL && mk_assignment_get_final (assignment) == params->cluster;
}

/* One school's block: its name and people, then its table. */
static gboolean
school_block (MkSheet              *sheet,
              const MkReportStyles *st,
              MkStore              *store,
              MkIndicatorSet       *set,
              MkSchool             *school,
              const MkReportParams *params,
              guint                *row,
              gboolean             *unknown,
              GError              **error)
{
  Table t = { 0 };
  g_autofree char *people = school_people (school);
  const char *full = mk_school_get_full_name (school);
  gboolean ok = table_load (&t, store, set->id, mk_school_get_id (school), params, error);

  if (ok && t.rows->len > 0 && t.years->len > 0)
    {
      mk_sheet_add_title (sheet, (*row)++, n_columns (&t), *full != '\0' ? full : mk_school_get_name (school));
      mk_sheet_add_title (sheet, (*row)++, n_columns (&t), people);
      *row = lay_out (sheet, st, &t, *row) + 1;
      *unknown |= t.unknown;
    }
  table_clear (&t);
  return ok;
}

static gboolean
school_blocks (MkSheet              *sheet,
               const MkReportStyles *st,
               MkStore              *store,
               MkIndicatorSet       *set,
               const MkReportParams *params,
               gint64                chosen,
               guint                *row,
               gboolean             *unknown,
               GError              **error)
{
  g_autoptr(GArray) schools = mk_store_list_indicator_schools (store, set->id, error);

  for (guint i = 0; schools != NULL && i < schools->len && !mk_sheet_is_full (sheet); i++)
    {
      gint64 id = g_array_index (schools, gint64, i);
      g_autoptr(MkSchool) school = id != 0 ? mk_store_get_school (store, id, NULL) : NULL;

      if (school == NULL || !in_scope (params, mk_school_get_municipality (school)) ||
          (chosen != 0 && id != chosen) || !of_cluster (store, id, params))
        continue;
      if (!school_block (sheet, st, store, set, school, params, row, unknown, error))
        return FALSE;
    }
  return schools != NULL;
}

static void
nothing_to_show (MkSheet    *sheet,
                 guint       row,
                 const char *what)
{
  if (row == 0)
    mk_sheet_add_title (sheet, 0, 6, what);
}

static void
unknown_legend (MkSheet  *sheet,
                guint     row,
                gboolean  unknown)
{
  if (unknown)
    mk_sheet_add_footnote (sheet, row, 6, MK_REPORT_UNKNOWN_LEGEND
                           " Значение в таблице не указано.");
}

/* The school --school names, found by the name rules in --municipality
 * (or any); 0 with ERROR when there is none or more than one. */
static gint64
chosen_school (MkStore              *store,
               const MkReportParams *params,
               GError              **error)
{
  g_autoptr(MkSchool) school = mk_store_find_school (store, params->municipality != NULL
                                                     ? params->municipality : "",
                                                     params->school, NULL, error);

  if (school == NULL)
    g_prefix_error (error, "«%s»: ", params->school);
  return school != NULL ? mk_school_get_id (school) : 0;
}

MkSheet *
mk_report_indicators_school (MkStore              *store,
                             const MkReportParams *params,
                             GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Показатели школ");
  g_autoptr(GPtrArray) sets = mk_store_list_indicator_sets (store, error);
  MkReportStyles st;
  gboolean unknown = FALSE;
  guint row = 0;
  gint64 chosen = 0;

  if (sets == NULL || (params->school != NULL && (chosen = chosen_school (store, params, error)) == 0))
    return NULL;
  mk_report_styles_init (sheet, &st);
  for (guint i = 0; i < sets->len; i++)
    {
      MkIndicatorSet *set = sets->pdata[i];

      if (in_scope (params, set->municipality) &&
          !school_blocks (sheet, &st, store, set, params, chosen, &row, &unknown, error))
        return NULL;
    }
  nothing_to_show (sheet, row, "Нет таблиц показателей школ.");
  unknown_legend (sheet, row, unknown);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  return g_steal_pointer (&sheet);
}

MkSheet *
mk_report_indicators_municipal (MkStore              *store,
                                const MkReportParams *params,
                                GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Показатели");
  g_autoptr(GPtrArray) sets = mk_store_list_indicator_sets (store, error);
  MkReportStyles st;
  gboolean unknown = FALSE;
  guint row = 0;

  if (sets == NULL)
    return NULL;
  mk_report_styles_init (sheet, &st);
  for (guint i = 0; i < sets->len && !mk_sheet_is_full (sheet); i++)
    {
      MkIndicatorSet *set = sets->pdata[i];
      Table t = { 0 };
      gboolean ok = !in_scope (params, set->municipality) ||
                    table_load (&t, store, set->id, 0, params, error);

      if (ok && t.rows != NULL && t.rows->len > 0 && t.years->len > 0)
        {
          g_autofree char *title = g_strdup_printf ("%s (%s)", set->title,
                                                    set->municipality != NULL ? set->municipality
                                                                              : "все муниципалитеты");
          mk_sheet_add_title (sheet, row++, n_columns (&t), title);
          row = lay_out (sheet, &st, &t, row) + 1;
          unknown |= t.unknown;
        }
      table_clear (&t);
      if (!ok)
        return NULL;
    }
  nothing_to_show (sheet, row, "Нет таблиц показателей муниципалитетов.");
  unknown_legend (sheet, row, unknown);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  return g_steal_pointer (&sheet);
}
