/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-docx-private.h"

/* A MK_DOC_TABLE part as a real Word table: rows of the sheet, its merges
 * as spans, its header rows repeated on every page, and no row cut across
 * two pages, as the PDF lays it out. */

/* A column the sheet left at its default width: a spreadsheet's 8,43
 * characters. */
#define DEFAULT_COLUMN_WIDTH 8.43

/* The columns' widths in twips: the sheet's, in proportion, across the
 * text width; the last takes what rounding left over. */
static int *
column_widths (MkSheet *sheet,
               guint    n_cols)
{
  int *widths = g_new0 (int, n_cols);
  double total = 0;
  int used = 0;

  for (guint col = 0; col < n_cols; col++)
    {
      double width = mk_sheet_get_column_width (sheet, col);

      total += width > 0 ? width : DEFAULT_COLUMN_WIDTH;
    }
  for (guint col = 0; col + 1 < n_cols; col++)
    {
      double width = mk_sheet_get_column_width (sheet, col);

      widths[col] = (int) ((width > 0 ? width : DEFAULT_COLUMN_WIDTH) / total
                           * MK_DOCX_TEXT_WIDTH + 0.5);
      used += widths[col];
    }
  widths[n_cols - 1] = MK_DOCX_TEXT_WIDTH - used;
  return widths;
}

/* The merge covering ROW, COL that lies within the part's rows: one that
 * reaches beyond them is the title's or another table's. */
static const MkSheetRange *
merge_at (const MkDocPart *part,
          guint            row,
          guint            col)
{
  guint n_merges = 0;
  const MkSheetRange *merges = mk_sheet_get_merges (part->sheet, &n_merges);

  for (guint i = 0; i < n_merges; i++)
    {
      const MkSheetRange *m = &merges[i];

      if (m->first_row >= part->first_row && m->last_row <= part->last_row &&
          row >= m->first_row && row <= m->last_row && col >= m->first_col && col <= m->last_col)
        return m;
    }
  return NULL;
}

static void
append_table_properties (GString *xml)
{
  static const char *const sides[] = { "top", "left", "bottom", "right", "insideH", "insideV" };

  g_string_append_printf (xml, "<w:tbl><w:tblPr><w:tblW w:w=\"%d\" w:type=\"dxa\"/>"
                               "<w:tblBorders>", MK_DOCX_TEXT_WIDTH);
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    g_string_append_printf (xml, "<w:%s w:val=\"single\" w:sz=\"4\" w:space=\"0\" "
                                 "w:color=\"000000\"/>", sides[i]);
  g_string_append (xml, "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>");
}

static void
append_grid (GString   *xml,
             const int *widths,
             guint      n_cols)
{
  g_string_append (xml, "<w:tblGrid>");
  for (guint col = 0; col < n_cols; col++)
    g_string_append_printf (xml, "<w:gridCol w:w=\"%d\"/>", widths[col]);
  g_string_append (xml, "</w:tblGrid>");
}

/* The paragraph alignment of a cell: the style's, else numbers right and
 * text left, as in a spreadsheet. */
static const char *
cell_jc (const MkSheetCell  *cell,
         const MkSheetStyle *style)
{
  switch (style->align)
    {
    case MK_SHEET_ALIGN_LEFT:
      return "left";
    case MK_SHEET_ALIGN_CENTER:
      return "center";
    case MK_SHEET_ALIGN_RIGHT:
      return "right";
    case MK_SHEET_ALIGN_DEFAULT:
    default:
      return cell != NULL && cell->kind != MK_SHEET_TEXT && cell->kind != MK_SHEET_EMPTY
             ? "right" : "left";
    }
}

static const char *
cell_valign (const MkSheetStyle *style)
{
  switch (style->valign)
    {
    case MK_SHEET_VALIGN_TOP:
      return "top";
    case MK_SHEET_VALIGN_CENTER:
      return "center";
    case MK_SHEET_VALIGN_DEFAULT:
    default:
      return "bottom";
    }
}

/* The cell's tcPr: its width (of every column it spans) and its place
 * in a merge M (NULL when none). */
static void
append_cell_properties (GString            *xml,
                        const int          *widths,
                        guint               row,
                        guint               col,
                        const MkSheetRange *m,
                        const MkSheetStyle *style)
{
  guint last_col = m != NULL ? m->last_col : col;
  int width = 0;

  for (guint c = col; c <= last_col; c++)
    width += widths[c];
  g_string_append_printf (xml, "<w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/>", width);
  if (last_col > col)
    g_string_append_printf (xml, "<w:gridSpan w:val=\"%u\"/>", last_col - col + 1);
  if (m != NULL && m->last_row > m->first_row)
    g_string_append (xml, row == m->first_row ? "<w:vMerge w:val=\"restart\"/>"
                                              : "<w:vMerge/>");
  if ((style->flags & MK_SHEET_FILL) != 0)
    g_string_append_printf (xml, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%06X\"/>",
                            style->fill & 0xffffff);
  g_string_append_printf (xml, "<w:vAlign w:val=\"%s\"/></w:tcPr>", cell_valign (style));
}

/* A cell's one paragraph. A cell a vertical merge covers must still hold
 * one, empty: Word refuses a cell without a paragraph. */
static void
append_cell_paragraph (GString            *xml,
                       const MkSheetCell  *cell,
                       const MkSheetStyle *style,
                       gboolean            covered)
{
  g_autofree char *text = NULL;

  g_string_append_printf (xml, "<w:p><w:pPr><w:pStyle w:val=\"MkTableText\"/>"
                               "<w:jc w:val=\"%s\"/></w:pPr>", cell_jc (cell, style));
  if (!covered && cell != NULL && cell->kind != MK_SHEET_EMPTY)
    text = mk_sheet_format_cell (cell, style);
  if (text != NULL && *text != '\0')
    mk_docx_append_runs (xml, text, (style->flags & MK_SHEET_BOLD) != 0,
                         (style->flags & MK_SHEET_ITALIC) != 0);
  g_string_append (xml, "</w:p>");
}

/* The w:tc at ROW, COL; returns the number of grid columns it spans. */
static guint
append_cell (GString         *xml,
             const MkDocPart *part,
             const int       *widths,
             guint            row,
             guint            col)
{
  const MkSheetRange *m = merge_at (part, row, col);
  guint top = m != NULL ? m->first_row : row;
  const MkSheetCell *cell = mk_sheet_get_cell (part->sheet, top, col);
  const MkSheetStyle *style = mk_sheet_get_style (part->sheet, cell != NULL ? cell->style : 0);

  g_string_append (xml, "<w:tc>");
  append_cell_properties (xml, widths, row, col, m, style);
  append_cell_paragraph (xml, cell, style, row != top);
  g_string_append (xml, "</w:tc>");
  return m != NULL ? m->last_col - col + 1 : 1;
}

static void
append_row (GString         *xml,
            const MkDocPart *part,
            const int       *widths,
            guint            n_cols,
            guint            row)
{
  g_string_append (xml, "<w:tr><w:trPr><w:cantSplit/>");
  if (row < part->first_row + part->header_rows)
    g_string_append (xml, "<w:tblHeader/>");
  g_string_append (xml, "</w:trPr>");
  /* A merge is written at its first column and spans the others. */
  for (guint col = 0; col < n_cols; )
    col += append_cell (xml, part, widths, row, col);
  g_string_append (xml, "</w:tr>");
}

void
mk_docx_append_table (GString         *xml,
                      const MkDocPart *part)
{
  guint n_cols = MAX (mk_sheet_get_n_cols (part->sheet), 1);
  g_autofree int *widths = column_widths (part->sheet, n_cols);

  append_table_properties (xml);
  append_grid (xml, widths, n_cols);
  for (guint row = part->first_row; row <= part->last_row; row++)
    append_row (xml, part, widths, n_cols, row);
  g_string_append (xml, "</w:tbl>\n");
}
