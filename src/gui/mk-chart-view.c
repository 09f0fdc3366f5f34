/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart-view"
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mk-chart-private.h"  /* the chart's background colour */
#include "mk-chart-view.h"

struct _MkChartView
{
  GtkWidget      parent_instance;

  MkChartData   *data;
  MkChartLayout *layout;         /* at layout_width × layout_height */
  int            layout_width;
  int            layout_height;
  GtkWidget     *menu_button;
  GtkWidget     *context_menu;   /* the same menu at the pointer */
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MkChartView, mk_chart_view, GTK_TYPE_WIDGET)

GtkWidget *
mk_chart_view_new (void)
{
  return g_object_new (MK_TYPE_CHART_VIEW, NULL);
}

static MkChartStyle
current_style (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
         ? MK_CHART_DARK : MK_CHART_LIGHT;
}

static void
update_description (MkChartView *self)
{
  g_autofree char *text = self->data != NULL ? mk_chart_describe (self->data) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->data != NULL ? self->data->title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : "",
                                  -1);
}

void
mk_chart_view_set_data (MkChartView *self,
                        MkChartData *data)
{
  g_return_if_fail (MK_IS_CHART_VIEW (self));

  g_clear_pointer (&self->data, mk_chart_data_free);
  g_clear_pointer (&self->layout, mk_chart_layout_free);
  self->data = data;
  update_description (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save", data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.table", data != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const MkChartData *
mk_chart_view_get_data (MkChartView *self)
{
  g_return_val_if_fail (MK_IS_CHART_VIEW (self), NULL);
  return self->data;
}

/* The chart leaves a strip on the right for the menu button, which would
 * otherwise cover the end of the title. */
static int
chart_width (MkChartView *self)
{
  int strip = gtk_widget_get_width (self->menu_button) + 4;

  return gtk_widget_get_width (GTK_WIDGET (self)) - strip;
}

/* The layout for the current size; measured on a scratch surface when
 * nothing has been drawn at this size yet (a hover before the frame). */
static const MkChartLayout *
ensure_layout (MkChartView    *self,
               MkChartContext *ctx)
{
  int width = chart_width (self);
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autoptr(MkChartContext) scratch = NULL;

  if (self->data == NULL || width <= 0 || height <= 0)
    return NULL;
  if (self->layout != NULL && width == self->layout_width && height == self->layout_height)
    return self->layout;
  if (ctx == NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *cr = cairo_create (surface);

      ctx = scratch = mk_chart_context_new (cr, current_style (), 0);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  g_clear_pointer (&self->layout, mk_chart_layout_free);
  self->layout = mk_chart_layout_new (ctx, self->data, width, height);
  self->layout_width = width;
  self->layout_height = height;
  return self->layout;
}

static void
mk_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MkChartView *self = MK_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->data != NULL && chart_width (self) > 0 && height > 0)
    {
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      g_autoptr(MkChartContext) ctx = mk_chart_context_new (cr, current_style (), 0);
      const MkChartLayout *layout = ensure_layout (self, ctx);

      mk_chart_draw (ctx, self->data, layout);
      /* The strip of the menu button in the chart's background. */
      mk_chart_set_color (cr, mk_chart_role_color (ctx->style, MK_COLOR_BACKGROUND));
      cairo_rectangle (cr, chart_width (self), 0, width - chart_width (self), height);
      cairo_fill (cr);
      cairo_destroy (cr);
    }
  gtk_widget_snapshot_child (widget, self->menu_button, snapshot);
}

static void
mk_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  MkChartView *self = MK_CHART_VIEW (widget);
  int button_min = 0, button_nat = 0;

  gtk_widget_measure (self->menu_button, orientation, -1,
                      &button_min, &button_nat, NULL, NULL);
  *minimum = MAX (button_min, orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 200);
  *natural = MAX (*minimum, orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 300);
}

/* The menu button sits in the top right corner, over the title's row. */
static void
mk_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  MkChartView *self = MK_CHART_VIEW (widget);
  GtkRequisition size;

  gtk_widget_get_preferred_size (self->menu_button, NULL, &size);
  gtk_widget_size_allocate (self->menu_button,
                            &(GtkAllocation) { MAX (0, width - size.width - 4), 4,
                                               size.width, size.height }, -1);
  gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static char *
single_line (const char *text)
{
  return g_strdelimit (g_strdup (text != NULL ? text : ""), "\n", ' ');
}

char *
mk_chart_view_dup_tooltip (MkChartView *self,
                           double       x,
                           double       y)
{
  const MkChartLayout *layout = ensure_layout (self, NULL);
  int s, c;
  MkChartSeries *series;
  g_autofree char *category = NULL;
  g_autofree char *value = NULL;
  const char *note;

  if (layout == NULL || !mk_chart_hit_test (self->data, layout, x, y, &s, &c) || c < 0)
    return NULL;
  series = self->data->series->pdata[s];
  category = single_line (self->data->categories->pdata[c]);
  value = mk_chart_format_number (mk_chart_data_get (self->data, s, c),
                                  self->data->integral ? 0 : 1);
  note = series->notes != NULL && (guint) c < series->notes->len ? series->notes->pdata[c] : "";
  /* Translators: a chart's hover text: "<series> · <category>: <value>" */
  return g_strdup_printf (_("%s · %s: %s%s%s"), series->name, category, value,
                          note != NULL && *note != '\0' ? "\n" : "", note != NULL ? note : "");
}

static gboolean
on_query_tooltip (MkChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  g_autofree char *text = keyboard ? NULL : mk_chart_view_dup_tooltip (self, x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

gboolean
mk_chart_view_activate_at (MkChartView *self,
                           double       x,
                           double       y)
{
  const MkChartLayout *layout;
  int series, category;

  g_return_val_if_fail (MK_IS_CHART_VIEW (self), FALSE);
  layout = ensure_layout (self, NULL);
  if (layout == NULL || !mk_chart_hit_test (self->data, layout, x, y, &series, &category) ||
      category < 0)
    return FALSE;
  g_signal_emit (self, signals[ACTIVATED], 0, series, category);
  return TRUE;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   MkChartView     *self)
{
  mk_chart_view_activate_at (self, x, y);
}

static void
on_secondary_pressed (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      MkChartView     *self)
{
  if (self->data == NULL)
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

GdkTexture *
mk_chart_view_render_texture (MkChartView *self)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 480);
  int height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 300);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  int stride = cairo_image_surface_get_stride (surface);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(MkChartContext) ctx = mk_chart_context_new (cr, MK_CHART_LIGHT, 0);
  g_autoptr(MkChartLayout) layout = mk_chart_layout_new (ctx, self->data, width, height);
  g_autoptr(GBytes) bytes = NULL;

  mk_chart_draw (ctx, self->data, layout);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  g_clear_pointer (&ctx, mk_chart_context_free);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  /* Cairo's ARGB32 is premultiplied in native order: GDK's default. */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
on_dark_changed (MkChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
mk_chart_view_dispose (GObject *object)
{
  MkChartView *self = MK_CHART_VIEW (object);

  g_clear_pointer (&self->menu_button, gtk_widget_unparent);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  G_OBJECT_CLASS (mk_chart_view_parent_class)->dispose (object);
}

static void
mk_chart_view_finalize (GObject *object)
{
  MkChartView *self = MK_CHART_VIEW (object);

  g_clear_pointer (&self->layout, mk_chart_layout_free);
  g_clear_pointer (&self->data, mk_chart_data_free);
  G_OBJECT_CLASS (mk_chart_view_parent_class)->finalize (object);
}

static void
mk_chart_view_class_init (MkChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_chart_view_dispose;
  object_class->finalize = mk_chart_view_finalize;
  widget_class->snapshot = mk_chart_view_snapshot;
  widget_class->measure = mk_chart_view_measure;
  widget_class->size_allocate = mk_chart_view_size_allocate;

  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);
  mk_chart_view_class_install_actions (widget_class);
  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mk_chart_view_init (MkChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  g_autoptr(GMenuModel) menu = mk_chart_view_menu_new ();

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), menu);
  gtk_widget_set_tooltip_text (self->menu_button, _("Chart Menu"));
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  self->context_menu = gtk_popover_menu_new_from_model (menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
  mk_chart_view_set_data (self, NULL);
}
