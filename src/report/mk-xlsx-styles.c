#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <string.h>

#include "mk-xlsx-stream.h"

/* xl/styles.xml of the large-sheet writer: the fonts, fills, borders and
 * number formats that the used styles need, each listed once, and one xf
 * per style and kind, as libxlsxwriter makes one format per pair. */

#define N_KINDS (MK_SHEET_DATE + 1)
#define FIRST_CUSTOM_FORMAT 164

typedef struct {
  guint bold, italic, size;
} Font;

struct _MkXlsxStyles {
  MkSheet   *sheet;
  guint     *xf;        /* style × kind → xf index + 1 (0: not yet) */
  GArray    *xfs;       /* guint[2]: style, kind of each xf from 1 */
  GArray    *fonts;     /* Font; [0] is the default */
  GArray    *fills;     /* guint32 colour of each solid fill from 2 */
  GPtrArray *formats;   /* custom number formats from 164 */
};

const char *
mk_xlsx_number_format (MkSheetKind kind,
                       guint       decimals,
                       char        buffer[32])
{
  switch (kind)
    {
    case MK_SHEET_INTEGER:
      return "0";
    case MK_SHEET_SHARE:
      /* One decimal, as docs/methodology.md rounds shares: 0.465 shows as
       * 46,5% in a Russian spreadsheet (the decimal separator is the
       * reader's). */
      return "0.0%";
    case MK_SHEET_DATE:
      return "dd.mm.yyyy";
    case MK_SHEET_DECIMAL:
      if (decimals == 0)
        return "0";
      g_snprintf (buffer, 32, "0.%.*s", (int) MIN (decimals, 10u), "0000000000");
      return buffer;
    case MK_SHEET_EMPTY:
    case MK_SHEET_TEXT:
    default:
      return NULL;
    }
}

void
mk_xlsx_escape (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      case '\t': case '\n': case '\r':
        g_string_append_c (out, *p);
        break;
      default:
        /* Control characters are not XML: spreadsheets escape them so. */
        if ((guchar) *p < 0x20)
          g_string_append_printf (out, "_x%04X_", (guint) (guchar) *p);
        else
          g_string_append_c (out, *p);
      }
}

MkXlsxStyles *
mk_xlsx_styles_new (MkSheet *sheet)
{
  MkXlsxStyles *self = g_new0 (MkXlsxStyles, 1);
  Font plain = { 0, 0, 11 };

  self->sheet = sheet;
  self->xf = g_new0 (guint, mk_sheet_get_n_styles (sheet) * N_KINDS);
  self->xfs = g_array_new (FALSE, FALSE, 2 * sizeof (guint));
  self->fonts = g_array_new (FALSE, FALSE, sizeof (Font));
  g_array_append_val (self->fonts, plain);
  self->fills = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->formats = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
mk_xlsx_styles_free (MkXlsxStyles *self)
{
  if (self == NULL)
    return;
  g_free (self->xf);
  g_array_unref (self->xfs);
  g_array_unref (self->fonts);
  g_array_unref (self->fills);
  g_ptr_array_unref (self->formats);
  g_free (self);
}

guint
mk_xlsx_styles_xf (MkXlsxStyles *self,
                   guint         style,
                   MkSheetKind   kind)
{
  guint *slot = &self->xf[style * N_KINDS + kind];
  char buffer[32];

  if (*slot == 0)
    {
      const char *num = mk_xlsx_number_format (kind, mk_sheet_get_style (self->sheet, style)->decimals, buffer);
      guint pair[2] = { style, kind };

      if (style == 0 && num == NULL)
        return 0;
      g_array_append_val (self->xfs, pair);
      *slot = self->xfs->len;
    }
  return *slot;
}

/* Index of VALUE in ARRAY of ELEMENT-sized items, appended when new. */
static guint
intern (GArray        *array,
        gconstpointer  value)
{
  guint size = g_array_get_element_size (array);

  for (guint i = 0; i < array->len; i++)
    if (memcmp (array->data + i * size, value, size) == 0)
      return i;
  g_array_append_vals (array, value, 1);
  return array->len - 1;
}

static guint
intern_format (GPtrArray  *formats,
               const char *format)
{
  for (guint i = 0; i < formats->len; i++)
    if (g_str_equal (formats->pdata[i], format))
      return FIRST_CUSTOM_FORMAT + i;
  g_ptr_array_add (formats, g_strdup (format));
  return FIRST_CUSTOM_FORMAT + formats->len - 1;
}

static void
append_alignment (GString            *out,
                  const MkSheetStyle *style)
{
  static const char *const aligns[] = { NULL, "left", "center", "right" };
  static const char *const valigns[] = { NULL, "top", "center" };
  const char *h = style->align < G_N_ELEMENTS (aligns) ? aligns[style->align] : NULL;
  const char *v = style->valign < G_N_ELEMENTS (valigns) ? valigns[style->valign] : NULL;

  if (h == NULL && v == NULL && !(style->flags & MK_SHEET_WRAP))
    return;
  g_string_append (out, "<alignment");
  if (h != NULL)
    g_string_append_printf (out, " horizontal=\"%s\"", h);
  if (v != NULL)
    g_string_append_printf (out, " vertical=\"%s\"", v);
  if (style->flags & MK_SHEET_WRAP)
    g_string_append (out, " wrapText=\"1\"");
  g_string_append (out, "/>");
}

/* The cellXfs entries; fills the font, fill and format tables they use. */
static void
append_xfs (MkXlsxStyles *self,
            GString      *out)
{
  g_string_append_printf (out, "<cellXfs count=\"%u\">"
                          "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
                          self->xfs->len + 1);
  for (guint i = 0; i < self->xfs->len; i++)
    {
      const guint *pair = &g_array_index (self->xfs, guint, 2 * i);
      const MkSheetStyle *style = mk_sheet_get_style (self->sheet, pair[0]);
      Font font = { !!(style->flags & MK_SHEET_BOLD), !!(style->flags & MK_SHEET_ITALIC),
                    style->font_size > 0 ? style->font_size : 11 };
      char buffer[32];
      const char *num = mk_xlsx_number_format (pair[1], style->decimals, buffer);
      guint fill = (style->flags & MK_SHEET_FILL) ? 2 + intern (self->fills, &style->fill) : 0;

      g_string_append_printf (out, "<xf numFmtId=\"%u\" fontId=\"%u\" fillId=\"%u\" "
                              "borderId=\"%u\" xfId=\"0\" applyNumberFormat=\"1\" "
                              "applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" "
                              "applyAlignment=\"1\">",
                              num ? intern_format (self->formats, num) : 0,
                              intern (self->fonts, &font), fill,
                              (style->flags & MK_SHEET_BORDER) ? 1 : 0);
      append_alignment (out, style);
      g_string_append (out, "</xf>");
    }
  g_string_append (out, "</cellXfs>");
}

static void
append_tables (MkXlsxStyles *self,
               GString      *out)
{
  if (self->formats->len > 0)
    {
      g_string_append_printf (out, "<numFmts count=\"%u\">", self->formats->len);
      for (guint i = 0; i < self->formats->len; i++)
        g_string_append_printf (out, "<numFmt numFmtId=\"%u\" formatCode=\"%s\"/>",
                                FIRST_CUSTOM_FORMAT + i, (char *) self->formats->pdata[i]);
      g_string_append (out, "</numFmts>");
    }
  g_string_append_printf (out, "<fonts count=\"%u\">", self->fonts->len);
  for (guint i = 0; i < self->fonts->len; i++)
    {
      const Font *f = &g_array_index (self->fonts, Font, i);

      g_string_append_printf (out, "<font>%s%s<sz val=\"%u\"/>"
                              "<name val=\"Calibri\"/><family val=\"2\"/></font>",
                              f->bold ? "<b/>" : "", f->italic ? "<i/>" : "", f->size);
    }
  g_string_append_printf (out, "</fonts><fills count=\"%u\"><fill><patternFill patternType=\"none\"/>"
                          "</fill><fill><patternFill patternType=\"gray125\"/></fill>",
                          2 + self->fills->len);
  for (guint i = 0; i < self->fills->len; i++)
    g_string_append_printf (out, "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF%06X\"/>"
                            "<bgColor indexed=\"64\"/></patternFill></fill>",
                            g_array_index (self->fills, guint32, i) & 0xFFFFFF);
  g_string_append (out, "</fills><borders count=\"2\"><border><left/><right/><top/><bottom/>"
                   "<diagonal/></border><border><left style=\"thin\"><color auto=\"1\"/></left>"
                   "<right style=\"thin\"><color auto=\"1\"/></right><top style=\"thin\">"
                   "<color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/>"
                   "</bottom><diagonal/></border></borders><cellStyleXfs count=\"1\">"
                   "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
}

char *
mk_xlsx_styles_xml (MkXlsxStyles *self)
{
  g_autoptr(GString) xfs = g_string_new (NULL);
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                               "<styleSheet xmlns=\"http://schemas.openxmlformats.org/"
                               "spreadsheetml/2006/main\">");

  /* The xfs first: they fill the tables that come before them. */
  append_xfs (self, xfs);
  append_tables (self, out);
  g_string_append_len (out, xfs->str, xfs->len);
  g_string_append (out, "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" "
                   "builtinId=\"0\"/></cellStyles><dxfs count=\"0\"/>"
                   "<tableStyles count=\"0\"/></styleSheet>");
  return g_string_free (out, FALSE);
}
