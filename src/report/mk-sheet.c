/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mk-sheet.h"

/* Cells are kept in an array sorted by row, then column, so that a
 * builder writing row by row (every large report) appends without any
 * lookup, and a cell is found by binary search. A cell set before the last
 * one goes in its place while the sheet is small (below 4,096 cells the
 * move costs little); in a larger sheet it is
 * appended and the cells are indexed by (row, col) packed in a pointer-
 * sized key until they are sorted again (rows stop at 2^20 and columns at
 * 2^14 in every spreadsheet). */
G_STATIC_ASSERT (sizeof (gsize) >= 8);
#define CELL_KEY(row, col) GSIZE_TO_POINTER ((((gsize) (row)) << 14 | (col)) + 1)
#define MAX_SORTED_INSERT 4096

struct _MkSheet {
  char         *name;
  GArray       *styles;   /* MkSheetStyle; [0] is plain */
  GArray       *cells;    /* MkSheetCell */
  GHashTable   *index;    /* CELL_KEY -> cell index + 1; NULL while sorted */
  GStringChunk *strings;
  GArray       *merges;   /* MkSheetRange */
  GArray       *keeps;    /* MkSheetRange: rows kept on one page */
  GArray       *widths;   /* double, by column */
  GArray       *heights;  /* double, by row */
  MkSheetPage   page;
  guint         n_rows, n_cols;
  guint64       over_rows, over_cols;  /* the most asked for past the limits */
  guint         row_limit;  /* a preview's rows; 0: every row */
  gboolean      cut;        /* a cell was dropped past ROW_LIMIT */
  GPtrArray    *warnings;              /* char *, NULL-terminated */
};

G_DEFINE_QUARK (mk-sheet-error-quark, mk_sheet_error)

MkSheet *
mk_sheet_new (const char *name)
{
  MkSheet *self = g_new0 (MkSheet, 1);
  MkSheetStyle plain = { 0 };

  self->name = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 31));
  self->styles = g_array_new (FALSE, TRUE, sizeof (MkSheetStyle));
  g_array_append_val (self->styles, plain);
  /* Not cleared: every cell is appended whole, and clearing a reserve of
   * a million cells costs more than filling it. */
  self->cells = g_array_new (FALSE, FALSE, sizeof (MkSheetCell));
  self->strings = g_string_chunk_new (4096);
  self->merges = g_array_new (FALSE, TRUE, sizeof (MkSheetRange));
  self->keeps = g_array_new (FALSE, TRUE, sizeof (MkSheetRange));
  self->widths = g_array_new (FALSE, TRUE, sizeof (double));
  self->heights = g_array_new (FALSE, TRUE, sizeof (double));
  self->page.fit_to_width = TRUE;
  self->page.margin_left = self->page.margin_right = 20;
  self->page.margin_top = self->page.margin_bottom = 15;
  self->page.repeat_first = self->page.repeat_last = -1;
  self->warnings = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  return self;
}

void
mk_sheet_free (MkSheet *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_array_unref (self->styles);
  g_array_unref (self->cells);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_string_chunk_free (self->strings);
  g_array_unref (self->merges);
  g_array_unref (self->keeps);
  g_array_unref (self->widths);
  g_array_unref (self->heights);
  g_ptr_array_unref (self->warnings);
  g_free (self);
}

const char *
mk_sheet_get_name (MkSheet *self)
{
  return self->name;
}

guint
mk_sheet_add_style (MkSheet            *self,
                    const MkSheetStyle *style)
{
  /* Styles are zeroed structs of plain fields, so memcmp compares them. */
  for (guint i = 0; i < self->styles->len; i++)
    if (memcmp (&g_array_index (self->styles, MkSheetStyle, i), style,
                sizeof *style) == 0)
      return i;
  g_array_append_val (self->styles, *style);
  return self->styles->len - 1;
}

const MkSheetStyle *
mk_sheet_get_style (MkSheet *self,
                    guint    id)
{
  g_return_val_if_fail (id < self->styles->len, NULL);
  return &g_array_index (self->styles, MkSheetStyle, id);
}

guint
mk_sheet_get_n_styles (MkSheet *self)
{
  return self->styles->len;
}

static int
compare_position (const MkSheetCell *cell,
                  guint              row,
                  guint              col)
{
  if (cell->row != row)
    return cell->row < row ? -1 : 1;
  return cell->col < col ? -1 : cell->col > col;
}

/* Where the cell at ROW, COL is in the sorted array, or would go. */
static guint
search (MkSheet  *self,
        guint     row,
        guint     col,
        gboolean *found)
{
  const MkSheetCell *cells = (const MkSheetCell *) self->cells->data;
  guint low = 0, high = self->cells->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      int order = compare_position (&cells[mid], row, col);

      if (order == 0)
        return (*found = TRUE), mid;
      if (order < 0)
        low = mid + 1;
      else
        high = mid;
    }
  return (*found = FALSE), low;
}

/* The index of the cell at ROW, COL; -1 when it was never set. */
static int
find (MkSheet *self,
      guint    row,
      guint    col)
{
  gboolean found;
  guint i;

  if (self->index != NULL)
    return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->index, CELL_KEY (row, col))) - 1;
  i = search (self, row, col, &found);
  return found ? (int) i : -1;
}

/* From here on the cells are out of order: index them all. */
static void
start_index (MkSheet *self)
{
  self->index = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < self->cells->len; i++)
    {
      const MkSheetCell *cell = &g_array_index (self->cells, MkSheetCell, i);
      g_hash_table_insert (self->index, CELL_KEY (cell->row, cell->col),
                           GUINT_TO_POINTER (i + 1));
    }
}

/* Adds a blank cell at ROW, COL, which is not in the sheet. */
static guint
add_cell (MkSheet *self,
          guint    row,
          guint    col)
{
  MkSheetCell blank = { .row = row, .col = col };
  guint len = self->cells->len;
  guint i = len;

  self->n_rows = MAX (self->n_rows, row + 1);
  self->n_cols = MAX (self->n_cols, col + 1);
  if (len == 0 || compare_position (&g_array_index (self->cells, MkSheetCell, len - 1), row, col) < 0)
    g_array_append_val (self->cells, blank);
  else if (self->index == NULL && len < MAX_SORTED_INSERT)
    {
      gboolean found;

      i = search (self, row, col, &found);
      g_array_insert_val (self->cells, i, blank);
      return i;
    }
  else
    {
      if (self->index == NULL)
        start_index (self);
      g_array_append_val (self->cells, blank);
    }
  if (self->index != NULL)
    g_hash_table_insert (self->index, CELL_KEY (row, col), GUINT_TO_POINTER (i + 1));
  return i;
}

/* Whether ROW, COL fits a spreadsheet; what does not is remembered for
 * mk_sheet_check_limits (). */
static gboolean
within_limits (MkSheet *self,
               guint64  row,
               guint64  col)
{
  if (self->row_limit > 0 && row >= self->row_limit)
    return (self->cut = TRUE, FALSE);
  if (row < MK_SHEET_MAX_ROWS && col < MK_SHEET_MAX_COLS)
    return TRUE;
  if (row >= MK_SHEET_MAX_ROWS)
    self->over_rows = MAX (self->over_rows, row + 1);
  if (col >= MK_SHEET_MAX_COLS)
    self->over_cols = MAX (self->over_cols, col + 1);
  return FALSE;
}

/* "B5", as a spreadsheet names the cell, for the warnings. */
static char *
cell_name (guint row,
           guint col)
{
  char name[8];
  int i = G_N_ELEMENTS (name) - 1;

  name[i] = '\0';
  for (col++; col > 0; col = (col - 1) / 26)
    name[--i] = 'A' + (col - 1) % 26;
  return g_strdup_printf ("%s%u", &name[i], row + 1);
}

static void
warn (MkSheet    *self,
      guint       row,
      guint       col,
      const char *message)
{
  g_autofree char *name = cell_name (row, col);

  /* Translators: a warning of an export: "Cell B5: <what was changed>" */
  g_ptr_array_add (self->warnings, g_strdup_printf (_("Cell %s: %s"), name, message));
}

/* TEXT cut to MK_SHEET_MAX_TEXT characters, «…» last, in the sheet's
 * strings; NULL when it fits. */
static const char *
cut_text (MkSheet    *self,
          guint       row,
          guint       col,
          const char *text)
{
  glong n;
  g_autofree char *message = NULL;
  g_autoptr(GString) cut = NULL;

  /* Bytes bound characters from above: most texts need no count. */
  if (strlen (text) <= MK_SHEET_MAX_TEXT || (n = g_utf8_strlen (text, -1)) <= MK_SHEET_MAX_TEXT)
    return NULL;
  cut = g_string_new_len (text, g_utf8_offset_to_pointer (text, MK_SHEET_MAX_TEXT - 1) - text);
  g_string_append (cut, "…");
  message = g_strdup_printf (_("the text of %ld characters is cut to %u, the most a spreadsheet "
                               "cell holds; «…» marks the cut."), n, MK_SHEET_MAX_TEXT);
  warn (self, row, col, message);
  return g_string_chunk_insert (self->strings, cut->str);
}

/* The cell at ROW, COL, added empty when it is new. */
static MkSheetCell *
cell_at (MkSheet    *self,
         guint       row,
         guint       col,
         MkSheetKind kind,
         guint       style)
{
  MkSheetCell *cell;
  int i;

  if (!within_limits (self, row, col))
    return NULL;
  g_return_val_if_fail (style < self->styles->len, NULL);
  /* A cell after the last one is new: no lookup (the common case). */
  if (self->cells->len == 0
      || compare_position (&g_array_index (self->cells, MkSheetCell, self->cells->len - 1),
                           row, col) < 0
      || (i = find (self, row, col)) < 0)
    i = (int) add_cell (self, row, col);
  cell = &g_array_index (self->cells, MkSheetCell, i);
  cell->kind = kind;
  cell->style = style;
  cell->text = NULL;
  cell->number = 0;
  return cell;
}

void
mk_sheet_reserve (MkSheet *self,
                  guint    n_cells)
{
  guint len = self->cells->len;

  /* A preview's few rows need no room made for the whole report. */
  if (n_cells > len && self->row_limit == 0)
    {
      g_array_set_size (self->cells, n_cells);
      g_array_set_size (self->cells, len);
    }
}

void
mk_sheet_set_static_text (MkSheet    *self,
                          guint       row,
                          guint       col,
                          const char *text,
                          guint       style)
{
  MkSheetCell *cell = cell_at (self, row, col, MK_SHEET_TEXT, style);
  const char *cut;

  if (cell == NULL)
    return;
  cut = text ? cut_text (self, row, col, text) : NULL;
  cell->text = cut ? cut : text ? text : "";
}

void
mk_sheet_set_text (MkSheet    *self,
                   guint       row,
                   guint       col,
                   const char *text,
                   guint       style)
{
  MkSheetCell *cell = cell_at (self, row, col, MK_SHEET_TEXT, style);
  const char *cut;

  if (cell == NULL)
    return;
  cut = text ? cut_text (self, row, col, text) : NULL;
  cell->text = cut ? cut : g_string_chunk_insert (self->strings, text ? text : "");
}

static void
set_number (MkSheet    *self,
            guint       row,
            guint       col,
            MkSheetKind kind,
            double      value,
            guint       style)
{
  MkSheetCell *cell;

  /* NaN or infinity is no number a reader could use (and Excel refuses
   * it): the value is unknown, and says so. */
  if (!isfinite (value))
    {
      mk_sheet_set_static_text (self, row, col, MK_SHEET_UNKNOWN, style);
      if (row < MK_SHEET_MAX_ROWS && col < MK_SHEET_MAX_COLS)
        warn (self, row, col, _("the number is not finite; shown as «н/д» (no data)."));
      return;
    }
  cell = cell_at (self, row, col, kind, style);
  if (cell != NULL)
    cell->number = value;
}

void
mk_sheet_set_integer (MkSheet *self, guint row, guint col, gint64 value, guint style)
{
  set_number (self, row, col, MK_SHEET_INTEGER, (double) value, style);
}

void
mk_sheet_set_decimal (MkSheet *self, guint row, guint col, double value, guint style)
{
  set_number (self, row, col, MK_SHEET_DECIMAL, value, style);
}

void
mk_sheet_set_share (MkSheet *self, guint row, guint col, double fraction, guint style)
{
  set_number (self, row, col, MK_SHEET_SHARE, fraction, style);
}

void
mk_sheet_set_date (MkSheet     *self,
                   guint        row,
                   guint        col,
                   const GDate *date,
                   guint        style)
{
  MkSheetCell *cell;

  g_return_if_fail (g_date_valid (date));
  cell = cell_at (self, row, col, MK_SHEET_DATE, style);
  if (cell != NULL)
    cell->date = *date;
}

void
mk_sheet_set_blank (MkSheet *self, guint row, guint col, guint style)
{
  cell_at (self, row, col, MK_SHEET_EMPTY, style);
}

void
mk_sheet_merge (MkSheet *self,
                guint    first_row,
                guint    first_col,
                guint    last_row,
                guint    last_col)
{
  MkSheetRange range = { first_row, first_col, last_row, last_col };
  const MkSheetCell *origin;
  guint style = 0;

  g_return_if_fail (first_row <= last_row && first_col <= last_col);
  if (!within_limits (self, last_row, last_col))
    return;
  if ((origin = mk_sheet_get_cell (self, first_row, first_col)) != NULL)
    style = origin->style;
  else
    mk_sheet_set_blank (self, first_row, first_col, 0);
  for (guint r = first_row; r <= last_row; r++)
    for (guint c = first_col; c <= last_col; c++)
      if (mk_sheet_get_cell (self, r, c) == NULL)
        mk_sheet_set_blank (self, r, c, style);
  g_array_append_val (self->merges, range);
}

static void
add_spanning_text (MkSheet            *self,
                   guint               row,
                   guint               n_cols,
                   const char         *text,
                   const MkSheetStyle *style)
{
  mk_sheet_set_text (self, row, 0, text, mk_sheet_add_style (self, style));
  if (n_cols > 1)
    mk_sheet_merge (self, row, 0, row, n_cols - 1);
}

void
mk_sheet_add_title (MkSheet    *self,
                    guint       row,
                    guint       n_cols,
                    const char *text)
{
  MkSheetStyle style = { .flags = MK_SHEET_BOLD | MK_SHEET_WRAP,
                         .align = MK_SHEET_ALIGN_CENTER,
                         .valign = MK_SHEET_VALIGN_CENTER, .font_size = 12 };

  add_spanning_text (self, row, n_cols, text, &style);
}

void
mk_sheet_add_footnote (MkSheet    *self,
                       guint       row,
                       guint       n_cols,
                       const char *text)
{
  MkSheetStyle style = { .flags = MK_SHEET_ITALIC | MK_SHEET_WRAP,
                         .align = MK_SHEET_ALIGN_LEFT,
                         .valign = MK_SHEET_VALIGN_TOP, .font_size = 10 };

  add_spanning_text (self, row, n_cols, text, &style);
  /* A merged cell does not grow with its text: give a long note room,
   * about 100 characters a line across a table of some 90 characters. */
  mk_sheet_set_row_height (self, row, 14.0 * (1 + strlen (text) / 180));
}

static void
set_double (GArray *array,
            guint   index,
            double  value)
{
  if (array->len <= index)
    g_array_set_size (array, index + 1);
  g_array_index (array, double, index) = value;
}

static double
get_double (GArray *array,
            guint   index)
{
  return index < array->len ? g_array_index (array, double, index) : 0;
}

void
mk_sheet_set_column_width (MkSheet *self, guint col, double width)
{
  if (!within_limits (self, 0, col))
    return;
  set_double (self->widths, col, width);
  self->n_cols = MAX (self->n_cols, col + 1);
}

double
mk_sheet_get_column_width (MkSheet *self, guint col)
{
  return get_double (self->widths, col);
}

void
mk_sheet_set_row_height (MkSheet *self, guint row, double points)
{
  if (!within_limits (self, row, 0))
    return;
  set_double (self->heights, row, points);
}

double
mk_sheet_get_row_height (MkSheet *self, guint row)
{
  return get_double (self->heights, row);
}

MkSheetPage *
mk_sheet_get_page (MkSheet *self)
{
  return &self->page;
}

void
mk_sheet_set_row_limit (MkSheet *self,
                        guint    rows)
{
  self->row_limit = rows;
}

gboolean
mk_sheet_is_full (MkSheet *self)
{
  return self->row_limit > 0 && (self->cut || self->n_rows >= self->row_limit);
}

guint
mk_sheet_get_n_rows (MkSheet *self)
{
  return self->n_rows;
}

guint
mk_sheet_get_n_cols (MkSheet *self)
{
  return self->n_cols;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const MkSheetCell *y = b;

  return compare_position (a, y->row, y->col);
}

static void
ensure_sorted (MkSheet *self)
{
  if (self->index == NULL)
    return;
  g_array_sort (self->cells, compare_cells);
  g_clear_pointer (&self->index, g_hash_table_unref);
}

const MkSheetCell *
mk_sheet_get_cells (MkSheet *self,
                    guint   *n_cells)
{
  ensure_sorted (self);
  *n_cells = self->cells->len;
  return (const MkSheetCell *) self->cells->data;
}

const MkSheetCell *
mk_sheet_get_cell (MkSheet *self,
                   guint    row,
                   guint    col)
{
  int i = find (self, row, col);

  return i >= 0 ? &g_array_index (self->cells, MkSheetCell, i) : NULL;
}

const MkSheetRange *
mk_sheet_get_merges (MkSheet *self,
                     guint   *n_merges)
{
  *n_merges = self->merges->len;
  return (const MkSheetRange *) self->merges->data;
}

void
mk_sheet_keep_together (MkSheet *self,
                        guint    first_row,
                        guint    last_row)
{
  MkSheetRange range = { first_row, 0, last_row, 0 };

  g_return_if_fail (first_row <= last_row);
  g_array_append_val (self->keeps, range);
}

const MkSheetRange *
mk_sheet_get_keeps (MkSheet *self,
                    guint   *n_keeps)
{
  *n_keeps = self->keeps->len;
  return (const MkSheetRange *) self->keeps->data;
}

gboolean
mk_sheet_check_limits (MkSheet  *self,
                       GError  **error)
{
  if (self->over_rows > 0)
    {
      g_set_error (error, MK_SHEET_ERROR, MK_SHEET_ERROR_TOO_LARGE,
                   _("The table has %lu rows; a spreadsheet holds at most "
                     "1,048,576 rows. Choose a smaller scope."), (gulong) self->over_rows);
      return FALSE;
    }
  if (self->over_cols > 0)
    {
      g_set_error (error, MK_SHEET_ERROR, MK_SHEET_ERROR_TOO_LARGE,
                   _("The table has %lu columns; a spreadsheet holds at most "
                     "16,384 columns. Choose a smaller scope."), (gulong) self->over_cols);
      return FALSE;
    }
  return TRUE;
}

const char *const *
mk_sheet_get_warnings (MkSheet *self)
{
  static const char *const none[] = { NULL };

  /* An empty array may have no storage yet. */
  return self->warnings->len > 0 ? (const char *const *) self->warnings->pdata : none;
}

/* VALUE rounded half away from zero in integers, as spreadsheets round
 * (not printf's binary rounding), with a decimal comma in any locale. */
static char *
format_number (double      value,
               guint       decimals,
               const char *suffix)
{
  guint d = MIN (decimals, 10u);
  guint64 whole = (guint64) floor (fabs (value) * pow (10, d) + 0.5 + 1e-7);
  g_autofree char *digits = g_strdup_printf ("%0*" G_GUINT64_FORMAT, (int) d + 1, whole);
  gsize point = strlen (digits) - d;

  return g_strdup_printf ("%s%.*s%s%s%s", value < 0 && whole > 0 ? "-" : "", (int) point,
                          digits, d > 0 ? "," : "", digits + point, suffix);
}

char *
mk_sheet_format_cell (const MkSheetCell  *cell,
                      const MkSheetStyle *style)
{
  if (cell->kind != MK_SHEET_TEXT && cell->kind != MK_SHEET_DATE && cell->kind != MK_SHEET_EMPTY
      && !isfinite (cell->number))
    return g_strdup (MK_SHEET_UNKNOWN);
  switch (cell->kind)
    {
    case MK_SHEET_TEXT:
      return g_strdup (cell->text ? cell->text : "");
    case MK_SHEET_INTEGER:
      return format_number (cell->number, 0, "");
    case MK_SHEET_DECIMAL:
      return format_number (cell->number, style->decimals, "");
    case MK_SHEET_SHARE:
      /* As the official tables and the XLSX in a Russian Excel: «46,5%». */
      return format_number (cell->number * 100, 1, "%");
    case MK_SHEET_DATE:
      return !g_date_valid (&cell->date) ? g_strdup ("")
        : g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&cell->date),
                           g_date_get_month (&cell->date), g_date_get_year (&cell->date));
    default:    /* MK_SHEET_EMPTY */
      return g_strdup ("");
    }
}
