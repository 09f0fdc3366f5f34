/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mk-csv-encoding.h"
#include "mk-csv-reader.h"
#include "mk-table-reader-private.h"

/* The file is read in chunks, converted to UTF-8 if needed and parsed
 * from BUF a byte at a time: delimiters, quotes and newlines are ASCII, so
 * UTF-8 text can be split between them bytewise. */
#define CHUNK_SIZE   65536
#define SAMPLE_LINES 20

typedef enum {
  END_DELIMITER,
  END_LINE,
  END_FILE,
  END_ERROR,
} FieldEnd;

struct _MkCsvReader
{
  MkTableReader  parent_instance;

  FILE          *file;
  GIConv         cp1251;  /* (GIConv) -1 when the file is UTF-8 */
  char           delimiter;
  GString       *buf;
  gsize          pos;
  gboolean       eof;
  GError        *read_error;
  guint          line;    /* the physical line at POS */
  GString       *field;
  gboolean       quoted;  /* the last field was in quotes */
  gboolean       done;    /* at the end, or after an error */
};

G_DEFINE_FINAL_TYPE (MkCsvReader, mk_csv_reader, MK_TYPE_TABLE_READER)

static void
mk_csv_reader_finalize (GObject *object)
{
  MkCsvReader *self = MK_CSV_READER (object);

  g_clear_pointer (&self->file, fclose);
  if (self->cp1251 != (GIConv) -1)
    g_iconv_close (self->cp1251);
  g_string_free (self->buf, TRUE);
  g_string_free (self->field, TRUE);
  g_clear_error (&self->read_error);

  G_OBJECT_CLASS (mk_csv_reader_parent_class)->finalize (object);
}

static gboolean
fill (MkCsvReader *self)
{
  char chunk[CHUNK_SIZE];
  gsize n;

  if (self->eof)
    return FALSE;
  g_string_erase (self->buf, 0, self->pos);
  self->pos = 0;
  n = fread (chunk, 1, sizeof chunk, self->file);
  if (n == 0)
    {
      if (ferror (self->file))
        g_set_error (&self->read_error, MK_TABLE_ERROR, MK_TABLE_ERROR_OPEN,
                     _("%s:%u: cannot read the file"),
                     mk_table_reader_get_path (MK_TABLE_READER (self)), self->line);
      self->eof = TRUE;
      return FALSE;
    }
  if (self->cp1251 == (GIConv) -1)
    {
      g_string_append_len (self->buf, chunk, n);
      return TRUE;
    }
  return mk_csv_append_cp1251 (self->cp1251, self->buf, chunk, n);
}

static inline int
peek (MkCsvReader *self)
{
  if (self->pos >= self->buf->len && !fill (self))
    return -1;
  return (guchar) self->buf->str[self->pos];
}

/* After a CR: a following LF belongs to the same line end. */
static void
end_line (MkCsvReader *self,
          int          c)
{
  if (c == '\r' && peek (self) == '\n')
    self->pos++;
  self->line++;
}

static gboolean
read_quoted (MkCsvReader  *self,
             GError      **error)
{
  self->pos++;
  for (;;)
    {
      int c = peek (self);

      if (c < 0)
        {
          mk_table_reader_set_error (MK_TABLE_READER (self), error,
                                     MK_TABLE_ERROR_FORMAT,
                                     _("a quoted field is not closed before the end of the file"));
          return FALSE;
        }
      self->pos++;
      if (c == '"' && peek (self) != '"')
        return TRUE;
      if (c == '"')
        self->pos++;
      if (c == '\r' || c == '\n')
        {
          end_line (self, c);
          c = '\n';
        }
      g_string_append_c (self->field, c);
    }
}

/* RFC 4180, leniently: text after a closing quote is kept. */
static FieldEnd
read_field (MkCsvReader  *self,
            GError      **error)
{
  g_string_truncate (self->field, 0);
  self->quoted = peek (self) == '"';
  if (self->quoted && !read_quoted (self, error))
    return END_ERROR;
  for (;;)
    {
      int c = peek (self);

      if (c < 0)
        return END_FILE;
      self->pos++;
      if (c == self->delimiter)
        return END_DELIMITER;
      if (c == '\n' || c == '\r')
        {
          end_line (self, c);
          return END_LINE;
        }
      g_string_append_c (self->field, c);
    }
}

static gboolean
take_read_error (MkCsvReader  *self,
                 GError      **error)
{
  if (self->read_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->read_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_record (MkCsvReader  *self,
             GError      **error)
{
  MkTableReader *reader = MK_TABLE_READER (self);

  if (peek (self) < 0)
    {
      take_read_error (self, error);
      return FALSE;
    }
  if (!mk_table_reader_begin_row (reader, self->line, error))
    return FALSE;
  for (guint column = 0;; column++)
    {
      FieldEnd end = read_field (self, error);
      gsize len = self->field->len;

      if (end == END_ERROR)
        return FALSE;
      /* An empty line is a row of no cells, not of one empty cell. */
      if (column == 0 && end != END_DELIMITER && len == 0 && !self->quoted)
        return take_read_error (self, error);
      if (!mk_table_reader_set_cell (reader, column,
                                     len > 0 ? MK_CELL_TEXT : MK_CELL_EMPTY,
                                     self->field->str, len, 0.0, FALSE, error))
        return FALSE;
      if (end != END_DELIMITER)
        return take_read_error (self, error);
    }
}

/* After an error the position is inside a record: stop there rather
 * than return the rest of it as rows. */
static gboolean
mk_csv_reader_next_row (MkTableReader  *reader,
                        GError        **error)
{
  MkCsvReader *self = MK_CSV_READER (reader);

  if (self->done)
    return FALSE;
  if (!read_record (self, error))
    self->done = TRUE;
  return !self->done;
}

static void
mk_csv_reader_class_init (MkCsvReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MkTableReaderClass *reader_class = MK_TABLE_READER_CLASS (klass);

  object_class->finalize = mk_csv_reader_finalize;
  reader_class->next_row = mk_csv_reader_next_row;
}

static void
mk_csv_reader_init (MkCsvReader *self)
{
  self->cp1251 = (GIConv) -1;
  self->delimiter = ',';
  self->buf = g_string_sized_new (2 * CHUNK_SIZE);
  self->field = g_string_sized_new (256);
  self->line = 1;
}

static gboolean
open_file (MkCsvReader  *self,
           const char   *path,
           GError      **error)
{
  self->file = g_fopen (path, "rb");
  if (self->file == NULL)
    {
      int saved = errno;

      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_OPEN,
                   _("%s: cannot read the file: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Reads the file once to pick the encoding, then rewinds past a BOM. */
static gboolean
setup_encoding (MkCsvReader  *self,
                const char   *path,
                GError      **error)
{
  gboolean bom = FALSE;
  const char *encoding = mk_csv_detect_encoding (self->file, path, &bom, error);

  if (encoding == NULL)
    return FALSE;
  mk_table_reader_set_encoding (MK_TABLE_READER (self), encoding);
  if (g_str_equal (encoding, MK_CSV_CP1251))
    self->cp1251 = g_iconv_open ("UTF-8", "CP1251");
  if (fseek (self->file, bom ? 3 : 0, SEEK_SET) != 0)
    {
      int saved = errno;

      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_OPEN,
                   _("%s: cannot read the file: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

MkCsvReader *
mk_csv_reader_new (const char           *path,
                   const MkTableLimits  *limits,
                   GError              **error)
{
  g_autoptr(MkCsvReader) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (MK_TYPE_CSV_READER, "path", path, NULL);
  mk_table_reader_set_limits (MK_TABLE_READER (self), limits);
  if (!mk_table_check_file (path, limits, error) ||
      !open_file (self, path, error) || !setup_encoding (self, path, error))
    return NULL;
  /* Enough text for the delimiter to show itself. */
  while (self->buf->len < CHUNK_SIZE && fill (self))
    ;
  if (!take_read_error (self, error))
    return NULL;
  self->delimiter = mk_csv_sniff_delimiter (self->buf->str, self->buf->len,
                                            self->eof, SAMPLE_LINES);
  return g_steal_pointer (&self);
}

char
mk_csv_reader_get_delimiter (MkCsvReader *self)
{
  g_return_val_if_fail (MK_IS_CSV_READER (self), ',');

  return self->delimiter;
}
