/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-report-private.h"
#include "mk-staff-row.h"

/* Таблицы 2.1, 3.1, 4.1, 4.2 of the Smolensk annual report: the staff of
 * the schools of one group of clusters, schools as columns, the five rows
 * with their notes exactly as stored («2 (РК)», «4+6 СОВМ.»). The groups
 * follow the report's road maps: ШНРО (No 1), ШФНСУ and ШсРНР (No 2), ШПУ
 * and ШБУ (No 3). Schools of the group without any staff figure for the
 * year are left out, as the report leaves out the О(с)Ш. */

#define STAFF_MAX_COLS 11  /* wider groups are split in even blocks */

static const struct {
  const char *heading;
  MkCluster   clusters[2];
} groups[] = {
  { "Таблица 2.1. ШНРО", { MK_CLUSTER_SNRO, MK_CLUSTER_NONE } },
  { "Таблица 3.1. ШФНСУ, ШсРНР", { MK_CLUSTER_SFNSU, MK_CLUSTER_SRNR } },
  { "Таблица 4.1. ШПУ", { MK_CLUSTER_SPU, MK_CLUSTER_NONE } },
  { "Таблица 4.2. ШБУ", { MK_CLUSTER_SBU, MK_CLUSTER_NONE } },
};

/* The report's row headings, in MkStaffRole order. */
static const char *const role_labels[MK_N_STAFF_ROLES] = {
  "Всего педагогических работников",
  "Кол-во административных работников (руководитель, заместителей руководителя)",
  "Психологи",
  "Логопеды",
  "Дефектологи",
};

typedef struct {
  const char *name;      /* the assignment's short name */
  MkStaffRow *staff;
} StaffColumn;

static void
staff_column_clear (gpointer data)
{
  g_clear_object (&((StaffColumn *) data)->staff);
}

/* The school's row for SCHOOL_YEAR when it has at least one figure. */
static MkStaffRow *
find_staff (MkStore     *store,
            gint64       school_id,
            int          school_year,
            GError     **error)
{
  g_autoptr(GListModel) rows = mk_store_list_staff (store, school_id, error);

  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MkStaffRow) row = g_list_model_get_item (rows, i);

      if (mk_staff_row_get_school_year (row) != school_year)
        continue;
      for (MkStaffRole r = 0; r < MK_N_STAFF_ROLES; r++)
        {
          const char *raw = mk_staff_row_get_raw (row, r);
          if (raw != NULL && *raw != '\0')
            return g_steal_pointer (&row);
        }
    }
  return NULL;
}

static gboolean
in_group (MkCluster  cluster,
          guint      group)
{
  return cluster != MK_CLUSTER_NONE
         && (cluster == groups[group].clusters[0] || cluster == groups[group].clusters[1]);
}

/* The group's columns, in the store's order of schools; NULL on error. */
static GArray *
group_columns (MkStore     *store,
               GPtrArray   *items,
               guint        group,
               int          school_year,
               GError     **error)
{
  g_autoptr(GArray) columns = g_array_new (FALSE, TRUE, sizeof (StaffColumn));

  g_array_set_clear_func (columns, staff_column_clear);
  for (guint i = 0; i < items->len; i++)
    {
      MkAssignment *item = items->pdata[i];
      g_autoptr(GError) local = NULL;
      StaffColumn column = { mk_assignment_get_school_name (item), NULL };

      if (!in_group (mk_assignment_get_final (item), group))
        continue;
      column.staff = find_staff (store, mk_assignment_get_school_id (item), school_year, &local);
      if (local != NULL)
        return g_propagate_error (error, g_steal_pointer (&local)), NULL;
      if (column.staff != NULL)
        g_array_append_val (columns, column);
    }
  return g_steal_pointer (&columns);
}

/* A figure as a number when it is only a number, else as the text; «н/д»
 * where the school gave no figure for the role (not 0, not blank).
 * Returns whether it printed «н/д». */
static gboolean
staff_cell (MkSheet              *sheet,
            const MkReportStyles *st,
            guint                 row,
            guint                 col,
            const char           *raw)
{
  gint64 value = 0;

  if (raw == NULL || *raw == '\0')
    {
      mk_sheet_set_text (sheet, row, col, MK_REPORT_UNKNOWN, st->center);
      return TRUE;
    }
  if (g_ascii_string_to_signed (raw, 10, 0, G_MAXINT, &value, NULL))
    mk_sheet_set_integer (sheet, row, col, value, st->center);
  else
    mk_sheet_set_text (sheet, row, col, raw, st->center);
  return FALSE;
}

/* Columns FIRST … FIRST+N-1 of COLUMNS as one block; returns the next
 * row, and sets *UNKNOWN when a cell reads «н/д». */
static guint
staff_block (MkSheet              *sheet,
             const MkReportStyles *st,
             guint                 row,
             GArray               *columns,
             guint                 first,
             guint                 n,
             gboolean             *unknown)
{
  /* Wrapped cells need their height set: spreadsheets do not grow a row
   * for wrapped text they did not lay out themselves. Two lines for the
   * school names, two and three for the long row headings. */
  mk_sheet_set_row_height (sheet, row, 30);
  mk_sheet_set_row_height (sheet, row + 1 + MK_STAFF_TEACHERS, 30);
  mk_sheet_set_row_height (sheet, row + 1 + MK_STAFF_ADMINISTRATORS, 45);
  mk_sheet_set_text (sheet, row, 0, "МБОУ", st->header);
  for (guint i = 0; i < n; i++)
    mk_sheet_set_text (sheet, row, 1 + i,
                       g_array_index (columns, StaffColumn, first + i).name, st->header);
  for (MkStaffRole r = 0; r < MK_N_STAFF_ROLES; r++)
    {
      mk_sheet_set_text (sheet, row + 1 + r, 0, role_labels[r], st->total);
      for (guint i = 0; i < n; i++)
        {
          MkStaffRow *staff = g_array_index (columns, StaffColumn, first + i).staff;
          *unknown |= staff_cell (sheet, st, row + 1 + r, 1 + i, mk_staff_row_get_raw (staff, r));
        }
    }
  return row + 1 + MK_N_STAFF_ROLES + 1;
}

/* One group: its heading, then its blocks; returns the next row. */
static guint
staff_group (MkSheet              *sheet,
             const MkReportStyles *st,
             guint                 row,
             guint                 group,
             GArray               *columns,
             gboolean             *unknown)
{
  guint n_blocks = (columns->len + STAFF_MAX_COLS - 1) / STAFF_MAX_COLS;
  guint per_block = n_blocks ? (columns->len + n_blocks - 1) / n_blocks : 0;

  mk_sheet_set_text (sheet, row++, 0, groups[group].heading, st->section);
  for (guint first = 0; first < columns->len; first += per_block)
    row = staff_block (sheet, st, row, columns, first, MIN (per_block, columns->len - first),
                       unknown);
  return row + 1;
}

static void
staff_layout (MkSheet *sheet)
{
  MkSheetPage *page = mk_sheet_get_page (sheet);

  mk_sheet_set_column_width (sheet, 0, 40);
  for (guint c = 1; c <= STAFF_MAX_COLS; c++)
    mk_sheet_set_column_width (sheet, c, 11);
  page->orientation = MK_SHEET_LANDSCAPE;
  page->fit_to_width = TRUE;
}

MkSheet *
mk_report_staff (MkStore              *store,
                 const MkReportParams *params,
                 GError              **error)
{
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (params, "Штаты");
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *where = mk_report_where (params);
  g_autofree char *year = mk_report_year_label (params->school_year);
  g_autofree char *title = g_strdup_printf ("Штат педагогических работников%s, %s учебный год",
                                            where, year);
  MkReportStyles st;
  guint row = 2;
  gboolean unknown = FALSE;

  items = mk_report_assignments_for (store, params, error);
  if (items == NULL)
    return NULL;
  mk_report_styles_init (sheet, &st);
  mk_sheet_add_title (sheet, 0, STAFF_MAX_COLS + 1, title);
  staff_layout (sheet);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autoptr(GArray) columns = group_columns (store, items, g, params->school_year, error);

      if (columns == NULL)
        return NULL;
      if (columns->len > 0)
        row = staff_group (sheet, &st, row, g, columns, &unknown);
    }
  if (row == 2)
    mk_sheet_add_footnote (sheet, row, STAFF_MAX_COLS + 1,
                           _("No staff figures for this school year."));
  if (unknown)
    mk_sheet_add_footnote (sheet, row, STAFF_MAX_COLS + 1, MK_REPORT_UNKNOWN_LEGEND);
  return g_steal_pointer (&sheet);
}
