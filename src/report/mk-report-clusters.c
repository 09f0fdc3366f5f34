#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mk-report-private.h"
#include "mk-school.h"

/* The wording of the Smolensk monitoring report (Таблица 1, Приложение 2).
 * It is part of the tables the reports reproduce, so it stays Russian in
 * any UI language. */
static const struct {
  const char *abbreviation;
  const char *title;
  const char *definition;
} seed_clusters[MK_N_CLUSTERS] = {
  [MK_CLUSTER_SPU] = { "ШПУ", "Школы повышенного уровня",
    "Кластер объединяет гимназии, лицеи, школы с углубленным изучением отдельных "
    "предметов, которые демонстрируют стабильные и высокие результаты по итогам "
    "проведения независимых оценочных процедур" },
  [MK_CLUSTER_SBU] = { "ШБУ", "Школы базового уровня",
    "Кластер включает общеобразовательные организации, которые по результатам "
    "проведения независимых оценочных процедур демонстрируют объективные "
    "результаты, у школ отсутствуют низкие результаты, ИСБШ данных школ "
    "находится на уровне не ниже «ниже среднего»" },
  [MK_CLUSTER_SNRO] = { "ШНРО", "Школы с низкими результатами обучения",
    "Кластер объединяет общеобразовательные организации, для которых на "
    "федеральном и региональном уровне подтверждено наличие низких "
    "образовательных результатов по итогам независимых оценочных процедур – "
    "маркеров; количество маркеров свыше 6, ИСБШ любого уровня" },
  [MK_CLUSTER_SFNSU] = { "ШФНСУ",
    "Школы, функционирующие в неблагоприятных социальных условиях",
    "Кластер включает образовательные организации, имеющие низкий уровень ИСБШ" },
  [MK_CLUSTER_SRNR] = { "ШсРНР", "Школы с рисками низких результатов",
    "Кластер объединяет образовательные организации, имеющие маркеры – низкие "
    "результаты на региональном и федеральном уровне по итогам независимых "
    "оценочных процедур, количество маркеров не превышает 6, ИСБШ любого уровня" },
};

#define DIST_COLS_PER_YEAR 2

/* Final clusters (overrides included) of one year; [0] unclassified. */
static gboolean
count_year (MkStore     *store,
            int          year,
            const char  *municipality,
            guint        counts[MK_N_CLUSTERS],
            GError     **error)
{
  g_autoptr(GPtrArray) items = mk_report_assignments (store, year, municipality, error);

  memset (counts, 0, MK_N_CLUSTERS * sizeof *counts);
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    counts[mk_assignment_get_final (items->pdata[i])]++;
  return TRUE;
}

static void
distribution_header (MkSheet              *sheet,
                     const MkReportStyles *st,
                     int                   first,
                     guint                 n_years)
{
  mk_sheet_set_text (sheet, 2, 0, "", st->header);
  mk_sheet_merge (sheet, 2, 0, 3, 0);
  for (guint y = 0; y < n_years; y++)
    {
      guint col = 1 + DIST_COLS_PER_YEAR * y;
      g_autofree char *label = mk_report_year_label (first + (int) y);

      mk_sheet_set_text (sheet, 2, col, label, st->header);
      mk_sheet_merge (sheet, 2, col, 2, col + 1);
      mk_sheet_set_text (sheet, 3, col, "Кол-во", st->header);
      mk_sheet_set_text (sheet, 3, col + 1, "Доля", st->header);
      mk_sheet_set_column_width (sheet, col, 10);
      mk_sheet_set_column_width (sheet, col + 1, 10);
    }
}

static void
distribution_column (MkSheet              *sheet,
                     const MkReportStyles *st,
                     guint                 col,
                     const guint           counts[MK_N_CLUSTERS])
{
  guint total = 0;

  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    total += counts[c];
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    {
      guint row = 3 + mk_cluster_number (c);
      mk_sheet_set_integer (sheet, row, col, counts[c], st->center);
      mk_sheet_set_share (sheet, row, col + 1, mk_report_share_value (counts[c], total),
                          st->share);
    }
  mk_sheet_set_integer (sheet, 9, col, total, st->total_c);
  mk_sheet_set_share (sheet, 9, col + 1, total ? 1.0 : 0.0, st->total_c);
}

MkSheet *
mk_report_cluster_distribution (MkStore              *store,
                                const MkReportParams *params,
                                GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("Таблица 1");
  g_autofree char *where = mk_report_where (params);
  g_autofree char *title = g_strconcat ("Распределение по кластерам", where, NULL);
  int first = params->first_year ? MIN (params->first_year, params->school_year)
                                  : params->school_year - 1;
  guint n_years = (guint) (params->school_year - first + 1), unclassified = 0;
  guint n_cols = 1 + DIST_COLS_PER_YEAR * n_years;
  MkReportStyles st;

  mk_report_styles_init (sheet, &st);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 1", 0);
  mk_sheet_add_title (sheet, 1, n_cols, title);
  distribution_header (sheet, &st, first, n_years);
  mk_sheet_set_column_width (sheet, 0, 22);
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    {
      g_autofree char *label = g_strdup_printf ("Кластер %d. %s", mk_cluster_number (c),
                                                seed_clusters[c].abbreviation);
      mk_sheet_set_text (sheet, 3 + mk_cluster_number (c), 0, label, st.text);
    }
  mk_sheet_set_text (sheet, 9, 0, "Всего", st.total);
  for (guint y = 0; y < n_years; y++)
    {
      guint counts[MK_N_CLUSTERS];

      if (!count_year (store, first + (int) y, params->municipality, counts, error))
        return NULL;
      distribution_column (sheet, &st, 1 + DIST_COLS_PER_YEAR * y, counts);
      unclassified += counts[MK_CLUSTER_NONE];
    }
  if (unclassified > 0)
    {
      g_autofree char *note = g_strdup_printf (
          _("Not counted: %u assignments without a cluster (no data)."), unclassified);
      mk_sheet_add_footnote (sheet, 10, n_cols, note);
    }
  mk_sheet_get_page (sheet)->repeat_first = 2;
  mk_sheet_get_page (sheet)->repeat_last = 3;
  return g_steal_pointer (&sheet);
}

const char *
mk_report_cluster_abbreviation (MkCluster cluster)
{
  return cluster > MK_CLUSTER_NONE && cluster < MK_N_CLUSTERS
         ? seed_clusters[cluster].abbreviation : "";
}

/* school id → full name («МБОУ «СШ № 9»»), as Приложение 2 names them. */
GHashTable *
mk_report_full_names (MkStore  *store,
                      GError  **error)
{
  g_autoptr(GListModel) schools = mk_store_list_schools (store, error);
  GHashTable *names;

  if (schools == NULL)
    return NULL;
  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (schools, i);
      const char *full = mk_school_get_full_name (school);
      gint64 *id = g_new (gint64, 1);

      *id = mk_school_get_id (school);
      g_hash_table_insert (names, id, g_strdup (full && *full ? full
                                                : mk_school_get_name (school)));
    }
  return names;
}

/* One cluster's section; returns the next free row. */
static guint
lists_section (MkSheet              *sheet,
               const MkReportStyles *st,
               guint                 row,
               MkCluster             cluster,
               GPtrArray            *items,
               GHashTable           *names)
{
  g_autofree char *heading = g_strdup_printf ("Кластер «%s»*", seed_clusters[cluster].title);
  g_autofree char *note = g_strconcat ("* ", seed_clusters[cluster].definition, NULL);
  guint n = 0;

  mk_sheet_set_text (sheet, row, 0, heading, st->section);
  mk_sheet_merge (sheet, row, 0, row, 2);
  mk_sheet_set_text (sheet, ++row, 0, "№", st->header);
  mk_sheet_set_row_height (sheet, row, 30);  /* wrapped headings */
  mk_sheet_set_text (sheet, row, 1, "Муниципальное образование", st->header);
  mk_sheet_set_text (sheet, row, 2, "Наименование общеобразовательной организации", st->header);
  for (guint i = 0; i < items->len; i++)
    {
      MkAssignment *item = items->pdata[i];
      gint64 id = mk_assignment_get_school_id (item);
      const char *name = g_hash_table_lookup (names, &id);

      if (mk_assignment_get_final (item) != cluster)
        continue;
      mk_sheet_set_integer (sheet, ++row, 0, ++n, st->center);
      mk_sheet_set_text (sheet, row, 1, mk_assignment_get_municipality (item), st->text);
      mk_sheet_set_text (sheet, row, 2, name ? name : mk_assignment_get_school_name (item),
                         st->text);
    }
  mk_sheet_add_footnote (sheet, ++row, 3, note);
  return row + 2;
}

MkSheet *
mk_report_cluster_lists (MkStore              *store,
                         const MkReportParams *params,
                         GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("Приложение 2");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autofree char *where = mk_report_where (params);
  g_autofree char *year = mk_report_year_label (params->school_year);
  g_autofree char *title = g_strdup_printf ("Кластеры ОО%s, %s учебный год", where, year);
  MkReportStyles st;
  guint row = 3;

  if ((items = mk_report_assignments_for (store, params, error)) == NULL
      || (names = mk_report_full_names (store, error)) == NULL)
    return NULL;
  mk_report_styles_init (sheet, &st);
  mk_sheet_set_text (sheet, 0, 0, "Приложение 2", 0);
  mk_sheet_add_title (sheet, 1, 3, title);
  mk_sheet_set_column_width (sheet, 0, 6);
  mk_sheet_set_column_width (sheet, 1, 24);
  mk_sheet_set_column_width (sheet, 2, 60);
  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    if (params->cluster == MK_CLUSTER_NONE || params->cluster == c)
      row = lists_section (sheet, &st, row, c, items, names);
  return g_steal_pointer (&sheet);
}
