/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <string.h>

#include "mk-import-values.h"
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
  guint   used_columns;  /* columns up to the last cell that has content */
  guint   scan_column;   /* while scanning: the column of a cell without r */
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

/* The value of attribute NAME between START and END (the inside of a
 * tag), or NULL. */
static const char *
find_attr (const char *start,
           const char *end,
           const char *name)
{
  gsize len = strlen (name);

  for (const char *p = start; p + len + 1 < end; p++)
    {
      const char *q = p + len;

      if (memcmp (p, name, len) != 0 || !g_ascii_isspace (p[-1]))
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

  p = p != NULL && *p == ':' ? mk_xlsx_parse_ref (p + 1, &m.c2, &m.r2) : NULL;
  if (p == NULL || (*p != '"' && *p != '\''))
    {
      g_autofree char *value = g_strndup (ref, strcspn (ref, "\"'>"));
      g_autofree char *shown = mk_xlsx_excerpt (value);

      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                   _("%s: the merged range «%s» is not a range of cells of a sheet; "
                     "open the file in a spreadsheet and save it again"),
                   merges->path, shown);
      return FALSE;
    }
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

/* The used range the merges are bounded by: a cell tag that is not
 * empty (<c r="B2"/> holds nothing) widens it. A cell without r follows
 * the one before, as the reader places it. */
static void
note_cell (MkXlsxMerges *merges,
           const char   *start,
           const char   *gt)
{
  const char *ref = find_attr (start, gt, "r");
  guint column = merges->scan_column, row;

  if (ref != NULL && mk_xlsx_parse_ref (ref, &column, &row) == NULL)
    column = merges->scan_column;  /* the reader refuses it */
  merges->scan_column = column + 1;
  if (gt[-1] != '/')
    merges->used_columns = MAX (merges->used_columns, column + 1);
}

static gboolean
is_local_name (const char *name,
               const char *end,
               const char *wanted)
{
  const char *local = name;
  gsize len = strlen (wanted);

  for (const char *p = name; p < end; p++)
    if (*p == ':')
      local = p + 1;
  return (gsize) (end - local) == len && memcmp (local, wanted, len) == 0;
}

/* Handles the tag whose name is NAME…Q and which ends at GT. */
static gboolean
take_tag (MkXlsxMerges  *merges,
          const char    *name,
          const char    *q,
          const char    *gt,
          GError       **error)
{
  const char *ref;

  if (is_local_name (name, q, "row"))
    merges->scan_column = 0;
  else if (is_local_name (name, q, "c"))
    note_cell (merges, q, gt);
  else if ((ref = find_attr (q, gt, "ref")) != NULL)  /* a mergeCell */
    return add_merge (merges, ref, error);
  return TRUE;
}

static gboolean
is_wanted_tag (const char *name,
               const char *q)
{
  return is_local_name (name, q, "mergeCell") || is_local_name (name, q, "row") ||
         is_local_name (name, q, "c");
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
      if (!is_wanted_tag (name, q))
        {
          p = q;
          continue;
        }
      gt = memchr (q, '>', end - q);
      if (gt == NULL)
        return p - buf;
      if (!take_tag (merges, name, q, gt, error))
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
compare_merges (gconstpointer a,
                gconstpointer b)
{
  const Merge *ma = a, *mb = b;

  if (ma->r1 != mb->r1)
    return ma->r1 < mb->r1 ? -1 : 1;
  if (ma->c1 != mb->c1)
    return ma->c1 < mb->c1 ? -1 : 1;
  if (ma->r2 != mb->r2)
    return ma->r2 < mb->r2 ? -1 : 1;
  return ma->c2 < mb->c2 ? -1 : ma->c2 > mb->c2;
}

/* Bounds every merge to the used columns (a merge of I2:XFD1048576 over a
 * sheet of nine columns gives nine, not sixteen thousand) and drops
 * repeats of the same range, which would only repeat the work. */
static void
bound_merges (MkXlsxMerges *merges)
{
  GArray *all = merges->all;
  guint kept = 0;

  g_array_sort (all, compare_merges);
  for (guint i = 0; i < all->len; i++)
    {
      Merge m = g_array_index (all, Merge, i);

      m.c2 = MIN (m.c2, merges->used_columns - 1);
      if (merges->used_columns == 0 || m.c1 > m.c2 || (m.r1 == m.r2 && m.c1 == m.c2))
        continue;
      if (kept > 0 && compare_merges (&m, &g_array_index (all, Merge, kept - 1)) == 0)
        continue;
      g_array_index (all, Merge, kept++) = m;
    }
  g_array_set_size (all, kept);
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
  bound_merges (merges);
  merges->path = NULL;
  return g_steal_pointer (&merges);
}

/* A merge whose top-left row went by without a value (the row was empty
 * or absent) is empty throughout and never becomes active. */
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
      if (m->r1 == row)
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

static gboolean
row_has_value (MkTableReader *reader)
{
  for (guint c = mk_table_reader_get_n_cells (reader); c-- > 0;)
    if (mk_table_reader_get_cell (reader, c)->type != MK_CELL_EMPTY)
      return TRUE;
  return FALSE;
}

/* Excel never writes overlapping ranges; refusing them also means no
 * cell is filled twice, so a row costs at most its used columns. */
static gboolean
fill (Merge          *m,
      MkTableReader  *reader,
      guint           row,
      GError        **error)
{
  for (guint c = m->c1; c <= m->c2; c++)
    {
      if (mk_table_reader_is_merged (reader, c))
        {
          g_autofree char *letter = mk_column_letter (c);

          mk_table_reader_set_error (reader, error, MK_TABLE_ERROR_FORMAT,
                                     _("cell %s%u is in two merged ranges that overlap; "
                                       "unmerge them in a spreadsheet and merge again"),
                                     letter, row);
          return FALSE;
        }
      if (!mk_table_reader_set_cell (reader, c, m->type, m->text, -1, m->number, TRUE, error))
        return FALSE;
    }
  return TRUE;
}

/* A row with no value of its own stays empty: filling it would let runs
 * of empty rows under a tall merge cost rows × columns for nothing an
 * importer reads. */
gboolean
mk_xlsx_merges_apply (MkXlsxMerges   *merges,
                      MkTableReader  *reader,
                      guint           row,
                      GError        **error)
{
  if (merges->all->len == 0 || !row_has_value (reader))
    return TRUE;
  update_active (merges, row);
  for (guint i = merges->active->len; i-- > 0;)
    {
      Merge *m = &g_array_index (merges->all, Merge,
                                 g_array_index (merges->active, guint, i));

      if (m->r1 == row && !m->seen)
        take_top_left (m, reader);
      if (m->type == MK_CELL_EMPTY)
        g_array_remove_index_fast (merges->active, i);
      else if (!fill (m, reader, row, error))
        return FALSE;
    }
  return TRUE;
}
