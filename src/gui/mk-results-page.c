/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-results-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-page.h"
#include "mk-results-page-private.h"
#include "mk-store-clusters.h"
#include "mk-store-procedures.h"

static void mk_results_page_page_init (MkPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MkResultsPage, mk_results_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (MK_TYPE_PAGE, mk_results_page_page_init))

GtkWidget *
mk_results_page_new (void)
{
  return g_object_new (MK_TYPE_RESULTS_PAGE, NULL);
}

void
mk_results_page_update_count (MkResultsPage *self)
{
  guint shown = mk_result_grid_get_n_rows (self->grid);
  guint total = mk_result_grid_get_n_all_rows (self->grid);
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u school", "%u schools", total), total);
  else
    /* Translators: "5 of 43 schools"; the plural follows the total */
    text = g_strdup_printf (ngettext ("%u of %u school", "%u of %u schools", total),
                            shown, total);
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->matrix_stack,
                                    shown > 0 || total == 0 ? "matrix" : "no-match");
}

void
mk_results_page_update_actions (MkResultsPage *self)
{
  guint row;
  guint column;
  /* While the assistant imports on its own connection, nothing here may
   * write: the database is locked by its transaction. */
  gboolean free = self->store != NULL && self->assistant == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.import", free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.edit-cell",
                                 free && mk_result_matrix_view_get_cursor (self->matrix_view,
                                                                          &row, &column));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.undo-clear",
                                 free && self->can_undo_clear);
}

/* The marker rule of the school year whose clusters the calendar year's
 * results decide as the last year of the window: the results of 2022
 * count for 2022/2023 (docs/methodology.md, «Window»). */
static int
load_threshold (MkResultsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkMethodology) methodology = mk_store_load_methodology (self->store, self->year,
                                                                    &error);

  if (methodology == NULL)
    {
      g_warning ("Cannot read the methodology of %d: %s", self->year, error->message);
      return mk_setting_get_info (MK_SETTING_MARKER_THRESHOLD)->default_value;
    }
  return mk_methodology_get (methodology, MK_SETTING_MARKER_THRESHOLD);
}

/* Keeps the cursor on the same school and procedure across a reload (an
 * edit, an import, another year). */
static void
remember_cursor (MkResultsPage *self,
                 gint64        *school_id,
                 gint64        *procedure_id)
{
  guint row;
  guint column;

  *school_id = *procedure_id = 0;
  if (!mk_result_matrix_view_get_cursor (self->matrix_view, &row, &column))
    return;
  *school_id = mk_result_grid_get_row (self->grid, row)->school_id;
  *procedure_id = mk_procedure_get_id (mk_result_grid_get_column (self->grid, column));
}

void
mk_results_page_load_year (MkResultsPage *self)
{
  g_autoptr(GError) error = NULL;
  MkResultMatrix *matrix = NULL;
  gint64 school_id;
  gint64 procedure_id;
  guint row;
  guint column;

  gint64 start = g_get_monotonic_time ();

  remember_cursor (self, &school_id, &procedure_id);
  if (self->store != NULL && self->year > 0)
    {
      self->threshold = load_threshold (self);
      matrix = mk_store_get_result_matrix (self->store, self->year, self->threshold * 1000, &error);
    }
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the results"), error);
  mk_result_grid_set_matrix (self->grid, matrix);
  mk_results_page_fill_municipalities (self);
  if (school_id != 0 && mk_result_grid_find (self->grid, school_id, procedure_id, &row, &column))
    mk_result_matrix_view_set_cursor (self->matrix_view, row, column);
  mk_results_page_update_legend (self);
  mk_results_page_update_count (self);
  mk_results_page_update_actions (self);
  g_debug ("Year %d: %u schools in %.0f ms", self->year,
           mk_result_grid_get_n_all_rows (self->grid),
           (g_get_monotonic_time () - start) / 1000.0);
}

static void
reload (MkResultsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = NULL;

  if (self->store != NULL)
    years = mk_store_list_result_years (self->store, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the results"), error);
  /* The newest year is shown first time; later the year shown stays while
   * it still has results. */
  self->filling = TRUE;
  mk_year_drop_down_set_years (self->year_dropdown, years);
  self->year = mk_year_drop_down_get_year (self->year_dropdown);
  self->filling = FALSE;
  gtk_stack_set_visible_child_name (self->page_stack,
                                    years != NULL && years->len > 0 ? "matrix" : "empty");
  mk_results_page_load_year (self);
}

static void
on_store_changed (MkResultsPage *self,
                  const char    *topic,
                  MkStore       *store)
{
  reload (self);
}

static void
close_editor (MkResultsPage *self)
{
  if (self->editor != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->editor));
}

static void
mk_results_page_set_store (MkPage  *page,
                           MkStore *store)
{
  MkResultsPage *self = MK_RESULTS_PAGE (page);

  static const char *const topics[] = {
    "changed::" MK_TOPIC_RESULTS, "changed::" MK_TOPIC_SCHOOLS,
    "changed::" MK_TOPIC_PROCEDURES, "changed::" MK_TOPIC_METHODOLOGY,
    "changed::" MK_TOPIC_ALL,
  };

  g_return_if_fail (MK_IS_RESULTS_PAGE (self));
  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* An editor open on the previous database must not write into it. */
  close_editor (self);
  g_set_object (&self->store, store);
  self->can_undo_clear = FALSE;
  for (guint i = 0; store != NULL && i < G_N_ELEMENTS (topics); i++)
    g_signal_connect_object (store, topics[i], G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  self->year = 0;
  reload (self);
}

static void
mk_results_page_page_init (MkPageInterface *iface)
{
  iface->set_store = mk_results_page_set_store;
}

static void
on_cursor_changed (MkResultsPage *self)
{
  mk_results_page_update_actions (self);
}

static void
mk_results_page_dispose (GObject *object)
{
  MkResultsPage *self = MK_RESULTS_PAGE (object);

  close_editor (self);
  g_clear_weak_pointer (&self->editor);
  if (self->assistant != NULL)
    gtk_window_destroy (GTK_WINDOW (self->assistant));
  g_clear_weak_pointer (&self->assistant);
  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_RESULTS_PAGE);
  g_clear_object (&self->grid);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (mk_results_page_parent_class)->dispose (object);
}

static void
mk_results_page_class_init (MkResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_results_page_dispose;

  g_type_ensure (MK_TYPE_RESULT_MATRIX_VIEW);
  g_type_ensure (MK_TYPE_MUNICIPALITY_DROP_DOWN);
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-results-page.ui");
  g_type_ensure (MK_TYPE_YEAR_DROP_DOWN);
  gtk_widget_class_bind_template_child (widget_class, MkResultsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MkResultsPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkResultsPage, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkResultsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MkResultsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MkResultsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MkResultsPage, matrix_stack);
  gtk_widget_class_bind_template_child (widget_class, MkResultsPage, matrix_view);
  gtk_widget_class_bind_template_child (widget_class, MkResultsPage, legend_box);
  gtk_widget_class_bind_template_callback (widget_class, on_cursor_changed);
  mk_results_page_class_bind_filter_callbacks (widget_class);
  mk_results_page_class_install_actions (widget_class);
}

static void
mk_results_page_init (MkResultsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: the bin owns it, and disposing the
   * template would unparent it behind the bin's back. */
  self->page_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->grid = mk_result_grid_new ();
  self->threshold = mk_setting_get_info (MK_SETTING_MARKER_THRESHOLD)->default_value;
  mk_result_matrix_view_set_grid (self->matrix_view, self->grid);
  mk_results_page_setup_filters (self);
  gtk_stack_set_visible_child_name (self->page_stack, "empty");
  mk_results_page_update_count (self);
  mk_results_page_update_actions (self);
}
