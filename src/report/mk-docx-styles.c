/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-docx-private.h"

/* word/styles.xml and word/numbering.xml: the page's font and one named
 * paragraph style per MkDocStyle, so that a specialist who edits the
 * protocol in Word changes «MkBody» once for every paragraph. */


static const char *const style_ids[] = {
  [MK_DOC_BODY] = "MkBody",
  [MK_DOC_PLAIN] = "MkPlain",
  [MK_DOC_CENTER] = "MkCenter",
  [MK_DOC_APPROVAL] = "MkApproval",
  [MK_DOC_BULLET] = "MkBullet",
  [MK_DOC_NUMBERED] = "MkNumbered",
  [MK_DOC_SUBITEM] = "MkSubitem",
  [MK_DOC_SIGNATURE] = "MkSignature",
  [MK_DOC_TABLE_TITLE] = "MkTableTitle",
};

/* The pPr of STYLE's paragraphs. A list's indents are its numbering
 * level's, not the style's: Word and Writer put the label there. */
static char *
style_ppr (MkDocStyle style)
{
  switch (style)
    {
    case MK_DOC_BODY:
      return g_strdup_printf ("<w:ind w:firstLine=\"%d\"/><w:jc w:val=\"both\"/>",
                              MK_DOCX_TWIPS (MK_DOC_INDENT_MM));
    case MK_DOC_APPROVAL:
      return g_strdup_printf ("<w:ind w:left=\"%d\"/><w:jc w:val=\"left\"/>",
                              MK_DOCX_TEXT_WIDTH / 2);
    case MK_DOC_SIGNATURE:
      return g_strdup_printf ("<w:tabs><w:tab w:val=\"right\" w:pos=\"%d\"/></w:tabs>"
                              "<w:jc w:val=\"left\"/>", MK_DOCX_TEXT_WIDTH);
    case MK_DOC_BULLET:
    case MK_DOC_NUMBERED:
    case MK_DOC_SUBITEM:
      return g_strdup ("<w:jc w:val=\"both\"/>");
    case MK_DOC_CENTER:
    case MK_DOC_TABLE_TITLE:
      return g_strdup ("<w:jc w:val=\"center\"/>");
    case MK_DOC_PLAIN:
    default:
      return g_strdup ("<w:jc w:val=\"left\"/>");
    }
}

static void
append_style (GString    *xml,
              const char *id,
              const char *ppr,
              const char *rpr)
{
  g_string_append_printf (xml,
      "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"%s\">"
      "<w:name w:val=\"%s\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
      "<w:pPr>%s</w:pPr>%s</w:style>\n", id, id, ppr, rpr);
}

static void
append_defaults (GString *xml)
{
  int size = (int) (MK_DOC_FONT_SIZE * 2 + 0.5);

  g_string_append_printf (xml,
      "<w:docDefaults><w:rPrDefault><w:rPr>"
      "<w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/>"
      "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>"
      "<w:lang w:val=\"ru-RU\" w:eastAsia=\"ru-RU\" w:bidi=\"ar-SA\"/>"
      "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>"
      "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"%d\" w:lineRule=\"auto\"/>"
      "</w:pPr></w:pPrDefault></w:docDefaults>\n",
      MK_DOC_FONT, MK_DOC_FONT, MK_DOC_FONT, MK_DOC_FONT, size, size,
      (int) (240 * MK_DOC_LINE_SPACING + 0.5));
}

/* The styles Word expects to find whatever the document uses; without
 * «Normal Table» it would pick its own cell margins. */
static void
append_builtin_styles (GString *xml)
{
  g_string_append (xml,
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
      "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>\n"
      "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
      "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/>"
      "<w:semiHidden/><w:unhideWhenUsed/></w:style>\n"
      "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
      "<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
      "<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
      "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
      "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
      "</w:tblCellMar></w:tblPr></w:style>\n"
      "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\">"
      "<w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
      "<w:unhideWhenUsed/></w:style>\n");
}

GString *
mk_docx_styles (void)
{
  GString *xml = g_string_new (MK_DOCX_XML_HEAD "<w:styles xmlns:w=\"" MK_DOCX_NS_W "\">\n");
  g_autofree char *table_rpr = NULL;

  append_defaults (xml);
  append_builtin_styles (xml);
  for (guint i = 0; i < G_N_ELEMENTS (style_ids); i++)
    {
      g_autofree char *ppr = style_ppr (i);

      append_style (xml, style_ids[i], ppr, "");
    }
  table_rpr = g_strdup_printf ("<w:rPr><w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/></w:rPr>",
                               (int) (MK_DOC_TABLE_FONT_SIZE * 2 + 0.5),
                               (int) (MK_DOC_TABLE_FONT_SIZE * 2 + 0.5));
  append_style (xml, "MkTableText", "<w:jc w:val=\"left\"/>", table_rpr);
  g_string_append (xml, "</w:styles>\n");
  return xml;
}

const char *
mk_docx_style_id (MkDocStyle style)
{
  g_return_val_if_fail (style < G_N_ELEMENTS (style_ids), style_ids[MK_DOC_PLAIN]);
  return style_ids[style];
}

/* One level of a list: LEVEL's label (FORMAT, TEXT) hangs one step left
 * of its text. */
static void
append_level (GString    *xml,
              guint       level,
              const char *format,
              const char *text)
{
  g_string_append_printf (xml,
      "<w:lvl w:ilvl=\"%u\"><w:start w:val=\"1\"/><w:numFmt w:val=\"%s\"/>"
      "<w:suff w:val=\"tab\"/><w:lvlText w:val=\"%s\"/><w:lvlJc w:val=\"left\"/>"
      "<w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"%d\"/></w:tabs>"
      "<w:ind w:left=\"%d\" w:hanging=\"%d\"/></w:pPr></w:lvl>",
      level, format, text, (level + 1) * MK_DOCX_LIST_STEP, (level + 1) * MK_DOCX_LIST_STEP,
      MK_DOCX_LIST_STEP);
}

GString *
mk_docx_numbering (GArray *starts)
{
  GString *xml = g_string_new (MK_DOCX_XML_HEAD "<w:numbering xmlns:w=\"" MK_DOCX_NS_W "\">\n");

  g_string_append (xml, "<w:abstractNum w:abstractNumId=\"0\">"
                        "<w:multiLevelType w:val=\"hybridMultilevel\"/>");
  append_level (xml, 0, "bullet", "–");
  append_level (xml, 1, "bullet", "–");
  g_string_append (xml, "</w:abstractNum>\n<w:abstractNum w:abstractNumId=\"1\">"
                        "<w:multiLevelType w:val=\"hybridMultilevel\"/>");
  append_level (xml, 0, "decimal", "%1.");
  g_string_append (xml, "</w:abstractNum>\n");
  g_string_append_printf (xml, "<w:num w:numId=\"%d\"><w:abstractNumId w:val=\"0\"/></w:num>\n",
                          MK_DOCX_BULLETS);
  /* Each run of decisions is its own list, restarted by its override:
   * lists of one abstract numbering would otherwise count on. */
  for (guint i = 0; i < starts->len; i++)
    g_string_append_printf (xml,
        "<w:num w:numId=\"%u\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
        "<w:startOverride w:val=\"%u\"/></w:lvlOverride></w:num>\n",
        MK_DOCX_FIRST_NUMBERED + i, g_array_index (starts, guint, i));
  g_string_append (xml, "</w:numbering>\n");
  return xml;
}
