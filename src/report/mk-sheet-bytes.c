/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-sheet-bytes.h"

/* Version 1: name, styles (from id 1), cells, merges, keeps, column
 * widths, row heights, page. */
#define SHEET_TYPE "(ysa(uuuuuu)a(uuuusdu)a(uuuu)a(uuuu)a(ud)a(ud)(ubddddii))"
#define SHEET_VERSION 1

static GVariant *
styles_variant (MkSheet *sheet)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(uuuuuu)"));
  for (guint i = 1; i < mk_sheet_get_n_styles (sheet); i++)
    {
      const MkSheetStyle *s = mk_sheet_get_style (sheet, i);

      g_variant_builder_add (&b, "(uuuuuu)", s->flags, (guint) s->align, (guint) s->valign,
                             (guint) s->fill, s->font_size, s->decimals);
    }
  return g_variant_builder_end (&b);
}

static GVariant *
cells_variant (MkSheet *sheet)
{
  GVariantBuilder b;
  guint n_cells = 0;
  const MkSheetCell *cells = mk_sheet_get_cells (sheet, &n_cells);

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(uuuusdu)"));
  for (guint i = 0; i < n_cells; i++)
    {
      const MkSheetCell *c = &cells[i];
      gboolean dated = c->kind == MK_SHEET_DATE && g_date_valid (&c->date);
      gboolean numeric = c->kind == MK_SHEET_INTEGER || c->kind == MK_SHEET_DECIMAL ||
                         c->kind == MK_SHEET_SHARE;

      g_variant_builder_add (&b, "(uuuusdu)", c->row, c->col, (guint) c->kind, c->style,
                             c->kind == MK_SHEET_TEXT && c->text != NULL ? c->text : "",
                             numeric ? c->number : 0.0,
                             dated ? g_date_get_julian (&c->date) : 0u);
    }
  return g_variant_builder_end (&b);
}

static GVariant *
ranges_variant (const MkSheetRange *ranges,
                guint               n)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(uuuu)"));
  for (guint i = 0; i < n; i++)
    g_variant_builder_add (&b, "(uuuu)", ranges[i].first_row, ranges[i].first_col,
                           ranges[i].last_row, ranges[i].last_col);
  return g_variant_builder_end (&b);
}

static GVariant *
sizes_variant (MkSheet  *sheet,
               gboolean  columns)
{
  GVariantBuilder b;
  guint n = columns ? mk_sheet_get_n_cols (sheet) : mk_sheet_get_n_rows (sheet);

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(ud)"));
  for (guint i = 0; i < n; i++)
    {
      double size = columns ? mk_sheet_get_column_width (sheet, i) : mk_sheet_get_row_height (sheet, i);

      if (size > 0)
        g_variant_builder_add (&b, "(ud)", i, size);
    }
  return g_variant_builder_end (&b);
}

GBytes *
mk_sheet_to_bytes (MkSheet *sheet)
{
  guint n_merges = 0, n_keeps = 0;
  const MkSheetRange *merges = mk_sheet_get_merges (sheet, &n_merges);
  const MkSheetRange *keeps = mk_sheet_get_keeps (sheet, &n_keeps);
  const MkSheetPage *p = mk_sheet_get_page (sheet);
  g_autoptr(GVariant) v = NULL;

  v = g_variant_ref_sink (g_variant_new ("(ys@a(uuuuuu)@a(uuuusdu)@a(uuuu)@a(uuuu)@a(ud)@a(ud)(ubddddii))",
                                         (guchar) SHEET_VERSION, mk_sheet_get_name (sheet),
                                         styles_variant (sheet), cells_variant (sheet),
                                         ranges_variant (merges, n_merges),
                                         ranges_variant (keeps, n_keeps),
                                         sizes_variant (sheet, TRUE), sizes_variant (sheet, FALSE),
                                         (guint) p->orientation, p->fit_to_width, p->margin_left,
                                         p->margin_right, p->margin_top, p->margin_bottom,
                                         p->repeat_first, p->repeat_last));
  return g_variant_get_data_as_bytes (v);
}

static void
set_cell (MkSheet    *sheet,
          guint       row,
          guint       col,
          guint       kind,
          guint       style,
          const char *text,
          double      number,
          guint32     julian)
{
  GDate date;

  switch (kind)
    {
    case MK_SHEET_TEXT:
      mk_sheet_set_text (sheet, row, col, text, style);
      break;
    case MK_SHEET_INTEGER:
      mk_sheet_set_integer (sheet, row, col, (gint64) number, style);
      break;
    case MK_SHEET_DECIMAL:
      mk_sheet_set_decimal (sheet, row, col, number, style);
      break;
    case MK_SHEET_SHARE:
      mk_sheet_set_share (sheet, row, col, number, style);
      break;
    case MK_SHEET_DATE:
      g_date_clear (&date, 1);
      if (julian != 0)
        g_date_set_julian (&date, julian);
      mk_sheet_set_date (sheet, row, col, &date, style);
      break;
    default:
      mk_sheet_set_blank (sheet, row, col, style);
    }
}

static void
read_styles (MkSheet  *sheet,
             GVariant *styles)
{
  GVariantIter iter;
  guint flags, align, valign, fill, font_size, decimals;

  g_variant_iter_init (&iter, styles);
  while (g_variant_iter_next (&iter, "(uuuuuu)", &flags, &align, &valign, &fill, &font_size, &decimals))
    {
      MkSheetStyle s = { .flags = flags, .align = align, .valign = valign, .fill = fill,
                         .font_size = font_size, .decimals = decimals };

      mk_sheet_add_style (sheet, &s);
    }
}

static gboolean
read_cells (MkSheet  *sheet,
            GVariant *cells)
{
  GVariantIter iter;
  guint row, col, kind, style, julian;
  const char *text;
  double number;

  g_variant_iter_init (&iter, cells);
  while (g_variant_iter_next (&iter, "(uuuu&sdu)", &row, &col, &kind, &style, &text, &number, &julian))
    {
      if (style >= mk_sheet_get_n_styles (sheet) || kind > MK_SHEET_DATE)
        return FALSE;
      set_cell (sheet, row, col, kind, style, text, number, julian);
    }
  return TRUE;
}

static void
read_ranges (MkSheet  *sheet,
             GVariant *ranges,
             gboolean  merges)
{
  GVariantIter iter;
  guint r0, c0, r1, c1;

  g_variant_iter_init (&iter, ranges);
  while (g_variant_iter_next (&iter, "(uuuu)", &r0, &c0, &r1, &c1))
    if (merges)
      mk_sheet_merge (sheet, r0, c0, r1, c1);
    else
      mk_sheet_keep_together (sheet, r0, r1);
}

static void
read_sizes (MkSheet  *sheet,
            GVariant *sizes,
            gboolean  columns)
{
  GVariantIter iter;
  guint index;
  double size;

  g_variant_iter_init (&iter, sizes);
  while (g_variant_iter_next (&iter, "(ud)", &index, &size))
    if (columns)
      mk_sheet_set_column_width (sheet, index, size);
    else
      mk_sheet_set_row_height (sheet, index, size);
}

MkSheet *
mk_sheet_from_bytes (GBytes  *bytes,
                     GError **error)
{
  g_autoptr(GVariant) v = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (SHEET_TYPE),
                                                                        bytes, FALSE));
  g_autoptr(GVariant) styles = NULL, cells = NULL, merges = NULL, keeps = NULL;
  g_autoptr(GVariant) widths = NULL, heights = NULL;
  g_autoptr(MkSheet) sheet = NULL;
  const char *name;
  guchar version;
  guint orientation;
  gboolean fit;
  MkSheetPage *page;
  double ml, mr, mt, mb;
  int rf, rl;

  /* Bytes not in normal form (a damaged blob) are read as GVariant
   * repairs them, never past their end. */
  if (!g_variant_is_normal_form (v))
    {
      GVariant *normal = g_variant_get_normal_form (v);

      g_variant_unref (v);
      v = normal;
    }
  g_variant_get (v, "(y&s@a(uuuuuu)@a(uuuusdu)@a(uuuu)@a(uuuu)@a(ud)@a(ud)(ubddddii))", &version,
                 &name, &styles, &cells, &merges, &keeps, &widths, &heights,
                 &orientation, &fit, &ml, &mr, &mt, &mb, &rf, &rl);
  sheet = mk_sheet_new (name);
  read_styles (sheet, styles);
  if (version != SHEET_VERSION || !read_cells (sheet, cells))
    return (g_set_error (error, MK_SHEET_ERROR, MK_SHEET_ERROR_TOO_LARGE,
                         _("A table kept with the protocol cannot be read back")), NULL);
  read_ranges (sheet, merges, TRUE);
  read_ranges (sheet, keeps, FALSE);
  read_sizes (sheet, widths, TRUE);
  read_sizes (sheet, heights, FALSE);
  page = mk_sheet_get_page (sheet);
  *page = (MkSheetPage) { .orientation = orientation, .fit_to_width = fit, .margin_left = ml,
                          .margin_right = mr, .margin_top = mt, .margin_bottom = mb,
                          .repeat_first = rf, .repeat_last = rl };
  return g_steal_pointer (&sheet);
}
