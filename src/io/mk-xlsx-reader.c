/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <math.h>
#include <string.h>

#include "mk-table-reader-private.h"
#include "mk-import-values.h"
#include "mk-xlsx-private.h"
#include "mk-xlsx-reader.h"

/* Cell types of the t attribute. */
typedef enum {
  T_NUMBER,
  T_SHARED,
  T_INLINE,
  T_STRING,
  T_BOOLEAN,
  T_ERROR,
  T_DATE,
} CellT;

typedef struct
{
  guint    column;
  CellT    t;
  guint    style;
  gboolean has_value;
  guint    next_column;  /* the first column this cell may take */
} CellHead;

/* What to do about a part Excel would not have written. */
#define RESAVE N_("open the file in a spreadsheet and save it again")

struct _MkXlsxReader
{
  MkTableReader  parent_instance;

  MkXlsxPackage *pkg;
  MkXlsxBook    *book;
  MkXlsxMerges  *merges;
  MkXlsxXml     *xml;
  guint          last_row;
  gboolean       done;
  GString       *value;
  /* Interned names: the parser's dictionary makes them comparable by
   * pointer, which matters at millions of cells. */
  const xmlChar *n_row, *n_c, *n_v, *n_is, *n_r, *n_t, *n_s;
};

G_DEFINE_FINAL_TYPE (MkXlsxReader, mk_xlsx_reader, MK_TYPE_TABLE_READER)

static void
mk_xlsx_reader_finalize (GObject *object)
{
  MkXlsxReader *self = MK_XLSX_READER (object);

  g_clear_pointer (&self->xml, mk_xlsx_xml_free);
  g_clear_pointer (&self->merges, mk_xlsx_merges_free);
  g_clear_pointer (&self->book, mk_xlsx_book_free);
  g_clear_pointer (&self->pkg, mk_xlsx_package_free);
  g_string_free (self->value, TRUE);

  G_OBJECT_CLASS (mk_xlsx_reader_parent_class)->finalize (object);
}

static CellT
parse_t (const xmlChar *t)
{
  static const struct { const char *name; CellT t; } types[] = {
    { "s", T_SHARED }, { "inlineStr", T_INLINE }, { "str", T_STRING },
    { "b", T_BOOLEAN }, { "e", T_ERROR }, { "d", T_DATE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (strcmp ((const char *) t, types[i].name) == 0)
      return types[i].t;
  return T_NUMBER;
}

static char *
cell_name (guint column,
           guint row)
{
  g_autofree char *letter = mk_column_letter (column);

  return g_strdup_printf ("%s%u", letter, row);
}

/* Excel writes each cell's r, in its own row, left to right. */
static gboolean
check_ref (MkXlsxReader  *self,
           CellHead      *head,
           const char    *ref,
           GError       **error)
{
  MkTableReader *reader = MK_TABLE_READER (self);
  guint row = 0;
  const char *end = mk_xlsx_parse_ref (ref, &head->column, &row);
  g_autofree char *shown = NULL;

  if (end != NULL && *end == '\0' && row == self->last_row && head->column >= head->next_column)
    return TRUE;
  shown = mk_xlsx_excerpt (ref);
  if (end == NULL || *end != '\0')
    mk_table_reader_set_error (reader, error, MK_TABLE_ERROR_FORMAT,
                               _("the cell reference «%s» is not a cell of a sheet; %s"),
                               shown, _(RESAVE));
  else if (row != self->last_row)
    mk_table_reader_set_error (reader, error, MK_TABLE_ERROR_FORMAT,
                               _("cell %s is written in row %u; %s"),
                               shown, self->last_row, _(RESAVE));
  else
    mk_table_reader_set_error (reader, error, MK_TABLE_ERROR_FORMAT,
                               _("cell %s repeats a cell or comes after a cell to its right; %s"),
                               shown, _(RESAVE));
  return FALSE;
}

static gboolean
check_style (MkXlsxReader  *self,
             CellHead      *head,
             const char    *value,
             GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *shown = NULL;

  if (mk_xlsx_parse_index (value, G_MAXUINT, &head->style))
    return TRUE;
  name = cell_name (head->column, self->last_row);
  shown = mk_xlsx_excerpt (value);
  mk_table_reader_set_error (MK_TABLE_READER (self), error, MK_TABLE_ERROR_FORMAT,
                             _("cell %s has the style number «%s», which is not a number; %s"),
                             name, shown, _(RESAVE));
  return FALSE;
}

/* Reads the attributes of <c> without copying them (millions of cells);
 * s is checked last, so that its message names the cell. */
static gboolean
read_cell_head (MkXlsxReader  *self,
                CellHead      *head,
                GError       **error)
{
  xmlTextReaderPtr r = mk_xlsx_xml_get_reader (self->xml);
  char style[24] = "0";
  gboolean ok = TRUE;

  while (ok && xmlTextReaderMoveToNextAttribute (r) == 1)
    {
      const xmlChar *name = xmlTextReaderConstLocalName (r);
      const char *value = (const char *) xmlTextReaderConstValue (r);

      if (name == self->n_r)
        ok = check_ref (self, head, value, error);
      else if (name == self->n_t)
        head->t = parse_t ((const xmlChar *) value);
      else if (name == self->n_s && g_strlcpy (style, value, sizeof style) >= sizeof style)
        style[0] = 'x';  /* too long for a number */
    }
  xmlTextReaderMoveToElement (r);
  return ok && check_style (self, head, style, error);
}

/* Reads the children of <c> up to its end: the value of <v> or <is>. */
static gboolean
read_cell_value (MkXlsxReader  *self,
                 CellHead      *head,
                 GError       **error)
{
  xmlTextReaderPtr r = mk_xlsx_xml_get_reader (self->xml);
  int depth = xmlTextReaderDepth (r);

  g_string_truncate (self->value, 0);
  if (xmlTextReaderIsEmptyElement (r))
    return TRUE;
  for (;;)
    {
      int type, ret = mk_xlsx_xml_read (self->xml, error);

      if (ret <= 0)
        return ret == 0;
      type = xmlTextReaderNodeType (r);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (r) == depth)
        return TRUE;
      if (type != XML_READER_TYPE_ELEMENT)
        continue;
      if (xmlTextReaderConstLocalName (r) == self->n_v ||
          xmlTextReaderConstLocalName (r) == self->n_is)
        {
          head->has_value = TRUE;
          if (!mk_xlsx_xml_collect_text (self->xml, self->value, error))
            return FALSE;
        }
    }
}

static gboolean
set_text (MkXlsxReader  *self,
          guint          column,
          const char    *text,
          GError       **error)
{
  return mk_table_reader_set_cell (MK_TABLE_READER (self), column,
                                   *text != '\0' ? MK_CELL_TEXT : MK_CELL_EMPTY,
                                   text, -1, 0.0, FALSE, error);
}

static gboolean
set_number (MkXlsxReader  *self,
            CellHead      *head,
            GError       **error)
{
  MkTableReader *reader = MK_TABLE_READER (self);
  const char *text = self->value->str;
  char *end = NULL;
  double number = g_ascii_strtod (text, &end);
  MkCellType kind = mk_xlsx_book_get_kind (self->book, head->style);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (end == text || *end != '\0' || !isfinite (number))
    return set_text (self, head->column, text, error);
  if (kind == MK_CELL_DATE || !mk_xlsx_decimal_text (text, buf, sizeof buf))
    kind = mk_xlsx_number_text (number, kind, mk_xlsx_book_is_1904 (self->book),
                                buf, sizeof buf);
  return mk_table_reader_set_cell (reader, head->column, kind, buf, -1, number,
                                   FALSE, error);
}

static gboolean
set_special (MkXlsxReader  *self,
             CellHead      *head,
             GError       **error)
{
  MkTableReader *reader = MK_TABLE_READER (self);
  const char *text = self->value->str;
  char buf[32];
  double serial = 0.0;

  if (head->t == T_BOOLEAN)
    return mk_table_reader_set_cell (reader, head->column, MK_CELL_BOOLEAN,
                                     text[0] == '1' ? "1" : "0", -1,
                                     text[0] == '1', FALSE, error);
  if (mk_xlsx_iso_date_text (text, buf, sizeof buf, &serial))
    return mk_table_reader_set_cell (reader, head->column, MK_CELL_DATE,
                                     buf, -1, serial, FALSE, error);
  return set_text (self, head->column, text, error);
}

/* The value of a t="s" cell is an index into the shared strings. */
static gboolean
set_shared (MkXlsxReader  *self,
            CellHead      *head,
            GError       **error)
{
  const char *index_text = self->value->str;
  const char *text = NULL;
  guint index = 0;
  g_autofree char *name = NULL;
  g_autofree char *shown = NULL;

  if (mk_xlsx_parse_index (index_text, G_MAXUINT, &index) &&
      (text = mk_xlsx_book_get_string (self->book, index)) != NULL)
    return set_text (self, head->column, text, error);
  name = cell_name (head->column, self->last_row);
  shown = mk_xlsx_excerpt (index_text);
  mk_table_reader_set_error (MK_TABLE_READER (self), error, MK_TABLE_ERROR_FORMAT,
                             _("cell %s refers to shared string «%s», which the "
                               "workbook does not have; %s"),
                             name, shown, _(RESAVE));
  return FALSE;
}

static gboolean
set_cell (MkXlsxReader  *self,
          CellHead      *head,
          GError       **error)
{
  const char *text = self->value->str;

  if (!head->has_value)
    return TRUE;
  switch (head->t)
    {
    case T_SHARED:
      return set_shared (self, head, error);
    case T_NUMBER:
      return *text != '\0' ? set_number (self, head, error) : TRUE;
    case T_BOOLEAN:
    case T_DATE:
      return set_special (self, head, error);
    case T_INLINE:
    case T_STRING:
    case T_ERROR:
    default:
      return set_text (self, head->column, text, error);
    }
}

static gboolean
read_cell (MkXlsxReader  *self,
           guint         *next_column,
           GError       **error)
{
  CellHead head = { *next_column, T_NUMBER, 0, FALSE, *next_column };

  if (!read_cell_head (self, &head, error))
    return FALSE;
  *next_column = head.column + 1;
  return read_cell_value (self, &head, error) && set_cell (self, &head, error);
}

static gboolean
read_cells (MkXlsxReader  *self,
            GError       **error)
{
  xmlTextReaderPtr r = mk_xlsx_xml_get_reader (self->xml);
  int depth = xmlTextReaderDepth (r);
  guint next_column = 0;

  if (xmlTextReaderIsEmptyElement (r))
    return TRUE;
  for (;;)
    {
      int type, ret = mk_xlsx_xml_read (self->xml, error);

      if (ret <= 0)
        return ret == 0;
      type = xmlTextReaderNodeType (r);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (r) == depth)
        return TRUE;
      if (type == XML_READER_TYPE_ELEMENT &&
          xmlTextReaderConstLocalName (r) == self->n_c &&
          !read_cell (self, &next_column, error))
        return FALSE;
    }
}

/* The r of <row>, or the row after the last one. Excel writes rows in
 * ascending order, each once. */
static gboolean
row_number (MkXlsxReader  *self,
            guint         *row,
            GError       **error)
{
  g_autofree char *r = mk_xlsx_xml_dup_attr (self->xml, "r");
  g_autofree char *shown = NULL;

  *row = self->last_row + 1;
  if (r == NULL)
    return TRUE;
  if (mk_xlsx_parse_row (r, row) && *row > self->last_row)
    return TRUE;
  *row = self->last_row + 1;
  shown = mk_xlsx_excerpt (r);
  mk_table_reader_begin_row (MK_TABLE_READER (self), *row, NULL);
  mk_table_reader_set_error (MK_TABLE_READER (self), error, MK_TABLE_ERROR_FORMAT,
                             _("the row number «%s» is not valid: rows are numbered "
                               "1 to 1048576 in ascending order; %s"),
                             shown, _(RESAVE));
  return FALSE;
}

static int
seek_row (MkXlsxReader  *self,
          GError       **error)
{
  int ret;

  while ((ret = mk_xlsx_xml_read (self->xml, error)) == 1)
    if (mk_xlsx_xml_is_element (self->xml, self->n_row))
      return 1;
  return ret;
}

static gboolean
mk_xlsx_reader_next_row (MkTableReader  *reader,
                         GError        **error)
{
  MkXlsxReader *self = MK_XLSX_READER (reader);
  guint row;

  if (self->done)
    return FALSE;
  if (seek_row (self, error) != 1)
    {
      self->done = TRUE;
      return FALSE;
    }
  if (!row_number (self, &row, error))
    {
      self->done = TRUE;
      return FALSE;
    }
  self->last_row = row;
  if (!mk_table_reader_begin_row (reader, row, error) ||
      !read_cells (self, error) ||
      !mk_xlsx_merges_apply (self->merges, reader, row, error))
    {
      self->done = TRUE;
      return FALSE;
    }
  return TRUE;
}

static void
mk_xlsx_reader_class_init (MkXlsxReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MkTableReaderClass *reader_class = MK_TABLE_READER_CLASS (klass);

  object_class->finalize = mk_xlsx_reader_finalize;
  reader_class->next_row = mk_xlsx_reader_next_row;

  /* Once, before any thread parses. */
  xmlInitParser ();
}

static void
mk_xlsx_reader_init (MkXlsxReader *self)
{
  self->value = g_string_sized_new (64);
}

static void
intern_names (MkXlsxReader *self)
{
  self->n_row = mk_xlsx_xml_intern (self->xml, "row");
  self->n_c = mk_xlsx_xml_intern (self->xml, "c");
  self->n_v = mk_xlsx_xml_intern (self->xml, "v");
  self->n_is = mk_xlsx_xml_intern (self->xml, "is");
  self->n_r = mk_xlsx_xml_intern (self->xml, "r");
  self->n_t = mk_xlsx_xml_intern (self->xml, "t");
  self->n_s = mk_xlsx_xml_intern (self->xml, "s");
}

static gboolean
open_sheet (MkXlsxReader  *self,
            const char    *path,
            const char    *sheet,
            GError       **error)
{
  MkTableReader *reader = MK_TABLE_READER (self);
  const MkTableLimits *limits = mk_table_reader_get_limits (reader);
  const char *name = NULL, *part;

  if (!mk_table_check_file (path, limits, error))
    return FALSE;
  self->pkg = mk_xlsx_package_open (path, limits, error);
  if (self->pkg == NULL || (self->book = mk_xlsx_book_load (self->pkg, error)) == NULL)
    return FALSE;
  part = mk_xlsx_book_find_sheet (self->book, sheet, &name, error);
  if (part == NULL)
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  mk_table_reader_set_sheet (reader, name);
  self->merges = mk_xlsx_merges_scan (self->pkg, part, limits->max_columns, error);
  if (self->merges == NULL || (self->xml = mk_xlsx_xml_open (self->pkg, part, error)) == NULL)
    return FALSE;
  intern_names (self);
  return TRUE;
}

MkXlsxReader *
mk_xlsx_reader_new (const char           *path,
                    const char           *sheet,
                    const MkTableLimits  *limits,
                    GError              **error)
{
  g_autoptr(MkXlsxReader) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MK_TYPE_XLSX_READER, "path", path, NULL);
  mk_table_reader_set_limits (MK_TABLE_READER (self), limits);
  if (!open_sheet (self, path, sheet, error))
    return NULL;
  return g_steal_pointer (&self);
}
