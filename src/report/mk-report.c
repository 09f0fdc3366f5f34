/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-report-private.h"

/* Only what is implemented, so that `report --list` tells the truth; the
 * other tables of docs/sources.md join as they land. */
static const MkReportInfo catalog[] = {
  { "cluster-distribution", "Распределение по кластерам",
    N_("Number and share of schools in each cluster, for the school year and "
       "the one before (the annual report, table 1)."),
    mk_report_cluster_distribution, MK_REPORT_USES_FIRST_YEAR },
  { "cluster-lists", "Кластеры ОО",
    N_("Schools of each cluster with their municipality, and the cluster's "
       "definition under the list (the annual report, appendix 2)."),
    mk_report_cluster_lists, MK_REPORT_USES_CLUSTER },
  { "marker-matrix", "Результаты выявления низких образовательных результатов",
    N_("Each school's low results by procedure: marker counts for the two calendar "
       "years of the window and their sum, then «Н» for a low result in the later "
       "year's columns and, as a group of its own, in the earlier year's; «н/д» "
       "where a year has no data (the annual report, appendix 1, table 1)."),
    mk_report_marker_matrix, MK_REPORT_USES_CLUSTER },
  { "marker-cards", "Низкие и необъективные результаты ОО",
    N_("A card for each school with low or unreliable results in the two "
       "calendar years of the window or the year before it: the marked "
       "procedures by year, «Н» low, «Необ.» unreliable, «3Н» a year known "
       "only as a count, «-» none, «н/д» a year without data, and the markers "
       "of the last year over the window's, such as «4/9»; grouped by cluster "
       "(the annual report)."),
    mk_report_marker_cards, MK_REPORT_USES_CLUSTER },
  { "snro-years", "Сравнение числа ШНРО",
    N_("Per school year: the schools in the monitoring and the schools with low results "
       "of the region, from the external statistics (the first scope alphabetically when "
       "there are several), and those of the municipality with their share of its schools "
       "(the annual report, table 3)."),
    mk_report_snro_years, MK_REPORT_USES_FIRST_YEAR },
  { "snro-history", "ШНРО по годам",
    N_("Schools with low results in each school year up to the chosen one: "
       "first time and repeated, and their share of all schools (the annual report, "
       "table 4)."),
    mk_report_snro_history, MK_REPORT_USES_FIRST_YEAR },
  { "snro-repeats", "Список ОО повторно попадающих в кластер ШНРО",
    N_("Every school that was ever in the low-results cluster: the school "
       "years it was there, the years of the federal project «500+», and how "
       "many years in a row up to the chosen one (the annual report, table 6)."),
    mk_report_snro_repeats, MK_REPORT_USES_FIRST_YEAR },
  { "levels", "Распределение ОО по уровням неуспеваемости",
    N_("Number of schools at each level of underperformance over two-year "
       "windows of marker counts, and their total (the annual report, table 5)."),
    mk_report_levels, MK_REPORT_USES_FIRST_YEAR },
  { "individual-programs", "ОО, требующие разработки индивидуальных программ",
    N_("Schools whose social well-being index is known: the index, markers per "
       "calendar year, the two-year sum and the cluster (the annual report, table 7)."),
    mk_report_individual_programs, MK_REPORT_USES_CLUSTER },
  { "staff", "Штат педагогических работников",
    N_("Teachers, administrators, psychologists, speech therapists and "
       "defectologists of each school, grouped by cluster, with the notes as "
       "entered (the annual report, tables 2.1, 3.1, 4.1)."),
    mk_report_staff, MK_REPORT_USES_CLUSTER },
  { "overrides", "Ручные корректировки кластеров",
    N_("Each school whose cluster was set by hand in the school year: the computed "
       "cluster («н/д» when there is none), the final one, the reason and the date."),
    mk_report_overrides, 0 },
  { "roadmap-matrix", "Реализация плана мероприятий («дорожной карты»)",
    N_("The items of a roadmap, section headings in bold, and what each school of its "
       "clusters reported of each item, «да» or «нет»; «н/д» where a school reported "
       "nothing (the annual report, table 2.2)."),
    mk_report_roadmap_matrix, MK_REPORT_USES_ROADMAP },
  { "roadmap-report", "Отчёт о реализации плана мероприятий",
    N_("A municipal plan's measures by section with their deadlines and the "
       "information the municipality reported of each (the report on the plan)."),
    mk_report_roadmap_report, MK_REPORT_USES_ROADMAP },
  { "indicators-school", "Мониторинг показателей школы",
    N_("Each school's indicator table: its full name, head, curator and deputy, then the "
       "criteria merged over their indicators, the unit and the values of each year as "
       "written (the protocol of the working group)."),
    mk_report_indicators_school, MK_REPORT_USES_SCHOOL | MK_REPORT_USES_CLUSTER },
  { "indicators-municipal", "Количественные показатели мониторинга",
    N_("The municipality's indicator tables: sections and indicators with the values of "
       "each year as written, a count and a share under each year where the table keeps "
       "both (the monitoring report, table 2)."),
    mk_report_indicators_municipal, 0 },
};

const MkReportInfo *
mk_report_catalog (guint *n_reports)
{
  *n_reports = G_N_ELEMENTS (catalog);
  return catalog;
}

const MkReportInfo *
mk_report_find (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
    if (g_strcmp0 (catalog[i].id, id) == 0)
      return &catalog[i];
  return NULL;
}

MkSheet *
mk_report_build (const MkReportInfo   *info,
                 MkStore              *store,
                 const MkReportParams *params,
                 GError              **error)
{
  g_return_val_if_fail (info != NULL && params != NULL, NULL);
  return info->build (store, params, error);
}
