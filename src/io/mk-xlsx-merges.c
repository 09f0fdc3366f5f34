#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <string.h>

#include "mk-table-reader-private.h"
#include "mk-xlsx-private.h"

/* <mergeCells> follows <sheetData>, so a streaming reader would learn of
 * merges only after the rows. The sheet part is inflated once before and
 * scanned for <mergeCell ref="…"> tags as bytes: '<' cannot occur in
 * character data or attribute values, so every "<x:mergeCell" is a tag.
 * This costs an inflate (~0.1 s for 50 MB) and no XML parsing. */

#define MAX_MERGES (1u << 20)
#define MAX_CARRY  65536
#define SCAN_CHUNK 65536

typedef struct
{
  guint       r1, c1, r2, c2;
  gboolean    seen;    /* the top-left value was taken */
  MkCellType  type;
  char       *text;
  double      number;
} Merge;

struct _MkXlsxMerges
{
  GArray *all;         /* Merge, by first row */
  guint   next;        /* the first of ALL not yet active */
  GArray *active;      /* guint indices into ALL crossing the current row */
  guint   max_columns;
  const char *path;    /* while scanning, for messages */
};

void
mk_xlsx_merges_free (MkXlsxMerges *merges)
{
  if (merges == NULL)
    return;
  for (guint i = 0; i < merges->all->len; i++)
    g_free (g_array_index (merges->all, Merge, i).text);
  g_array_unref (merges->all);
  g_array_unref (merges->active);
  g_free (merges);
}

/* The value of ref="…" between START and END (the inside of a tag). */
static const char *
find_ref (const char *start,
          const char *end)
{
  for (const char *p = start; p + 4 < end; p++)
    {
      const char *q = p + 3;

      if (memcmp (p, "ref", 3) != 0 || !g_ascii_isspace (p[-1]))
        continue;
      while (q < end && g_ascii_isspace (*q))
        q++;
      if (q >= end || *q++ != '=')
        continue;
      while (q < end && g_ascii_isspace (*q))
        q++;
      if (q < end && (*q == '"' || *q == '\''))
        return q + 1;
    }
  return NULL;
}

static gboolean
add_merge (MkXlsxMerges  *merges,
           const char    *ref,
           GError       **error)
{
  Merge m = { 0 };
  const char *p = mk_xlsx_parse_ref (ref, &m.c1, &m.r1);

  if (p == NULL || *p != ':' || mk_xlsx_parse_ref (p + 1, &m.c2, &m.r2) == NULL)
    return TRUE;  /* a malformed merge is only lost formatting */
  if (m.r1 > m.r2)
    m.r1 ^= m.r2, m.r2 ^= m.r1, m.r1 ^= m.r2;
  if (m.c1 > m.c2)
    m.c1 ^= m.c2, m.c2 ^= m.c1, m.c1 ^= m.c2;
  m.c2 = MIN (m.c2, merges->max_columns - 1);
  if (m.c1 > m.c2 || (m.r1 == m.r2 && m.c1 == m.c2))
    return TRUE;
  if (merges->all->len >= MAX_MERGES)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_TOO_LARGE,
                   _("%s: the sheet has more than %u merged ranges"),
                   merges->path, MAX_MERGES);
      return FALSE;
    }
  g_array_append_val (merges->all, m);
  return TRUE;
}

static gboolean
is_merge_cell (const char *name,
               const char *end)
{
  const char *local = name;

  for (const char *p = name; p < end; p++)
    if (*p == ':')
      local = p + 1;
  return end - local == 9 && memcmp (local, "mergeCell", 9) == 0;
}

/* Scans BUF for tags; returns how much of it is done (a tag cut by the
 * end of BUF is left for the next chunk), or -1. */
static gssize
scan_tags (MkXlsxMerges  *merges,
           const char    *buf,
           gsize          len,
           GError       **error)
{
  const char *p = buf, *end = buf + len;

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      const char *name = p + 1, *q = name, *gt;

      while (q < end && (g_ascii_isalnum (*q) || strchr (":_-.", *q) != NULL) && *q != '\0')
        q++;
      if (q == end)
        return p - buf;
      if (!is_merge_cell (name, q))
        {
          p = q;
          continue;
        }
      gt = memchr (q, '>', end - q);
      if (gt == NULL)
        return p - buf;
      if (find_ref (q, gt) != NULL && !add_merge (merges, find_ref (q, gt), error))
        return -1;
      p = gt + 1;
    }
  return len;
}

static gboolean
scan_part (MkXlsxMerges   *merges,
           MkXlsxEntry    *entry,
           GError        **error)
{
  g_autoptr(GString) buf = g_string_sized_new (SCAN_CHUNK + MAX_CARRY);
  g_autofree char *chunk = g_malloc (SCAN_CHUNK);
  gssize n, done;

  while ((n = mk_xlsx_entry_read (entry, chunk, SCAN_CHUNK, error)) > 0)
    {
      g_string_append_len (buf, chunk, n);
      done = scan_tags (merges, buf->str, buf->len, error);
      if (done < 0)
        return FALSE;
      if (buf->len - done > MAX_CARRY)
        done = buf->len;  /* no mergeCell tag is that long */
      g_string_erase (buf, 0, done);
    }
  return n == 0;
}

static int
compare_first_row (gconstpointer a,
                   gconstpointer b)
{
  const Merge *ma = a, *mb = b;

  return ma->r1 < mb->r1 ? -1 : ma->r1 > mb->r1;
}

MkXlsxMerges *
mk_xlsx_merges_scan (MkXlsxPackage  *pkg,
                     const char     *part,
                     guint           max_columns,
                     GError        **error)
{
  g_autoptr(MkXlsxEntry) entry = mk_xlsx_entry_open (pkg, part, error);
  g_autoptr(MkXlsxMerges) merges = NULL;

  if (entry == NULL)
    return NULL;
  merges = g_new0 (MkXlsxMerges, 1);
  merges->all = g_array_new (FALSE, FALSE, sizeof (Merge));
  merges->active = g_array_new (FALSE, FALSE, sizeof (guint));
  merges->max_columns = MAX (max_columns, 1);
  merges->path = mk_xlsx_package_get_path (pkg);
  if (!scan_part (merges, entry, error))
    return NULL;
  g_array_sort (merges->all, compare_first_row);
  merges->path = NULL;
  return g_steal_pointer (&merges);
}

static void
update_active (MkXlsxMerges *merges,
               guint         row)
{
  for (guint i = merges->active->len; i-- > 0;)
    {
      guint index = g_array_index (merges->active, guint, i);

      if (g_array_index (merges->all, Merge, index).r2 < row)
        g_array_remove_index_fast (merges->active, i);
    }
  for (; merges->next < merges->all->len; merges->next++)
    {
      Merge *m = &g_array_index (merges->all, Merge, merges->next);

      if (m->r1 > row)
        break;
      if (m->r2 >= row)
        g_array_append_val (merges->active, merges->next);
    }
}

static void
take_top_left (Merge         *m,
               MkTableReader *reader)
{
  const MkCell *cell = mk_table_reader_get_cell (reader, m->c1);

  m->seen = TRUE;
  m->type = cell->type;
  m->text = g_strdup (cell->text);
  m->number = cell->number;
}

gboolean
mk_xlsx_merges_apply (MkXlsxMerges   *merges,
                      MkTableReader  *reader,
                      guint           row,
                      GError        **error)
{
  update_active (merges, row);
  for (guint i = 0; i < merges->active->len; i++)
    {
      Merge *m = &g_array_index (merges->all, Merge,
                                 g_array_index (merges->active, guint, i));

      if (m->r1 == row && !m->seen)
        take_top_left (m, reader);
      for (guint c = m->c1; c <= m->c2; c++)
        if (!mk_table_reader_set_cell (reader, c, m->type, m->text, -1,
                                       m->number, TRUE, error))
          return FALSE;
    }
  return TRUE;
}
