/* SPDX-License-Identifier: GPL-3.0-or-later */
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
  guint      snro, first, repeated, unknown;
} YearCount;

typedef struct {
  MkStore        *store;
  MkSheet        *sheet;
  MkReportStyles  st;
  GHashTable     *known;       /* mk_report_snro_known_load () */
  guint           n_schools;   /* of the scope: column E's denominator */
  gboolean        several;     /* municipalities: names carry theirs */
  GString        *unknown;     /* school years with unknown statuses */
  gboolean        partial;
} Table;

static void
count_snro (Table      *t,
            GPtrArray  *items,
            guint       look_back,
            YearCount  *count)
{
  for (guint i = 0; i < items->len; i++)
    {
      MkAssignment *item = items->pdata[i];

      if (mk_assignment_get_final (item) != MK_CLUSTER_SNRO)
        continue;
      count->snro++;
      if (mk_assignment_get_snro_repeated (item))
        count->repeated++;
      else if (mk_report_snro_status_unknown (t->known, item, look_back))
        count->unknown++;
      else
        count->first++;
    }
}

/* «СШ №№ 9, 11»; over several municipalities each names its own:
 * «Смоленск: СШ №№ 9, 11; Ельнинский район: СШ № 1». ITEMS are in
 * municipality order. */
static char *
names_text (Table     *t,
            GPtrArray *items)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < items->len;)
    {
      const char *municipality = mk_assignment_get_municipality (items->pdata[i]);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *joined = NULL;

      for (; i < items->len &&
             g_str_equal (mk_assignment_get_municipality (items->pdata[i]), municipality); i++)
        if (mk_assignment_get_final (items->pdata[i]) == MK_CLUSTER_SNRO)
          g_ptr_array_add (names, (gpointer) mk_assignment_get_school_name (items->pdata[i]));
      if (names->len == 0)
        continue;
      joined = join_names (names);
      if (out->len > 0)
        g_string_append (out, "; ");
      if (t->several)
        g_string_append_printf (out, "%s: ", municipality);
      g_string_append (out, joined);
    }
  return g_string_free (out, FALSE);
}

static void
snro_header (Table *t)
{
  g_autofree char *all = g_strdup_printf ("ШНРО от общего количества школ Кол-во/%% "
                                          "от %u ОО", t->n_schools);
  const char *top[] = { "Учебный год", "ОО (основание-приказы)", "Попали в перечень", NULL,
                        all };
  static const double widths[] = { 12, 40, 18, 18, 20 };
  const MkReportStyles *st = &t->st;

  for (guint c = 0; c < G_N_ELEMENTS (top); c++)
    {
      mk_sheet_set_text (t->sheet, 2, c, top[c] ? top[c] : "", st->header);
      mk_sheet_set_column_width (t->sheet, c, widths[c]);
    }
  mk_sheet_set_text (t->sheet, 3, 2, "Первоначально Кол-во/% от ШНРО года", st->header);
  mk_sheet_set_text (t->sheet, 3, 3, "Повторно Кол-во/% от ШНРО года", st->header);
  mk_sheet_merge (t->sheet, 2, 0, 3, 0);
  mk_sheet_merge (t->sheet, 2, 1, 3, 1);
  mk_sheet_merge (t->sheet, 2, 2, 2, 3);
  mk_sheet_merge (t->sheet, 2, 4, 3, 4);
  /* Wrapped headings do not grow their rows in every spreadsheet. */
  mk_sheet_set_row_height (t->sheet, 2, 30);
  mk_sheet_set_row_height (t->sheet, 3, 30);
}

/* First time and repeated: a count where every status is known; where
 * some are not, first time is unknown and repeated a partial count. */
static void
status_cells (Table           *t,
              guint            row,
              const YearCount *count)
{
  g_autofree char *first = NULL, *repeated = NULL;

  if (count->unknown == 0)
    {
      first = mk_report_count_share (count->first, count->snro);
      repeated = mk_report_count_share (count->repeated, count->snro);
    }
  else
    {
      first = g_strdup (MK_REPORT_UNKNOWN);
      repeated = count->repeated ? mk_report_count_share_partial (count->repeated, count->snro,
                                                                  TRUE)
                                 : g_strdup (MK_REPORT_UNKNOWN);
      t->partial |= count->repeated > 0;
    }
  mk_sheet_set_text (t->sheet, row, 2, first, t->st.center);
  mk_sheet_set_text (t->sheet, row, 3, repeated, t->st.center);
}

static void
snro_row (Table     *t,
          guint      row,
          int        year,
          GPtrArray *items,
          gboolean   snro_known)
{
  YearCount count = { 0 };
  g_autofree char *label = mk_report_year_label (year);
  g_autofree char *names = NULL, *total = NULL;

  count_snro (t, items, mk_report_look_back (t->store, year), &count);
  mk_sheet_set_text (t->sheet, row, 0, label, t->st.center);
  if (!snro_known)
    {
      for (guint c = 1; c <= 4; c++)
        mk_sheet_set_static_text (t->sheet, row, c, MK_REPORT_UNKNOWN,
                                  c == 1 ? t->st.text : t->st.center);
      g_string_append_printf (t->unknown, "%s%s", t->unknown->len ? ", " : "", label);
      return;
    }
  names = names_text (t, items);
  total = mk_report_count_share (count.snro, t->n_schools);
  mk_sheet_set_text (t->sheet, row, 1, names, t->st.text);
  status_cells (t, row, &count);
  mk_sheet_set_text (t->sheet, row, 4, total, t->st.total_c);
  if (count.unknown > 0)
    g_string_append_printf (t->unknown, "%s%s", t->unknown->len ? ", " : "", label);
}

/* A year's ШНРО list is known when one of the scope's municipalities has
 * it (docs/methodology.md, «Known, unknown, zero»). */
static gboolean
year_known (Table     *t,
            GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    if (mk_report_snro_known (t->known, mk_assignment_get_school_year (items->pdata[i]),
                              mk_assignment_get_municipality (items->pdata[i])))
      return TRUE;
  return FALSE;
}

static char *
footnote (Table *t)
{
  GString *note = g_string_new ("ШНРО от общего количества школ — доля от всех ОО в базе ");

  g_string_append_printf (note, "(%u); первоначально и повторно — от числа ШНРО года.",
                          t->n_schools);
  if (t->unknown->len > 0)
    g_string_append_printf (note, " " MK_REPORT_UNKNOWN_LEGEND " %s: в базе нет перечня "
                            "ШНРО за год, или первоначально/повторно не определить — "
                            "просмотр предыдущих лет выходит за первый известный год.",
                            t->unknown->str);
  if (t->partial)
    g_string_append (note, " " MK_REPORT_PARTIAL_LEGEND);
  return g_string_free (note, FALSE);
}

MkSheet *
mk_report_snro_history (MkStore              *store,
                        const MkReportParams *params,
                        GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Таблица 4");
  g_autoptr(GArray) years = mk_store_list_school_years (store, error);
  g_autoptr(GHashTable) known = NULL;
  g_autoptr(GString) unknown = g_string_new (NULL);
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("ШНРО по годам", where, NULL);
  g_autofree char *note = NULL;
  Table t = { store, sheet, { 0 }, NULL, 0, FALSE, unknown, FALSE };
  guint row = 4;

  if (years == NULL || (t.known = known = mk_report_snro_known_load (store, error)) == NULL ||
      !mk_report_count_schools (store, params->municipality, &t.n_schools, error))
    return NULL;
  t.several = params->municipality == NULL && mk_report_count_municipalities (store) > 1;
  mk_report_styles_init (sheet, &t.st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 4", 0);
  mk_sheet_add_title (sheet, 1, 5, title);
  snro_header (&t);
  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      g_autoptr(GPtrArray) items = NULL;

      if (year > params->school_year || (params->first_year && year < params->first_year))
        continue;
      if ((items = mk_report_assignments (store, year, params->municipality, error)) == NULL)
        return NULL;
      if (items->len > 0)
        snro_row (&t, row++, year, items, year_known (&t, items));
    }
  note = footnote (&t);
  mk_sheet_add_footnote (sheet, row, 5, note);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->repeat_first = 2;
  mk_sheet_get_page (sheet)->repeat_last = 3;
  return g_steal_pointer (&sheet);
}
