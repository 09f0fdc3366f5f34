/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart-view"
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mk-chart-view.h"
#include "mk-gui-util.h"

/* The size of a saved picture: a page-wide figure of a report. */
#define SAVE_WIDTH  900
#define SAVE_HEIGHT 560

GMenuModel *
mk_chart_view_menu_new (void)
{
  GMenu *menu = g_menu_new ();

  g_menu_append (menu, _("_Save Image…"), "chart.save");
  g_menu_append (menu, _("_Copy"), "chart.copy");
  g_menu_append (menu, _("Show as _Table"), "chart.table");
  return G_MENU_MODEL (menu);
}

static char *
suggested_name (const MkChartData *data)
{
  g_autofree char *name = g_strdup (data->title != NULL ? data->title : _("Chart"));

  return g_strconcat (g_strdelimit (name, "/\\:", '-'), ".png", NULL);
}

static void
on_save_response (GtkNativeDialog *native,
                  int              response,
                  MkChartView     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_object_unref (native);
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL || mk_chart_view_get_data (self) == NULL)
    return;
  if (!mk_chart_path_supported (path))
    {
      g_autofree char *png = g_strconcat (path, ".png", NULL);

      g_free (g_steal_pointer (&path));
      path = g_steal_pointer (&png);
    }
  if (!mk_chart_save (mk_chart_view_get_data (self), path, SAVE_WIDTH, SAVE_HEIGHT, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the image"), error);
  else
    mk_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Image saved")));
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MkChartView *self = MK_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = suggested_name (mk_chart_view_get_data (self));
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save Image"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (native), _("PNG Image"), "*.png");
  add_filter (GTK_FILE_CHOOSER (native), _("SVG Image"), "*.svg");
  add_filter (GTK_FILE_CHOOSER (native), _("PDF Document"), "*.pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_save_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(GdkTexture) texture = mk_chart_view_render_texture (MK_CHART_VIEW (widget));

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  mk_widget_add_toast (widget, adw_toast_new (_("Chart copied")));
}

static GtkWidget *
cell_new (const char *text,
          gboolean    header,
          float       xalign)
{
  g_autofree char *line = g_strdelimit (g_strdup (text), "\n", ' ');
  GtkWidget *label = gtk_label_new (line);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  else if (xalign > 0.5)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static const char *
series_name (const MkChartData *data,
             guint              s)
{
  return ((MkChartSeries *) data->series->pdata[s])->name;
}

/* Rows are the categories and columns the series, as in a report's
 * table; a heat map keeps its rows (the schools) as rows. */
GtkWidget *
mk_chart_view_table_new (const MkChartData *data)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  gboolean by_series = data->kind == MK_CHART_HEATMAP;
  guint n_rows = by_series ? data->series->len : data->categories->len;
  guint n_columns = by_series ? data->categories->len : data->series->len;

  gtk_grid_set_column_spacing (grid, 18);
  gtk_grid_set_row_spacing (grid, 6);
  for (guint j = 0; j < n_columns; j++)
    gtk_grid_attach (grid, cell_new (by_series ? data->categories->pdata[j] : series_name (data, j),
                                     TRUE, 1), j + 1, 0, 1, 1);
  for (guint i = 0; i < n_rows; i++)
    {
      gtk_grid_attach (grid, cell_new (by_series ? series_name (data, i) : data->categories->pdata[i],
                                       FALSE, 0), 0, i + 1, 1, 1);
      for (guint j = 0; j < n_columns; j++)
        {
          double value = by_series ? mk_chart_data_get (data, i, j) : mk_chart_data_get (data, j, i);
          g_autofree char *text = mk_chart_format_number (value, data->integral ? 0 : 1);

          gtk_grid_attach (grid, cell_new (text, FALSE, 1), j + 1, i + 1, 1, 1);
        }
    }
  return GTK_WIDGET (grid);
}

static void
table_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  const MkChartData *data = mk_chart_view_get_data (MK_CHART_VIEW (widget));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *table = mk_chart_view_table_new (data);

  gtk_window_set_title (GTK_WINDOW (window), data->title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 420);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_margin_start (table, 18);
  gtk_widget_set_margin_end (table, 18);
  gtk_widget_set_margin_top (table, 12);
  gtk_widget_set_margin_bottom (table, 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), table);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

void
mk_chart_view_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chart.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "chart.table", NULL, table_action);
}
