/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <string.h>
#include <zip.h>

#include "mk-xlsx-private.h"

/* Small parts compress well without being dangerous: the ratio limit
 * applies to parts that inflate to more than this. */
#define RATIO_FLOOR ((zip_uint64_t) 1 << 20)

struct _MkXlsxPackage
{
  zip_t         *zip;
  char          *path;
  MkTableLimits  limits;
  GArray        *counted;  /* zip_int64_t indices of the parts in TOTAL */
  zip_uint64_t   total;    /* their declared sizes */
};

struct _MkXlsxEntry
{
  MkXlsxPackage *pkg;
  zip_file_t    *file;
  char          *part;
  zip_uint64_t   size;  /* as the archive declares it */
  zip_uint64_t   done;
};

struct _MkXlsxXml
{
  MkXlsxEntry      *entry;
  xmlTextReaderPtr  reader;
  GError           *io_error;   /* why the last read callback failed */
  char             *xml_error;  /* libxml2's first complaint */
  const xmlChar    *n_t;
  const xmlChar    *n_rph;
  const xmlChar    *n_v;
};

/* Two parts of one name make the package ambiguous: which of them a
 * reader takes depends on the reader. Names are compared without case,
 * as parts are looked up. */
static gboolean
check_unique_names (zip_t       *zip,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  zip_int64_t n = zip_get_num_entries (zip, 0);

  for (zip_int64_t i = 0; i < n; i++)
    {
      const char *name = zip_get_name (zip, i, ZIP_FL_ENC_RAW);
      g_autofree char *key = name != NULL ? g_ascii_strdown (name, -1) : NULL;
      g_autofree char *shown = NULL;

      if (key == NULL || g_hash_table_add (seen, g_steal_pointer (&key)))
        continue;
      shown = mk_xlsx_excerpt (name);
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                   _("%s: the workbook has two parts named %s, so it can be read in two "
                     "ways; open the file in a spreadsheet and save it again"),
                   path, shown);
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_zip (const char  *path,
          zip_t      **zip,
          GError     **error)
{
  int code = 0;
  zip_error_t zerr;

  *zip = zip_open (path, ZIP_RDONLY, &code);
  if (*zip != NULL)
    return TRUE;
  zip_error_init_with_code (&zerr, code);
  g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
               _("%s: a damaged XLSX (ZIP) file: %s"), path, zip_error_strerror (&zerr));
  zip_error_fini (&zerr);
  return FALSE;
}

MkXlsxPackage *
mk_xlsx_package_open (const char           *path,
                      const MkTableLimits  *limits,
                      GError              **error)
{
  zip_t *zip = NULL;
  MkXlsxPackage *pkg;

  if (!open_zip (path, &zip, error))
    return NULL;
  if (!check_unique_names (zip, path, error))
    {
      zip_discard (zip);
      return NULL;
    }
  pkg = g_new0 (MkXlsxPackage, 1);
  pkg->zip = zip;
  pkg->path = g_strdup (path);
  pkg->limits = *limits;
  pkg->counted = g_array_new (FALSE, FALSE, sizeof (zip_int64_t));
  return pkg;
}

void
mk_xlsx_package_free (MkXlsxPackage *pkg)
{
  if (pkg == NULL)
    return;
  zip_discard (pkg->zip);
  g_array_unref (pkg->counted);
  g_free (pkg->path);
  g_free (pkg);
}

const char *
mk_xlsx_package_get_path (MkXlsxPackage *pkg)
{
  return pkg->path;
}

static zip_int64_t
locate (MkXlsxPackage *pkg,
        const char    *part)
{
  zip_int64_t index = zip_name_locate (pkg->zip, part, 0);

  /* Some writers differ in the case of part names. */
  return index >= 0 ? index : zip_name_locate (pkg->zip, part, ZIP_FL_NOCASE);
}

gboolean
mk_xlsx_package_has (MkXlsxPackage *pkg,
                     const char    *part)
{
  return locate (pkg, part) >= 0;
}

static gboolean
check_size (MkXlsxPackage     *pkg,
            const char        *part,
            const zip_stat_t  *st,
            GError           **error)
{
  const MkTableLimits *limits = &pkg->limits;
  g_autofree char *size = g_format_size (st->size);
  g_autofree char *limit = g_format_size (limits->max_uncompressed_size);
  guint ratio;

  if (st->size > (zip_uint64_t) limits->max_uncompressed_size)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE,
                   _("%s: the part %s of the workbook inflates to %s, more than the limit of %s"),
                   pkg->path, part, size, limit);
      return FALSE;
    }
  ratio = MIN (st->size / MAX (st->comp_size, 1), G_MAXUINT);
  if (st->size > RATIO_FLOOR && ratio > limits->max_ratio)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE,
                   _("%s: the part %s of the workbook inflates %u times (to %s), "
                     "more than the limit of %u times; it may be a zip bomb"),
                   pkg->path, part, ratio, size, limits->max_ratio);
      return FALSE;
    }
  return TRUE;
}

/* Each part is within the ratio, but many of them, or one large part of
 * shared strings that is held in memory, still add up: the parts read
 * are limited together, each counted once (the sheet is read twice). */
static gboolean
check_total (MkXlsxPackage     *pkg,
             zip_int64_t        index,
             const zip_stat_t  *st,
             GError           **error)
{
  zip_uint64_t limit = pkg->limits.max_total_uncompressed;

  for (guint i = 0; i < pkg->counted->len; i++)
    if (g_array_index (pkg->counted, zip_int64_t, i) == index)
      return TRUE;
  if (st->size > limit || pkg->total > limit - st->size)
    {
      g_autofree char *total = g_format_size (pkg->total + st->size);
      g_autofree char *max = g_format_size (limit);

      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE,
                   _("%s: the workbook inflates to %s, more than the limit of %s; "
                     "save the sheet to import as CSV or split it into smaller files"),
                   pkg->path, total, max);
      return FALSE;
    }
  pkg->total += st->size;
  g_array_append_val (pkg->counted, index);
  return TRUE;
}

MkXlsxEntry *
mk_xlsx_entry_open (MkXlsxPackage  *pkg,
                    const char     *part,
                    GError        **error)
{
  zip_int64_t index = locate (pkg, part);
  zip_stat_t st;
  zip_file_t *file;
  MkXlsxEntry *entry;

  if (index < 0 || zip_stat_index (pkg->zip, index, 0, &st) != 0 ||
      (st.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) != (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE))
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                   _("%s: the workbook has no part %s; is it an XLSX file?"), pkg->path, part);
      return NULL;
    }
  if (!check_size (pkg, part, &st, error) || !check_total (pkg, index, &st, error))
    return NULL;
  file = zip_fopen_index (pkg->zip, index, 0);
  if (file == NULL)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                   _("%s: cannot read the part %s of the workbook: %s"),
                   pkg->path, part, zip_strerror (pkg->zip));
      return NULL;
    }
  entry = g_new0 (MkXlsxEntry, 1);
  entry->pkg = pkg;
  entry->file = file;
  entry->part = g_strdup (part);
  entry->size = st.size;
  return entry;
}

gssize
mk_xlsx_entry_read (MkXlsxEntry  *entry,
                    char         *buf,
                    gsize         len,
                    GError      **error)
{
  zip_int64_t n = zip_fread (entry->file, buf, len);

  if (n < 0)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                   _("%s: the part %s of the workbook is damaged: %s"),
                   entry->pkg->path, entry->part, zip_file_strerror (entry->file));
      return -1;
    }
  entry->done += n;
  /* The declared size was checked; a part that lies about it is cut. */
  if (entry->done > entry->size)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE,
                   _("%s: the part %s of the workbook inflates to more than it declares"),
                   entry->pkg->path, entry->part);
      return -1;
    }
  return n;
}

void
mk_xlsx_entry_close (MkXlsxEntry *entry)
{
  if (entry == NULL)
    return;
  zip_fclose (entry->file);
  g_free (entry->part);
  g_free (entry);
}

/* --- XML --- */

static int
xml_read_cb (void *context,
             char *buffer,
             int   len)
{
  MkXlsxXml *xml = context;

  if (xml->io_error != NULL)
    return -1;
  return (int) mk_xlsx_entry_read (xml->entry, buffer, len, &xml->io_error);
}

static int
xml_close_cb (void *context)
{
  return 0;  /* the entry is closed by mk_xlsx_xml_free */
}

static void
xml_error_cb (void        *context,
              xmlErrorPtr  err)
{
  MkXlsxXml *xml = context;

  if (xml->xml_error == NULL && err != NULL && err->message != NULL)
    xml->xml_error = g_strstrip (g_strdup (err->message));
}

MkXlsxXml *
mk_xlsx_xml_open (MkXlsxPackage  *pkg,
                  const char     *part,
                  GError        **error)
{
  g_autoptr(MkXlsxXml) xml = g_new0 (MkXlsxXml, 1);

  xml->entry = mk_xlsx_entry_open (pkg, part, error);
  if (xml->entry == NULL)
    return NULL;
  xml->reader = xmlReaderForIO (xml_read_cb, xml_close_cb, xml, part, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR |
                                XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
  if (xml->reader == NULL)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                   _("%s: cannot read the part %s of the workbook"), pkg->path, part);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (xml->reader, xml_error_cb, xml);
  xml->n_t = mk_xlsx_xml_intern (xml, "t");
  xml->n_rph = mk_xlsx_xml_intern (xml, "rPh");
  xml->n_v = mk_xlsx_xml_intern (xml, "v");
  return g_steal_pointer (&xml);
}

xmlTextReaderPtr
mk_xlsx_xml_get_reader (MkXlsxXml *xml)
{
  return xml->reader;
}

const xmlChar *
mk_xlsx_xml_intern (MkXlsxXml  *xml,
                    const char *name)
{
  return xmlTextReaderConstString (xml->reader, (const xmlChar *) name);
}

int
mk_xlsx_xml_read (MkXlsxXml  *xml,
                  GError    **error)
{
  int ret = xmlTextReaderRead (xml->reader);
  MkXlsxPackage *pkg = xml->entry->pkg;

  if (ret == 1 && xmlTextReaderNodeType (xml->reader) != XML_READER_TYPE_DOCUMENT_TYPE)
    return 1;
  if (ret == 0)
    return 0;
  if (xml->io_error != NULL)
    g_propagate_error (error, g_steal_pointer (&xml->io_error));
  else if (ret == 1)
    g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                 _("%s: the part %s of the workbook has a DTD, which a workbook never has"),
                 pkg->path, xml->entry->part);
  else
    g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                 _("%s: the part %s of the workbook is damaged: %s"), pkg->path,
                 xml->entry->part, xml->xml_error != NULL ? xml->xml_error : "XML");
  return -1;
}

gboolean
mk_xlsx_xml_is_element (MkXlsxXml     *xml,
                        const xmlChar *name)
{
  return xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_ELEMENT &&
         xmlTextReaderConstLocalName (xml->reader) == name;
}

char *
mk_xlsx_xml_dup_attr (MkXlsxXml  *xml,
                      const char *local)
{
  char *value = NULL;

  while (value == NULL && xmlTextReaderMoveToNextAttribute (xml->reader) == 1)
    if (xmlStrEqual (xmlTextReaderConstLocalName (xml->reader), (const xmlChar *) local))
      value = g_strdup ((const char *) xmlTextReaderConstValue (xml->reader));
  xmlTextReaderMoveToElement (xml->reader);
  return value;
}

static gboolean
is_text_node (int type)
{
  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
         type == XML_READER_TYPE_WHITESPACE;
}

gboolean
mk_xlsx_xml_collect_text (MkXlsxXml  *xml,
                          GString    *out,
                          GError    **error)
{
  xmlTextReaderPtr r = xml->reader;
  const xmlChar *name = xmlTextReaderConstLocalName (r);
  int depth = xmlTextReaderDepth (r);
  gboolean in_text = name == xml->n_t || name == xml->n_v;
  int rph_depth = -1;  /* inside a phonetic run, whose <t> is not the text */

  if (xmlTextReaderIsEmptyElement (r))
    return TRUE;
  for (;;)
    {
      int type, ret = mk_xlsx_xml_read (xml, error);

      if (ret <= 0)
        return ret == 0;
      type = xmlTextReaderNodeType (r);
      if (is_text_node (type))
        {
          if (in_text && rph_depth < 0)
            g_string_append (out, (const char *) xmlTextReaderConstValue (r));
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT && type != XML_READER_TYPE_END_ELEMENT)
        continue;
      name = xmlTextReaderConstLocalName (r);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (r) == depth)
        return TRUE;
      if (type == XML_READER_TYPE_ELEMENT && name == xml->n_rph &&
          !xmlTextReaderIsEmptyElement (r) && rph_depth < 0)
        rph_depth = xmlTextReaderDepth (r);
      else if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (r) == rph_depth)
        rph_depth = -1;
      else if (name == xml->n_t)
        in_text = type == XML_READER_TYPE_ELEMENT && !xmlTextReaderIsEmptyElement (r);
    }
}

void
mk_xlsx_xml_free (MkXlsxXml *xml)
{
  if (xml == NULL)
    return;
  if (xml->reader != NULL)
    xmlFreeTextReader (xml->reader);
  mk_xlsx_entry_close (xml->entry);
  g_clear_error (&xml->io_error);
  g_free (xml->xml_error);
  g_free (xml);
}
