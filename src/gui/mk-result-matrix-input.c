/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-result-matrix"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-result-matrix-view-private.h"

/* What the matrix view does for people: the keyboard, the mouse, tooltips,
 * the accessible description of the cursor cell and the editing popover. */

#define FAR 1000000

void
mk_result_matrix_view_update_accessible (MkResultMatrixView *self)
{
  g_autofree char *details = NULL;
  g_autofree char *text = NULL;
  const MkResultCell *cell;

  if (self->cursor_row < 0 || self->cursor_column < 0)
    return;
  cell = mk_result_grid_get_cell (self->grid, self->cursor_row, self->cursor_column);
  details = mk_result_cell_dup_details (cell);
  text = g_strdup_printf ("%s, %s: %s",
                          mk_result_grid_get_row (self->grid, self->cursor_row)->school,
                          mk_procedure_get_code (mk_result_grid_get_column (self->grid, self->cursor_column)),
                          details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

void
mk_result_matrix_view_detach_popover (MkResultMatrixView *self)
{
  GtkWidget *popover = g_steal_pointer (&self->popover);

  if (popover == NULL)
    return;
  g_signal_handlers_disconnect_by_data (popover, self);
  gtk_widget_unparent (popover);
}

static gboolean
detach_closed_popover (gpointer data)
{
  MkResultMatrixView *self = data;

  if (self->popover != NULL && !gtk_widget_get_visible (self->popover))
    mk_result_matrix_view_detach_popover (self);
  return G_SOURCE_REMOVE;
}

static void
on_popover_closed (MkResultMatrixView *self)
{
  /* Unparenting inside the popover's own signal would pull the widget
   * out from under GTK; the next idle does it. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, detach_closed_popover,
                   g_object_ref (self), g_object_unref);
}

void
mk_result_matrix_view_popup_at_cursor (MkResultMatrixView *self,
                                       GtkPopover         *popover)
{
  GdkRectangle rect;

  g_return_if_fail (MK_IS_RESULT_MATRIX_VIEW (self));
  mk_result_matrix_view_detach_popover (self);
  if (self->cursor_row < 0)
    {
      /* Nothing to point at: drop the floating popover. */
      g_object_unref (g_object_ref_sink (popover));
      return;
    }
  mk_result_matrix_view_scroll_to_cursor (self);
  mk_matrix_cell_rect (&self->layout, gtk_adjustment_get_value (self->hadjustment),
                       gtk_adjustment_get_value (self->vadjustment),
                       self->cursor_row, self->cursor_column, &rect);
  self->popover = GTK_WIDGET (popover);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  gtk_popover_set_pointing_to (popover, &rect);
  g_signal_connect_object (popover, "closed", G_CALLBACK (on_popover_closed), self,
                           G_CONNECT_SWAPPED);
  gtk_popover_popup (popover);
}

static gboolean
move_cursor (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (widget);
  int dx = 0;
  int dy = 0;
  gboolean page = FALSE;
  int row;
  int column;

  if (self->cursor_row < 0)
    return FALSE;
  g_variant_get (args, "(iib)", &dx, &dy, &page);
  if (page)
    dy *= MAX ((gtk_widget_get_height (widget) - self->layout.header_height)
               / MAX (self->layout.row_height, 1) - 1, 1);
  row = CLAMP ((gint64) self->cursor_row + dy, 0, (gint64) mk_result_matrix_view_n_rows (self) - 1);
  column = CLAMP ((gint64) self->cursor_column + dx, 0, (gint64) mk_result_matrix_view_n_columns (self) - 1);
  mk_result_matrix_view_set_cursor (self, row, column);
  return TRUE;
}

static gboolean
activate_cursor (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (widget);

  if (self->cursor_row < 0)
    return FALSE;
  mk_result_matrix_view_emit_activated (self);
  return TRUE;
}

static MkMatrixRegion
hit_test (MkResultMatrixView *self,
          double              x,
          double              y,
          guint              *row,
          guint              *column)
{
  if (self->grid == NULL || self->hadjustment == NULL || self->vadjustment == NULL)
    return MK_MATRIX_NONE;
  mk_result_matrix_view_ensure_layout (self);
  return mk_matrix_hit_test (&self->layout, mk_result_matrix_view_n_rows (self),
                             gtk_adjustment_get_value (self->hadjustment),
                             gtk_adjustment_get_value (self->vadjustment),
                             x, y, row, column);
}

static void
on_pressed (MkResultMatrixView *self,
            int                 n_press,
            double              x,
            double              y,
            GtkGestureClick    *gesture)
{
  guint row = MAX (self->cursor_row, 0);
  guint column = MAX (self->cursor_column, 0);
  MkMatrixRegion region = hit_test (self, x, y, &row, &column);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (region == MK_MATRIX_NONE || region == MK_MATRIX_CORNER)
    return;
  mk_result_matrix_view_set_cursor (self, row, column);
  if (region == MK_MATRIX_CELL && n_press == 2)
    activate_cursor (GTK_WIDGET (self), NULL, NULL);
}

static gboolean
query_tooltip (GtkWidget  *widget,
                                     int         x,
                                     int         y,
                                     gboolean    keyboard_mode,
                                     GtkTooltip *tooltip)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (widget);
  guint row = self->cursor_row;
  guint column = self->cursor_column;
  MkMatrixRegion region = keyboard_mode ? (self->cursor_row >= 0 ? MK_MATRIX_CELL : MK_MATRIX_NONE)
                                        : hit_test (self, x, y, &row, &column);
  g_autofree char *text = NULL;

  if (region == MK_MATRIX_CELL)
    {
      g_autofree char *details = mk_result_cell_dup_details (mk_result_grid_get_cell (self->grid, row, column));
      MkProcedure *procedure = mk_result_grid_get_column (self->grid, column);

      text = g_strdup_printf ("%s\n%s — %s\n\n%s", mk_result_grid_get_row (self->grid, row)->school,
                              mk_procedure_get_code (procedure), mk_procedure_get_title (procedure),
                              details);
    }
  else if (region == MK_MATRIX_HEADER)
    {
      MkProcedure *procedure = mk_result_grid_get_column (self->grid, column);

      text = g_strdup_printf ("%s — %s", mk_procedure_get_code (procedure),
                              mk_procedure_get_title (procedure));
    }
  else if (region == MK_MATRIX_NAME)
    {
      const MkResultMatrixRow *r = mk_result_grid_get_row (self->grid, row);

      text = g_strdup_printf (ngettext ("%s, %s\n%u marker of low results this year",
                                        "%s, %s\n%u markers of low results this year",
                                        r->n_markers),
                              r->school, r->municipality, r->n_markers);
    }
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
add_move_binding (GtkWidgetClass  *widget_class,
                  guint            keyval,
                  GdkModifierType  mods,
                  int              dx,
                  int              dy,
                  gboolean         page)
{
  gtk_widget_class_add_binding (widget_class, keyval, mods, move_cursor, "(iib)", dx, dy, page);
}

static void
install_bindings (GtkWidgetClass *widget_class)
{
  add_move_binding (widget_class, GDK_KEY_Up, 0, 0, -1, FALSE);
  add_move_binding (widget_class, GDK_KEY_Down, 0, 0, 1, FALSE);
  add_move_binding (widget_class, GDK_KEY_Left, 0, -1, 0, FALSE);
  add_move_binding (widget_class, GDK_KEY_Right, 0, 1, 0, FALSE);
  add_move_binding (widget_class, GDK_KEY_Page_Up, 0, 0, -1, TRUE);
  add_move_binding (widget_class, GDK_KEY_Page_Down, 0, 0, 1, TRUE);
  add_move_binding (widget_class, GDK_KEY_Home, 0, -FAR, 0, FALSE);
  add_move_binding (widget_class, GDK_KEY_End, 0, FAR, 0, FALSE);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, -FAR, -FAR, FALSE);
  add_move_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, FAR, FAR, FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_cursor, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_cursor, NULL);
}

void
mk_result_matrix_view_class_install_input (GtkWidgetClass *widget_class)
{
  widget_class->query_tooltip = query_tooltip;
  install_bindings (widget_class);
}

void
mk_result_matrix_view_init_input (MkResultMatrixView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
