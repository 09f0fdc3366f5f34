/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-results-page-filter"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-list-filter.h"
#include "mk-result-matrix-view-private.h"
#include "mk-results-page-private.h"

/* The year, municipality and kind dropdowns, the search, and the legend
 * of the results page. The filters themselves live in MkResultGrid. */

/* The kinds of the dropdown after «All kinds»: the names the sources
 * use, not words to translate. */

static void
apply_filters (MkResultsPage *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint n_municipalities = mk_municipality_drop_down_get_n_names (self->municipality_dropdown);
  const char *name = mk_municipality_drop_down_get_municipality (self->municipality_dropdown);

  mk_result_grid_set_municipality (self->grid, name);
  mk_result_grid_set_kind (self->grid, kind != GTK_INVALID_LIST_POSITION && kind > 0
                                       ? mk_procedure_kind_name (kind - 1) : NULL);
  /* Names repeat across municipalities («СШ № 1»): say whose it is. */
  mk_result_matrix_view_set_show_municipality (self->matrix_view,
                                               name == NULL && n_municipalities > 1);
  mk_results_page_update_count (self);
  mk_results_page_update_actions (self);
}

static void
on_filter_changed (MkResultsPage *self)
{
  if (!self->filling)
    apply_filters (self);
}

static void
on_year_selected (MkResultsPage *self)
{
  int year = mk_year_drop_down_get_year (self->year_dropdown);

  if (self->filling || year == 0)
    return;
  self->year = year;
  mk_results_page_load_year (self);
}

static void
on_search_changed (MkResultsPage  *self,
                   GtkSearchEntry *entry)
{
  mk_result_grid_set_search (self->grid, gtk_editable_get_text (GTK_EDITABLE (entry)));
  mk_results_page_update_count (self);
  mk_results_page_update_actions (self);
}

static void
on_stop_search (MkResultsPage  *self,
                GtkSearchEntry *entry)
{
  mk_search_entry_stop (entry, GTK_WIDGET (self->matrix_view));
}

void
mk_results_page_fill_municipalities (MkResultsPage *self)
{
  g_auto(GStrv) names = mk_result_grid_dup_municipalities (self->grid);

  self->filling = TRUE;
  mk_municipality_drop_down_set_names (self->municipality_dropdown, (const char *const *) names);
  self->filling = FALSE;
  apply_filters (self);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  MkMatrixPalette palette;

  mk_matrix_palette_init (&palette, GTK_WIDGET (area));
  mk_matrix_draw_swatch (cr, &palette, GPOINTER_TO_INT (data), width, height);
}

static GtkLabel *
add_legend_item (MkResultsPage  *self,
                 MkMatrixSwatch  swatch,
                 const char     *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 28);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 16);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch,
                                  GINT_TO_POINTER (swatch), NULL);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), label);
  /* A flow box, so that the legend wraps in a narrow window instead of
   * widening it. */
  gtk_flow_box_append (self->legend_box, box);
  gtk_widget_set_focusable (gtk_widget_get_parent (box), FALSE);
  return GTK_LABEL (label);
}

void
mk_results_page_update_legend (MkResultsPage *self)
{
  g_autofree char *text = NULL;

  /* Translators: the legend of a marker cell; %d is the threshold, 30 */
  text = g_strdup_printf (_("Marker: %d %% or more got «2» or did not pass the threshold"),
                          self->threshold);
  gtk_label_set_text (self->marker_legend, text);
}

static void
setup_legend (MkResultsPage *self)
{
  self->marker_legend = add_legend_item (self, MK_MATRIX_SWATCH_MARKER, NULL);
  add_legend_item (self, MK_MATRIX_SWATCH_NON_OBJECTIVE, _("Non-objective results («Необ.»)"));
  add_legend_item (self, MK_MATRIX_SWATCH_RESULT, _("Share of low results, %; «Н»: a mark without numbers"));
  add_legend_item (self, MK_MATRIX_SWATCH_EMPTY, _("No data"));
  mk_results_page_update_legend (self);
}

static void
setup_string_dropdown (GtkDropDown   *dropdown,
                       GtkStringList *list)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
}

void
mk_results_page_setup_filters (MkResultsPage *self)
{
  g_autoptr(GtkStringList) kind_list = gtk_string_list_new (NULL);

  self->filling = TRUE;
  gtk_string_list_append (kind_list, _("All kinds"));
  for (MkProcedureKind k = 0; k < MK_N_KINDS; k++)
    gtk_string_list_append (kind_list, mk_procedure_kind_name (k));
  setup_string_dropdown (self->kind_dropdown, kind_list);
  self->filling = FALSE;
  setup_legend (self);
}

void
mk_results_page_class_bind_filter_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
}

gboolean
mk_results_page_show_results (MkResultsPage *self,
                              int            year,
                              const char    *municipality,
                              const char    *kind,
                              const char    *search)
{
  gboolean offered;
  guint selected = 0;

  g_return_val_if_fail (MK_IS_RESULTS_PAGE (self), FALSE);

  offered = mk_year_drop_down_set_year (self->year_dropdown, year);
  mk_municipality_drop_down_set_municipality (self->municipality_dropdown, municipality);
  for (MkProcedureKind i = 0; kind != NULL && i < MK_N_KINDS; i++)
    if (g_str_equal (mk_procedure_kind_name (i), kind))
      selected = i + 1;
  gtk_drop_down_set_selected (self->kind_dropdown, selected);
  /* The entry's own signal waits a moment after typing; apply at once. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  on_search_changed (self, self->search_entry);
  return offered;
}
