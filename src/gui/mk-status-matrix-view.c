/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-status-matrix"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-status-matrix-view-private.h"

enum { CURSOR_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MkStatusMatrixView, mk_status_matrix_view, GTK_TYPE_WIDGET)

GtkWidget *
mk_status_matrix_view_new (void)
{
  return g_object_new (MK_TYPE_STATUS_MATRIX_VIEW, NULL);
}

static guint
n_rows (MkStatusMatrixView *self)
{
  return self->table != NULL ? mk_status_table_n_rows (self->table) : 0;
}

static guint
n_columns (MkStatusMatrixView *self)
{
  return self->table != NULL ? mk_status_table_n_columns (self->table) : 0;
}

/* Shows the cursor cell, scrolling the GtkScrolledWindow the view is in. */
static void
scroll_to_cursor (MkStatusMatrixView *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  int x = mk_status_matrix_column_x ((guint) MAX (self->cursor_column, 0));
  int y = MK_STATUS_HEADER_HEIGHT + MAX (self->cursor_row, 0) * MK_STATUS_ROW_HEIGHT;
  GtkAdjustment *h, *v;

  if (scrolled == NULL)
    return;
  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
  v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_clamp_page (h, x - MK_STATUS_TITLE_WIDTH / 2, x + MK_STATUS_CELL_WIDTH);
  gtk_adjustment_clamp_page (v, y - MK_STATUS_HEADER_HEIGHT, y + 2 * MK_STATUS_ROW_HEIGHT);
}

void
mk_status_matrix_view_set_cursor (MkStatusMatrixView *self,
                                  guint               row,
                                  guint               column)
{
  if (n_rows (self) == 0 || n_columns (self) == 0)
    return;
  self->cursor_row = (int) MIN (row, n_rows (self) - 1);
  self->cursor_column = (int) MIN (column, n_columns (self) - 1);
  scroll_to_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CURSOR_CHANGED], 0);
}

gboolean
mk_status_matrix_view_get_cursor (MkStatusMatrixView *self,
                                  guint              *row,
                                  guint              *column)
{
  if (self->cursor_row < 0)
    return FALSE;
  *row = (guint) self->cursor_row;
  *column = (guint) self->cursor_column;
  return TRUE;
}

static void
on_table_changed (MkStatusMatrixView *self)
{
  if (n_rows (self) == 0 || n_columns (self) == 0)
    self->cursor_row = self->cursor_column = -1;
  else if (self->cursor_row < 0)
    {
      /* On the first cell that takes a status, not on a heading. */
      self->cursor_row = self->cursor_column = 0;
      while (self->cursor_row + 1 < (int) n_rows (self) &&
             !mk_status_table_takes_status (self->table, (guint) self->cursor_row))
        self->cursor_row++;
    }
  else
    {
      self->cursor_row = MIN (self->cursor_row, (int) n_rows (self) - 1);
      self->cursor_column = MIN (self->cursor_column, (int) n_columns (self) - 1);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_signal_emit (self, signals[CURSOR_CHANGED], 0);
}

void
mk_status_matrix_view_set_table (MkStatusMatrixView *self,
                                 MkStatusTable      *table)
{
  if (self->table != NULL)
    g_signal_handlers_disconnect_by_data (self->table, self);
  g_set_object (&self->table, table);
  if (table != NULL)
    g_signal_connect_object (table, "changed", G_CALLBACK (on_table_changed), self,
                             G_CONNECT_SWAPPED);
  self->cursor_row = self->cursor_column = -1;
  on_table_changed (self);
}

MkStatusTable *
mk_status_matrix_view_get_table (MkStatusMatrixView *self)
{
  return self->table;
}

void
mk_status_matrix_view_set_status (MkStatusMatrixView *self,
                                  MkItemStatus        status,
                                  char                whole)
{
  g_autoptr(GError) error = NULL;

  if (self->cursor_row < 0)
    return;
  if (!mk_status_table_set_status (self->table, whole == 'c' ? -1 : self->cursor_row,
                                   whole == 'r' ? -1 : self->cursor_column, status, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the status"), error);
}

/* д н ч т ? (in either case) and Delete set a status. */
static gboolean
status_for_key (guint         keyval,
                MkItemStatus *status)
{
  gunichar c = g_unichar_tolower (gdk_keyval_to_unicode (keyval));

  if (keyval == GDK_KEY_Delete || keyval == GDK_KEY_BackSpace)
    return (*status = MK_STATUS_UNKNOWN), TRUE;
  for (MkItemStatus s = MK_STATUS_UNKNOWN; s < MK_N_ITEM_STATUSES; s++)
    if (c != 0 && c == mk_item_status_key (s))
      return (*status = s), TRUE;
  return FALSE;
}

static gboolean
move_cursor (MkStatusMatrixView *self,
             guint               keyval)
{
  int row = self->cursor_row, column = self->cursor_column;

  switch (keyval)
    {
    case GDK_KEY_Up: row--; break;
    case GDK_KEY_Down: row++; break;
    case GDK_KEY_Left: column--; break;
    case GDK_KEY_Right: column++; break;
    case GDK_KEY_Home: column = 0; break;
    case GDK_KEY_End: column = (int) n_columns (self) - 1; break;
    case GDK_KEY_Page_Up: row -= 10; break;
    case GDK_KEY_Page_Down: row += 10; break;
    default: return FALSE;
    }
  mk_status_matrix_view_set_cursor (self, (guint) MAX (row, 0), (guint) MAX (column, 0));
  return TRUE;
}

static gboolean
on_key_pressed (MkStatusMatrixView *self,
                guint               keyval,
                guint               keycode,
                GdkModifierType     state)
{
  MkItemStatus status;

  if (self->cursor_row < 0)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0 && move_cursor (self, keyval))
    return TRUE;
  if ((state & GDK_ALT_MASK) != 0 || !status_for_key (keyval, &status))
    return FALSE;
  mk_status_matrix_view_set_status (self, status, (state & GDK_SHIFT_MASK) != 0 &&
                                    keyval != GDK_KEY_question ? 'r'
                                    : (state & GDK_CONTROL_MASK) != 0 ? 'c' : 0);
  return TRUE;
}

static void
on_pressed (GtkGestureClick    *gesture,
            int                 n_press,
            double              x,
            double              y,
            MkStatusMatrixView *self)
{
  int column = ((int) x - mk_status_matrix_column_x (0)) / MK_STATUS_CELL_WIDTH;
  int row = ((int) y - MK_STATUS_HEADER_HEIGHT) / MK_STATUS_ROW_HEIGHT;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (x >= mk_status_matrix_column_x (0) && y >= MK_STATUS_HEADER_HEIGHT &&
      column < (int) n_columns (self) && row < (int) n_rows (self))
    mk_status_matrix_view_set_cursor (self, (guint) row, (guint) column);
}

static void
mk_status_matrix_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  MkStatusMatrixView *self = MK_STATUS_MATRIX_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = mk_status_matrix_column_x (n_columns (self)) + MK_STATUS_COUNT_WIDTH;
  else
    *minimum = *natural = MK_STATUS_HEADER_HEIGHT + (int) (n_rows (self) + 1) * MK_STATUS_ROW_HEIGHT;
}

static void
mk_status_matrix_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  MkStatusMatrixView *self = MK_STATUS_MATRIX_VIEW (widget);

  if (self->text == NULL)
    self->text = gtk_widget_create_pango_layout (widget, NULL);
  mk_status_matrix_view_snapshot_cells (self, snapshot);
}

static void
mk_status_matrix_view_dispose (GObject *object)
{
  MkStatusMatrixView *self = MK_STATUS_MATRIX_VIEW (object);

  if (self->table != NULL)
    g_signal_handlers_disconnect_by_data (self->table, self);
  g_clear_object (&self->table);
  g_clear_object (&self->text);
  G_OBJECT_CLASS (mk_status_matrix_view_parent_class)->dispose (object);
}

static void
mk_status_matrix_view_class_init (MkStatusMatrixViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mk_status_matrix_view_dispose;
  widget_class->measure = mk_status_matrix_view_measure;
  widget_class->snapshot = mk_status_matrix_view_snapshot;
  signals[CURSOR_CHANGED] = g_signal_new ("cursor-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
mk_status_matrix_view_init (MkStatusMatrixView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->cursor_row = self->cursor_column = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Status matrix: items by schools"), -1);
}
