/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <string.h>

#include "mk-docx-private.h"

/* word/document.xml: the parts of the MkDoc in order, each paragraph in
 * its named style, the lists as real lists, and the page. */

/* The page number's baseline lies MK_DOC_PAGE_NUMBER_MM below the top
 * edge, as in the PDF; Word places a header's top, so it starts higher by
 * the font's ascent (0,891 em in Liberation Serif). */
#define FONT_ASCENT 0.891
#define HEADER_DISTANCE (MK_DOCX_TWIPS (MK_DOC_PAGE_NUMBER_MM) - \
                         (int) (MK_DOC_FONT_SIZE * 20 * FONT_ASCENT + 0.5))

/* What XML 1.0 can hold; a control character could not even be escaped. */
static gboolean
is_xml_char (gunichar c)
{
  return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xd7ff) ||
         (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

static void
append_escaped_len (GString    *xml,
                    const char *text,
                    gssize      len)
{
  const char *end = len < 0 ? text + strlen (text) : text + len;

  for (const char *p = text; p < end; )
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next = c < (gunichar) -2 ? g_utf8_next_char (p) : p + 1;

      if (c == '&')
        g_string_append (xml, "&amp;");
      else if (c == '<')
        g_string_append (xml, "&lt;");
      else if (c == '>')
        g_string_append (xml, "&gt;");
      else if (c == '"')
        g_string_append (xml, "&quot;");
      else if (c == '\'')
        g_string_append (xml, "&apos;");
      else if (c < (gunichar) -2 && is_xml_char (c))
        g_string_append_len (xml, p, next - p);
      p = next;
    }
}

void
mk_docx_append_escaped (GString    *xml,
                        const char *text)
{
  append_escaped_len (xml, text, -1);
}

void
mk_docx_append_runs (GString    *xml,
                     const char *text,
                     gboolean    bold,
                     gboolean    italic)
{
  const char *start = text;

  if (*text == '\0')
    return;
  g_string_append (xml, "<w:r>");
  if (bold || italic)
    g_string_append_printf (xml, "<w:rPr>%s%s</w:rPr>", bold ? "<w:b/><w:bCs/>" : "",
                            italic ? "<w:i/><w:iCs/>" : "");
  for (const char *p = text; ; p++)
    {
      if (*p != '\0' && *p != '\n' && *p != '\t')
        continue;
      if (p > start)
        {
          g_string_append (xml, "<w:t xml:space=\"preserve\">");
          append_escaped_len (xml, start, p - start);
          g_string_append (xml, "</w:t>");
        }
      if (*p == '\0')
        break;
      g_string_append (xml, *p == '\n' ? "<w:br/>" : "<w:tab/>");
      start = p + 1;
    }
  g_string_append (xml, "</w:r>");
}

/* The body being written, and the numbered lists it has started. */
typedef struct {
  GString *xml;
  GArray  *starts;       /* guint: the first number of each list */
  guint    next_number;  /* the one the current list gives next; 0: none */
} Body;

/* N of a label «N.», else 0: a label of another form is written as it
 * is, since no list numbering would print it. */
static guint
label_number (const char *label)
{
  char *end = NULL;
  guint64 n;

  if (label == NULL || !g_ascii_isdigit (*label))
    return 0;
  n = g_ascii_strtoull (label, &end, 10);
  return strcmp (end, ".") == 0 && n > 0 && n < 10000 ? (guint) n : 0;
}

/* The w:numId of PART's list (LEVEL its level), 0 when it is in none. A
 * label that does not go on from the current list's last starts a new
 * list, so that each «Решили:» block counts from 1 again. */
static guint
list_of (Body            *body,
         const MkDocPart *part,
         guint           *level)
{
  guint n;

  *level = part->style == MK_DOC_SUBITEM;
  if (part->style == MK_DOC_BULLET || part->style == MK_DOC_SUBITEM)
    return MK_DOCX_BULLETS;
  if (part->style != MK_DOC_NUMBERED || (n = label_number (part->label)) == 0)
    return 0;
  if (n != body->next_number)
    g_array_append_val (body->starts, n);
  body->next_number = n + 1;
  return MK_DOCX_FIRST_NUMBERED + body->starts->len - 1;
}

static void
append_paragraph_properties (Body            *body,
                             const MkDocPart *part,
                             gboolean         own_label)
{
  guint level;
  guint num_id = list_of (body, part, &level);

  g_string_append_printf (body->xml, "<w:pPr><w:pStyle w:val=\"%s\"/>",
                          mk_docx_style_id (part->style));
  if (part->keep_with_next)
    g_string_append (body->xml, "<w:keepNext/>");
  if (num_id != 0)
    g_string_append_printf (body->xml, "<w:numPr><w:ilvl w:val=\"%u\"/>"
                                       "<w:numId w:val=\"%u\"/></w:numPr>", level, num_id);
  if (part->space_before)
    g_string_append (body->xml, "<w:spacing w:before=\"240\"/>");
  if (own_label)
    g_string_append_printf (body->xml, "<w:ind w:left=\"%d\" w:hanging=\"%d\"/>",
                            MK_DOCX_LIST_STEP, MK_DOCX_LIST_STEP);
  /* A heading of the document: Word's navigation shows it, and its
   * outline, at this level. */
  if (part->outline_level > 0)
    g_string_append_printf (body->xml, "<w:outlineLvl w:val=\"%u\"/>", part->outline_level - 1);
  /* The paragraph mark's bold is the list label's. */
  if (part->bold)
    g_string_append (body->xml, "<w:rPr><w:b/><w:bCs/></w:rPr>");
  g_string_append (body->xml, "</w:pPr>");
}

static void
append_paragraph (Body            *body,
                  const MkDocPart *part)
{
  gboolean own_label = part->style == MK_DOC_NUMBERED && part->label != NULL &&
                       label_number (part->label) == 0;
  g_autofree char *text = NULL;

  /* A signature's name goes to the right tab stop of its style. */
  if (part->style == MK_DOC_SIGNATURE && part->label != NULL)
    text = g_strconcat (part->text, "\t", part->label, NULL);
  else if (own_label)
    text = g_strconcat (part->label, "\t", part->text, NULL);
  else
    text = g_strdup (part->text);
  g_string_append (body->xml, "<w:p>");
  append_paragraph_properties (body, part, own_label);
  mk_docx_append_runs (body->xml, text, part->bold, FALSE);
  g_string_append (body->xml, "</w:p>\n");
}

static void
append_part (Body            *body,
             const MkDocPart *part,
             const MkDocPart *previous)
{
  /* Only a decision's sub-item goes on with the list of decisions. */
  if (part->kind != MK_DOC_PARAGRAPH ||
      (part->style != MK_DOC_NUMBERED && part->style != MK_DOC_SUBITEM))
    body->next_number = 0;
  if (part->kind == MK_DOC_PARAGRAPH)
    append_paragraph (body, part);
  else
    {
      /* Two tables in a row would be one table to Word. */
      if (previous != NULL && previous->kind == MK_DOC_TABLE)
        g_string_append (body->xml, "<w:p/>\n");
      mk_docx_append_table (body->xml, part);
    }
}

static void
append_section (GString *xml)
{
  g_string_append_printf (xml,
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
      "<w:headerReference w:type=\"first\" r:id=\"rIdFirstHeader\"/>"
      "<w:pgSz w:w=\"%d\" w:h=\"%d\"/><w:pgMar w:top=\"%d\" w:right=\"%d\" w:bottom=\"%d\" "
      "w:left=\"%d\" w:header=\"%d\" w:footer=\"%d\" w:gutter=\"0\"/>"
      "<w:cols w:space=\"708\"/><w:titlePg/></w:sectPr>\n",
      MK_DOCX_PAGE_WIDTH, MK_DOCX_PAGE_HEIGHT, MK_DOCX_TWIPS (MK_DOC_MARGIN_TOP_MM),
      MK_DOCX_RIGHT, MK_DOCX_TWIPS (MK_DOC_MARGIN_BOTTOM_MM), MK_DOCX_LEFT, HEADER_DISTANCE,
      MK_DOCX_TWIPS (MK_DOC_MARGIN_BOTTOM_MM) / 2);
}

GString *
mk_docx_document (MkDoc  *doc,
                  GArray *starts)
{
  Body body = { .xml = g_string_new (MK_DOCX_XML_HEAD), .starts = starts };
  const MkDocPart *previous = NULL;

  g_string_append (body.xml, "<w:document xmlns:w=\"" MK_DOCX_NS_W "\" xmlns:r=\""
                             MK_DOCX_NS_R "\"><w:body>\n");
  for (guint i = 0; i < mk_doc_get_n_parts (doc); i++)
    {
      const MkDocPart *part = mk_doc_get_part (doc, i);

      append_part (&body, part, previous);
      previous = part;
    }
  /* Word ends a body with a paragraph, and so must we. */
  if (previous != NULL && previous->kind == MK_DOC_TABLE)
    g_string_append (body.xml, "<w:p/>\n");
  append_section (body.xml);
  g_string_append (body.xml, "</w:body></w:document>\n");
  return body.xml;
}