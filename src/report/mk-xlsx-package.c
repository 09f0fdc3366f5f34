#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "mk-xlsx-stream.h"

/* The package of the large-sheet writer: the worksheet goes to a temporary
 * file, then every part into the zip, deflated at level 1 (the worksheet
 * of 40,000 schools is 40 MB of repetitive XML: level 1 writes it in a
 * quarter of the default level's time for a file 1.5 times as large).
 * libzip writes the file under a temporary name and renames it when
 * complete, so that a failure leaves nothing half-written at PATH. */

#define XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define CT "application/vnd.openxmlformats-officedocument.spreadsheetml."

static const char content_types[] = XML_HEAD
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" CT "sheet.main+xml\"/>"
  "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" CT "worksheet+xml\"/>"
  "<Override PartName=\"/xl/styles.xml\" ContentType=\"" CT "styles+xml\"/>"
  "</Types>";

static const char package_rels[] = XML_HEAD
  "<Relationships xmlns=\"" NS_PKG_REL "\">"
  "<Relationship Id=\"rId1\" Type=\"" NS_REL "/officeDocument\" Target=\"xl/workbook.xml\"/>"
  "</Relationships>";

static const char workbook_rels[] = XML_HEAD
  "<Relationships xmlns=\"" NS_PKG_REL "\">"
  "<Relationship Id=\"rId1\" Type=\"" NS_REL "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" NS_REL "/styles\" Target=\"styles.xml\"/>"
  "</Relationships>";

/* xl/workbook.xml: the one sheet, and its header rows to print on every
 * page as a defined name. */
static char *
workbook_xml (MkSheet *sheet)
{
  const MkSheetPage *page = mk_sheet_get_page (sheet);
  GString *out = g_string_new (XML_HEAD "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">"
                               "<bookViews><workbookView/></bookViews><sheets><sheet name=\"");

  mk_xlsx_escape (out, mk_sheet_get_name (sheet));
  g_string_append (out, "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>");
  if (page->repeat_first >= 0 && page->repeat_last >= page->repeat_first)
    {
      g_auto(GStrv) parts = g_strsplit (mk_sheet_get_name (sheet), "'", -1);
      g_autofree char *quoted = g_strjoinv ("''", parts);

      g_string_append (out, "<definedNames><definedName name=\"_xlnm.Print_Titles\" "
                       "localSheetId=\"0\">'");
      mk_xlsx_escape (out, quoted);
      g_string_append_printf (out, "'!$%d:$%d</definedName></definedNames>",
                              page->repeat_first + 1, page->repeat_last + 1);
    }
  g_string_append (out, "</workbook>");
  return g_string_free (out, FALSE);
}

/* Adds NAME with the string DATA (taken) to the zip, deflated at level 1. */
static gboolean
add_part (zip_t      *zip,
          const char *name,
          char       *data)
{
  zip_source_t *source = zip_source_buffer (zip, data, strlen (data), 1);
  zip_int64_t index;

  if (source == NULL)
    return g_free (data), FALSE;
  if ((index = zip_file_add (zip, name, source, ZIP_FL_ENC_UTF_8)) < 0)
    return zip_source_free (source), FALSE;
  return zip_set_file_compression (zip, index, ZIP_CM_DEFLATE, 1) == 0;
}

static gboolean
add_text (zip_t      *zip,
          const char *name,
          const char *text)
{
  return add_part (zip, name, g_strdup (text));
}

static gboolean
add_file (zip_t      *zip,
          const char *name,
          const char *path)
{
  zip_source_t *source = zip_source_file (zip, path, 0, -1);
  zip_int64_t index;

  if (source == NULL)
    return FALSE;
  if ((index = zip_file_add (zip, name, source, ZIP_FL_ENC_UTF_8)) < 0)
    return zip_source_free (source), FALSE;
  return zip_set_file_compression (zip, index, ZIP_CM_DEFLATE, 1) == 0;
}

/* The worksheet into a temporary file; its path, or NULL with ERROR. */
static char *
write_sheet (MkSheet      *sheet,
             MkXlsxStyles *styles,
             GError      **error)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("mayak-sheet-XXXXXX.xml", &path, error);
  FILE *file;
  gboolean ok;

  if (fd < 0)
    return NULL;
  if ((file = fdopen (fd, "wb")) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errno),
                           g_strerror (errno));
      close (fd);
      g_unlink (path);
      return NULL;
    }
  ok = mk_xlsx_stream_sheet (sheet, styles, file, error);
  if (fclose (file) != 0 && ok)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errno),
                           g_strerror (errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (path);
  return ok ? g_steal_pointer (&path) : NULL;
}

static gboolean
fail (zip_t   *zip,
      GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       zip != NULL ? zip_strerror (zip) : g_strerror (errno));
  if (zip != NULL)
    zip_discard (zip);
  return FALSE;
}

gboolean
mk_xlsx_stream_write (MkSheet     *sheet,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(MkXlsxStyles) styles = NULL;
  g_autofree char *sheet_path = NULL;
  g_autofree char *styles_xml = NULL, *workbook = NULL;
  zip_t *zip;
  int zip_error = 0;
  gboolean ok;

  if (!mk_sheet_check_limits (sheet, error))
    return FALSE;
  styles = mk_xlsx_styles_new (sheet);
  if ((sheet_path = write_sheet (sheet, styles, error)) == NULL)
    return FALSE;
  if ((zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &zip_error)) == NULL)
    {
      zip_error_t err;

      zip_error_init_with_code (&err, zip_error);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, zip_error_strerror (&err));
      zip_error_fini (&err);
      g_unlink (sheet_path);
      return FALSE;
    }
  styles_xml = mk_xlsx_styles_xml (styles);
  workbook = workbook_xml (sheet);
  ok = add_text (zip, "[Content_Types].xml", content_types)
       && add_text (zip, "_rels/.rels", package_rels)
       && add_text (zip, "xl/_rels/workbook.xml.rels", workbook_rels)
       && add_part (zip, "xl/workbook.xml", g_steal_pointer (&workbook))
       && add_part (zip, "xl/styles.xml", g_steal_pointer (&styles_xml))
       && add_file (zip, "xl/worksheets/sheet1.xml", sheet_path);
  if (!ok)
    {
      fail (zip, error);
      g_unlink (sheet_path);
      return FALSE;
    }
  ok = zip_close (zip) == 0 || fail (zip, error);
  g_unlink (sheet_path);
  return ok;
}
