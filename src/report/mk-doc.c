/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-doc.h"

struct _MkDoc {
  char      *title;
  GArray    *parts;   /* MkDocPart */
  GPtrArray *sheets;  /* MkSheet, owned */
  GPtrArray *warnings;  /* char *, NULL-terminated */
};

static void
part_clear (gpointer data)
{
  MkDocPart *part = data;

  g_free (part->text);
  g_free (part->label);
}

MkDoc *
mk_doc_new (const char *title)
{
  MkDoc *self = g_new0 (MkDoc, 1);

  self->title = g_strdup (title != NULL ? title : "");
  self->parts = g_array_new (FALSE, TRUE, sizeof (MkDocPart));
  g_array_set_clear_func (self->parts, part_clear);
  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_sheet_free);
  self->warnings = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  return self;
}

void
mk_doc_free (MkDoc *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_array_unref (self->parts);
  g_ptr_array_unref (self->sheets);
  g_ptr_array_unref (self->warnings);
  g_free (self);
}

const char *
mk_doc_get_title (MkDoc *self)
{
  return self->title;
}

MkDocPart *
mk_doc_add_paragraph (MkDoc      *self,
                      MkDocStyle  style,
                      const char *text)
{
  MkDocPart part = { .kind = MK_DOC_PARAGRAPH, .style = style,
                     .text = g_strdup (text != NULL ? text : "") };

  g_array_append_val (self->parts, part);
  return &g_array_index (self->parts, MkDocPart, self->parts->len - 1);
}

static const MkSheetStyle *
cell_style (MkSheet           *sheet,
            const MkSheetCell *cell)
{
  return mk_sheet_get_style (sheet, cell->style);
}

/* Whether a cell of ROW has a border: the row belongs to a table. */
static gboolean
row_is_bordered (MkSheet *sheet,
                 guint    row)
{
  for (guint col = 0; col < mk_sheet_get_n_cols (sheet); col++)
    {
      const MkSheetCell *cell = mk_sheet_get_cell (sheet, row, col);

      if (cell != NULL && (cell_style (sheet, cell)->flags & MK_SHEET_BORDER) != 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether every cell of ROW with something in it is bold and centred, as
 * the reports set their column headings (a section row is bold but at
 * the left, and is no heading). */
static gboolean
row_is_heading (MkSheet *sheet,
                guint    row)
{
  gboolean any = FALSE;

  for (guint col = 0; col < mk_sheet_get_n_cols (sheet); col++)
    {
      const MkSheetCell *cell = mk_sheet_get_cell (sheet, row, col);

      if (cell == NULL || cell->kind == MK_SHEET_EMPTY)
        continue;
      if ((cell_style (sheet, cell)->flags & MK_SHEET_BOLD) == 0 ||
          cell_style (sheet, cell)->align != MK_SHEET_ALIGN_CENTER)
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* The last row of a merge that starts in rows FIRST … LAST, else LAST. */
static guint
merged_down_to (MkSheet *sheet,
                guint    first,
                guint    last)
{
  guint n_merges = 0;
  const MkSheetRange *merges = mk_sheet_get_merges (sheet, &n_merges);

  for (guint i = 0; i < n_merges; i++)
    if (merges[i].first_row >= first && merges[i].first_row <= last && merges[i].last_row > last)
      last = merges[i].last_row;
  return last;
}

static void
add_table (MkDoc   *self,
           MkSheet *sheet,
           guint    first,
           guint    last)
{
  MkDocPart part = { .kind = MK_DOC_TABLE, .sheet = sheet, .first_row = first, .last_row = last };
  guint header_last = first;

  while (header_last + 1 <= last && row_is_heading (sheet, header_last + 1) &&
         row_is_heading (sheet, header_last))
    header_last++;
  header_last = merged_down_to (sheet, first, header_last);
  part.header_rows = MIN (header_last, last) - first + 1;
  if (part.header_rows == last - first + 1 && last > first)
    part.header_rows = 1;
  g_array_append_val (self->parts, part);
}

static void
add_title_row (MkDoc   *self,
               MkSheet *sheet,
               guint    row)
{
  for (guint col = 0; col < mk_sheet_get_n_cols (sheet); col++)
    {
      const MkSheetCell *cell = mk_sheet_get_cell (sheet, row, col);
      g_autofree char *text = NULL;
      const MkSheetStyle *style;
      MkDocPart *part;

      if (cell == NULL || cell->kind == MK_SHEET_EMPTY)
        continue;
      style = cell_style (sheet, cell);
      text = mk_sheet_format_cell (cell, style);
      part = mk_doc_add_paragraph (self, style->align == MK_SHEET_ALIGN_CENTER
                                   ? MK_DOC_TABLE_TITLE : MK_DOC_PLAIN, text);
      part->bold = (style->flags & MK_SHEET_BOLD) != 0;
      part->keep_with_next = TRUE;
      part->space_before = TRUE;
      return;
    }
}

void
mk_doc_add_sheet (MkDoc   *self,
                  MkSheet *sheet)
{
  guint n_rows = mk_sheet_get_n_rows (sheet);
  guint row = 0;

  g_ptr_array_add (self->sheets, sheet);
  while (row < n_rows)
    {
      guint end = row;

      if (!row_is_bordered (sheet, row))
        {
          add_title_row (self, sheet, row++);
          continue;
        }
      while (end + 1 < n_rows && row_is_bordered (sheet, end + 1))
        end++;
      add_table (self, sheet, row, end);
      row = end + 1;
    }
}

void
mk_doc_add_warning (MkDoc      *self,
                    const char *warning)
{
  g_ptr_array_add (self->warnings, g_strdup (warning));
}

const char *const *
mk_doc_get_warnings (MkDoc *self)
{
  static const char *const none[] = { NULL };

  /* An empty array may have no storage yet. */
  return self->warnings->len > 0 ? (const char *const *) self->warnings->pdata : none;
}

guint
mk_doc_get_n_parts (MkDoc *self)
{
  return self->parts->len;
}

const MkDocPart *
mk_doc_get_part (MkDoc *self,
                 guint  index)
{
  g_return_val_if_fail (index < self->parts->len, NULL);
  return &g_array_index (self->parts, MkDocPart, index);
}

static void
append_table_text (GString         *out,
                   const MkDocPart *part)
{
  for (guint row = part->first_row; row <= part->last_row; row++)
    {
      for (guint col = 0; col < mk_sheet_get_n_cols (part->sheet); col++)
        {
          const MkSheetCell *cell = mk_sheet_get_cell (part->sheet, row, col);
          g_autofree char *text = cell != NULL && cell->kind != MK_SHEET_EMPTY
                                  ? mk_sheet_format_cell (cell, cell_style (part->sheet, cell)) : NULL;

          if (text != NULL && *text != '\0')
            g_string_append_printf (out, "%s%s", out->len > 0 && out->str[out->len - 1] != '\n'
                                                 ? " | " : "", text);
        }
      g_string_append_c (out, '\n');
    }
}

char *
mk_doc_dup_text (MkDoc *self)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < self->parts->len; i++)
    {
      const MkDocPart *part = &g_array_index (self->parts, MkDocPart, i);

      if (part->kind == MK_DOC_TABLE)
        append_table_text (out, part);
      else if (part->style == MK_DOC_SIGNATURE)
        g_string_append_printf (out, "%s %s\n", part->text, part->label != NULL ? part->label : "");
      else if (part->label != NULL)
        g_string_append_printf (out, "%s %s\n", part->label, part->text);
      else
        g_string_append_printf (out, "%s\n", part->text);
    }
  return g_string_free (out, FALSE);
}
