#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <string.h>

#include "mk-report-private.h"

/* A list of names as Таблица 4 writes it: «СШ № 9», «СШ № 11» become
 * «СШ №№ 9, 11»; names of other kinds follow after «; ». */
typedef struct {
  char    *prefix;
  GString *numbers;
  guint    n;
} Group;

static void
group_free (gpointer data)
{
  Group *g = data;

  g_free (g->prefix);
  g_string_free (g->numbers, TRUE);
  g_free (g);
}

static Group *
group_for (GPtrArray  *groups,
           const char *prefix)
{
  Group *g;

  for (guint i = 0; i < groups->len; i++)
    if (g_str_equal (((Group *) groups->pdata[i])->prefix, prefix))
      return groups->pdata[i];
  g = g_new0 (Group, 1);
  g->prefix = g_strdup (prefix);
  g->numbers = g_string_new (NULL);
  g_ptr_array_add (groups, g);
  return g;
}

static char *
join_names (GPtrArray *names)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (group_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = names->pdata[i];
      const char *sign = strstr (name, "№");
      g_autofree char *prefix = sign ? g_strstrip (g_strndup (name, sign - name))
                                     : g_strdup (name);
      Group *g = group_for (groups, prefix);
      const char *number;

      if (sign == NULL)
        continue;
      for (number = sign + strlen ("№"); *number == ' '; number++)
        ;
      if (g->n++ > 0)
        g_string_append (g->numbers, ", ");
      g_string_append (g->numbers, number);
    }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i];

      if (out->len > 0)
        g_string_append (out, "; ");
      if (g->n == 0)
        g_string_append (out, g->prefix);
      else
        g_string_append_printf (out, "%s %s %s", g->prefix, g->n > 1 ? "№№" : "№",
                                g->numbers->str);
    }
  return g_string_free (out, FALSE);
}

typedef struct {
  guint      snro, first, repeated, classified;
  gboolean   complete;   /* clusters other than ШНРО were assigned */
  GPtrArray *names;      /* borrowed school names of the ШНРО */
} YearCount;

static void
count_snro (GPtrArray *items,
            YearCount *count)
{
  for (guint i = 0; i < items->len; i++)
    {
      MkAssignment *item = items->pdata[i];
      MkCluster cluster = mk_assignment_get_final (item);

      count->classified += cluster != MK_CLUSTER_NONE;
      if (cluster != MK_CLUSTER_SNRO)
        {
          count->complete |= cluster != MK_CLUSTER_NONE;
          continue;
        }
      count->snro++;
      if (mk_assignment_get_snro_repeated (item))
        count->repeated++;
      else
        count->first++;
      g_ptr_array_add (count->names, (gpointer) mk_assignment_get_school_name (item));
    }
}

static void
snro_header (MkSheet              *sheet,
             const MkReportStyles *st)
{
  static const char *top[] = { "Учебный год", "ОО (основание-приказы)",
                               "Попали в перечень", NULL,
                               "ШНРО от общего количества школ Кол-во/%" };
  static const double widths[] = { 12, 40, 18, 18, 20 };

  for (guint c = 0; c < G_N_ELEMENTS (top); c++)
    {
      mk_sheet_set_text (sheet, 2, c, top[c] ? top[c] : "", st->header);
      mk_sheet_set_column_width (sheet, c, widths[c]);
    }
  mk_sheet_set_text (sheet, 3, 2, "Первоначально Кол-во,%", st->header);
  mk_sheet_set_text (sheet, 3, 3, "Повторно Кол-во,%", st->header);
  mk_sheet_merge (sheet, 2, 0, 3, 0);
  mk_sheet_merge (sheet, 2, 1, 3, 1);
  mk_sheet_merge (sheet, 2, 2, 2, 3);
  mk_sheet_merge (sheet, 2, 4, 3, 4);
  /* Wrapped headings do not grow their rows in every spreadsheet. */
  mk_sheet_set_row_height (sheet, 2, 30);
  mk_sheet_set_row_height (sheet, 3, 30);
}

static void
snro_row (MkSheet              *sheet,
          const MkReportStyles *st,
          guint                 row,
          int                   year,
          GPtrArray            *items,
          guint                 n_schools)
{
  YearCount count = { .names = g_ptr_array_new () };
  g_autofree char *label = mk_report_year_label (year);
  g_autofree char *names = NULL, *first = NULL, *repeated = NULL, *total = NULL;
  guint all;

  count_snro (items, &count);
  /* A year known only from its ШНРО list counts against the schools
   * there are now; a classified year against its classified schools. */
  all = count.complete ? count.classified : n_schools;
  names = join_names (count.names);
  first = mk_report_count_share (count.first, count.snro);
  repeated = mk_report_count_share (count.repeated, count.snro);
  total = mk_report_count_share (count.snro, all);
  mk_sheet_set_text (sheet, row, 0, label, st->center);
  mk_sheet_set_text (sheet, row, 1, names, st->text);
  mk_sheet_set_text (sheet, row, 2, first, st->center);
  mk_sheet_set_text (sheet, row, 3, repeated, st->center);
  mk_sheet_set_text (sheet, row, 4, total, st->total_c);
  g_ptr_array_unref (count.names);
}

MkSheet *
mk_report_snro_history (MkStore              *store,
                        const MkReportParams *params,
                        GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("Таблица 4");
  g_autoptr(GArray) years = mk_store_list_school_years (store, error);
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("ШНРО по годам", where, NULL);
  guint row = 4, n_schools;
  MkReportStyles st;

  if (years == NULL || !mk_report_count_schools (store, params->municipality, &n_schools, error))
    return NULL;
  mk_report_styles_init (sheet, &st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 4", 0);
  mk_sheet_add_title (sheet, 1, 5, title);
  snro_header (sheet, &st);
  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      g_autoptr(GPtrArray) items = NULL;

      if (year > params->school_year || (params->first_year && year < params->first_year))
        continue;
      if ((items = mk_report_assignments (store, year, params->municipality, error)) == NULL)
        return NULL;
      if (items->len > 0)
        snro_row (sheet, &st, row++, year, items, n_schools);
    }
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->repeat_first = 2;
  mk_sheet_get_page (sheet)->repeat_last = 3;
  return g_steal_pointer (&sheet);
}
