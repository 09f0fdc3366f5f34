/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-result-matrix"
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mk-result-matrix-view-private.h"

/* Geometry, hit-testing and colours of the matrix: plain functions of the
 * layout, kept apart from drawing so that a click and a frame agree. */

#define PAD_X        8
#define PAD_Y        5
#define MIN_NAME     140
#define MAX_NAME     360
#define MIN_COLUMN   52

void
mk_matrix_layout_init (MkMatrixLayout *layout)
{
  memset (layout, 0, sizeof *layout);
  layout->column_x = g_array_new (FALSE, TRUE, sizeof (int));
}

void
mk_matrix_layout_clear (MkMatrixLayout *layout)
{
  g_clear_pointer (&layout->column_x, g_array_unref);
}

static int
text_width (PangoLayout *pango,
            const char  *text)
{
  int width = 0;

  pango_layout_set_text (pango, text, -1);
  pango_layout_get_pixel_size (pango, &width, NULL);
  return width;
}

/* Measuring every name of 40,000 schools would take a noticeable part of
 * a second; the longest by characters is measured instead, which a
 * proportional font rarely gets wrong by more than a few pixels. */
static int
name_width (MkResultGrid *grid,
            PangoLayout  *pango,
            gboolean      show_municipality)
{
  g_autofree char *longest = NULL;
  glong longest_chars = 0;

  for (guint i = 0; i < mk_result_grid_get_n_rows (grid); i++)
    {
      const MkResultMatrixRow *row = mk_result_grid_get_row (grid, i);
      glong chars = g_utf8_strlen (row->school, -1);

      if (show_municipality)
        chars += g_utf8_strlen (row->municipality, -1) + 3;
      if (chars > longest_chars)
        {
          longest_chars = chars;
          g_free (longest);
          longest = show_municipality ? g_strdup_printf ("%s · %s", row->school, row->municipality)
                                      : g_strdup (row->school);
        }
    }
  if (longest == NULL)
    return MIN_NAME;
  return CLAMP (text_width (pango, longest) + 2 * PAD_X, MIN_NAME, MAX_NAME);
}

const char *
mk_matrix_code_rest (MkProcedure *procedure)
{
  const char *code = mk_procedure_get_code (procedure);
  const char *kind = mk_procedure_get_kind (procedure);
  gsize kind_len = strlen (kind);

  if (g_str_has_prefix (code, kind) && code[kind_len] == ' ')
    return code + kind_len + 1;
  return code;
}

static void
compute_columns (MkMatrixLayout *layout,
                 MkResultGrid   *grid,
                 PangoLayout    *pango)
{
  int cell = MAX (text_width (pango, "100,0"), text_width (pango, "Необ."));
  int x = 0;

  g_array_set_size (layout->column_x, 0);
  for (guint j = 0; j < mk_result_grid_get_n_columns (grid); j++)
    {
      MkProcedure *procedure = mk_result_grid_get_column (grid, j);
      int width = MAX (cell, text_width (pango, mk_procedure_get_kind (procedure)));

      width = MAX (width, text_width (pango, mk_matrix_code_rest (procedure)));
      g_array_append_val (layout->column_x, x);
      x += MAX (width + 2 * PAD_X, MIN_COLUMN);
    }
  g_array_append_val (layout->column_x, x);
  layout->body_width = x;
}

void
mk_matrix_layout_compute (MkMatrixLayout *layout,
                          MkResultGrid   *grid,
                          PangoLayout    *pango,
                          gboolean        show_municipality)
{
  int line_height = 0;

  pango_layout_set_width (pango, -1);
  pango_layout_set_attributes (pango, NULL);
  pango_layout_set_text (pango, "Нд0", -1);
  pango_layout_get_pixel_size (pango, NULL, &line_height);
  layout->row_height = MAX (line_height + 2 * PAD_Y, 24);
  layout->header_height = 2 * line_height + 3 * PAD_Y;
  layout->name_width = name_width (grid, pango, show_municipality);
  /* Translators: heading of the column with the number of markers */
  layout->count_width = MAX (text_width (pango, _("Markers")), text_width (pango, "30")) + 2 * PAD_X;
  layout->frozen_width = layout->name_width + layout->count_width;
  compute_columns (layout, grid, pango);
  layout->body_height = (int) mk_result_grid_get_n_rows (grid) * layout->row_height;
}

/* The column under body X, by bisection: widths differ per column. */
static gboolean
find_column (const MkMatrixLayout *layout,
             double                x,
             guint                *column)
{
  guint n = layout->column_x->len;
  guint low = 0;
  guint high;

  if (n < 2 || x < 0 || x >= g_array_index (layout->column_x, int, n - 1))
    return FALSE;
  high = n - 1;
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (x < g_array_index (layout->column_x, int, middle))
        high = middle;
      else
        low = middle;
    }
  *column = low;
  return TRUE;
}

MkMatrixRegion
mk_matrix_hit_test (const MkMatrixLayout *layout,
                    guint                 n_rows,
                    double                hoffset,
                    double                voffset,
                    double                x,
                    double                y,
                    guint                *row,
                    guint                *column)
{
  double body_x = x - layout->frozen_width + hoffset;
  double body_y = y - layout->header_height + voffset;

  if (x < 0 || y < 0)
    return MK_MATRIX_NONE;
  if (y < layout->header_height)
    {
      if (x < layout->frozen_width)
        return MK_MATRIX_CORNER;
      return find_column (layout, body_x, column) ? MK_MATRIX_HEADER : MK_MATRIX_NONE;
    }
  if (body_y < 0 || body_y >= (double) n_rows * layout->row_height)
    return MK_MATRIX_NONE;
  *row = (guint) (body_y / layout->row_height);
  if (x < layout->frozen_width)
    return MK_MATRIX_NAME;
  return find_column (layout, body_x, column) ? MK_MATRIX_CELL : MK_MATRIX_NONE;
}

void
mk_matrix_cell_rect (const MkMatrixLayout *layout,
                     double                hoffset,
                     double                voffset,
                     guint                 row,
                     guint                 column,
                     GdkRectangle         *rect)
{
  int left = g_array_index (layout->column_x, int, column);

  rect->x = layout->frozen_width + left - (int) hoffset;
  rect->y = layout->header_height + (int) row * layout->row_height - (int) voffset;
  rect->width = g_array_index (layout->column_x, int, column + 1) - left;
  rect->height = layout->row_height;
}

static void
rgba_from_hex (GdkRGBA    *rgba,
               const char *hex)
{
  gdk_rgba_parse (rgba, hex);
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback,
              GdkRGBA         *rgba)
{
  if (!gtk_style_context_lookup_color (context, name, rgba))
    rgba_from_hex (rgba, fallback);
}

void
mk_matrix_palette_init (MkMatrixPalette *palette,
                        GtkWidget       *widget)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  gtk_style_context_get_color (context, &palette->fg);
  palette->dim = palette->fg;
  palette->dim.alpha *= 0.55f;
  palette->line = palette->fg;
  palette->line.alpha *= 0.13f;
  palette->cursor_band = palette->fg;
  palette->cursor_band.alpha *= 0.06f;
  lookup_color (context, "view_bg_color", dark ? "#1e1e1e" : "#ffffff", &palette->bg);
  lookup_color (context, "headerbar_bg_color", dark ? "#303030" : "#ebebeb", &palette->header_bg);
  /* Okabe–Ito vermillion and blue; the blue is lightened on a dark
   * background, where the dark one would vanish. */
  rgba_from_hex (&palette->marker_fill, "#D55E00");
  rgba_from_hex (&palette->marker_text, "#ffffff");
  rgba_from_hex (&palette->non_objective, dark ? "#56B4E9" : "#0072B2");
}
