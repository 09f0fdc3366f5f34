/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <math.h>
#include <string.h>

#include "mk-xlsx-private.h"

/* Serial 25569 is 1970-01-01 in Excel's 1900 system, which counts the
 * nonexistent 29 February 1900 as serial 60. */
#define SERIAL_1970      25569
#define SERIAL_FAKE_LEAP 60
#define DAYS_1904_1900   1462
#define SERIAL_MAX       2958465  /* 31.12.9999 */

typedef struct
{
  GHashTable *custom;      /* numFmtId → MkCellType, from <numFmts> */
  GArray     *xf_formats;  /* guint numFmtId per <cellXfs> entry */
  int         numfmts_depth;
  int         cellxfs_depth;
} Styles;

static gboolean
builtin_is_date (guint id)
{
  /* 18–21 and 45–47 are times of day or durations, not dates. */
  return (id >= 14 && id <= 17) || id == 22;
}

MkCellType
mk_xlsx_format_kind (guint       id,
                     const char *code)
{
  gboolean percent = FALSE, date = FALSE, month = FALSE, time = FALSE;

  if (code == NULL)
    return id == 9 || id == 10 ? MK_CELL_PERCENT
         : builtin_is_date (id) ? MK_CELL_DATE : MK_CELL_NUMBER;
  for (const char *p = code; *p != '\0'; p++)
    {
      const char *close = NULL;
      char c = g_ascii_tolower (*p);

      /* Quoted literals, [colours/locales] and escaped or padding
       * characters say nothing about the kind. */
      if (c == '"' || c == '[')
        close = strchr (p + 1, c == '"' ? '"' : ']');
      if (close != NULL)
        p = close;
      else if (c == '"' || c == '[')
        break;
      else if ((c == '\\' || c == '_' || c == '*') && p[1] != '\0')
        p++;
      else
        {
          percent |= c == '%';
          date |= c == 'd' || c == 'y';
          month |= c == 'm';
          time |= c == 'h' || c == 's';
        }
    }
  if (percent)
    return MK_CELL_PERCENT;
  /* "m" alone is a month, beside "h" or "s" a minute. */
  return date || (month && !time) ? MK_CELL_DATE : MK_CELL_NUMBER;
}

static guint
attr_uint (MkXlsxXml  *xml,
           const char *local)
{
  g_autofree char *value = mk_xlsx_xml_dup_attr (xml, local);

  return value != NULL ? (guint) MIN (g_ascii_strtoull (value, NULL, 10), G_MAXUINT) : 0;
}

static void
add_custom (Styles    *styles,
            MkXlsxXml *xml)
{
  g_autofree char *code = mk_xlsx_xml_dup_attr (xml, "formatCode");
  guint id = attr_uint (xml, "numFmtId");

  if (code != NULL)
    g_hash_table_insert (styles->custom, GUINT_TO_POINTER (id),
                         GINT_TO_POINTER (mk_xlsx_format_kind (id, code)));
}

/* Tracks whether the reader is inside <numFmts> or <cellXfs>: <xf> also
 * appears in <cellStyleXfs>, and <numFmt> in differential formats. */
static void
track_section (int           *depth,
               MkXlsxXml     *xml,
               const xmlChar *name,
               int            type)
{
  xmlTextReaderPtr r = mk_xlsx_xml_get_reader (xml);

  if (xmlTextReaderConstLocalName (r) != name)
    return;
  if (type == XML_READER_TYPE_ELEMENT && !xmlTextReaderIsEmptyElement (r))
    *depth = xmlTextReaderDepth (r);
  else if (type == XML_READER_TYPE_END_ELEMENT)
    *depth = -1;
}

static void
visit (Styles        *styles,
       MkXlsxXml     *xml,
       const xmlChar *names[4])
{
  xmlTextReaderPtr r = mk_xlsx_xml_get_reader (xml);
  int type = xmlTextReaderNodeType (r);
  int depth = xmlTextReaderDepth (r);

  if (type != XML_READER_TYPE_ELEMENT && type != XML_READER_TYPE_END_ELEMENT)
    return;
  track_section (&styles->numfmts_depth, xml, names[0], type);
  track_section (&styles->cellxfs_depth, xml, names[2], type);
  if (type != XML_READER_TYPE_ELEMENT)
    return;
  if (styles->numfmts_depth >= 0 && depth == styles->numfmts_depth + 1 &&
      xmlTextReaderConstLocalName (r) == names[1])
    add_custom (styles, xml);
  else if (styles->cellxfs_depth >= 0 && depth == styles->cellxfs_depth + 1 &&
           xmlTextReaderConstLocalName (r) == names[3])
    {
      guint id = attr_uint (xml, "numFmtId");

      g_array_append_val (styles->xf_formats, id);
    }
}

static GArray *
kinds_of (Styles *styles)
{
  GArray *kinds = g_array_sized_new (FALSE, FALSE, 1, styles->xf_formats->len);

  for (guint i = 0; i < styles->xf_formats->len; i++)
    {
      guint id = g_array_index (styles->xf_formats, guint, i);
      gpointer kind;
      guint8 k;

      if (g_hash_table_lookup_extended (styles->custom, GUINT_TO_POINTER (id), NULL, &kind))
        k = GPOINTER_TO_INT (kind);
      else
        k = mk_xlsx_format_kind (id, NULL);
      g_array_append_val (kinds, k);
    }
  return kinds;
}

GArray *
mk_xlsx_styles_load (MkXlsxPackage  *pkg,
                     const char     *part,
                     GError        **error)
{
  g_autoptr(MkXlsxXml) xml = mk_xlsx_xml_open (pkg, part, error);
  g_autoptr(GHashTable) custom = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) xf_formats = g_array_new (FALSE, FALSE, sizeof (guint));
  Styles styles = { custom, xf_formats, -1, -1 };
  const xmlChar *names[4];
  int ret;

  if (xml == NULL)
    return NULL;
  names[0] = mk_xlsx_xml_intern (xml, "numFmts");
  names[1] = mk_xlsx_xml_intern (xml, "numFmt");
  names[2] = mk_xlsx_xml_intern (xml, "cellXfs");
  names[3] = mk_xlsx_xml_intern (xml, "xf");
  while ((ret = mk_xlsx_xml_read (xml, error)) == 1)
    visit (&styles, xml, names);
  return ret == 0 ? kinds_of (&styles) : NULL;
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
static void
civil_from_days (gint64  z,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 era, doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = yoe + era * 400 + (*month <= 2);
}

static gboolean
date_text (double    serial,
           gboolean  date1904,
           char     *buf,
           gsize     size)
{
  gint64 days;
  int y, m, d;

  /* Checked before the cast: a double beyond gint64 has no integer. */
  if (!(serial >= (date1904 ? 0 : 1)) || serial > SERIAL_MAX)
    return FALSE;
  days = (gint64) floor (serial);
  if (date1904)
    days += DAYS_1904_1900;
  else if (days == SERIAL_FAKE_LEAP)
    {
      g_strlcpy (buf, "29.02.1900", size);
      return TRUE;
    }
  else if (days < SERIAL_FAKE_LEAP)
    days += 1;
  civil_from_days (days - SERIAL_1970, &y, &m, &d);
  g_snprintf (buf, size, "%02d.%02d.%04d", d, m, y);
  return TRUE;
}

MkCellType
mk_xlsx_number_text (double      value,
                     MkCellType  kind,
                     gboolean    date1904,
                     char       *buf,
                     gsize       size)
{
  if (kind == MK_CELL_DATE && date_text (value, date1904, buf, size))
    return MK_CELL_DATE;
  /* 15 significant digits, as Excel shows: 0.1 + 0.2 reads "0.3". */
  g_ascii_formatd (buf, size, "%.15g", value == 0.0 ? 0.0 : value);
  return kind == MK_CELL_DATE ? MK_CELL_NUMBER : kind;
}

typedef struct
{
  gboolean negative;
  char     digits[20];  /* significant digits, no trailing zeros */
  int      n;
  int      exponent;    /* of the first digit, as in %e */
} Decimal;

static gboolean
parse_decimal (const char *text,
               Decimal    *d)
{
  const char *p = text + (*text == '-');
  int int_len = -1, lead_zeros = 0, n_digits = 0;

  d->negative = *text == '-';
  d->n = 0;
  for (; *p != '\0'; p++)
    {
      if (*p == '.' && int_len < 0)
        int_len = n_digits;
      else if (!g_ascii_isdigit (*p))
        return FALSE;  /* an exponent, a sign, a second dot */
      else if (d->n == 0 && *p == '0')
        lead_zeros++, n_digits++;
      else if (d->n < (int) sizeof d->digits)
        d->digits[d->n++] = *p, n_digits++;
      else
        return FALSE;
    }
  if (n_digits == 0)
    return FALSE;
  while (d->n > 0 && d->digits[d->n - 1] == '0')
    d->n--;
  d->exponent = (int_len < 0 ? n_digits : int_len) - lead_zeros - 1;
  return TRUE;
}

/* Rounds to 15 digits as printf would round the nearest double. They
 * agree unless the text is within half a binary ulp (at most ~1.1e-16
 * relative) of a rounding tie; near one, FALSE leaves it to printf. */
static gboolean
round_decimal (Decimal *d)
{
  int dropped, window;

  if (d->n <= 15)
    return TRUE;
  if (d->n > 17)
    return FALSE;
  dropped = (d->digits[15] - '0') * 10 + (d->n > 16 ? d->digits[16] - '0' : 0);
  window = (d->digits[0] - '0' + 1) * 11 / 10 + 2;
  if (ABS (dropped - 50) <= window)
    return FALSE;
  d->n = 15;
  for (int i = 14; dropped > 50 && i >= 0; i--)
    {
      if (d->digits[i] != '9')
        {
          d->digits[i]++;
          dropped = 0;
        }
      else
        d->digits[i] = '0';
    }
  if (dropped > 50)
    {
      /* 0.99999… carried into a new first digit */
      d->digits[0] = '1';
      d->n = 1;
      d->exponent++;
    }
  while (d->n > 0 && d->digits[d->n - 1] == '0')
    d->n--;
  return TRUE;
}

gboolean
mk_xlsx_decimal_text (const char *text,
                      char       *buf,
                      gsize       size)
{
  Decimal d;
  gsize len = 0;  /* at most 23 bytes: "-0.0000" and 15 digits */

  if (size < 32 || !parse_decimal (text, &d))
    return FALSE;
  if (d.n == 0)
    {
      g_strlcpy (buf, "0", size);
      return TRUE;
    }
  if (!round_decimal (&d) || d.exponent < -4 || d.exponent >= 15)
    return FALSE;
  if (d.negative)
    buf[len++] = '-';
  for (int i = 0; i <= d.exponent; i++)
    buf[len++] = i < d.n ? d.digits[i] : '0';
  if (d.exponent < 0)
    buf[len++] = '0';
  if (d.n > d.exponent + 1)
    buf[len++] = '.';
  for (int i = d.exponent + 1; i < 0; i++)
    buf[len++] = '0';
  for (int i = MAX (d.exponent + 1, 0); i < d.n; i++)
    buf[len++] = d.digits[i];
  buf[len] = '\0';
  return TRUE;
}

static gint64
days_from_civil (int y,
                 int m,
                 int d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

gboolean
mk_xlsx_iso_date_text (const char *iso,
                       char       *buf,
                       gsize       size,
                       double     *serial)
{
  guint64 y = 0, m = 0, d = 0;
  char *end = NULL;

  y = g_ascii_strtoull (iso, &end, 10);
  if (end == iso || *end != '-')
    return FALSE;
  m = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '-')
    return FALSE;
  d = g_ascii_strtoull (end + 1, &end, 10);
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_snprintf (buf, size, "%02u.%02u.%04u", (guint) d, (guint) m, (guint) y);
  *serial = days_from_civil (y, m, d) + SERIAL_1970;
  return TRUE;
}
