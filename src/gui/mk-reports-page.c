/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-reports-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-list-filter.h"
#include "mk-page.h"
#include "mk-report-build-job.h"
#include "mk-reports-page-private.h"

static void mk_reports_page_page_init (MkPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MkReportsPage, mk_reports_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (MK_TYPE_PAGE, mk_reports_page_page_init))

GtkWidget *
mk_reports_page_new (void)
{
  return g_object_new (MK_TYPE_REPORTS_PAGE, NULL);
}

char *
mk_reports_page_file_name_with (const MkReportInfo   *report,
                                const MkReportParams *params,
                                const char           *extension)
{
  g_autofree char *cluster = params->cluster != MK_CLUSTER_NONE
                             ? g_ascii_strdown (mk_cluster_to_code (params->cluster), -1)
                             : NULL;

  /* staff-2022-2023.xlsx; snro-history-2018-2023.xlsx from 2018/2019;
   * cluster-lists-2022-2023-snro.xlsx for one cluster. */
  return g_strdup_printf ("%s-%d-%d%s%s.%s", report->id,
                          params->first_year ? params->first_year : params->school_year,
                          params->school_year + 1, cluster ? "-" : "", cluster ? cluster : "",
                          extension);
}

char *
mk_reports_page_file_name (const MkReportInfo   *report,
                           const MkReportParams *params)
{
  return mk_reports_page_file_name_with (report, params, "xlsx");
}

/* --- Preview ------------------------------------------------------------ */

/* The cell as the official tables, the PDF and the XLSX show it: 46,5%
 * (rounded half up, 6,25 % as 6,3%), 76,5, 01.09.2023. */
static char *
cell_text (MkSheet           *sheet,
           const MkSheetCell *cell)
{
  return mk_sheet_format_cell (cell, mk_sheet_get_style (sheet, cell->style));
}

/* The span of the merged range that starts at ROW, COL (1 × 1 if none);
 * FALSE when the cell lies inside a range and is not shown. */
static gboolean
cell_span (MkSheet *sheet,
           guint    row,
           guint    col,
           guint   *width,
           guint   *height)
{
  guint n_merges;
  const MkSheetRange *merges = mk_sheet_get_merges (sheet, &n_merges);

  *width = *height = 1;
  for (guint i = 0; i < n_merges; i++)
    {
      const MkSheetRange *m = &merges[i];

      if (row < m->first_row || row > m->last_row || col < m->first_col || col > m->last_col)
        continue;
      if (row != m->first_row || col != m->first_col)
        return FALSE;
      *width = m->last_col - m->first_col + 1;
      *height = m->last_row - m->first_row + 1;
    }
  return TRUE;
}

static GtkWidget *
cell_label (MkSheet           *sheet,
            const MkSheetCell *cell,
            guint              width)
{
  const MkSheetStyle *style = mk_sheet_get_style (sheet, cell->style);
  g_autofree char *text = cell_text (sheet, cell);
  GtkWidget *label = gtk_label_new (text);
  double chars = mk_sheet_get_column_width (sheet, cell->col);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  if (width == 1)
    gtk_label_set_width_chars (GTK_LABEL (label), (int) MIN (chars > 0 ? chars : 10, 40));
  gtk_label_set_max_width_chars (GTK_LABEL (label), width > 1 ? 80 : 40);
  gtk_label_set_xalign (GTK_LABEL (label), style->align == MK_SHEET_ALIGN_CENTER ? 0.5f
                        : cell->kind == MK_SHEET_TEXT ? 0.0f : 1.0f);
  if (style->flags & MK_SHEET_BOLD)
    gtk_widget_add_css_class (label, "heading");
  if (style->flags & MK_SHEET_BORDER)
    gtk_widget_add_css_class (label, "sheet-border");
  return label;
}

static void
clear_preview (MkReportsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))) != NULL)
    gtk_grid_remove (self->preview_grid, child);
}

static void
fill_preview (MkReportsPage *self)
{
  guint n_cells;
  const MkSheetCell *cells = mk_sheet_get_cells (self->sheet, &n_cells);
  g_autofree char *status = NULL;

  for (guint i = 0; i < n_cells && cells[i].row < MK_REPORTS_PREVIEW_ROWS; i++)
    {
      guint width, height;
      GtkWidget *label;

      if (!cell_span (self->sheet, cells[i].row, cells[i].col, &width, &height))
        continue;
      label = cell_label (self->sheet, &cells[i], width);
      gtk_grid_attach (self->preview_grid, label, (int) cells[i].col, (int) cells[i].row,
                       (int) width, (int) height);
    }
  /* Only the rows shown were built: the export builds them all. */
  if (mk_sheet_is_full (self->sheet))
    status = g_strdup_printf (_("The first %u rows; the export holds them all."),
                              MK_REPORTS_PREVIEW_ROWS);
  gtk_label_set_text (self->preview_status, status ? status : "");
}

static void
on_preview_built (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  MkReportsPage *self = MK_REPORTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSheet) sheet = mk_report_build_job_run_finish (result, &error);

  /* A newer preview was asked for, or the page is going away. */
  if (GPOINTER_TO_UINT (user_data) != self->preview_generation || self->disposed)
    return;
  self->building = FALSE;
  gtk_label_set_text (self->preview_status, error != NULL ? error->message : "");
  self->sheet = g_steal_pointer (&sheet);
  if (self->sheet != NULL)
    fill_preview (self);
  mk_reports_page_update_actions (self);
}

/* The sheet is built off the main thread; until it is there the preview
 * says so, and a newer request makes an older result be dropped. */
static void
rebuild_preview (MkReportsPage *self)
{
  MkReportParams params;

  if (self->disposed)  /* disposing */
    return;
  clear_preview (self);
  g_clear_pointer (&self->sheet, mk_sheet_free);
  self->preview_generation++;
  self->building = FALSE;
  gtk_label_set_text (self->preview_title, self->report ? self->report->title : "");
  gtk_label_set_text (self->preview_status, "");
  mk_stale_banner_update (self->stale_banner, self->store,
                          mk_year_drop_down_get_year (self->year_dropdown));
  if (self->store != NULL && self->report != NULL && mk_reports_page_get_params (self, &params))
    {
      params.max_rows = MK_REPORTS_PREVIEW_ROWS;
      self->building = TRUE;
      gtk_label_set_text (self->preview_status, _("Building the preview…"));
      mk_report_build_job_run_async (self->store, self->report, &params, self,
                                     on_preview_built,
                                     GUINT_TO_POINTER (self->preview_generation));
    }
  mk_reports_page_update_actions (self);
}

/* --- Catalog and parameters --------------------------------------------- */

static GtkWidget *
catalog_row (const MkReportInfo *info)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (info->title);
  GtkWidget *description = gtk_label_new (_(info->description));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 40);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_widget_add_css_class (description, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), description);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

static void
fill_catalog (MkReportsPage *self)
{
  guint n;
  const MkReportInfo *catalog = mk_report_catalog (&n);

  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->catalog_list, catalog_row (&catalog[i]));
}

static void
on_report_selected (MkReportsPage *self,
                    GtkListBoxRow *row)
{
  guint n;
  const MkReportInfo *catalog = mk_report_catalog (&n);
  int index = row ? gtk_list_box_row_get_index (row) : -1;

  if (self->disposed)  /* disposing: the rows go */
    return;
  self->report = index >= 0 && (guint) index < n ? &catalog[index] : NULL;
  mk_reports_page_show_params (self);
  rebuild_preview (self);
}

static void
on_params_changed (MkReportsPage *self)
{
  if (!self->filling)
    rebuild_preview (self);
}

static void
reload_when_idle (gpointer user_data)
{
  MkReportsPage *self = user_data;

  self->reload_source = 0;
  mk_reports_page_load_params (self);
  rebuild_preview (self);
}

/* Loading the demo or an import brings new school years and new figures:
 * the years offered and the preview follow at once, read once for the
 * several topics one change announces. */
static void
on_store_changed (MkReportsPage *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_once (reload_when_idle, self);
}

static void
mk_reports_page_set_store (MkPage  *page,
                           MkStore *store)
{
  MkReportsPage *self = MK_REPORTS_PAGE (page);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  mk_reports_page_load_params (self);
  rebuild_preview (self);
}

static void
mk_reports_page_page_init (MkPageInterface *iface)
{
  iface->set_store = mk_reports_page_set_store;
}

/* --- Life cycle ------------------------------------------------------------ */

static void
mk_reports_page_dispose (GObject *object)
{
  MkReportsPage *self = MK_REPORTS_PAGE (object);

  self->disposed = TRUE;
  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_REPORTS_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->sheet, mk_sheet_free);
  G_OBJECT_CLASS (mk_reports_page_parent_class)->dispose (object);
}

static void
mk_reports_page_class_init (MkReportsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mk_reports_page_dispose;
  g_type_ensure (MK_TYPE_MUNICIPALITY_DROP_DOWN);
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-reports-page.ui");
  g_type_ensure (MK_TYPE_STALE_BANNER);
  g_type_ensure (MK_TYPE_YEAR_DROP_DOWN);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, stale_banner);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, scope_box);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, first_year_label);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, first_year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, first_year_names);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, cluster_label);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, cluster_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, catalog_list);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, preview_title);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, preview_status);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, MkReportsPage, progress);
  gtk_widget_class_bind_template_callback (widget_class, on_report_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_params_changed);
  mk_reports_page_class_init_export (widget_class);
}

static void
mk_reports_page_init (MkReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mk_reports_page_setup_params (self);
  fill_catalog (self);
  gtk_list_box_select_row (self->catalog_list,
                           gtk_list_box_get_row_at_index (self->catalog_list, 0));
}
