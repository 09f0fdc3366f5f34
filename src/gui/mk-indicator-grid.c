/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-indicator-grid"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-indicator-grid.h"

struct _MkIndicatorGrid
{
  AdwBin            parent_instance;
  GtkGrid          *grid;
  MkIndicatorTable *table;
  guint             built_rows;   /* the shape the grid was built for */
  guint             built_years;
  int               row;      /* the cell last focused; -1: none */
  int               column;
  gboolean          filling;
};

enum { CELL_SELECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MkIndicatorGrid, mk_indicator_grid, ADW_TYPE_BIN)

/* Where a cell's entry sits: 3 columns of labels, a heading row. */
#define FIRST_VALUE_COLUMN 3

GtkWidget *
mk_indicator_grid_new (void)
{
  return g_object_new (MK_TYPE_INDICATOR_GRID, NULL);
}

static void
report (MkIndicatorGrid *self,
        GError          *error)
{
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the value"), error);
}

static void
write_entry (MkIndicatorGrid *self,
             GtkEntry        *entry)
{
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "row"));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "column"));
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_autoptr(GError) error = NULL;

  if (self->filling || self->table == NULL ||
      g_strcmp0 (text, mk_indicator_table_get_raw (self->table, row, column)) == 0)
    return;
  if (!mk_indicator_table_set_raw (self->table, row, column, text, &error))
    report (self, error);
}

static void
on_entry_activate (GtkEntry        *entry,
                   MkIndicatorGrid *self)
{
  write_entry (self, entry);
}

static void
on_focus_changed (GtkEventControllerFocus *focus,
                  GParamSpec              *pspec,
                  MkIndicatorGrid         *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  if (gtk_event_controller_focus_contains_focus (focus))
    {
      self->row = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "row"));
      self->column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column"));
      g_signal_emit (self, signals[CELL_SELECTED], 0);
    }
  else
    write_entry (self, GTK_ENTRY (entry));
}

static GtkWidget *
label (const char *text,
       gboolean    bold,
       int         width)
{
  GtkWidget *widget = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (widget), 0);
  gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
  if (width > 0)
    gtk_label_set_max_width_chars (GTK_LABEL (widget), width);
  if (bold)
    gtk_widget_add_css_class (widget, "heading");
  return widget;
}

static GtkWidget *
cell_entry (MkIndicatorGrid *self,
            guint            row,
            guint            column)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  int year = mk_indicator_table_get_year (self->table, column);
  g_autofree char *name = g_strdup_printf (_("%s, %d"), mk_indicator_table_get_row (self->table, row)->title,
                                           year);

  gtk_editable_set_text (GTK_EDITABLE (entry), mk_indicator_table_get_raw (self->table, row, column));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (entry), "row", GUINT_TO_POINTER (row));
  g_object_set_data (G_OBJECT (entry), "column", GUINT_TO_POINTER (column));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect (focus, "notify::contains-focus", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

static void
fill_heading (MkIndicatorGrid *self)
{
  static const char *const headings[] = { "№", N_("Indicator"), N_("Unit") };

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    gtk_grid_attach (self->grid, label (_(headings[c]), TRUE, 0), (int) c, 0, 1, 1);
  for (guint y = 0; y < mk_indicator_table_n_years (self->table); y++)
    {
      /* Translators: a year column of an indicator table: «2021 год» */
      g_autofree char *text = g_strdup_printf (_("%d"), mk_indicator_table_get_year (self->table, y));
      gtk_grid_attach (self->grid, label (text, TRUE, 0), FIRST_VALUE_COLUMN + (int) y, 0, 1, 1);
    }
}

static void
fill_row (MkIndicatorGrid *self,
          guint            row)
{
  MkIndicator *indicator = mk_indicator_table_get_row (self->table, row);
  MkIndicator *above = row > 0 ? mk_indicator_table_get_row (self->table, row - 1) : NULL;
  gboolean section = indicator->section;
  /* A criterion's number once, on its first indicator, as the tables do. */
  gboolean same = above != NULL && g_str_equal (above->code, indicator->code) &&
                  g_str_equal (above->criterion, indicator->criterion);
  int line = (int) row + 1;

  gtk_grid_attach (self->grid, label (same ? "" : indicator->code, section, 0), 0, line, 1, 1);
  gtk_grid_attach (self->grid, label (indicator->title, section, 50), 1, line,
                   section ? 2 + (int) mk_indicator_table_n_years (self->table) : 1, 1);
  if (section)
    return;
  gtk_grid_attach (self->grid, label (indicator->unit, FALSE, 10), 2, line, 1, 1);
  for (guint y = 0; y < mk_indicator_table_n_years (self->table); y++)
    gtk_grid_attach (self->grid, cell_entry (self, row, y), FIRST_VALUE_COLUMN + (int) y, line, 1, 1);
}

/* The cell focused before the rebuild keeps the focus after it. */
static void
refocus (MkIndicatorGrid *self)
{
  GtkWidget *entry;

  if (self->row < 0)
    return;
  entry = gtk_grid_get_child_at (self->grid, FIRST_VALUE_COLUMN + self->column, self->row + 1);
  if (GTK_IS_ENTRY (entry))
    gtk_widget_grab_focus (entry);
}

static void
rebuild (MkIndicatorGrid *self)
{
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self->grid)) != NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  self->filling = TRUE;
  /* The entry in focus goes: the window must not keep pointing at it. */
  if (had_focus && root != NULL)
    gtk_root_set_focus (root, NULL);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)));)
    gtk_grid_remove (self->grid, child);
  self->built_rows = self->table != NULL ? mk_indicator_table_n_rows (self->table) : 0;
  self->built_years = self->table != NULL ? mk_indicator_table_n_years (self->table) : 0;
  if (self->table != NULL)
    {
      fill_heading (self);
      for (guint r = 0; r < mk_indicator_table_n_rows (self->table); r++)
        fill_row (self, r);
    }
  self->filling = FALSE;
  if (had_focus)
    refocus (self);
  g_signal_emit (self, signals[CELL_SELECTED], 0);
}

/* After an edit, an undo or a paste the shape is the same: the entries
 * take the texts in place, and the one in focus keeps it. */
static void
on_table_changed (MkIndicatorGrid *self)
{
  if (self->table == NULL || mk_indicator_table_n_rows (self->table) != self->built_rows ||
      mk_indicator_table_n_years (self->table) != self->built_years)
    {
      rebuild (self);
      return;
    }
  self->filling = TRUE;
  for (guint r = 0; r < self->built_rows; r++)
    for (guint y = 0; y < self->built_years; y++)
      {
        GtkWidget *entry = gtk_grid_get_child_at (self->grid, FIRST_VALUE_COLUMN + (int) y, (int) r + 1);
        const char *raw = mk_indicator_table_get_raw (self->table, r, y);

        if (GTK_IS_ENTRY (entry) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), raw) != 0)
          gtk_editable_set_text (GTK_EDITABLE (entry), raw);
      }
  self->filling = FALSE;
  g_signal_emit (self, signals[CELL_SELECTED], 0);
}

void
mk_indicator_grid_set_table (MkIndicatorGrid  *self,
                             MkIndicatorTable *table)
{
  if (self->table != NULL)
    g_signal_handlers_disconnect_by_data (self->table, self);
  g_set_object (&self->table, table);
  if (table != NULL)
    g_signal_connect_object (table, "changed", G_CALLBACK (on_table_changed), self, G_CONNECT_SWAPPED);
  self->row = self->column = -1;
  rebuild (self);
}

gboolean
mk_indicator_grid_get_cell (MkIndicatorGrid *self,
                            guint           *row,
                            guint           *column)
{
  if (self->table == NULL || self->row < 0 || (guint) self->row >= mk_indicator_table_n_rows (self->table) ||
      (guint) self->column >= mk_indicator_table_n_years (self->table))
    return FALSE;
  *row = (guint) self->row;
  *column = (guint) self->column;
  return TRUE;
}

void
mk_indicator_grid_paste_block (MkIndicatorGrid *self,
                               const char      *block)
{
  g_autoptr(GError) error = NULL;
  guint row = 0, column = 0, n = 0;

  if (!mk_indicator_grid_get_cell (self, &row, &column))
    return;
  if (!mk_indicator_table_paste (self->table, row, column, block, &n, &error))
    report (self, error);
  else
    mk_widget_add_toast (GTK_WIDGET (self), mk_toast_new_printf (_("Pasted %u cells"), n));
}

static void
on_clipboard_text (GObject      *clipboard,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(MkIndicatorGrid) self = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  GtkWidget *focus;

  if (text == NULL)
    return;
  /* A block from a spreadsheet fills cells; a plain text goes into the
   * entry, as a paste always does. */
  if (strpbrk (text, "\t\n") != NULL)
    {
      mk_indicator_grid_paste_block (self, text);
      return;
    }
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  if (focus != NULL && GTK_IS_EDITABLE (focus))
    {
      int position;

      gtk_editable_delete_selection (GTK_EDITABLE (focus));
      position = gtk_editable_get_position (GTK_EDITABLE (focus));
      gtk_editable_insert_text (GTK_EDITABLE (focus), text, -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (focus), position);
    }
}

static void
paste_action (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text,
                                 g_object_ref (widget));
}

static void
mk_indicator_grid_dispose (GObject *object)
{
  MkIndicatorGrid *self = MK_INDICATOR_GRID (object);

  if (self->table != NULL)
    g_signal_handlers_disconnect_by_data (self->table, self);
  g_clear_object (&self->table);
  G_OBJECT_CLASS (mk_indicator_grid_parent_class)->dispose (object);
}

static void
mk_indicator_grid_class_init (MkIndicatorGridClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mk_indicator_grid_dispose;
  /* Ctrl+V: a block fills cells, a plain text goes into the entry. */
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "grid.paste", NULL, paste_action);
  /* The cell focused changed, or the table was rebuilt. */
  signals[CELL_SELECTED] = g_signal_new ("cell-selected", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mk_indicator_grid_init (MkIndicatorGrid *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  self->row = self->column = -1;
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 4);
  gtk_grid_set_column_spacing (self->grid, 8);
  gtk_widget_set_margin_start (GTK_WIDGET (self->grid), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->grid), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->grid), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->grid), 12);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->grid));
  /* Before the entries: Ctrl+V of a block must not land in one cell. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>v"),
                      gtk_named_action_new ("grid.paste")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
