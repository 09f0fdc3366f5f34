/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <string.h>

#include "mk-pdf-private.h"

/* Text on paper cannot scroll: a cell's text is printed whole or the
 * reader loses it («Прило» for «Приложение 2»). Lines break at spaces
 * only, never inside a word or a number («Рус-ский», «2018-20|19»), so
 * every column must be at least as wide as its longest word. */

#define DEFAULT_FONT 11
/* No glyph of the report fonts is wider than this many ems («№», «Ш»
 * come close): a text shorter than its box by this bound needs no
 * measuring, which keeps a 40,000-row table fast. */
#define MAX_EM 1.3

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\t';
}

/* The end of the word at P (after any spaces; *START its start). «№ 9»
 * is one word: a number sign never ends a line without its number. */
static const char *
word_end (const char  *p,
          const char **start)
{
  while (is_space (*p))
    p++;
  *start = p;
  while (*p != '\0')
    {
      if (!is_space (*p))
        p++;
      else if (p - *start >= 3 && strncmp (p - 3, "№", 3) == 0 && *p == ' '
               && p[1] != '\0' && !is_space (p[1]))
        p++;
      else
        break;
    }
  return p;
}

/* No break inside a run of non-spaces: Pango would otherwise break after
 * a hyphen or a slash («Кол-|во», «2/|33,3%»), or inside a word that does
 * not fit, adding a hyphen of its own. */
static PangoAttrList *
word_attributes (const char *text)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  const char *p = text;

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  while (*p != '\0')
    {
      const char *start;
      PangoAttribute *attr;

      if ((p = word_end (p, &start)) == start)
        continue;
      attr = pango_attr_allow_breaks_new (FALSE);
      attr->start_index = start - text;
      attr->end_index = p - text;
      pango_attr_list_insert (attrs, attr);
    }
  return attrs;
}

void
mk_pdf_prepare_text (PangoLayout        *layout,
                     const MkSheetStyle *style,
                     const char         *text,
                     double              width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  PangoAttrList *attrs = word_attributes (text);

  pango_font_description_set_size (font, (style->font_size ? style->font_size : DEFAULT_FONT)
                                         * PANGO_SCALE);
  if (style->flags & MK_SHEET_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (style->flags & MK_SHEET_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, width >= 0 ? (int) (MAX (width, 1) * PANGO_SCALE) : -1);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

static double
font_size (const MkSheetStyle *style)
{
  return style->font_size ? style->font_size : DEFAULT_FONT;
}

/* The width of TEXT on one line (of N bytes), remembered by style. */
static double
line_width (MkPdfLayout *self,
            guint        style_id,
            const char  *text,
            gsize        n)
{
  g_autofree char *key = g_strdup_printf ("%u:%.*s", style_id, (int) n, text);
  g_autofree char *part = NULL;
  gpointer found;
  double *width;
  int w;

  if (g_hash_table_lookup_extended (self->widths, key, NULL, &found))
    return *(double *) found;
  part = g_strndup (text, n);
  mk_pdf_prepare_text (self->measure, mk_sheet_get_style (self->sheet, style_id), part, -1);
  pango_layout_get_size (self->measure, &w, NULL);
  width = g_new (double, 1);
  *width = (double) w / PANGO_SCALE;
  g_hash_table_insert (self->widths, g_steal_pointer (&key), width);
  return *width;
}

/* Whether TEXT surely fits ROOM, without measuring it. */
static gboolean
surely_fits (const MkSheetStyle *style,
             const char         *text,
             double              room)
{
  return g_utf8_strlen (text, -1) * font_size (style) * MAX_EM <= room;
}

static double
text_width (MkPdfLayout       *self,
            const MkSheetCell *cell,
            const char        *text)
{
  return line_width (self, cell->style, text, strlen (text));
}

static double
longest_word (MkPdfLayout       *self,
              const MkSheetCell *cell,
              const char        *text)
{
  double longest = 0;

  for (const char *p = text; *p != '\0';)
    {
      const char *start;

      if ((p = word_end (p, &start)) > start)
        longest = MAX (longest, line_width (self, cell->style, start, p - start));
    }
  return longest;
}

/* The width of the columns after COL on ROW that hold nothing at all:
 * one-line text may run on into them. */
static double
free_width_after (MkPdfLayout *self,
                  guint        row,
                  guint        col)
{
  double width = 0;

  for (guint c = col + 1; c < self->n_cols; c++)
    {
      if (mk_sheet_get_cell (self->sheet, row, c) != NULL || mk_pdf_merge_at (self, row, c))
        break;
      width += self->col_x[c + 1] - self->col_x[c];
    }
  return width;
}

MkPdfSetting
mk_pdf_cell_setting (MkPdfLayout       *self,
                     const MkSheetCell *cell,
                     const char        *text,
                     double             box_width,
                     double            *room)
{
  const MkSheetStyle *style = mk_sheet_get_style (self->sheet, cell->style);
  double width;

  *room = box_width - 2 * MK_PDF_PAD;
  /* A number is one word, and its column is wide enough for it. */
  if (cell->kind != MK_SHEET_TEXT || *text == '\0')
    return MK_PDF_LINE;
  if (style->flags & MK_SHEET_WRAP)
    return MK_PDF_WRAP;
  if (surely_fits (style, text, *room) || (width = text_width (self, cell, text)) <= *room)
    return MK_PDF_LINE;
  if (mk_pdf_merge_at (self, cell->row, cell->col) == NULL
      && width <= *room + free_width_after (self, cell->row, cell->col))
    {
      *room = width;
      return MK_PDF_OVERFLOW;
    }
  return MK_PDF_WRAP;
}

/* The most characters between two spaces in TEXT. */
static glong
longest_run (const char *text)
{
  glong longest = 0;

  for (const char *p = text; *p != '\0';)
    {
      const char *start;

      p = word_end (p, &start);
      longest = MAX (longest, g_utf8_strlen (start, p - start));
    }
  return longest;
}

/* The width CELL needs at least, padding included: its longest word (a
 * number is one word). Where an upper bound of that fits BOX_WIDTH, the
 * bound: the column may give up the rest, and nothing is measured.
 * *WHOLE is the width its text takes on one line, which a text the sheet
 * does not wrap would rather have (0: no wish). */
static double
cell_need (MkPdfLayout       *self,
           const MkSheetCell *cell,
           double             box_width,
           double            *whole)
{
  const MkSheetStyle *style = mk_sheet_get_style (self->sheet, cell->style);
  g_autofree char *text = mk_sheet_format_cell (cell, style);
  gboolean number = cell->kind != MK_SHEET_TEXT;
  double bound, room;

  *whole = 0;
  if (*text == '\0')
    return 0;
  if (!number && !(style->flags & MK_SHEET_WRAP)
      && mk_pdf_cell_setting (self, cell, text, box_width, &room) == MK_PDF_WRAP)
    *whole = text_width (self, cell, text) + 2 * MK_PDF_PAD;
  bound = (number ? g_utf8_strlen (text, -1) : longest_run (text)) * font_size (style) * MAX_EM
          + 2 * MK_PDF_PAD;
  if (bound <= box_width)
    return bound;
  return (number ? text_width (self, cell, text) : longest_word (self, cell, text))
         + 2 * MK_PDF_PAD;
}

/* Sets the widths W to at least NEED, taking what they lack from the
 * columns wider than they need, in proportion to what those spare: the
 * table keeps its width when it can. With ONLY_IF_SPARE, nothing changes
 * unless the spare width covers all that is lacking. */
static void
rebalance (double       *w,
           const double *need,
           guint         n,
           gboolean      only_if_spare)
{
  double lack = 0, spare = 0, take;

  for (guint c = 0; c < n; c++)
    {
      lack += MAX (0, need[c] - w[c]);
      spare += MAX (0, w[c] - need[c]);
    }
  if (lack <= 0 || (only_if_spare && lack > spare))
    return;
  take = MIN (lack, spare);
  for (guint c = 0; c < n; c++)
    if (need[c] > w[c])
      w[c] = need[c];
    else if (spare > 0)
      w[c] -= (w[c] - need[c]) * take / spare;
}

/* A range over several columns whose words do not fit: its columns need
 * their share of the difference. */
static gboolean
widen_merges (MkPdfLayout *self,
              const double *w,
              double       *need)
{
  guint n_merges;
  const MkSheetRange *m = mk_sheet_get_merges (self->sheet, &n_merges);
  gboolean changed = FALSE;

  for (guint i = 0; i < n_merges; i++, m++)
    {
      const MkSheetCell *cell = mk_sheet_get_cell (self->sheet, m->first_row, m->first_col);
      double width = 0, lacks, whole;

      for (guint c = m->first_col; c <= m->last_col && c < self->n_cols; c++)
        width += w[c];
      if (cell == NULL || m->first_col == m->last_col || width <= 0
          || (lacks = cell_need (self, cell, width, &whole) - width) <= 0.01)
        continue;
      for (guint c = m->first_col; c <= m->last_col && c < self->n_cols; c++)
        need[c] = MAX (need[c], w[c] + lacks * w[c] / width);
      changed = TRUE;
    }
  return changed;
}

void
mk_pdf_fit_columns (MkPdfLayout *self)
{
  guint n_cells, n = self->n_cols;
  const MkSheetCell *cells = mk_sheet_get_cells (self->sheet, &n_cells);
  g_autofree double *w = g_new0 (double, MAX (n, 1));
  g_autofree double *need = g_new0 (double, MAX (n, 1));
  g_autofree double *wish = g_new0 (double, MAX (n, 1));

  for (guint c = 0; c < n; c++)
    w[c] = self->col_x[c + 1] - self->col_x[c];
  for (guint i = 0; i < n_cells; i++)
    {
      const MkSheetRange *m = mk_pdf_merge_at (self, cells[i].row, cells[i].col);
      guint c = cells[i].col;
      double whole;

      /* A range over several columns is fitted below, as a whole. */
      if (m != NULL && (m->first_col != m->last_col || m->first_row != cells[i].row))
        continue;
      need[c] = MAX (need[c], cell_need (self, &cells[i], w[c], &whole));
      wish[c] = MAX (wish[c], MAX (need[c], whole));
    }
  /* Every word must fit; a line the sheet does not wrap stays one line
   * where the other columns can spare the width. */
  rebalance (w, need, n, FALSE);
  for (guint c = 0; c < n; c++)
    wish[c] = MAX (wish[c], need[c]);
  rebalance (w, wish, n, TRUE);
  for (int pass = 0; pass < 3 && widen_merges (self, w, need); pass++)
    rebalance (w, need, n, FALSE);
  for (guint c = 0; c < n; c++)
    self->col_x[c + 1] = self->col_x[c] + w[c];
}
