/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mk-csv-encoding.h"
#include "mk-table-reader.h"

#define SCAN_CHUNK 65536

/* The evidence for an encoding, gathered in one pass: the file is checked
 * as UTF-8 a byte at a time (so a chunk may end inside a character), and
 * its high bytes are counted as Windows-1251 would read them. */
typedef struct
{
  guchar   buf[SCAN_CHUNK];
  guint64  offset;         /* of the next byte */
  guint    line;
  guint    need;           /* continuation bytes the sequence still needs */
  guchar   lo, hi;         /* the range of the next continuation byte */
  guint64  seq_offset;     /* where the open sequence started */
  guint    seq_line;
  guint64  n_valid_multi;  /* well-formed multi-byte UTF-8 characters */
  guint64  n_invalid;      /* malformed or cut UTF-8 sequences */
  guint64  bad_offset;     /* the first malformed one */
  guint    bad_line;
  guint64  n_high;         /* bytes 0x80-0xff */
  guint64  n_letters;      /* of them, Windows-1251 Cyrillic letters */
  guint64  n_letter_pairs; /* a letter right after a letter */
  gboolean last_letter;
  guint    bad_1251_line;  /* 0x98 is the one byte Windows-1251 leaves undefined */
  guint    nul_line;
} Scan;

static gboolean
is_cp1251_letter (guchar b)
{
  return b >= 0xc0 || b == 0xa8 || b == 0xb8;  /* А-я, Ё, ё */
}

static void
count_cp1251 (Scan   *scan,
              guchar  b)
{
  gboolean letter = b >= 0x80 && is_cp1251_letter (b);

  scan->n_high += b >= 0x80;
  scan->n_letters += letter;
  scan->n_letter_pairs += letter && scan->last_letter;
  scan->last_letter = letter;
  if (b == 0x98 && scan->bad_1251_line == 0)
    scan->bad_1251_line = scan->line;
  if (b == 0 && scan->nul_line == 0)
    scan->nul_line = scan->line;
}

static void
note_invalid (Scan    *scan,
              guint64  offset,
              guint    line)
{
  if (scan->n_invalid++ == 0)
    {
      scan->bad_offset = offset;
      scan->bad_line = line;
    }
}

/* Starts a sequence at B: how many continuation bytes follow and the
 * range of the first one (which rules out overlong forms, surrogates and
 * code points past U+10FFFF, as g_utf8_validate does). */
static void
start_sequence (Scan   *scan,
                guchar  b)
{
  scan->lo = 0x80, scan->hi = 0xbf;
  scan->need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2
             : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
  if (b == 0xe0)
    scan->lo = 0xa0;
  else if (b == 0xed)
    scan->hi = 0x9f;
  else if (b == 0xf0)
    scan->lo = 0x90;
  else if (b == 0xf4)
    scan->hi = 0x8f;
  scan->seq_offset = scan->offset;
  scan->seq_line = scan->line;
  if (b >= 0x80 && scan->need == 0)
    note_invalid (scan, scan->offset, scan->line);
}

static void
scan_utf8 (Scan   *scan,
           guchar  b)
{
  if (scan->need > 0 && b >= scan->lo && b <= scan->hi)
    {
      scan->lo = 0x80, scan->hi = 0xbf;
      scan->n_valid_multi += --scan->need == 0;
      return;
    }
  if (scan->need > 0)
    note_invalid (scan, scan->seq_offset, scan->seq_line);
  start_sequence (scan, b);
}

static void
scan_bytes (Scan  *scan,
            gsize  n)
{
  for (gsize i = 0; i < n; i++)
    {
      guchar b = scan->buf[i];

      scan_utf8 (scan, b);
      count_cp1251 (scan, b);
      scan->line += b == '\n';
      scan->offset++;
    }
}

static gboolean
scan_file (Scan        *scan,
           FILE        *file,
           const char  *path,
           GError     **error)
{
  gsize n;

  scan->line = 1;
  while ((n = fread (scan->buf, 1, SCAN_CHUNK, file)) > 0)
    scan_bytes (scan, n);
  if (ferror (file))
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_OPEN,
                   _("%s:%u: cannot read the file"), path, scan->line);
      return FALSE;
    }
  if (scan->need > 0)  /* the file ends inside a character */
    note_invalid (scan, scan->seq_offset, scan->seq_line);
  return TRUE;
}

/* Russian in Windows-1251 is mostly letters 0xc0-0xff in runs (words);
 * read as UTF-8 nearly every letter is malformed, and the few pairs that
 * happen to be well-formed («Р«») are far fewer than the malformed ones.
 * A UTF-8 file with a stray byte or a cut end is the other way round. */
static gboolean
is_plausible_cp1251 (const Scan *scan)
{
  if (scan->bad_1251_line > 0 || scan->n_valid_multi >= scan->n_invalid)
    return FALSE;
  return scan->n_letters * 4 >= scan->n_high * 3
      && scan->n_letter_pairs * 2 >= scan->n_letters;
}

static void
set_bad_utf8_error (const Scan  *scan,
                    const char  *path,
                    gboolean     bom,
                    GError     **error)
{
  g_autofree char *offset = g_strdup_printf ("%" G_GUINT64_FORMAT, scan->bad_offset);

  if (bom || scan->n_valid_multi >= scan->n_invalid)
    g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_ENCODING,
                 _("%s:%u: byte %s is not valid UTF-8, though the rest of the file "
                   "is UTF-8 text: the file is damaged or cut short; save the file "
                   "as UTF-8 or Windows-1251 again"),
                 path, scan->bad_line, offset);
  else
    g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_ENCODING,
                 _("%s:%u: the file is not UTF-8 or Windows-1251 text (byte %s is "
                   "not valid UTF-8); save the file as UTF-8 or Windows-1251"),
                 path, scan->bad_line, offset);
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
  else if (scan->n_invalid == 0)
    return MK_CSV_UTF8;
  else if (!*bom && is_plausible_cp1251 (scan))
    return MK_CSV_CP1251;
  else
    set_bad_utf8_error (scan, path, *bom, error);
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
