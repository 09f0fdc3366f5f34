#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <math.h>
#include <string.h>

#include "mk-table-reader-private.h"
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
} CellHead;

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

/* Reads the attributes of <c> without copying them. */
static gboolean
read_cell_head (MkXlsxReader *self,
                CellHead     *head)
{
  xmlTextReaderPtr r = mk_xlsx_xml_get_reader (self->xml);
  gboolean ok = TRUE;

  while (xmlTextReaderMoveToNextAttribute (r) == 1)
    {
      const xmlChar *name = xmlTextReaderConstLocalName (r);
      const char *value = (const char *) xmlTextReaderConstValue (r);
      guint row;

      if (name == self->n_r)
        ok = mk_xlsx_parse_ref (value, &head->column, &row) != NULL;
      else if (name == self->n_t)
        head->t = parse_t ((const xmlChar *) value);
      else if (name == self->n_s)
        head->style = (guint) MIN (g_ascii_strtoull (value, NULL, 10), G_MAXUINT);
    }
  xmlTextReaderMoveToElement (r);
  return ok;
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
      text = mk_xlsx_book_get_string (self->book,
                                      (guint) MIN (g_ascii_strtoull (text, NULL, 10), G_MAXUINT));
      if (text == NULL)
        {
          mk_table_reader_set_error (MK_TABLE_READER (self), error, MK_TABLE_ERROR_FORMAT,
                                     _("the cell refers to a missing shared string"));
          return FALSE;
        }
      return set_text (self, head->column, text, error);
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
  CellHead head = { *next_column, T_NUMBER, 0, FALSE };

  if (!read_cell_head (self, &head))
    {
      mk_table_reader_set_error (MK_TABLE_READER (self), error, MK_TABLE_ERROR_FORMAT,
                                 _("a cell has a broken reference"));
      return FALSE;
    }
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

/* The r of <row>, or the row after the last one. */
static guint
row_number (MkXlsxReader *self)
{
  g_autofree char *r = mk_xlsx_xml_dup_attr (self->xml, "r");
  guint64 n = r != NULL ? g_ascii_strtoull (r, NULL, 10) : 0;

  return n > 0 && n < G_MAXUINT ? (guint) n : self->last_row + 1;
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
  row = row_number (self);
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
