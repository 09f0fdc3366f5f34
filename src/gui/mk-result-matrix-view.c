/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-result-matrix"
#include "config.h"

#include "mk-result-matrix-view-private.h"


enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  CELL_ACTIVATED,
  CURSOR_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (MkResultMatrixView, mk_result_matrix_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

GtkWidget *
mk_result_matrix_view_new (void)
{
  return g_object_new (MK_TYPE_RESULT_MATRIX_VIEW, NULL);
}

static void
ensure_pango (MkResultMatrixView *self)
{
  g_autoptr(PangoAttrList) attrs = NULL;

  if (self->text != NULL)
    return;
  self->text = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  self->bold = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (self->bold, attrs);
}

void
mk_result_matrix_view_ensure_layout (MkResultMatrixView *self)
{
  if (self->layout_valid)
    return;
  ensure_pango (self);
  if (self->grid != NULL)
    mk_matrix_layout_compute (&self->layout, self->grid, self->text, self->show_municipality);
  self->layout_valid = self->grid != NULL;
}

static void
invalidate_layout (MkResultMatrixView *self)
{
  self->layout_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
mk_result_matrix_view_n_rows (MkResultMatrixView *self)
{
  return self->grid != NULL ? mk_result_grid_get_n_rows (self->grid) : 0;
}

guint
mk_result_matrix_view_n_columns (MkResultMatrixView *self)
{
  return self->grid != NULL ? mk_result_grid_get_n_columns (self->grid) : 0;
}

/* Moves an adjustment the least that shows START … START + SIZE. */
static void
scroll_to_show (GtkAdjustment *adjustment,
                double         start,
                double         size)
{
  double value;
  double page;

  if (adjustment == NULL)
    return;
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (page <= 0)
    return;
  if (start < value)
    gtk_adjustment_set_value (adjustment, start);
  else if (start + size > value + page)
    gtk_adjustment_set_value (adjustment, start + size - page);
}

void
mk_result_matrix_view_scroll_to_cursor (MkResultMatrixView *self)
{
  int left;

  if (self->cursor_row < 0 || self->hadjustment == NULL || self->vadjustment == NULL)
    return;
  mk_result_matrix_view_ensure_layout (self);
  left = g_array_index (self->layout.column_x, int, self->cursor_column);
  scroll_to_show (self->vadjustment, (double) self->cursor_row * self->layout.row_height,
                  self->layout.row_height);
  scroll_to_show (self->hadjustment, left,
                  g_array_index (self->layout.column_x, int, self->cursor_column + 1) - left);
}

void
mk_result_matrix_view_set_cursor (MkResultMatrixView *self,
                                  guint               row,
                                  guint               column)
{
  guint n_rows = mk_result_matrix_view_n_rows (self);
  guint n_columns = mk_result_matrix_view_n_columns (self);
  int new_row = n_rows == 0 ? -1 : (int) MIN (row, n_rows - 1);
  int new_column = n_columns == 0 ? -1 : (int) MIN (column, n_columns - 1);

  if (new_column < 0)
    new_row = -1;
  if (new_row < 0)
    new_column = -1;
  if (new_row == self->cursor_row && new_column == self->cursor_column)
    return;
  self->cursor_row = new_row;
  self->cursor_column = new_column;
  /* Now for the adjustments as they are, and again once they fit a
   * grid that has just changed. */
  mk_result_matrix_view_scroll_to_cursor (self);
  self->scroll_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  mk_result_matrix_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CURSOR_CHANGED], 0);
}

gboolean
mk_result_matrix_view_get_cursor (MkResultMatrixView *self,
                                  guint              *row,
                                  guint              *column)
{
  g_return_val_if_fail (MK_IS_RESULT_MATRIX_VIEW (self), FALSE);
  if (self->cursor_row < 0)
    return FALSE;
  *row = self->cursor_row;
  *column = self->cursor_column;
  return TRUE;
}

static void
on_grid_changed (MkResultMatrixView *self)
{
  int row = MAX (self->cursor_row, 0);
  int column = MAX (self->cursor_column, 0);

  invalidate_layout (self);
  /* Force the update: the same numbers may name another cell now. */
  self->cursor_row = self->cursor_column = -2;
  mk_result_matrix_view_set_cursor (self, row, column);
}

void
mk_result_matrix_view_set_grid (MkResultMatrixView *self,
                                MkResultGrid       *grid)
{
  g_return_if_fail (MK_IS_RESULT_MATRIX_VIEW (self));

  if (self->grid != NULL)
    g_signal_handlers_disconnect_by_data (self->grid, self);
  g_set_object (&self->grid, grid);
  if (grid != NULL)
    g_signal_connect_object (grid, "changed", G_CALLBACK (on_grid_changed), self,
                             G_CONNECT_SWAPPED);
  on_grid_changed (self);
}

MkResultGrid *
mk_result_matrix_view_get_grid (MkResultMatrixView *self)
{
  g_return_val_if_fail (MK_IS_RESULT_MATRIX_VIEW (self), NULL);
  return self->grid;
}

void
mk_result_matrix_view_set_show_municipality (MkResultMatrixView *self,
                                             gboolean            show)
{
  g_return_if_fail (MK_IS_RESULT_MATRIX_VIEW (self));
  if (self->show_municipality == !!show)
    return;
  self->show_municipality = !!show;
  invalidate_layout (self);
}

/* --- Size, scrolling, drawing ------------------------------------------- */

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         upper,
                      double         page,
                      double         step)
{
  double value;

  if (adjustment == NULL)
    return;
  page = MAX (page, 0);
  value = CLAMP (gtk_adjustment_get_value (adjustment), 0, MAX (upper - page, 0));
  gtk_adjustment_configure (adjustment, value, 0, MAX (upper, page), step, page * 0.9, page);
}

static void
mk_result_matrix_view_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (widget);

  mk_result_matrix_view_ensure_layout (self);
  configure_adjustment (self->hadjustment, self->layout.body_width,
                        width - self->layout.frozen_width, 40);
  configure_adjustment (self->vadjustment, self->layout.body_height,
                        height - self->layout.header_height, self->layout.row_height);
  if (self->scroll_pending)
    mk_result_matrix_view_scroll_to_cursor (self);
  self->scroll_pending = FALSE;
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
mk_result_matrix_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (widget);

  mk_result_matrix_view_ensure_layout (self);
  /* The scrolled window gives the size; the natural one is the content's. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN (self->layout.frozen_width, 200);
      *natural = self->layout.frozen_width + self->layout.body_width;
    }
  else
    {
      *minimum = self->layout.header_height + self->layout.row_height;
      *natural = self->layout.header_height + self->layout.body_height;
    }
  *natural = MAX (*natural, *minimum);
}

static void
mk_result_matrix_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (widget);
  MkMatrixDrawContext ctx = { 0 };

  if (self->grid == NULL || self->hadjustment == NULL || self->vadjustment == NULL)
    return;
  mk_result_matrix_view_ensure_layout (self);
  mk_matrix_palette_init (&self->palette, widget);
  ctx.grid = self->grid;
  ctx.layout = &self->layout;
  ctx.palette = &self->palette;
  ctx.text = self->text;
  ctx.bold = self->bold;
  ctx.hoffset = gtk_adjustment_get_value (self->hadjustment);
  ctx.voffset = gtk_adjustment_get_value (self->vadjustment);
  ctx.width = gtk_widget_get_width (widget);
  ctx.height = gtk_widget_get_height (widget);
  ctx.cursor_row = self->cursor_row;
  ctx.cursor_column = self->cursor_column;
  ctx.focused = gtk_widget_has_focus (widget);
  ctx.show_municipality = self->show_municipality;
  mk_matrix_draw (snapshot, &ctx);
}

static void
mk_result_matrix_view_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (widget);

  GTK_WIDGET_CLASS (mk_result_matrix_view_parent_class)->css_changed (widget, change);
  /* The font may have changed: new layouts, new measurements. */
  g_clear_object (&self->text);
  g_clear_object (&self->bold);
  invalidate_layout (self);
}


static void
mk_result_matrix_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_adjustment (MkResultMatrixView  *self,
                GtkAdjustment      **slot,
                GtkAdjustment       *adjustment)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, self);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  g_set_object (slot, adjustment);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
mk_result_matrix_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_result_matrix_view_dispose (GObject *object)
{
  MkResultMatrixView *self = MK_RESULT_MATRIX_VIEW (object);

  mk_result_matrix_view_detach_popover (self);
  if (self->grid != NULL)
    g_signal_handlers_disconnect_by_data (self->grid, self);
  g_clear_object (&self->grid);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->text);
  g_clear_object (&self->bold);
  G_OBJECT_CLASS (mk_result_matrix_view_parent_class)->dispose (object);
}

static void
mk_result_matrix_view_finalize (GObject *object)
{
  mk_matrix_layout_clear (&MK_RESULT_MATRIX_VIEW (object)->layout);
  G_OBJECT_CLASS (mk_result_matrix_view_parent_class)->finalize (object);
}

static void
mk_result_matrix_view_class_init (MkResultMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mk_result_matrix_view_get_property;
  object_class->set_property = mk_result_matrix_view_set_property;
  object_class->dispose = mk_result_matrix_view_dispose;
  object_class->finalize = mk_result_matrix_view_finalize;
  widget_class->measure = mk_result_matrix_view_measure;
  widget_class->size_allocate = mk_result_matrix_view_size_allocate;
  widget_class->snapshot = mk_result_matrix_view_snapshot;
  widget_class->css_changed = mk_result_matrix_view_css_changed;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[CELL_ACTIVATED] = g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[CURSOR_CHANGED] = g_signal_new ("cursor-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  mk_result_matrix_view_class_install_input (widget_class);
  gtk_widget_class_set_css_name (widget_class, "mk-result-matrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
mk_result_matrix_view_init (MkResultMatrixView *self)
{
  self->cursor_row = self->cursor_column = -1;
  mk_matrix_layout_init (&self->layout);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "view");
  mk_result_matrix_view_init_input (self);
}

void
mk_result_matrix_view_emit_activated (MkResultMatrixView *self)
{
  if (self->cursor_row >= 0)
    g_signal_emit (self, signals[CELL_ACTIVATED], 0, (guint) self->cursor_row,
                   (guint) self->cursor_column);
}
