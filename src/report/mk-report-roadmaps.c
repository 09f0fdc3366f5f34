/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mk-report-private.h"
#include "mk-school-year.h"

/* The two tables of a roadmap: Таблица 2.2 of the Smolensk annual report
 * (items × schools, «Наличие (да/нет)») and the report on a municipal plan
 * (№ / measure / deadline / «Информация», by section), as the Elnya report
 * on its 2020/2021 plan lays it out. */

/* The roadmap --roadmap names, refused when it is not of the report's
 * kind or of the year asked for: a table of the wrong plan would look
 * like a real one. */
static MkRoadmap *
chosen_roadmap (MkStore              *store,
                const MkReportParams *params,
                MkRoadmapLevel        level,
                GError              **error)
{
  g_autoptr(MkRoadmap) roadmap = mk_store_get_roadmap (store, params->roadmap_id, error);
  g_autofree char *year = NULL;

  if (roadmap == NULL)
    return NULL;
  if (mk_roadmap_get_info (roadmap)->level != level)
    return g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                        level == MK_ROADMAP_SCHOOL
                        ? _("Roadmap %lld is a municipal plan: its report is roadmap-report")
                        : _("Roadmap %lld is a plan of schools: its table is roadmap-matrix"),
                        (long long) params->roadmap_id), NULL;
  year = mk_school_year_format (mk_roadmap_get_info (roadmap)->school_year);
  if (mk_roadmap_get_info (roadmap)->school_year != params->school_year)
    return g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                        _("Roadmap %lld is of the school year %s: ask for that year"),
                        (long long) params->roadmap_id, year), NULL;
  return g_steal_pointer (&roadmap);
}

MkRoadmap *
mk_report_roadmap (MkStore              *store,
                   const MkReportParams *params,
                   MkRoadmapLevel        level,
                   GError              **error)
{
  g_autoptr(GListModel) year = NULL;

  if (params->roadmap_id != 0)
    return chosen_roadmap (store, params, level, error);
  if ((year = mk_store_list_roadmaps (store, params->school_year, error)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (year); i++)
    {
      g_autoptr(MkRoadmap) roadmap = g_list_model_get_item (year, i);
      const MkRoadmapInfo *info = mk_roadmap_get_info (roadmap);

      if (info->level == level && !info->archived &&
          (params->municipality == NULL || info->municipality == NULL ||
           g_strcmp0 (info->municipality, params->municipality) == 0))
        return g_steal_pointer (&roadmap);
    }
  return NULL;
}

/* The sheet of a year without such a roadmap says so, rather than being
 * refused: «Export All» writes every report of the catalog. */
static MkSheet *
no_roadmap (MkSheet    *sheet,
            int         school_year,
            const char *what)
{
  g_autofree char *year = mk_report_year_label (school_year);
  g_autofree char *text = g_strdup_printf ("В %s учебном году нет %s.", year, what);

  mk_sheet_add_title (sheet, 0, 4, text);
  return sheet;
}

typedef struct {
  MkSheet        *sheet;
  MkReportStyles  st;
  MkStatusTable  *table;
  gboolean        unknown;
} Matrix;

static void
matrix_header (Matrix *m)
{
  guint n = mk_status_table_n_columns (m->table);
  gboolean several = FALSE;

  for (guint s = 1; s < n; s++)
    several |= g_strcmp0 (mk_status_table_get_school (m->table, s)->municipality,
                          mk_status_table_get_school (m->table, 0)->municipality) != 0;
  mk_sheet_set_text (m->sheet, 3, 0, "№ п/п", m->st.header);
  mk_sheet_set_text (m->sheet, 3, 1, "Мероприятия плана", m->st.header);
  mk_sheet_set_column_width (m->sheet, 0, 8);
  mk_sheet_set_column_width (m->sheet, 1, 60);
  for (guint s = 0; s < n; s++)
    {
      const MkRoadmapSchool *school = mk_status_table_get_school (m->table, s);
      g_autofree char *label = mk_report_school_label (school->name, school->municipality, several);
      g_autofree char *name = school->member ? g_strdup (label)
                                             : g_strdup_printf ("%s (вне кластера)", label);

      mk_sheet_set_text (m->sheet, 2, 2 + s, name, m->st.header);
      mk_sheet_set_text (m->sheet, 3, 2 + s, "Наличие (да/нет)", m->st.header);
      mk_sheet_set_column_width (m->sheet, 2 + s, 12);
    }
  mk_sheet_set_row_height (m->sheet, 3, 30);
}

static void
matrix_row (Matrix *m,
            guint   i,
            guint   row)
{
  MkRoadmapItem *item = mk_status_table_get_item (m->table, i);
  gboolean bold = mk_roadmap_item_get_heading (item);
  gboolean empty = !mk_status_table_takes_status (m->table, i);

  mk_sheet_set_text (m->sheet, row, 0, mk_roadmap_item_get_code (item), bold ? m->st.total : m->st.text);
  mk_sheet_set_text (m->sheet, row, 1, mk_roadmap_item_get_text (item, MK_ITEM_TITLE),
                     bold ? m->st.total : m->st.text);
  for (guint s = 0; s < mk_status_table_n_columns (m->table); s++)
    {
      const MkItemReport *report = mk_status_table_get (m->table, i, s);
      MkItemStatus status = report != NULL ? report->status : MK_STATUS_UNKNOWN;

      m->unknown |= !empty && status == MK_STATUS_UNKNOWN;
      mk_sheet_set_text (m->sheet, row, 2 + s,
                         empty ? "" : status == MK_STATUS_UNKNOWN ? MK_REPORT_UNKNOWN
                                    : mk_item_status_official (status), m->st.center);
    }
}

static gboolean
fill_matrix (Matrix     *m,
             MkStore    *store,
             MkRoadmap  *roadmap,
             GError    **error)
{
  guint row = 4;

  if ((m->table = mk_status_table_new (store, roadmap, error)) == NULL)
    return FALSE;
  matrix_header (m);
  for (guint i = 0; i < mk_status_table_n_rows (m->table) && !mk_sheet_is_full (m->sheet); i++)
    matrix_row (m, i, row++);
  if (m->unknown)
    mk_sheet_add_footnote (m->sheet, row, 2 + mk_status_table_n_columns (m->table),
                           MK_REPORT_UNKNOWN_LEGEND " Школа не сообщила о выполнении пункта.");
  return TRUE;
}

MkSheet *
mk_report_roadmap_matrix (MkStore              *store,
                          const MkReportParams *params,
                          GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Таблица 2.2");
  g_autoptr(GError) local = NULL;
  g_autoptr(MkRoadmap) roadmap = mk_report_roadmap (store, params, MK_ROADMAP_SCHOOL, &local);
  g_autofree char *title = NULL, *clusters = NULL;
  Matrix m = { sheet };
  gboolean ok;

  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  mk_report_styles_init (sheet, &m.st);
  if (roadmap == NULL)
    return no_roadmap (g_steal_pointer (&sheet), params->school_year, "школьных планов мероприятий");
  clusters = mk_roadmap_dup_clusters_label (roadmap);
  title = g_strdup_printf ("Реализация плана мероприятий («дорожной карты» № %d) в %s: %s",
                           mk_roadmap_get_info (roadmap)->number, clusters,
                           mk_roadmap_get_info (roadmap)->title);
  mk_sheet_set_text (sheet, 0, 0, "Таблица 2.2.", 0);
  mk_sheet_add_title (sheet, 1, 8, title);
  ok = fill_matrix (&m, store, roadmap, error);
  g_clear_object (&m.table);
  if (!ok)
    return NULL;
  mk_sheet_get_page (sheet)->orientation = MK_SHEET_LANDSCAPE;
  mk_sheet_get_page (sheet)->repeat_first = 2;
  mk_sheet_get_page (sheet)->repeat_last = 3;
  return g_steal_pointer (&sheet);
}

static void
report_header (MkSheet              *sheet,
               const MkReportStyles *st)
{
  static const char *headings[] = { "№", "Наименование мероприятия", "Сроки исполнения",
                                    "Информация" };
  static const double widths[] = { 6, 40, 16, 60 };

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    {
      mk_sheet_set_text (sheet, 2, c, headings[c], st->header);
      mk_sheet_set_column_width (sheet, c, widths[c]);
    }
}

/* Row ROW for ITEM: a heading across the table, or the measure with its
 * deadline and what was reported; TRUE when that is unknown. */
static gboolean
report_row (MkSheet              *sheet,
            const MkReportStyles *st,
            guint                 row,
            MkRoadmapItem        *item,
            const MkItemReport   *report)
{
  const char *information = report != NULL ? report->information : "";

  if (mk_roadmap_item_get_heading (item))
    {
      mk_sheet_set_text (sheet, row, 0, mk_roadmap_item_get_text (item, MK_ITEM_TITLE), st->total);
      mk_sheet_merge (sheet, row, 0, row, 3);
      return FALSE;
    }
  mk_sheet_set_text (sheet, row, 0, mk_roadmap_item_get_code (item), st->center);
  mk_sheet_set_text (sheet, row, 1, mk_roadmap_item_get_text (item, MK_ITEM_TITLE), st->text);
  mk_sheet_set_text (sheet, row, 2, mk_roadmap_item_get_text (item, MK_ITEM_DEADLINE), st->text);
  mk_sheet_set_text (sheet, row, 3, *information != '\0' ? information : MK_REPORT_UNKNOWN, st->text);
  return *information == '\0';
}

static gboolean
fill_report (MkSheet              *sheet,
             const MkReportStyles *st,
             MkStore              *store,
             MkRoadmap            *roadmap,
             GError              **error)
{
  g_autoptr(MkStatusTable) table = mk_status_table_new (store, roadmap, error);
  gboolean unknown = FALSE;
  guint row = 3;

  if (table == NULL)
    return FALSE;
  report_header (sheet, st);
  for (guint i = 0; i < mk_status_table_n_rows (table) && !mk_sheet_is_full (sheet); i++)
    unknown |= report_row (sheet, st, row++, mk_status_table_get_item (table, i),
                           mk_status_table_get (table, i, 0));
  if (unknown)
    mk_sheet_add_footnote (sheet, row, 4, MK_REPORT_UNKNOWN_LEGEND
                           " Муниципалитет не сообщил о выполнении мероприятия.");
  return TRUE;
}

/* «ОТЧЕТ о реализации плана мероприятий по сопровождению … в 2020–2021
 * учебном году»: the plan's own title, in the genitive the heading takes,
 * with the year when the title does not give it. */
static char *
report_title (const MkRoadmapInfo *info)
{
  static const char plan[] = "План мероприятий";
  const char *rest = g_str_has_prefix (info->title, plan) ? info->title + strlen (plan) : NULL;
  g_autofree char *named = rest != NULL ? g_strdup (rest)
                         : *info->title != '\0' ? g_strdup_printf (" «%s»", info->title)
                         : g_strdup ("");
  g_autofree char *year = strstr (info->title, "учебн") != NULL ? g_strdup ("")
                        : g_strdup_printf (" в %d–%d учебном году", info->school_year,
                                           info->school_year + 1);

  return g_strdup_printf ("ОТЧЕТ о реализации плана мероприятий%s%s", named, year);
}

MkSheet *
mk_report_roadmap_report (MkStore              *store,
                          const MkReportParams *params,
                          GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Отчёт");
  g_autoptr(GError) local = NULL;
  g_autoptr(MkRoadmap) roadmap = mk_report_roadmap (store, params, MK_ROADMAP_MUNICIPAL, &local);
  g_autofree char *title = NULL;
  MkReportStyles st;

  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  mk_report_styles_init (sheet, &st);
  if (roadmap == NULL)
    return no_roadmap (g_steal_pointer (&sheet), params->school_year, "муниципального плана мероприятий");
  title = report_title (mk_roadmap_get_info (roadmap));
  mk_sheet_add_title (sheet, 0, 4, title);
  if (!fill_report (sheet, &st, store, roadmap, error))
    return NULL;
  mk_sheet_get_page (sheet)->repeat_first = 2;
  mk_sheet_get_page (sheet)->repeat_last = 2;
  return g_steal_pointer (&sheet);
}
