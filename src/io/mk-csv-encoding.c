#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mk-csv-encoding.h"
#include "mk-table-reader.h"

#define SCAN_CHUNK 65536

typedef struct
{
  char     buf[SCAN_CHUNK + 4];
  gsize    n_carry;        /* an unfinished UTF-8 sequence kept from the last chunk */
  gboolean utf8;
  guint    line;
  guint    bad_utf8_line;
  guint    bad_1251_line;  /* 0x98 is the one byte Windows-1251 leaves undefined */
  guint    nul_line;
} Scan;

static void
scan_bytes (Scan       *scan,
            const char *p,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      guchar b = p[i];

      if (b == '\n')
        scan->line++;
      else if (b == 0 && scan->nul_line == 0)
        scan->nul_line = scan->line;
      else if (b == 0x98 && scan->bad_1251_line == 0)
        scan->bad_1251_line = scan->line;
    }
}

/* A sequence cut by the chunk's end: a lead byte and fewer continuation
 * bytes than it announces. */
static gboolean
is_cut_sequence (const guchar *p,
                 gsize         n)
{
  gsize need = p[0] >= 0xf0 && p[0] <= 0xf4 ? 4
             : p[0] >= 0xe0 && p[0] < 0xf0 ? 3
             : p[0] >= 0xc2 && p[0] < 0xe0 ? 2 : 0;

  if (need == 0 || n >= need)
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if ((p[i] & 0xc0) != 0x80)
      return FALSE;
  return TRUE;
}

static guint
count_lines (const char *p,
             const char *end)
{
  guint n = 0;

  for (; p < end; p++)
    n += *p == '\n';
  return n;
}

/* Validates BUF (the carry and the new bytes); START_LINE is the line of
 * its first byte. */
static void
validate_utf8 (Scan  *scan,
               gsize  n,
               guint  start_line)
{
  const char *end = NULL;
  gsize rest;

  scan->n_carry = 0;
  if (!scan->utf8 || g_utf8_validate_len (scan->buf, n, &end))
    return;
  rest = n - (end - scan->buf);
  if (rest < 4 && is_cut_sequence ((const guchar *) end, rest))
    {
      memmove (scan->buf, end, rest);
      scan->n_carry = rest;
      return;
    }
  scan->utf8 = FALSE;
  scan->bad_utf8_line = start_line + count_lines (scan->buf, end);
}

static gboolean
scan_file (Scan        *scan,
           FILE        *file,
           const char  *path,
           GError     **error)
{
  gsize n;

  scan->utf8 = TRUE;
  scan->line = 1;
  while ((n = fread (scan->buf + scan->n_carry, 1, SCAN_CHUNK, file)) > 0)
    {
      guint start_line = scan->line;

      scan_bytes (scan, scan->buf + scan->n_carry, n);
      validate_utf8 (scan, scan->n_carry + n, start_line);
    }
  if (ferror (file))
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_OPEN,
                   _("%s:%u: cannot read the file"), path, scan->line);
      return FALSE;
    }
  if (scan->n_carry > 0 && scan->utf8)
    {
      scan->utf8 = FALSE;
      scan->bad_utf8_line = scan->line;
    }
  return TRUE;
}

static gboolean
check_bom (FILE        *file,
           const char  *path,
           gboolean    *bom,
           GError     **error)
{
  guchar head[3] = { 0 };
  gsize n = fread (head, 1, sizeof head, file);

  *bom = n == 3 && memcmp (head, "\xef\xbb\xbf", 3) == 0;
  rewind (file);
  if (n >= 2 && (memcmp (head, "\xff\xfe", 2) == 0 || memcmp (head, "\xfe\xff", 2) == 0))
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_ENCODING,
                   _("%s: the file is UTF-16 text; save it as CSV in UTF-8 or Windows-1251"),
                   path);
      return FALSE;
    }
  return TRUE;
}

const char *
mk_csv_detect_encoding (FILE        *file,
                        const char  *path,
                        gboolean    *bom,
                        GError     **error)
{
  g_autofree Scan *scan = g_new0 (Scan, 1);

  if (!check_bom (file, path, bom, error) || !scan_file (scan, file, path, error))
    return NULL;
  if (scan->nul_line > 0)
    g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                 _("%s:%u: the file has binary data (a NUL byte), it is not a CSV text"),
                 path, scan->nul_line);
  else if (scan->utf8)
    return MK_CSV_UTF8;
  else if (*bom)
    g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_ENCODING,
                 _("%s:%u: the file is marked as UTF-8 but is not valid UTF-8 text"),
                 path, scan->bad_utf8_line);
  else if (scan->bad_1251_line > 0)
    g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_ENCODING,
                 _("%s:%u: the file is not UTF-8 or Windows-1251 text"),
                 path, scan->bad_1251_line);
  else
    return MK_CSV_CP1251;
  return NULL;
}

gboolean
mk_csv_append_cp1251 (GIConv      conv,
                      GString    *buf,
                      const char *chunk,
                      gsize       n)
{
  g_autoptr(GError) error = NULL;
  gsize written = 0;
  g_autofree char *utf8 = g_convert_with_iconv (chunk, n, conv, NULL, &written, &error);

  /* Cannot happen: the whole file was checked before. */
  if (utf8 == NULL)
    {
      g_warning ("Windows-1251 conversion failed: %s", error->message);
      return FALSE;
    }
  g_string_append_len (buf, utf8, written);
  return TRUE;
}

/* --- delimiter --- */

static const char candidates[] = { ';', '\t', ',' };
#define N_CANDIDATES G_N_ELEMENTS (candidates)

typedef struct
{
  guint counts[N_CANDIDATES][64];
  guint n_lines;
} Sample;

static void
take_sample (Sample     *sample,
             const char *text,
             gsize       len,
             gboolean    complete,
             guint       max_lines)
{
  guint cur[N_CANDIDATES] = { 0 };
  gboolean in_quotes = FALSE, blank = TRUE;

  for (gsize i = 0; i <= len && sample->n_lines < max_lines; i++)
    {
      char c = i < len ? text[i] : '\n';

      if (i == len && !complete)
        break;  /* the last line may be cut */
      if (c == '"')
        in_quotes = !in_quotes;
      if (in_quotes || c == '"')
        {
          blank = FALSE;
          continue;
        }
      if (c == '\n' || c == '\r')
        {
          if (!blank)
            for (guint k = 0; k < N_CANDIDATES; k++)
              sample->counts[k][sample->n_lines] = cur[k];
          sample->n_lines += !blank;
          memset (cur, 0, sizeof cur);
          blank = TRUE;
          continue;
        }
      for (guint k = 0; k < N_CANDIDATES; k++)
        cur[k] += c == candidates[k];
      blank = blank && g_ascii_isspace (c) && c != '\t';
    }
}

/* The count on every line if it is the same non-zero number, else 0. */
static guint
consistent_count (const Sample *sample,
                  guint         k)
{
  for (guint i = 1; i < sample->n_lines; i++)
    if (sample->counts[k][i] != sample->counts[k][0])
      return 0;
  return sample->n_lines > 0 ? sample->counts[k][0] : 0;
}

/* With ragged lines: the candidate found on most lines. */
static guint
lines_with (const Sample *sample,
            guint         k)
{
  guint n = 0;

  for (guint i = 0; i < sample->n_lines; i++)
    n += sample->counts[k][i] > 0;
  return n;
}

char
mk_csv_sniff_delimiter (const char *text,
                        gsize       len,
                        gboolean    complete,
                        guint       max_lines)
{
  Sample sample = { 0 };
  guint best = 0, best_score = 0;

  take_sample (&sample, text, len, complete, MIN (max_lines, 64));
  for (guint k = 0; k < N_CANDIDATES; k++)
    {
      guint score = consistent_count (&sample, k);

      if (score > best_score)
        best = k, best_score = score;
    }
  if (best_score > 0)
    return candidates[best];
  for (guint k = 0; k < N_CANDIDATES; k++)
    {
      guint score = lines_with (&sample, k);

      if (score > best_score)
        best = k, best_score = score;
    }
  return best_score > 0 ? candidates[best] : ',';
}
