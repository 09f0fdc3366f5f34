/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-matrix"
#include "config.h"

#include <adwaita.h>

#include "mk-result-matrix-view-private.h"

#include "mk-store-procedures.h"
#include "mk-test-gui.h"
#include "mk-test-util.h"

/* The results matrix view at national scale: 40,000 schools drawn a
 * screen at a time, the cursor, hit-testing. A display test, run as
 * test-gui-results.c is. */

/* A synthetic year of 40,000 schools: the view draws only what shows, and
 * a frame anywhere in it stays well within a frame's time. */
static void
free_row (gpointer data)
{
  MkResultMatrixRow *row = data;

  g_free (row->municipality);
  g_free (row->school);
  g_free (row->cells);
  g_free (row);
}

static MkResultMatrix *
big_matrix (MkStore *store,
            guint    n_rows)
{
  MkResultMatrix *matrix = g_new0 (MkResultMatrix, 1);
  guint n_columns;

  matrix->year = 2022;
  matrix->procedures = mk_store_list_procedures (store, NULL);
  matrix->rows = g_ptr_array_new_with_free_func (free_row);
  n_columns = g_list_model_get_n_items (matrix->procedures);
  for (guint i = 0; i < n_rows; i++)
    {
      MkResultMatrixRow *row = g_new0 (MkResultMatrixRow, 1);

      row->school_id = i + 1;
      row->municipality = g_strdup_printf ("Район %u", i / 1000);
      row->school = g_strdup_printf ("СШ № %u", i % 1000 + 1);
      row->cells = g_new0 (MkResultCell, n_columns);
      for (guint j = 0; j < n_columns; j++)
        {
          MkResultCell *cell = &row->cells[j];

          cell->present = (i + j) % 7 != 0;
          cell->participants = 20 + (i + j) % 11;
          cell->low = (i * 7 + j * 3) % 12;
          cell->low_share = 100000 * cell->low / cell->participants;
          cell->marker = cell->low_share >= 30000;
          cell->non_objective = (i + j) % 13 == 0;
          row->n_markers += cell->present && cell->marker;
        }
      g_ptr_array_add (matrix->rows, row);
    }
  return matrix;
}

/* The texts a frame draws, one node per run of text. */
static guint
count_texts (GskRenderNode *node)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_TEXT_NODE:
      return 1;
    case GSK_CONTAINER_NODE:
      {
        guint n = 0;
        for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
          n += count_texts (gsk_container_node_get_child (node, i));
        return n;
      }
    case GSK_TRANSFORM_NODE:
      return count_texts (gsk_transform_node_get_child (node));
    case GSK_CLIP_NODE:
      return count_texts (gsk_clip_node_get_child (node));
    case GSK_ROUNDED_CLIP_NODE:
      return count_texts (gsk_rounded_clip_node_get_child (node));
    case GSK_OPACITY_NODE:
      return count_texts (gsk_opacity_node_get_child (node));
    case GSK_COLOR_MATRIX_NODE:
      return count_texts (gsk_color_matrix_node_get_child (node));
    case GSK_DEBUG_NODE:
      return count_texts (gsk_debug_node_get_child (node));
    default:
      return 0;
    }
}

/* What a frame costs in ms: the nodes, and their rendering; N_TEXTS is
 * how many texts it drew. */
static double
time_frame (GtkWidget *view,
            guint     *n_texts)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  gint64 start = g_get_monotonic_time ();

  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (view));
  g_autoptr(GdkTexture) texture = NULL;

  /* What a frame costs: the nodes, and their rendering. */
  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  *n_texts = count_texts (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (view),
                                                              gtk_widget_get_height (view)));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
test_big (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "big.db", NULL);
  g_autoptr(MkStore) store = mk_store_open (path, NULL);
  g_autoptr(MkResultGrid) grid = mk_result_grid_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  MkResultMatrixView *view = MK_RESULT_MATRIX_VIEW (mk_result_matrix_view_new ());
  GtkScrollable *scrollable = GTK_SCROLLABLE (view);
  MkMatrixLayout layout_of_view;
  const MkMatrixLayout *layout = &layout_of_view;
  g_autoptr(PangoLayout) pango = NULL;
  GtkAdjustment *vadjustment;
  GdkRectangle rect;
  double worst = 0;
  guint n_texts;
  guint n_columns;
  guint row;
  guint column;

  g_assert_nonnull (store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (view));
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  mk_result_matrix_view_set_grid (view, grid);
  gtk_window_present (GTK_WINDOW (window));
  /* The matrix as the store would give it; the grid frees it. */
  mk_result_grid_set_matrix (grid, big_matrix (store, 40000));
  mk_test_gui_spin ();
  /* The geometry the view computes, with the view's font. */
  pango = gtk_widget_create_pango_layout (GTK_WIDGET (view), NULL);
  mk_matrix_layout_init (&layout_of_view);
  mk_matrix_layout_compute (&layout_of_view, grid, pango, FALSE);
  n_columns = mk_result_grid_get_n_columns (grid);
  g_assert_cmpint (layout->body_height, ==, 40000 * layout->row_height);
  vadjustment = gtk_scrollable_get_vadjustment (scrollable);
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), ==, layout->body_height);

  for (guint i = 0; i <= 10; i++)
    {
      gtk_adjustment_set_value (vadjustment, (gtk_adjustment_get_upper (vadjustment) -
                                              gtk_adjustment_get_page_size (vadjustment)) * i / 10);
      worst = MAX (worst, time_frame (GTK_WIDGET (view), &n_texts));
      g_test_message ("texts drawn: %u", n_texts);
      /* A screen of rows, not the 40,000. */
      g_assert_cmpuint (n_texts, <, 60 * (n_columns + 2));
    }
  g_test_message ("slowest frame of 40,000 rows: %.1f ms", worst);
  g_assert_cmpfloat (worst, <, 100);

  /* The cursor scrolls into view, and a click on its cell hits it. */
  mk_result_matrix_view_set_cursor (view, 25000, 3);
  mk_test_gui_spin ();
  mk_matrix_cell_rect (layout, gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (scrollable)),
                       gtk_adjustment_get_value (vadjustment), 25000, 3, &rect);
  g_assert_cmpint (rect.y, >=, layout->header_height);
  g_assert_cmpint (rect.y + rect.height, <=, gtk_widget_get_height (GTK_WIDGET (view)));
  g_assert_cmpint (mk_matrix_hit_test (layout, 40000,
                                       gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (scrollable)),
                                       gtk_adjustment_get_value (vadjustment),
                                       rect.x + 2, rect.y + 2, &row, &column),
                   ==, MK_MATRIX_CELL);
  g_assert_cmpuint (row, ==, 25000);
  g_assert_cmpuint (column, ==, 3);
  g_assert_cmpint (mk_matrix_hit_test (layout, 40000, 0, 0, 2, 2, &row, &column), ==, MK_MATRIX_CORNER);
  g_assert_cmpint (mk_matrix_hit_test (layout, 40000, 0, 0, 2, layout->header_height + 1,
                                       &row, &column), ==, MK_MATRIX_NAME);

  mk_matrix_layout_clear (&layout_of_view);
  gtk_window_destroy (GTK_WINDOW (window));
  mk_test_gui_spin ();
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui/matrix/40000-schools", test_big);

  return g_test_run ();
}
