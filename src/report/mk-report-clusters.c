/* SPDX-License-Identifier: GPL-3.0-or-later */
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
  const char *title;
  const char *definition;
} report_clusters[MK_N_CLUSTERS] = {
  [MK_CLUSTER_SPU] = { "Школы повышенного уровня",
    "Кластер объединяет гимназии, лицеи, школы с углубленным изучением отдельных "
    "предметов, которые демонстрируют стабильные и высокие результаты по итогам "
    "проведения независимых оценочных процедур" },
  [MK_CLUSTER_SBU] = { "Школы базового уровня",
    "Кластер включает общеобразовательные организации, которые по результатам "
    "проведения независимых оценочных процедур демонстрируют объективные "
    "результаты, у школ отсутствуют низкие результаты, ИСБШ данных школ "
    "находится на уровне не ниже «ниже среднего»" },
  [MK_CLUSTER_SNRO] = { "Школы с низкими результатами обучения",
    "Кластер объединяет общеобразовательные организации, для которых на "
    "федеральном и региональном уровне подтверждено наличие низких "
    "образовательных результатов по итогам независимых оценочных процедур – "
    "маркеров; количество маркеров свыше 6, ИСБШ любого уровня" },
  [MK_CLUSTER_SFNSU] = {
    "Школы, функционирующие в неблагоприятных социальных условиях",
    "Кластер включает образовательные организации, имеющие низкий уровень ИСБШ" },
  [MK_CLUSTER_SRNR] = { "Школы с рисками низких результатов",
    "Кластер объединяет образовательные организации, имеющие маркеры – низкие "
    "результаты на региональном и федеральном уровне по итогам независимых "
    "оценочных процедур, количество маркеров не превышает 6, ИСБШ любого уровня" },
};

const char *
mk_report_cluster_abbreviation (MkCluster cluster)
{
  return cluster > MK_CLUSTER_NONE && cluster < MK_N_CLUSTERS
         ? mk_cluster_official_abbreviation (cluster) : "";
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
  g_autofree char *heading = g_strdup_printf ("Кластер «%s»*", report_clusters[cluster].title);
  g_autofree char *note = g_strconcat ("* ", report_clusters[cluster].definition, NULL);
  guint n = 0;

  mk_sheet_set_text (sheet, row, 0, heading, st->section);
  mk_sheet_merge (sheet, row, 0, row, 2);
  mk_sheet_set_text (sheet, ++row, 0, "№", st->header);
  mk_sheet_set_row_height (sheet, row, 30);  /* wrapped headings */
  mk_sheet_set_text (sheet, row, 1, "Муниципальное образование", st->header);
  mk_sheet_set_text (sheet, row, 2, "Наименование общеобразовательной организации", st->header);
  for (guint i = 0; i < items->len && !mk_sheet_is_full (sheet); i++)
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
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Приложение 2");
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
