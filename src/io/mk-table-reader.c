/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <string.h>

#include "mk-import-values.h"
#include "mk-table-reader-private.h"
#include "mk-text.h"

/* What a cell of Excel holds at most; more is a broken file (often a CSV
 * quote left open that swallows the rest), and a name that long would
 * only feed the fuzzy matching. */
#define MAX_CELL_CHARS 32767

/* Cell texts live in one GString per row; a cell keeps the offset of its
 * text until get_cell turns offsets into pointers (the GString may move
 * while the row grows). */
#define NO_TEXT G_MAXSIZE

typedef struct
{
  char          *path;
  char          *sheet;
  char          *encoding;
  MkTableLimits  limits;
  guint          line;
  guint          n_rows;
  GArray        *cells;    /* MkCell */
  GArray        *offsets;  /* gsize into texts, or NO_TEXT */
  GString       *texts;
  gboolean       resolved; /* cell texts point into texts */
} MkTableReaderPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MkTableReader, mk_table_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (mk-table-error-quark, mk_table_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_SHEET,
  PROP_ENCODING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const MkCell empty_cell = { MK_CELL_EMPTY, "", 0.0, FALSE };

static void
mk_table_reader_finalize (GObject *object)
{
  MkTableReader *self = MK_TABLE_READER (object);
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  g_clear_pointer (&priv->path, g_free);
  g_clear_pointer (&priv->sheet, g_free);
  g_clear_pointer (&priv->encoding, g_free);
  g_clear_pointer (&priv->cells, g_array_unref);
  g_clear_pointer (&priv->offsets, g_array_unref);
  g_string_free (priv->texts, TRUE);

  G_OBJECT_CLASS (mk_table_reader_parent_class)->finalize (object);
}

static void
mk_table_reader_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MkTableReader *self = MK_TABLE_READER (object);
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, priv->path);
      break;
    case PROP_SHEET:
      g_value_set_string (value, priv->sheet);
      break;
    case PROP_ENCODING:
      g_value_set_string (value, priv->encoding);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_table_reader_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MkTableReader *self = MK_TABLE_READER (object);

  switch (prop_id)
    {
    case PROP_PATH:
      mk_table_reader_set_path (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_table_reader_class_init (MkTableReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mk_table_reader_finalize;
  object_class->get_property = mk_table_reader_get_property;
  object_class->set_property = mk_table_reader_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHEET] =
    g_param_spec_string ("sheet", NULL, NULL, NULL,
                         G_PARAM_READABLE |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ENCODING] =
    g_param_spec_string ("encoding", NULL, NULL, NULL,
                         G_PARAM_READABLE |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mk_table_reader_init (MkTableReader *self)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  priv->cells = g_array_new (FALSE, FALSE, sizeof (MkCell));
  priv->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  priv->texts = g_string_sized_new (256);
  mk_table_reader_set_limits (self, NULL);
}

/* --- what subclasses use (mk-table-reader-private.h) --- */

const MkTableLimits *
mk_table_reader_get_limits (MkTableReader *self)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  return &priv->limits;
}

void
mk_table_reader_set_limits (MkTableReader       *self,
                            const MkTableLimits *limits)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);
  MkTableLimits *l = &priv->limits;

  *l = limits != NULL ? *limits : (MkTableLimits) { 0 };
  if (l->max_file_size <= 0)
    l->max_file_size = MK_TABLE_DEFAULT_MAX_FILE_SIZE;
  if (l->max_uncompressed_size <= 0)
    l->max_uncompressed_size = MK_TABLE_DEFAULT_MAX_UNCOMPRESSED;
  if (l->max_total_uncompressed <= 0)
    l->max_total_uncompressed = MK_TABLE_DEFAULT_MAX_TOTAL;
  if (l->max_ratio == 0)
    l->max_ratio = MK_TABLE_DEFAULT_MAX_RATIO;
  if (l->max_rows == 0)
    l->max_rows = MK_TABLE_DEFAULT_MAX_ROWS;
  if (l->max_columns == 0)
    l->max_columns = MK_TABLE_DEFAULT_MAX_COLUMNS;
}

static void
replace_string (MkTableReader *self,
                char         **field,
                const char    *value,
                GParamSpec    *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
mk_table_reader_set_path (MkTableReader *self,
                          const char    *path)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  replace_string (self, &priv->path, path, properties[PROP_PATH]);
}

void
mk_table_reader_set_sheet (MkTableReader *self,
                           const char    *sheet)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  replace_string (self, &priv->sheet, sheet, properties[PROP_SHEET]);
}

void
mk_table_reader_set_encoding (MkTableReader *self,
                              const char    *encoding)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  replace_string (self, &priv->encoding, encoding, properties[PROP_ENCODING]);
}

gboolean
mk_table_reader_begin_row (MkTableReader  *self,
                           guint           line,
                           GError        **error)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  g_array_set_size (priv->cells, 0);
  g_array_set_size (priv->offsets, 0);
  g_string_truncate (priv->texts, 0);
  priv->line = line;
  if (priv->n_rows >= priv->limits.max_rows)
    {
      mk_table_reader_set_error (self, error, MK_TABLE_ERROR_TOO_LARGE,
                                 _("the table has more than %u rows; split it into smaller files"),
                                 priv->limits.max_rows);
      return FALSE;
    }
  priv->n_rows++;
  return TRUE;
}

static void
grow_row (MkTableReaderPrivate *priv,
          guint                 n_cells)
{
  const gsize no_text = NO_TEXT;

  while (priv->cells->len < n_cells)
    {
      g_array_append_val (priv->cells, empty_cell);
      g_array_append_val (priv->offsets, no_text);
    }
}

/* Column letters for a sheet, numbers for CSV (which has no letters). */
static char *
dup_column_name (MkTableReader *self,
                 guint          column)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  if (priv->sheet != NULL)
    return mk_column_letter (column);
  return g_strdup_printf ("%u", column + 1);
}

static gboolean
check_text_length (MkTableReader  *self,
                   guint           column,
                   const char     *text,
                   gsize           len,
                   GError        **error)
{
  g_autofree char *name = NULL;
  glong n_chars;

  if (len <= MAX_CELL_CHARS || (n_chars = g_utf8_strlen (text, len)) <= MAX_CELL_CHARS)
    return TRUE;
  name = dup_column_name (self, column);
  mk_table_reader_set_error (self, error, MK_TABLE_ERROR_TOO_LARGE,
                             _("column %s holds %ld characters, more than the %d a "
                               "spreadsheet cell holds; shorten it, or look for a quote "
                               "that is opened and never closed"),
                             name, n_chars, MAX_CELL_CHARS);
  return FALSE;
}

gboolean
mk_table_reader_set_cell (MkTableReader  *self,
                          guint           column,
                          MkCellType      type,
                          const char     *text,
                          gssize          len,
                          double          number,
                          gboolean        merged,
                          GError        **error)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);
  MkCell *cell;

  if (column >= priv->limits.max_columns)
    {
      mk_table_reader_set_error (self, error, MK_TABLE_ERROR_TOO_LARGE,
                                 _("the row has more than %u columns; delete the columns that are not needed"),
                                 priv->limits.max_columns);
      return FALSE;
    }
  if (len < 0 && text != NULL)
    len = strlen (text);
  if (text != NULL && !check_text_length (self, column, text, len, error))
    return FALSE;
  grow_row (priv, column + 1);
  cell = &g_array_index (priv->cells, MkCell, column);
  *cell = (MkCell) { type, "", number, merged };
  if (text != NULL && *text != '\0' && len != 0)
    {
      g_array_index (priv->offsets, gsize, column) = priv->texts->len;
      g_string_append_len (priv->texts, text, len);
      g_string_append_c (priv->texts, '\0');
    }
  else
    g_array_index (priv->offsets, gsize, column) = NO_TEXT;
  priv->resolved = FALSE;
  return TRUE;
}

gboolean
mk_table_reader_is_merged (MkTableReader *self,
                           guint          column)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  return column < priv->cells->len && g_array_index (priv->cells, MkCell, column).merged;
}

void
mk_table_reader_set_error (MkTableReader  *self,
                           GError        **error,
                           MkTableError    code,
                           const char     *format,
                           ...)
{
  g_autofree char *location = mk_table_reader_dup_location (self);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, MK_TABLE_ERROR, code, "%s: %s", location, message);
}

/* --- public API --- */

gboolean
mk_table_reader_next_row (MkTableReader  *self,
                          GError        **error)
{
  g_return_val_if_fail (MK_IS_TABLE_READER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return MK_TABLE_READER_GET_CLASS (self)->next_row (self, error);
}

guint
mk_table_reader_get_n_cells (MkTableReader *self)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  g_return_val_if_fail (MK_IS_TABLE_READER (self), 0);

  return priv->cells->len;
}

static void
resolve_texts (MkTableReaderPrivate *priv)
{
  for (guint i = 0; i < priv->cells->len; i++)
    {
      gsize offset = g_array_index (priv->offsets, gsize, i);

      if (offset != NO_TEXT)
        g_array_index (priv->cells, MkCell, i).text = priv->texts->str + offset;
    }
  priv->resolved = TRUE;
}

const MkCell *
mk_table_reader_get_cell (MkTableReader *self,
                          guint          column)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  g_return_val_if_fail (MK_IS_TABLE_READER (self), &empty_cell);

  if (column >= priv->cells->len)
    return &empty_cell;
  if (!priv->resolved)
    resolve_texts (priv);
  return &g_array_index (priv->cells, MkCell, column);
}

guint
mk_table_reader_get_line (MkTableReader *self)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  g_return_val_if_fail (MK_IS_TABLE_READER (self), 0);

  return priv->line;
}

char *
mk_table_reader_dup_location (MkTableReader *self)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  g_return_val_if_fail (MK_IS_TABLE_READER (self), NULL);

  if (priv->sheet != NULL && priv->line > 0)
    return g_strdup_printf ("%s:%s!%u", priv->path, priv->sheet, priv->line);
  if (priv->sheet != NULL)
    return g_strdup_printf ("%s:%s", priv->path, priv->sheet);
  if (priv->line > 0)
    return g_strdup_printf ("%s:%u", priv->path, priv->line);
  return g_strdup (priv->path);
}

const char *
mk_table_reader_get_path (MkTableReader *self)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  g_return_val_if_fail (MK_IS_TABLE_READER (self), NULL);

  return priv->path;
}

const char *
mk_table_reader_get_sheet (MkTableReader *self)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  g_return_val_if_fail (MK_IS_TABLE_READER (self), NULL);

  return priv->sheet;
}

const char *
mk_table_reader_get_encoding (MkTableReader *self)
{
  MkTableReaderPrivate *priv = mk_table_reader_get_instance_private (self);

  g_return_val_if_fail (MK_IS_TABLE_READER (self), NULL);

  return priv->encoding;
}

/* '%' stays: it is a column name of its own (a share), and "Доля, %"
 * must not collapse into "Доля". */
static gboolean
header_char_ignored (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
      return c != '%';
    default:
      return g_unichar_isspace (c);
    }
}

char *
mk_table_header_key (const char *header)
{
  g_autofree char *valid = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key;

  g_return_val_if_fail (header != NULL, NULL);

  /* Compatibility forms as their letters («№» as «No», «²» as «2»), then
   * the one folding, then no spaces or punctuation at all. */
  valid = g_utf8_make_valid (header, -1);
  normal = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);
  folded = mk_text_fold (normal);
  key = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!header_char_ignored (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}
