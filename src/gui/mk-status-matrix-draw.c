/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-status-matrix"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-result-matrix-view-private.h"
#include "mk-status-matrix-view-private.h"

int
mk_status_matrix_column_x (guint column)
{
  return MK_STATUS_CODE_WIDTH + MK_STATUS_TITLE_WIDTH + (int) column * MK_STATUS_CELL_WIDTH;
}

static void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      int            x,
      int            y,
      int            width,
      int            height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

/* TEXT in the box X, Y, WIDTH × HEIGHT: at most LINES lines, ellipsized,
 * centred when CENTER, bold when BOLD. */
static void
draw_text (MkStatusMatrixView *self,
           GtkSnapshot        *snapshot,
           const GdkRGBA      *color,
           const char         *text,
           int                 x,
           int                 y,
           int                 width,
           int                 height,
           int                 lines,
           gboolean            center,
           gboolean            bold)
{
  PangoLayout *layout = self->text;
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  int text_height;

  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (width - 8) * PANGO_SCALE);
  pango_layout_set_height (layout, -lines);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, center ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 4, y + (height - text_height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Okabe–Ito colours, light enough to read dark text on: bluish green for
 * «да», vermillion for «нет», orange for «частично», grey for «не
 * требуется»; «нет данных» has no fill and its letters dimmed. */
static gboolean
status_fill (MkItemStatus  status,
             GdkRGBA      *color)
{
  static const char *const fills[MK_N_ITEM_STATUSES] = {
    NULL, "rgba(0,158,115,0.28)", "rgba(213,94,0,0.30)", "rgba(230,159,0,0.30)",
    "rgba(128,128,128,0.22)",
  };

  return fills[status] != NULL && gdk_rgba_parse (color, fills[status]);
}

/* «12 из 35»: done of the cells that take a status. */
static char *
count_text (MkStatusCount count)
{
  /* Translators: done of all, in the status matrix: «12 из 35» */
  return count.cells > 0 ? g_strdup_printf (_("%u of %u"), count.done, count.cells) : g_strdup ("");
}

static void
draw_header (MkStatusMatrixView    *self,
             GtkSnapshot           *snapshot,
             const MkMatrixPalette *palette,
             int                    width)
{
  guint n = mk_status_table_n_columns (self->table);

  fill (snapshot, &palette->header_bg, 0, 0, width, MK_STATUS_HEADER_HEIGHT);
  draw_text (self, snapshot, &palette->fg, "№", 0, 0, MK_STATUS_CODE_WIDTH,
             MK_STATUS_HEADER_HEIGHT, 1, FALSE, TRUE);
  draw_text (self, snapshot, &palette->fg, _("Measure"), MK_STATUS_CODE_WIDTH, 0,
             MK_STATUS_TITLE_WIDTH, MK_STATUS_HEADER_HEIGHT, 1, FALSE, TRUE);
  for (guint c = 0; c < n; c++)
    {
      const MkRoadmapSchool *school = mk_status_table_get_school (self->table, c);
      MkStatusCount count = mk_status_table_count_column (self->table, c);
      int x = mk_status_matrix_column_x (c);

      /* A school that has reported nothing stands out. */
      if (count.reported == 0 && count.cells > 0)
        fill (snapshot, &palette->marker_fill, x, MK_STATUS_HEADER_HEIGHT - 4,
              MK_STATUS_CELL_WIDTH, 4);
      draw_text (self, snapshot, school->member ? &palette->fg : &palette->dim, school->name,
                 x, 0, MK_STATUS_CELL_WIDTH, MK_STATUS_HEADER_HEIGHT, 2, TRUE, TRUE);
    }
  draw_text (self, snapshot, &palette->fg, _("Done"), mk_status_matrix_column_x (n), 0,
             MK_STATUS_COUNT_WIDTH, MK_STATUS_HEADER_HEIGHT, 2, TRUE, TRUE);
}

static void
draw_cell (MkStatusMatrixView    *self,
           GtkSnapshot           *snapshot,
           const MkMatrixPalette *palette,
           guint                  row,
           guint                  column,
           int                    y)
{
  const MkItemReport *report = mk_status_table_get (self->table, row, column);
  MkItemStatus status = report != NULL ? report->status : MK_STATUS_UNKNOWN;
  int x = mk_status_matrix_column_x (column);
  GdkRGBA color;

  if (!mk_status_table_takes_status (self->table, row))
    return;
  if (status_fill (status, &color))
    fill (snapshot, &color, x + 1, y + 1, MK_STATUS_CELL_WIDTH - 2, MK_STATUS_ROW_HEIGHT - 2);
  draw_text (self, snapshot, status == MK_STATUS_UNKNOWN ? &palette->dim : &palette->fg,
             status == MK_STATUS_UNKNOWN ? _("n/a") : mk_item_status_official (status),
             x, y, MK_STATUS_CELL_WIDTH, MK_STATUS_ROW_HEIGHT, 1, TRUE, FALSE);
  /* Information given beyond the status: a dot in the corner. */
  if (report != NULL && *report->information != '\0')
    fill (snapshot, &palette->non_objective, x + MK_STATUS_CELL_WIDTH - 7, y + 3, 4, 4);
}

static void
draw_row (MkStatusMatrixView    *self,
          GtkSnapshot           *snapshot,
          const MkMatrixPalette *palette,
          guint                  row,
          int                    width)
{
  MkRoadmapItem *item = mk_status_table_get_item (self->table, row);
  gboolean bold = mk_roadmap_item_get_heading (item);
  int y = MK_STATUS_HEADER_HEIGHT + (int) row * MK_STATUS_ROW_HEIGHT;
  guint n = mk_status_table_n_columns (self->table);
  g_autofree char *done = count_text (mk_status_table_count_row (self->table, row));

  if ((int) row == self->cursor_row)
    fill (snapshot, &palette->cursor_band, 0, y, width, MK_STATUS_ROW_HEIGHT);
  draw_text (self, snapshot, &palette->fg, mk_roadmap_item_get_code (item), 0, y,
             MK_STATUS_CODE_WIDTH, MK_STATUS_ROW_HEIGHT, 1, FALSE, bold);
  draw_text (self, snapshot, &palette->fg, mk_roadmap_item_get_text (item, MK_ITEM_TITLE),
             MK_STATUS_CODE_WIDTH, y, MK_STATUS_TITLE_WIDTH, MK_STATUS_ROW_HEIGHT, 1, FALSE, bold);
  for (guint c = 0; c < n; c++)
    draw_cell (self, snapshot, palette, row, c, y);
  draw_text (self, snapshot, &palette->dim, done, mk_status_matrix_column_x (n), y,
             MK_STATUS_COUNT_WIDTH, MK_STATUS_ROW_HEIGHT, 1, TRUE, FALSE);
  fill (snapshot, &palette->line, 0, y + MK_STATUS_ROW_HEIGHT - 1, width, 1);
}

static void
draw_footer (MkStatusMatrixView    *self,
             GtkSnapshot           *snapshot,
             const MkMatrixPalette *palette,
             int                    width)
{
  guint n = mk_status_table_n_columns (self->table);
  int y = MK_STATUS_HEADER_HEIGHT + (int) mk_status_table_n_rows (self->table) * MK_STATUS_ROW_HEIGHT;
  g_autofree char *all = count_text (mk_status_table_count_all (self->table));

  fill (snapshot, &palette->header_bg, 0, y, width, MK_STATUS_ROW_HEIGHT);
  draw_text (self, snapshot, &palette->fg, _("Done, «да» or «не требуется»"), MK_STATUS_CODE_WIDTH,
             y, MK_STATUS_TITLE_WIDTH, MK_STATUS_ROW_HEIGHT, 1, FALSE, TRUE);
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *done = count_text (mk_status_table_count_column (self->table, c));
      draw_text (self, snapshot, &palette->fg, done, mk_status_matrix_column_x (c), y,
                 MK_STATUS_CELL_WIDTH, MK_STATUS_ROW_HEIGHT, 1, TRUE, FALSE);
    }
  draw_text (self, snapshot, &palette->fg, all, mk_status_matrix_column_x (n), y,
             MK_STATUS_COUNT_WIDTH, MK_STATUS_ROW_HEIGHT, 1, TRUE, TRUE);
}

static void
draw_cursor (MkStatusMatrixView    *self,
             GtkSnapshot           *snapshot,
             const MkMatrixPalette *palette)
{
  int x = mk_status_matrix_column_x ((guint) self->cursor_column);
  int y = MK_STATUS_HEADER_HEIGHT + self->cursor_row * MK_STATUS_ROW_HEIGHT;
  GdkRGBA color = palette->fg;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4];
  GskRoundedRect outline;

  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    color.alpha *= 0.5f;
  for (guint i = 0; i < 4; i++)
    colors[i] = color;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, MK_STATUS_CELL_WIDTH,
                                                                  MK_STATUS_ROW_HEIGHT), 0);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

void
mk_status_matrix_view_snapshot_cells (MkStatusMatrixView *self,
                                      GtkSnapshot        *snapshot)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  MkMatrixPalette palette;

  if (self->table == NULL)
    return;
  mk_matrix_palette_init (&palette, GTK_WIDGET (self));
  fill (snapshot, &palette.bg, 0, 0, width, gtk_widget_get_height (GTK_WIDGET (self)));
  draw_header (self, snapshot, &palette, width);
  for (guint row = 0; row < mk_status_table_n_rows (self->table); row++)
    draw_row (self, snapshot, &palette, row, width);
  draw_footer (self, snapshot, &palette, width);
  if (self->cursor_row >= 0)
    draw_cursor (self, snapshot, &palette);
}
