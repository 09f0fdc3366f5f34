/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-report-cards.h"
#include "mk-report-private.h"

/* The per-school «НИЗКИЕ И НЕОБЪЕКТИВНЫЕ» cards of the Smolensk monitoring
 * report (Приложение 1): under its cluster's heading each school gets a
 * small table, a column per marked result of the calendar year before the
 * window and of the window's years, merged under its year, and «Маркеры
 * 2022/ Всего за 2 года». */

#define NAME_WIDTH 30
#define MARK_WIDTH 12

/* One column of a card. */
typedef struct {
  int         year;
  gboolean    non_objective;
  const char *kind;   /* "" for a year known only as a count, or none */
  const char *name;
  char       *mark;   /* «Н», «Необ.», «3Н», «-» */
} Column;

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->mark);
}

typedef struct {
  MkSheet        *sheet;
  MkReportStyles  st;
  MkCardSet      *set;
  guint           row;
  guint           max_cols;
} Layout;

/* A year without a marked result: «3Н» where a list gives only the count,
 * «-» where the school was assessed and has none, «н/д» for a window year
 * with no data (never «-», which says «no markers»); the year before the
 * window only when the data knows anything of it, as the Smolensk cards
 * leave 2020 out for most schools. */
static void
add_year_without_marks (GArray          *columns,
                        const MkCard    *card,
                        const MkCardSet *set,
                        int              year)
{
  const MkYearMarkers *ym = mk_card_year (card, set, year);
  Column c = { year, FALSE, "", "", NULL };

  if (ym->reported > 0)
    c.mark = ym->reported == 1 ? g_strdup ("Н") : g_strdup_printf ("%dН", ym->reported);
  else if (mk_year_markers_known (ym))
    c = (Column) { year, FALSE, "", "-", g_strdup ("-") };
  else if (year > set->first_year)
    c = (Column) { year, FALSE, "", "", g_strdup (MK_REPORT_UNKNOWN) };
  else
    return;
  g_array_append_val (columns, c);
}

static GArray *
card_columns (const MkCard    *card,
              const MkCardSet *set)
{
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (Column));
  guint m = 0;

  g_array_set_clear_func (columns, column_clear);
  for (int year = set->first_year; year <= set->school_year; year++)
    {
      guint before = columns->len;

      for (; m < card->marks->len && g_array_index (card->marks, MkCardMark, m).year == year; m++)
        {
          const MkCardMark *mark = &g_array_index (card->marks, MkCardMark, m);
          Column c = { year, mark->non_objective, mark->procedure->kind,
                       mark->procedure->name,
                       g_strdup (mark->non_objective ? "Необ." : "Н") };

          g_array_append_val (columns, c);
        }
      if (columns->len == before)
        add_year_without_marks (columns, card, set, year);
    }
  return columns;
}

/* «Маркеры 2022/ Всего за 2 года». */
static char *
counts_heading (const MkCardSet *set)
{
  guint n = set->window;
  const char *years = (n % 10 == 1 && n % 100 != 11) ? "год"
                    : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) ? "года"
                    : "лет";

  return g_strdup_printf ("Маркеры %d/ Всего за %u %s", set->school_year, n, years);
}

static gboolean
has_unreliable (GArray *columns)
{
  for (guint i = 0; i < columns->len; i++)
    if (g_array_index (columns, Column, i).non_objective)
      return TRUE;
  return FALSE;
}

/* «4/9»; «н/д/5» when the last year is unknown, «≥» before a sum over a
 * window with an unknown year. */
static char *
counts_text (const MkCard    *card,
             const MkCardSet *set)
{
  g_autofree char *cur = card->markers_cur < 0 ? g_strdup (MK_REPORT_UNKNOWN)
                                               : g_strdup_printf ("%d", card->markers_cur);
  gboolean partial = FALSE;

  for (guint i = 0; i < card->input.n_years; i++)
    partial |= !mk_year_markers_known (&card->input.years[i]);
  if (card->markers_total < 0)
    return g_strdup_printf ("%s/%s", cur, MK_REPORT_UNKNOWN);
  return g_strdup_printf ("%s/%s%d", cur, partial ? "≥" : "", card->markers_total);
}

/* Row R: the years, each merged over its columns. */
static void
years_row (Layout *l,
           GArray *columns,
           guint   r)
{
  for (guint i = 0; i < columns->len;)
    {
      int year = g_array_index (columns, Column, i).year;
      g_autofree char *text = g_strdup_printf ("%d", year);
      guint j = i;

      while (j + 1 < columns->len && g_array_index (columns, Column, j + 1).year == year)
        j++;
      mk_sheet_set_text (l->sheet, r, 1 + i, text, l->st.header);
      if (j > i)
        mk_sheet_merge (l->sheet, r, 1 + i, r, 1 + j);
      i = j + 1;
    }
}

/* Rows R (and R + 1 with unreliable results): the kind of each column;
 * a year's unreliable results grouped under «Завышены результаты». */
static void
kinds_rows (Layout  *l,
            GArray  *columns,
            guint    r,
            gboolean two_rows)
{
  for (guint i = 0; i < columns->len;)
    {
      const Column *c = &g_array_index (columns, Column, i);
      guint j = i;

      if (!c->non_objective)
        {
          mk_sheet_set_text (l->sheet, r, 1 + i, c->kind, l->st.header);
          if (two_rows)
            mk_sheet_merge (l->sheet, r, 1 + i, r + 1, 1 + i);
          i++;
          continue;
        }
      while (j + 1 < columns->len && g_array_index (columns, Column, j + 1).non_objective &&
             g_array_index (columns, Column, j + 1).year == c->year)
        j++;
      /* One narrow column takes the cards' short form (СШ № 13). */
      mk_sheet_set_text (l->sheet, r, 1 + i,
                         j > i ? "Завышены результаты" : "Завышены рез.", l->st.header);
      if (j > i)
        mk_sheet_merge (l->sheet, r, 1 + i, r, 1 + j);
      for (guint k = i; k <= j; k++)
        mk_sheet_set_text (l->sheet, r + 1, 1 + k,
                           g_array_index (columns, Column, k).kind, l->st.header);
      i = j + 1;
    }
}

/* A card from its title at L->row (or the cluster heading at TOP above
 * it) to its school row, kept on one page. */
static void
layout_card (Layout       *l,
             const MkCard *card,
             guint         top)
{
  g_autoptr(GArray) columns = card_columns (card, l->set);
  g_autofree char *counts = counts_heading (l->set);
  g_autofree char *ab = counts_text (card, l->set);
  gboolean two = has_unreliable (columns);
  guint last = 1 + columns->len;
  guint head = l->row + 1, names = head + (two ? 3 : 2);

  mk_sheet_set_text (l->sheet, l->row, 0, card->name, l->st.section);
  mk_sheet_set_text (l->sheet, head, 0, "НИЗКИЕ И НЕОБЪЕКТИВНЫЕ", l->st.header);
  mk_sheet_merge (l->sheet, head, 0, names - 1, 0);
  years_row (l, columns, head);
  kinds_rows (l, columns, head + 1, two);
  mk_sheet_set_text (l->sheet, head, last, counts, l->st.header);
  mk_sheet_merge (l->sheet, head, last, names - 1, last);
  mk_sheet_set_row_height (l->sheet, head, 48);
  if (two)  /* room for «Завышены рез.» on two lines */
    mk_sheet_set_row_height (l->sheet, head + 1, 28);
  mk_sheet_set_text (l->sheet, names, 0, "Наименование ОО", l->st.header);
  mk_sheet_set_text (l->sheet, names + 1, 0, card->name, l->st.total);
  for (guint i = 0; i < columns->len; i++)
    {
      const Column *c = &g_array_index (columns, Column, i);

      mk_sheet_set_text (l->sheet, names, 1 + i, c->name, l->st.header);
      mk_sheet_set_text (l->sheet, names + 1, 1 + i, c->mark, l->st.center);
    }
  mk_sheet_set_text (l->sheet, names, last, ab, l->st.total_c);
  mk_sheet_set_text (l->sheet, names + 1, last, ab, l->st.total_c);
  mk_sheet_keep_together (l->sheet, top, names + 1);
  l->max_cols = MAX (l->max_cols, last + 1);
  l->row = names + 3;
}

/* «Кластер 5. ШсРНР», as the Smolensk report heads the cards of a cluster. */
static char *
cluster_heading (MkCluster cluster)
{
  if (cluster == MK_CLUSTER_NONE)
    return g_strdup ("ОО без кластера");
  return g_strdup_printf ("Кластер %d. %s", mk_cluster_number (cluster),
                          mk_report_cluster_abbreviation (cluster));
}

/* What the cards show, in one line under the title. */
static char *
legend (const MkCardSet *set)
{
  int first_window = set->first_year + 1;
  g_autofree char *window = first_window == set->school_year
    ? g_strdup_printf ("%d г.", first_window)
    : g_strdup_printf ("%d–%d гг.", first_window, set->school_year);

  return g_strdup_printf ("Учебный год %d/%d: окно выявления — %s, %d г. — год "
                          "перед окном. Н — низкий результат, Необ. — "
                          "необъективный (завышенный) результат, 3Н — число "
                          "маркеров года по перечню без процедур, «-» — "
                          "маркеров нет. " MK_REPORT_UNKNOWN_LEGEND " За год окна "
                          "без результатов ОО — н/д. " MK_REPORT_PARTIAL_LEGEND,
                          set->school_year, set->school_year + 1, window,
                          set->first_year);
}

static void
layout_cards (Layout *l)
{
  MkCluster shown = MK_N_CLUSTERS;

  for (guint i = 0; i < l->set->cards->len && !mk_sheet_is_full (l->sheet); i++)
    {
      const MkCard *card = l->set->cards->pdata[i];
      guint top = l->row;

      if (card->cluster != shown)
        {
          g_autofree char *heading = cluster_heading (card->cluster);

          mk_sheet_set_text (l->sheet, l->row++, 0, heading, l->st.section);
          shown = card->cluster;
        }
      layout_card (l, card, top);
    }
  if (l->set->cards->len == 0)
    mk_sheet_set_text (l->sheet, l->row, 0,
                       "Нет ОО с низкими или необъективными результатами", l->st.section);
}

MkSheet *
mk_report_marker_cards (MkStore              *store,
                        const MkReportParams *params,
                        GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Низкие и необъективные");
  g_autoptr(MkCardSet) set = mk_card_set_load (store, params, error);
  g_autofree char *where = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  Layout l = { sheet, { 0 }, set, 3, 4 };

  if (set == NULL)
    return NULL;
  where = mk_report_where (params);
  title = g_strconcat ("Низкие и необъективные результаты ОО", where, NULL);
  note = legend (set);
  mk_report_styles_init (sheet, &l.st);
  layout_cards (&l);
  mk_sheet_add_title (sheet, 0, l.max_cols, title);
  mk_sheet_add_footnote (sheet, 1, l.max_cols, note);
  mk_sheet_set_column_width (sheet, 0, NAME_WIDTH);
  for (guint c = 1; c < l.max_cols; c++)
    mk_sheet_set_column_width (sheet, c, MARK_WIDTH);
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->fit_to_width = TRUE;
  return g_steal_pointer (&sheet);
}
