/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reports-docx"
#include "config.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <zip.h>

#include "mk-doc.h"
#include "mk-docx.h"
#include "mk-test-util.h"

/* A protocol written as a Word document and read back part by part: what
 * Word and Writer show (the lists and their numbers, the table and its
 * header, the page) is what the XML says. To open the document itself,
 * set MK_DOCX_DIR: it is then also written there as protocol.docx. */

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

typedef struct {
  char   *dir;
  char   *path;
  xmlDoc *document;
} Docx;

/* Школа | Результаты (two columns merged), then three schools' rows; the
 * lyceum's name is merged over its two rows. */
static MkSheet *
results_sheet (void)
{
  MkSheet *sheet = mk_sheet_new ("Результаты");
  MkSheetStyle header = { .flags = MK_SHEET_BOLD | MK_SHEET_BORDER | MK_SHEET_WRAP,
                          .align = MK_SHEET_ALIGN_CENTER, .valign = MK_SHEET_VALIGN_CENTER };
  MkSheetStyle text = { .flags = MK_SHEET_BORDER | MK_SHEET_WRAP,
                        .valign = MK_SHEET_VALIGN_CENTER };
  MkSheetStyle number = { .flags = MK_SHEET_BORDER };
  guint h = mk_sheet_add_style (sheet, &header);
  guint t = mk_sheet_add_style (sheet, &text);
  guint n = mk_sheet_add_style (sheet, &number);

  mk_sheet_set_column_width (sheet, 0, 40);
  mk_sheet_add_title (sheet, 0, 3, "Таблица 1. Результаты по школам");
  mk_sheet_set_text (sheet, 1, 0, "Школа", h);
  mk_sheet_set_text (sheet, 1, 1, "Результаты", h);
  mk_sheet_set_blank (sheet, 1, 2, h);
  mk_sheet_merge (sheet, 1, 1, 1, 2);
  mk_sheet_set_text (sheet, 2, 0, "Средняя школа № 2", t);
  mk_sheet_set_integer (sheet, 2, 1, 25, n);
  mk_sheet_set_share (sheet, 2, 2, 0.465, n);
  mk_sheet_set_text (sheet, 3, 0, "Лицей № 9", t);
  mk_sheet_set_integer (sheet, 3, 1, 17, n);
  mk_sheet_set_share (sheet, 3, 2, 0.3, n);
  mk_sheet_set_integer (sheet, 4, 1, 12, n);
  mk_sheet_set_share (sheet, 4, 2, 0.25, n);
  mk_sheet_merge (sheet, 3, 0, 4, 0);
  return sheet;
}

static void
add_numbered (MkDoc      *doc,
              const char *label,
              const char *text)
{
  MkDocPart *part = mk_doc_add_paragraph (doc, MK_DOC_NUMBERED, text);

  part->label = g_strdup (label);
}

static MkDoc *
protocol (void)
{
  MkDoc *doc = mk_doc_new ("Протокол заседания комиссии № 12");
  MkDocPart *part;

  mk_doc_add_paragraph (doc, MK_DOC_CENTER, "ПРОТОКОЛ № 12")->bold = TRUE;
  mk_doc_add_paragraph (doc, MK_DOC_APPROVAL, "УТВЕРЖДАЮ\nНачальник управления образования\n"
                                              "И. И. Петрова");
  part = mk_doc_add_paragraph (doc, MK_DOC_BODY, "Заседание комиссии по школам «ШНРО» & <итоги> "
                                                 "\"года\" 'вторая' часть.");
  part->space_before = TRUE;
  mk_doc_add_paragraph (doc, MK_DOC_BODY, "Присутствовали: 7 человек. Повестка:");
  mk_doc_add_paragraph (doc, MK_DOC_BULLET, "о результатах ВПР;");
  mk_doc_add_paragraph (doc, MK_DOC_BULLET, "о дорожных картах.");
  mk_doc_add_sheet (doc, results_sheet ());
  part = mk_doc_add_paragraph (doc, MK_DOC_PLAIN, "Решили:");
  part->bold = TRUE;
  part->keep_with_next = TRUE;
  add_numbered (doc, "1.", "Принять к сведению результаты.");
  add_numbered (doc, "2.", "Школам с низкими результатами:");
  mk_doc_add_paragraph (doc, MK_DOC_SUBITEM, "разработать дорожные карты;");
  mk_doc_add_paragraph (doc, MK_DOC_BODY, "По второму вопросу слушали Иванова А. А.");
  add_numbered (doc, "1.", "Утвердить план на 2023 год.");
  part = mk_doc_add_paragraph (doc, MK_DOC_SIGNATURE, "Председатель комиссии");
  part->label = g_strdup ("И. И. Петрова");
  return doc;
}

/* The part NAME of the archive at PATH, NULL when it has none. */
static char *
read_part (const char *path,
           const char *name)
{
  int code = 0;
  zip_t *zip = zip_open (path, ZIP_RDONLY, &code);
  zip_stat_t st;
  zip_file_t *file;
  char *text;

  g_assert_nonnull (zip);
  if (zip_stat (zip, name, 0, &st) != 0)
    return zip_discard (zip), NULL;
  file = zip_fopen (zip, name, 0);
  g_assert_nonnull (file);
  text = g_malloc0 (st.size + 1);
  g_assert_cmpint (zip_fread (file, text, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  zip_discard (zip);
  return text;
}

/* The part NAME parsed; fails the test unless it is well-formed XML. */
static xmlDoc *
parse_part (const char *path,
            const char *name)
{
  g_autofree char *text = read_part (path, name);
  xmlDoc *xml;

  g_assert_nonnull (text);
  xml = xmlReadMemory (text, strlen (text), name, "UTF-8", XML_PARSE_NONET);
  if (xml == NULL)
    g_error ("%s is not well-formed XML", name);
  return xml;
}

/* The string value of the XPath EXPR over XML. */
static char *
eval (xmlDoc     *xml,
      const char *expr)
{
  xmlXPathContext *context = xmlXPathNewContext (xml);
  xmlXPathObject *result;
  xmlChar *value;
  char *copy;

  xmlXPathRegisterNs (context, BAD_CAST "w", BAD_CAST NS_W);
  xmlXPathRegisterNs (context, BAD_CAST "r", BAD_CAST
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
  xmlXPathRegisterNs (context, BAD_CAST "p", BAD_CAST
                      "http://schemas.openxmlformats.org/package/2006/relationships");
  xmlXPathRegisterNs (context, BAD_CAST "dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  result = xmlXPathEvalExpression (BAD_CAST expr, context);
  if (result == NULL)
    g_error ("bad XPath %s", expr);
  value = xmlXPathCastToString (result);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return copy;
}

static void
assert_eval (xmlDoc     *xml,
             const char *expr,
             const char *expected)
{
  g_autofree char *value = eval (xml, expr);

  if (g_strcmp0 (value, expected) != 0)
    g_error ("%s is «%s», not «%s»", expr, value, expected);
}

/* Each paragraph's text, one a line, as a reader sees them in order. */
static char *
paragraph_texts (xmlDoc *xml)
{
  xmlXPathContext *context = xmlXPathNewContext (xml);
  xmlXPathObject *result;
  GString *out = g_string_new (NULL);

  xmlXPathRegisterNs (context, BAD_CAST "w", BAD_CAST NS_W);
  result = xmlXPathEvalExpression (BAD_CAST "//w:body//w:p", context);
  for (int i = 0; result->nodesetval != NULL && i < result->nodesetval->nodeNr; i++)
    {
      xmlChar *text = xmlXPathCastNodeToString (result->nodesetval->nodeTab[i]);

      g_string_append_printf (out, "%s\n", (const char *) text);
      xmlFree (text);
    }
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return g_string_free (out, FALSE);
}

static void
keep_copy (MkDoc *doc)
{
  const char *dir = g_getenv ("MK_DOCX_DIR");
  g_autofree char *path = dir != NULL ? g_build_filename (dir, "protocol.docx", NULL) : NULL;
  g_autoptr(GError) error = NULL;

  if (path != NULL)
    {
      g_assert_true (mk_docx_write (doc, path, &error));
      g_assert_no_error (error);
    }
}

static void
docx_set_up (Docx          *d,
             gconstpointer  data)
{
  g_autoptr(MkDoc) doc = protocol ();
  g_autoptr(GError) error = NULL;
  g_autofree char *part = NULL;

  d->dir = mk_test_tmpdir_new ();
  d->path = g_build_filename (d->dir, "protocol.docx", NULL);
  g_assert_true (mk_docx_write (doc, d->path, &error));
  g_assert_no_error (error);
  part = g_strconcat (d->path, ".part", NULL);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  d->document = parse_part (d->path, "word/document.xml");
  keep_copy (doc);
}

static void
docx_tear_down (Docx          *d,
                gconstpointer  data)
{
  xmlFreeDoc (d->document);
  g_free (d->path);
  mk_test_tmpdir_free (d->dir);
}

/* Done when: the archive holds the parts Word needs, each well-formed. */
static void
test_parts (Docx          *d,
            gconstpointer  data)
{
  static const char *const needed[] = {
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
    "word/numbering.xml", "word/settings.xml", "word/_rels/document.xml.rels",
    "word/header1.xml", "docProps/core.xml", "docProps/app.xml",
  };
  int code = 0;
  zip_t *zip = zip_open (d->path, ZIP_RDONLY, &code);
  xmlDoc *core;

  g_assert_nonnull (zip);
  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    g_assert_cmpint (zip_name_locate (zip, needed[i], 0), >=, 0);
  for (zip_int64_t i = 0; i < zip_get_num_entries (zip, 0); i++)
    xmlFreeDoc (parse_part (d->path, zip_get_name (zip, i, 0)));
  zip_discard (zip);
  core = parse_part (d->path, "docProps/core.xml");
  assert_eval (core, "string(//dc:title)", "Протокол заседания комиссии № 12");
  xmlFreeDoc (core);
}

/* Done when: the paragraphs and cells come in the document's order, the
 * Cyrillic and the characters XML escapes intact. */
static void
test_text_order (Docx          *d,
                 gconstpointer  data)
{
  static const char *const order[] = {
    "ПРОТОКОЛ № 12", "УТВЕРЖДАЮ", "Начальник управления образования",
    "Заседание комиссии по школам «ШНРО» & <итоги> \"года\" 'вторая' часть.",
    "Присутствовали: 7 человек.", "о результатах ВПР;", "о дорожных картах.",
    "Таблица 1. Результаты по школам", "Школа", "Результаты", "Средняя школа № 2", "25",
    "46,5%", "Лицей № 9", "Решили:", "Принять к сведению результаты.",
    "Школам с низкими результатами:", "разработать дорожные карты;",
    "По второму вопросу слушали Иванова А. А.", "Утвердить план на 2023 год.",
    "Председатель комиссии", "И. И. Петрова",
  };
  g_autofree char *text = paragraph_texts (d->document);
  const char *at = text;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *found = strstr (at, order[i]);

      if (found == NULL)
        g_error ("«%s» is missing or out of order in:\n%s", order[i], text);
      at = found + strlen (order[i]);
    }
}

/* Done when: one real table with its header repeated on every page, no
 * row cut across pages, and the sheet's merges as spans. */
static void
test_table (Docx          *d,
            gconstpointer  data)
{
  xmlDoc *x = d->document;

  assert_eval (x, "count(//w:tbl)", "1");
  assert_eval (x, "count(//w:tbl/w:tr)", "4");
  assert_eval (x, "count(//w:tbl/w:tr[1]/w:trPr/w:tblHeader)", "1");
  assert_eval (x, "count(//w:tbl/w:tr/w:trPr/w:tblHeader)", "1");
  assert_eval (x, "count(//w:tbl/w:tr[w:trPr/w:cantSplit])", "4");
  assert_eval (x, "count(//w:tblGrid/w:gridCol)", "3");
  assert_eval (x, "sum(//w:tblGrid/w:gridCol/@w:w)", "9638");
  assert_eval (x, "count(//w:tblBorders/*[@w:val='single'])", "6");
  /* «Результаты» over two columns; the lyceum over two rows. */
  assert_eval (x, "count(//w:tr[1]/w:tc)", "2");
  assert_eval (x, "string(//w:tr[1]/w:tc[2]/w:tcPr/w:gridSpan/@w:val)", "2");
  assert_eval (x, "string(//w:tr[3]/w:tc[1]/w:tcPr/w:vMerge/@w:val)", "restart");
  assert_eval (x, "count(//w:tr[4]/w:tc[1]/w:tcPr/w:vMerge[not(@w:val) or @w:val='continue'])",
               "1");
  assert_eval (x, "string(//w:tr[4]/w:tc[1])", "");
  /* The header bold and centred, numbers right-aligned. */
  assert_eval (x, "count(//w:tr[1]//w:r[w:rPr/w:b])", "2");
  assert_eval (x, "string(//w:tr[1]/w:tc[1]/w:p/w:pPr/w:jc/@w:val)", "center");
  assert_eval (x, "string(//w:tr[2]/w:tc[2]/w:p/w:pPr/w:jc/@w:val)", "right");
  assert_eval (x, "string(//w:tr[2]/w:tc[1]/w:p/w:pPr/w:jc/@w:val)", "left");
}

/* The w:numId of the paragraph that holds TEXT. */
static char *
num_id (xmlDoc     *xml,
        const char *text)
{
  g_autofree char *expr = g_strdup_printf ("string(//w:p[contains(., '%s')]/w:pPr/w:numPr/"
                                           "w:numId/@w:val)", text);

  return eval (xml, expr);
}

/* The numbering part's value EXPR (with %s for the w:numId) of NUM. */
static void
assert_numbering (xmlDoc     *numbering,
                  const char *num,
                  const char *expr,
                  const char *expected)
{
  g_autofree char *full = g_strdup_printf (expr, num);

  assert_eval (numbering, full, expected);
}

#define ABSTRACT "//w:abstractNum[@w:abstractNumId=//w:num[@w:numId='%s']/w:abstractNumId/@w:val]"

/* Done when: each «Решили:» block is a real numbered list from 1, the
 * sub-item a «–» one level deeper, the agenda a «–» list. */
static void
test_lists (Docx          *d,
            gconstpointer  data)
{
  g_autofree char *first = num_id (d->document, "Принять к сведению");
  g_autofree char *second = num_id (d->document, "Школам с низкими");
  g_autofree char *again = num_id (d->document, "Утвердить план");
  g_autofree char *bullet = num_id (d->document, "о результатах ВПР");
  g_autofree char *sub = num_id (d->document, "разработать дорожные");
  xmlDoc *numbering = parse_part (d->path, "word/numbering.xml");

  g_assert_cmpstr (first, !=, "");
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (again, !=, "");
  g_assert_cmpstr (again, !=, first);
  g_assert_cmpstr (sub, ==, bullet);
  assert_eval (d->document, "string(//w:p[contains(., 'разработать')]/w:pPr/w:numPr/w:ilvl/@w:val)",
               "1");
  for (guint i = 0; i < 2; i++)
    {
      const char *num = i == 0 ? first : again;

      assert_numbering (numbering, num, "string(//w:num[@w:numId='%s']/w:lvlOverride"
                                        "/w:startOverride/@w:val)", "1");
      assert_numbering (numbering, num, "string(" ABSTRACT "/w:lvl[@w:ilvl='0']/w:numFmt/@w:val)",
                        "decimal");
      assert_numbering (numbering, num, "string(" ABSTRACT "/w:lvl[@w:ilvl='0']/w:lvlText/@w:val)",
                        "%1.");
    }
  assert_numbering (numbering, bullet, "string(" ABSTRACT "/w:lvl[@w:ilvl='1']/w:lvlText/@w:val)",
                    "–");
  xmlFreeDoc (numbering);
}

/* Done when: A4 with the margins of an official document, pages numbered
 * at the top from the second, the signature's name at the right margin. */
static void
test_page (Docx          *d,
           gconstpointer  data)
{
  xmlDoc *x = d->document;
  xmlDoc *rels = parse_part (d->path, "word/_rels/document.xml.rels");
  g_autofree char *id = eval (x, "string(//w:body/w:sectPr/w:headerReference[@w:type='default']"
                                 "/@r:id)");
  g_autofree char *expr = g_strdup_printf ("string(//p:Relationship[@Id='%s']/@Target)", id);
  g_autofree char *target = eval (rels, expr);
  g_autofree char *name = g_strconcat ("word/", target, NULL);
  xmlDoc *header = parse_part (d->path, name);
  xmlDoc *styles = parse_part (d->path, "word/styles.xml");

  assert_eval (x, "string(//w:body/w:sectPr/w:pgSz/@w:w)", "11906");
  assert_eval (x, "string(//w:body/w:sectPr/w:pgSz/@w:h)", "16838");
  assert_eval (x, "string(//w:body/w:sectPr/w:pgMar/@w:left)", "1701");
  assert_eval (x, "string(//w:body/w:sectPr/w:pgMar/@w:right)", "567");
  assert_eval (x, "string(//w:body/w:sectPr/w:pgMar/@w:top)", "1134");
  assert_eval (x, "string(//w:body/w:sectPr/w:pgMar/@w:bottom)", "1134");
  assert_eval (x, "count(//w:body/w:sectPr/w:titlePg)", "1");
  assert_eval (header, "normalize-space(//w:instrText)", "PAGE");
  assert_eval (x, "count(//w:p[contains(., 'Председатель комиссии')]//w:tab)", "1");
  assert_eval (styles, "string(//w:style[@w:styleId='MkSignature']/w:pPr/w:tabs/w:tab/@w:pos)",
               "9638");
  assert_eval (styles, "string(//w:docDefaults//w:sz/@w:val)", "28");
  assert_eval (styles, "string(//w:docDefaults//w:lang/@w:val)", "ru-RU");
  assert_eval (styles, "string(//w:style[@w:styleId='MkBody']/w:pPr/w:jc/@w:val)", "both");
  xmlFreeDoc (styles);
  xmlFreeDoc (header);
  xmlFreeDoc (rels);
}

/* Done when: a document that cannot be written says so and leaves
 * nothing behind. */
static void
test_missing_directory (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "missing", "protocol.docx", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr(MkDoc) doc = protocol ();
  g_autoptr(GError) error = NULL;

  g_assert_false (mk_docx_write (doc, path, &error));
  g_assert_nonnull (error);
  mk_test_assert_has (error->message, path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/reports-docx/" name, Docx, NULL, docx_set_up, func, docx_tear_down)
  ADD ("parts", test_parts);
  ADD ("text-order", test_text_order);
  ADD ("table", test_table);
  ADD ("lists", test_lists);
  ADD ("page", test_page);
  g_test_add_func ("/reports-docx/missing-directory", test_missing_directory);
  return g_test_run ();
}
