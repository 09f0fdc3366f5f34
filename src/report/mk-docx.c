/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <zip.h>

#include "mk-document-date.h"
#include "mk-docx-private.h"
#include "mk-docx.h"

/* The package of a Word document: the parts around the body
 * (mk-docx-body.c) and the zip that holds them. The XML is written by hand rather
 * than through a library: it is a few fixed parts and one flow of
 * paragraphs, and every byte of it is then ours to check. */

#define NS_PKG_RELS "http://schemas.openxmlformats.org/package/2006/relationships"
#define NS_DOC_RELS "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define WORD_TYPE "application/vnd.openxmlformats-officedocument.wordprocessingml."

static GString *
content_types_xml (void)
{
  return g_string_new (MK_DOCX_XML_HEAD
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
      "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"" WORD_TYPE "document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" ContentType=\"" WORD_TYPE "styles+xml\"/>"
      "<Override PartName=\"/word/numbering.xml\" ContentType=\"" WORD_TYPE "numbering+xml\"/>"
      "<Override PartName=\"/word/settings.xml\" ContentType=\"" WORD_TYPE "settings+xml\"/>"
      "<Override PartName=\"/word/header1.xml\" ContentType=\"" WORD_TYPE "header+xml\"/>"
      "<Override PartName=\"/word/header2.xml\" ContentType=\"" WORD_TYPE "header+xml\"/>"
      "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-"
      "package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
      "</Types>\n");
}

static GString *
package_rels_xml (void)
{
  return g_string_new (MK_DOCX_XML_HEAD "<Relationships xmlns=\"" NS_PKG_RELS "\">"
      "<Relationship Id=\"rId1\" Type=\"" NS_DOC_RELS "officeDocument\" "
      "Target=\"word/document.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
      "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"" NS_DOC_RELS "extended-properties\" "
      "Target=\"docProps/app.xml\"/></Relationships>\n");
}

static GString *
document_rels_xml (void)
{
  return g_string_new (MK_DOCX_XML_HEAD "<Relationships xmlns=\"" NS_PKG_RELS "\">"
      "<Relationship Id=\"rIdStyles\" Type=\"" NS_DOC_RELS "styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rIdNumbering\" Type=\"" NS_DOC_RELS "numbering\" "
      "Target=\"numbering.xml\"/>"
      "<Relationship Id=\"rIdSettings\" Type=\"" NS_DOC_RELS "settings\" Target=\"settings.xml\"/>"
      "<Relationship Id=\"rIdHeader\" Type=\"" NS_DOC_RELS "header\" Target=\"header1.xml\"/>"
      "<Relationship Id=\"rIdFirstHeader\" Type=\"" NS_DOC_RELS "header\" "
      "Target=\"header2.xml\"/></Relationships>\n");
}

static GString *
settings_xml (void)
{
  GString *xml = g_string_new (MK_DOCX_XML_HEAD "<w:settings xmlns:w=\"" MK_DOCX_NS_W "\">");

  g_string_append_printf (xml, "<w:defaultTabStop w:val=\"%d\"/>",
                          MK_DOCX_TWIPS (MK_DOC_INDENT_MM));
  g_string_append (xml, "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
                        "<w:compatSetting w:name=\"compatibilityMode\" "
                        "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                        "</w:compat><w:themeFontLang w:val=\"ru-RU\"/></w:settings>\n");
  return xml;
}

/* The page number, top centre: a PAGE field. The first page's header
 * (FIRST) is empty, as an official document numbers its pages from the
 * second. */
static GString *
header_xml (gboolean first)
{
  GString *xml = g_string_new (MK_DOCX_XML_HEAD "<w:hdr xmlns:w=\"" MK_DOCX_NS_W "\" xmlns:r=\""
                               MK_DOCX_NS_R "\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>");

  if (!first)
    g_string_append (xml, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                          "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                          "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                          "<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
  g_string_append (xml, "</w:p></w:hdr>\n");
  return xml;
}

static GString *
core_xml (MkDoc     *doc,
          GDateTime *date)
{
  g_autofree char *when = g_date_time_format (date, "%Y-%m-%dT%H:%M:%SZ");
  GString *xml = g_string_new (MK_DOCX_XML_HEAD
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
      "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");

  mk_docx_append_escaped (xml, mk_doc_get_title (doc));
  g_string_append_printf (xml, "</dc:title><dc:language>ru-RU</dc:language>"
                               "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
                               "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s"
                               "</dcterms:modified></cp:coreProperties>\n", when, when);
  return xml;
}

static GString *
app_xml (void)
{
  return g_string_new (MK_DOCX_XML_HEAD "<Properties xmlns=\"http://schemas.openxmlformats.org/"
                       "officeDocument/2006/extended-properties\"><Application>Mayak"
                       "</Application></Properties>\n");
}

static void
free_text (gpointer data)
{
  g_string_free (data, TRUE);
}

/* The archive being written; its parts' text lives until it is closed. */
typedef struct {
  zip_t      *zip;
  const char *path;
  GPtrArray  *texts;  /* GString */
  time_t      mtime;
} Package;

static gboolean
fail (Package  *pkg,
      GError  **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write %s: %s"),
               pkg->path, zip_error_strerror (zip_get_error (pkg->zip)));
  return FALSE;
}

/* Adds XML (taken) as the part NAME, dated as the document: the same
 * protocol written twice on one day is the same file. */
static gboolean
add_part (Package     *pkg,
          const char  *name,
          GString     *xml,
          GError     **error)
{
  zip_source_t *source;
  zip_int64_t index;

  g_ptr_array_add (pkg->texts, xml);
  source = zip_source_buffer (pkg->zip, xml->str, xml->len, 0);
  if (source == NULL)
    return fail (pkg, error);
  index = zip_file_add (pkg->zip, name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0)
    {
      zip_source_free (source);
      return fail (pkg, error);
    }
  return zip_file_set_mtime (pkg->zip, index, pkg->mtime, 0) == 0 || fail (pkg, error);
}

static gboolean
add_parts (Package  *pkg,
           MkDoc    *doc,
           GError  **error)
{
  g_autoptr(GDateTime) date = mk_document_date_new ();
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *document = mk_docx_document (doc, starts);

  pkg->mtime = (time_t) g_date_time_to_unix (date);
  /* The document is built first: the numbering follows its lists. */
  if (!add_part (pkg, "[Content_Types].xml", content_types_xml (), error) ||
      !add_part (pkg, "_rels/.rels", package_rels_xml (), error))
    return (g_string_free (document, TRUE), FALSE);
  return add_part (pkg, "word/document.xml", document, error) &&
         add_part (pkg, "word/_rels/document.xml.rels", document_rels_xml (), error) &&
         add_part (pkg, "word/styles.xml", mk_docx_styles (), error) &&
         add_part (pkg, "word/numbering.xml", mk_docx_numbering (starts), error) &&
         add_part (pkg, "word/settings.xml", settings_xml (), error) &&
         add_part (pkg, "word/header1.xml", header_xml (FALSE), error) &&
         add_part (pkg, "word/header2.xml", header_xml (TRUE), error) &&
         add_part (pkg, "docProps/core.xml", core_xml (doc, date), error) &&
         add_part (pkg, "docProps/app.xml", app_xml (), error);
}

/* Every table's sheet within a spreadsheet's limits, as every writer
 * asks before writing. */
static gboolean
check_sheets (MkDoc       *doc,
              const char  *path,
              GError     **error)
{
  for (guint i = 0; i < mk_doc_get_n_parts (doc); i++)
    {
      const MkDocPart *part = mk_doc_get_part (doc, i);

      if (part->kind == MK_DOC_TABLE && !mk_sheet_check_limits (part->sheet, error))
        {
          g_prefix_error (error, _("Cannot write %s: "), path);
          return FALSE;
        }
    }
  return TRUE;
}

/* Writes the archive at PART_PATH; on failure nothing is left there. */
static gboolean
write_package (MkDoc       *doc,
               const char  *path,
               const char  *part_path,
               GError     **error)
{
  Package pkg = { .path = path };
  int code = 0;
  gboolean ok;

  pkg.zip = zip_open (part_path, ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (pkg.zip == NULL)
    {
      zip_error_t zerr;

      zip_error_init_with_code (&zerr, code);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write %s: %s"),
                   path, zip_error_strerror (&zerr));
      zip_error_fini (&zerr);
      return FALSE;
    }
  pkg.texts = g_ptr_array_new_with_free_func (free_text);
  ok = add_parts (&pkg, doc, error);
  if (ok && zip_close (pkg.zip) != 0)
    ok = fail (&pkg, error);
  else if (ok)
    pkg.zip = NULL;
  if (pkg.zip != NULL)
    zip_discard (pkg.zip);
  g_ptr_array_unref (pkg.texts);
  return ok;
}

gboolean
mk_docx_write (MkDoc       *doc,
               const char  *path,
               GError     **error)
{
  g_autofree char *part_path = g_strconcat (path, ".part", NULL);

  if (!check_sheets (doc, path, error))
    return FALSE;
  if (!write_package (doc, path, part_path, error))
    {
      g_remove (part_path);
      return FALSE;
    }
  if (g_rename (part_path, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Cannot write %s: %s"),
                   path, g_strerror (saved));
      g_remove (part_path);
      return FALSE;
    }
  return TRUE;
}
