/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-report-private.h"

/* Таблица 1 «Распределение по кластерам» of the Smolensk monitoring report:
 * Кол-во and Доля of each cluster per school year. Every share is of all
 * the schools of the scope, the one denominator the heading names, so that
 * a year known only from its ШНРО list reads «5 of 43», not «5 of 5»; a
 * cluster such a year does not give is «н/д», and the schools without a
 * cluster get their own row, so that a column adds up to its total. */

#define COLS_PER_YEAR 2
#define FIRST_ROW 4  /* «Кластер 1. ШПУ» */

typedef struct {
  MkSheet        *sheet;
  MkReportStyles  st;
  int             first;
  guint           n_years;
  guint           n_schools;
  MkReportYearClusters *years;
  guint           without_row;  /* 0: every school has a cluster */
} Table;

static void
header (Table *t)
{
  g_autofree char *share = g_strdup_printf ("Доля от %u ОО", t->n_schools);

  mk_sheet_set_text (t->sheet, 2, 0, "", t->st.header);
  mk_sheet_merge (t->sheet, 2, 0, 3, 0);
  mk_sheet_set_column_width (t->sheet, 0, 22);
  for (guint y = 0; y < t->n_years; y++)
    {
      guint col = 1 + COLS_PER_YEAR * y;
      g_autofree char *label = mk_report_year_label (t->first + (int) y);

      mk_sheet_set_text (t->sheet, 2, col, label, t->st.header);
      mk_sheet_merge (t->sheet, 2, col, 2, col + 1);
      mk_sheet_set_text (t->sheet, 3, col, "Кол-во", t->st.header);
      mk_sheet_set_text (t->sheet, 3, col + 1, share, t->st.header);
      mk_sheet_set_column_width (t->sheet, col, 10);
      mk_sheet_set_column_width (t->sheet, col + 1, 10);
    }
  mk_sheet_set_row_height (t->sheet, 3, 30);
}

static void
count_cells (Table   *t,
             guint    row,
             guint    col,
             gboolean known,
             guint    n,
             guint    style)
{
  if (!known)
    {
      mk_sheet_set_static_text (t->sheet, row, col, MK_REPORT_UNKNOWN, style);
      mk_sheet_set_static_text (t->sheet, row, col + 1, MK_REPORT_UNKNOWN, style);
      return;
    }
  mk_sheet_set_integer (t->sheet, row, col, n, style);
  mk_sheet_set_share (t->sheet, row, col + 1, mk_report_share_value (n, t->n_schools), style);
}

static void
year_column (Table *t,
             guint  y)
{
  const MkReportYearClusters *year = &t->years[y];
  guint col = 1 + COLS_PER_YEAR * y;
  guint total_row = t->without_row ? t->without_row + 1 : FIRST_ROW + 5;

  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    count_cells (t, FIRST_ROW - 1 + mk_cluster_number (c), col,
                 mk_report_cluster_known (year, c), year->counts[c], t->st.center);
  if (t->without_row)
    count_cells (t, t->without_row, col, TRUE, year->without, t->st.center);
  count_cells (t, total_row, col, TRUE, t->n_schools, t->st.total_c);
}

static void
row_labels (Table *t)
{
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    {
      g_autofree char *label = g_strdup_printf ("Кластер %d. %s", mk_cluster_number (c),
                                                mk_report_cluster_abbreviation (c));
      mk_sheet_set_text (t->sheet, FIRST_ROW - 1 + mk_cluster_number (c), 0, label, t->st.text);
    }
  if (t->without_row)
    mk_sheet_set_text (t->sheet, t->without_row, 0, "ОО без кластера", t->st.text);
  mk_sheet_set_text (t->sheet, t->without_row ? t->without_row + 1 : FIRST_ROW + 5, 0,
                     "Всего", t->st.total);
}

/* Under the table: what the denominator is, what «н/д» means, and how
 * many schools had no cluster in each year. */
static char *
footnote (Table *t)
{
  GString *note = g_string_new (NULL);
  gboolean unknown = FALSE;

  g_string_append_printf (note, "Доля — от всех ОО в базе (%u), в каждом году.",
                          t->n_schools);
  for (guint y = 0; y < t->n_years; y++)
    unknown |= !t->years[y].classified;
  if (unknown)
    g_string_append (note, " " MK_REPORT_UNKNOWN_LEGEND " Для года, известного только по "
                     "перечню ШНРО, другие кластеры неизвестны.");
  if (t->without_row)
    {
      g_string_append (note, " Без кластера:");
      for (guint y = 0; y < t->n_years; y++)
        {
          g_autofree char *label = mk_report_year_label (t->first + (int) y);
          g_string_append_printf (note, "%s %s — %u ОО", y ? "," : "", label,
                                  t->years[y].without);
        }
      g_string_append (note, ".");
    }
  return g_string_free (note, FALSE);
}

MkSheet *
mk_report_cluster_distribution (MkStore              *store,
                                const MkReportParams *params,
                                GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Таблица 1");
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("Распределение по кластерам", where, NULL);
  g_autofree char *note = NULL;
  g_autofree MkReportYearClusters *years = NULL;
  int first = params->first_year ? MIN (params->first_year, params->school_year)
                                  : params->school_year - 1;
  Table t = { sheet, { 0 }, first, (guint) (params->school_year - first + 1), 0, NULL, 0 };
  guint n_cols = 1 + COLS_PER_YEAR * t.n_years;

  if (!mk_report_count_schools (store, params->municipality, &t.n_schools, error))
    return NULL;
  t.years = years = g_new0 (MkReportYearClusters, t.n_years);
  for (guint y = 0; y < t.n_years; y++)
    {
      if (!mk_report_year_clusters (store, first + (int) y, params->municipality,
                                    t.n_schools, &years[y], error))
        return NULL;
      if (years[y].without > 0)
        t.without_row = FIRST_ROW + 5;
    }
  mk_report_styles_init (sheet, &t.st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 1", 0);
  mk_sheet_add_title (sheet, 1, n_cols, title);
  header (&t);
  row_labels (&t);
  for (guint y = 0; y < t.n_years; y++)
    year_column (&t, y);
  note = footnote (&t);
  mk_sheet_add_footnote (sheet, (t.without_row ? t.without_row + 1 : FIRST_ROW + 5) + 1,
                         n_cols, note);
  mk_sheet_get_page (sheet)->repeat_first = 2;
  mk_sheet_get_page (sheet)->repeat_last = 3;
  return g_steal_pointer (&sheet);
}
