/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-doc-layout.h"
#include "mk-doc-layout-private.h"
#include "mk-pdf-render.h"

#define PAGE_W MK_DOC_MM_TO_PT (MK_DOC_PAGE_WIDTH_MM)
#define PAGE_H MK_DOC_MM_TO_PT (MK_DOC_PAGE_HEIGHT_MM)
#define LEFT   MK_DOC_MM_TO_PT (MK_DOC_MARGIN_LEFT_MM)
#define TOP    MK_DOC_MM_TO_PT (MK_DOC_MARGIN_TOP_MM)
#define BOTTOM (PAGE_H - MK_DOC_MM_TO_PT (MK_DOC_MARGIN_BOTTOM_MM))
#define TEXT_W (PAGE_W - LEFT - MK_DOC_MM_TO_PT (MK_DOC_MARGIN_RIGHT_MM))
/* The space an empty line leaves above a part. */
#define SPACE_BEFORE (MK_DOC_FONT_SIZE * 0.8)

typedef struct {
  double top, height, baseline, x;   /* within the paragraph's layout */
} Line;

/* One part of the document, measured. */
typedef struct {
  const MkDocPart *part;
  PangoLayout     *layout;   /* a paragraph */
  PangoLayout     *aside;    /* a signature's name */
  double           x;        /* the paragraph's left edge in the text area */
  GArray          *lines;    /* Line */
  gboolean         whole;    /* never split across pages */
  MkDocTable      *table;
} Block;

/* What of a block a page shows: lines or rows FIRST … END-1 from Y, and
 * for a table, its header rows above them. */
typedef struct {
  guint    block;
  guint    first, end;
  double   y;
  gboolean header;
} Placement;

struct _MkDocLayout {
  MkDoc        *doc;
  PangoContext *context;
  GArray       *blocks;   /* Block */
  GPtrArray    *pages;    /* GArray of Placement */
};

static void
block_clear (gpointer data)
{
  Block *b = data;

  g_clear_object (&b->layout);
  g_clear_object (&b->aside);
  g_clear_pointer (&b->lines, g_array_unref);
  g_clear_pointer (&b->table, mk_doc_table_free);
}

static void
read_lines (Block *b)
{
  PangoLayoutIter *iter = pango_layout_get_iter (b->layout);

  b->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  do
    {
      PangoRectangle logical;
      Line line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double) logical.y / PANGO_SCALE;
      line.height = (double) logical.height / PANGO_SCALE;
      line.x = (double) logical.x / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (b->lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static const char *
prefix_of (const MkDocPart *part)
{
  switch (part->style)
    {
    case MK_DOC_BULLET:
    case MK_DOC_SUBITEM:
      return "– ";
    default:
      return "";
    }
}

/* Body, lists and decisions are one paragraph style: justified, first
 * line indented, a list's dash or a decision's number leading it. */
static void
measure_paragraph (MkDocLayout *self,
                   Block       *b)
{
  const MkDocPart *part = b->part;
  gboolean flowing = part->style == MK_DOC_BODY || part->style == MK_DOC_BULLET ||
                     part->style == MK_DOC_NUMBERED || part->style == MK_DOC_SUBITEM;
  PangoAlignment align = part->style == MK_DOC_CENTER || part->style == MK_DOC_TABLE_TITLE
                         ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  double width = TEXT_W;
  g_autofree char *text = NULL;

  if (part->style == MK_DOC_APPROVAL)
    b->x = TEXT_W / 2;
  else if (part->style == MK_DOC_SUBITEM)
    b->x = MK_DOC_MM_TO_PT (MK_DOC_INDENT_MM);
  else if (part->style == MK_DOC_SIGNATURE)
    width = TEXT_W * 0.6;
  width -= b->x;
  text = part->style == MK_DOC_NUMBERED && part->label != NULL
         ? g_strdup_printf ("%s %s", part->label, part->text)
         : g_strconcat (prefix_of (part), part->text, NULL);
  b->layout = mk_doc_text_layout (self->context, text, MK_DOC_FONT_SIZE, part->bold, align, width);
  if (flowing)
    {
      pango_layout_set_justify (b->layout, TRUE);
      if (part->style != MK_DOC_SUBITEM)
        pango_layout_set_indent (b->layout, (int) (MK_DOC_MM_TO_PT (MK_DOC_INDENT_MM) * PANGO_SCALE));
    }
  if (part->style == MK_DOC_SIGNATURE && part->label != NULL)
    b->aside = mk_doc_text_layout (self->context, part->label, MK_DOC_FONT_SIZE, part->bold,
                                   PANGO_ALIGN_RIGHT, TEXT_W * 0.4);
  b->whole = part->style == MK_DOC_APPROVAL || part->style == MK_DOC_SIGNATURE;
  read_lines (b);
}

static double
block_height (Block *b)
{
  const Line *last;

  if (b->table != NULL)
    return mk_doc_table_height (b->table, 0, mk_doc_table_get_n_rows (b->table));
  last = &g_array_index (b->lines, Line, b->lines->len - 1);
  return last->top + last->height;
}

/* The least of a block that can start a page: a line, or a table's
 * header with its first rows. */
static double
first_unit_height (Block *b)
{
  guint header;

  if (b->table == NULL)
    return b->whole ? block_height (b) : g_array_index (b->lines, Line, 0).height;
  header = mk_doc_table_get_n_header (b->table);
  return mk_doc_table_height (b->table, 0,
                              header < mk_doc_table_get_n_rows (b->table)
                              ? mk_doc_table_group_end (b->table, header) : header);
}

static double
space_of (Block *b)
{
  return b->part->space_before ? SPACE_BEFORE : 0;
}

/* The height that must fit before block I is placed: the chain of parts
 * kept with the next, and the first of what follows them. */
static double
kept_height (MkDocLayout *self,
             guint        i)
{
  double need = 0;

  for (; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      if (!b->part->keep_with_next)
        return need + space_of (b) + first_unit_height (b);
      need += space_of (b) + block_height (b);
    }
  return need;
}

typedef struct {
  MkDocLayout *self;
  GArray      *page;
  double       y;
} Cursor;

static void
new_page (Cursor *c)
{
  c->page = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_ptr_array_add (c->self->pages, c->page);
  c->y = TOP;
}

static void
place (Cursor   *c,
       guint     block,
       guint     first,
       guint     end,
       double    y,
       gboolean  header)
{
  Placement p = { block, first, end, y, header };

  if (end > first)
    g_array_append_val (c->page, p);
}

static void
place_lines (Cursor *c,
             guint   index,
             Block  *b)
{
  guint start = 0;
  double start_y = c->y;

  if (b->whole && c->page->len > 0 && c->y + block_height (b) > BOTTOM)
    new_page (c), start_y = c->y;
  for (guint k = 0; k < b->lines->len; k++)
    {
      double h = g_array_index (b->lines, Line, k).height;

      if (!b->whole && c->y + h > BOTTOM && (c->page->len > 0 || k > start))
        {
          place (c, index, start, k, start_y, FALSE);
          new_page (c);
          start = k;
          start_y = c->y;
        }
      c->y += h;
    }
  place (c, index, start, b->lines->len, start_y, FALSE);
}

static void
place_rows (Cursor *c,
            guint   index,
            Block  *b)
{
  MkDocTable *t = b->table;
  guint n = mk_doc_table_get_n_rows (t), header = mk_doc_table_get_n_header (t);
  double header_h = mk_doc_table_height (t, 0, header);
  guint start = 0;
  double start_y = c->y;
  gboolean repeat = FALSE;

  for (guint r = 0; r < n;)
    {
      guint end = mk_doc_table_group_end (t, r);
      double h = mk_doc_table_height (t, r, end);

      if (c->y + h > BOTTOM && (c->page->len > 0 || r > start) && r > header)
        {
          place (c, index, start, r, start_y, repeat);
          new_page (c);
          start = r;
          start_y = c->y;
          repeat = header > 0;
          c->y += repeat ? header_h : 0;
        }
      c->y += h;
      r = end;
    }
  place (c, index, start, n, start_y, repeat);
}

static void
paginate (MkDocLayout *self)
{
  Cursor c = { self, NULL, 0 };

  new_page (&c);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      if (c.page->len > 0)
        c.y += space_of (b);
      if (c.page->len > 0 && c.y - space_of (b) + kept_height (self, i) > BOTTOM)
        new_page (&c);
      if (b->table != NULL)
        place_rows (&c, i, b);
      else
        place_lines (&c, i, b);
    }
}

MkDocLayout *
mk_doc_layout_new (MkDoc        *doc,
                   PangoContext *context)
{
  MkDocLayout *self = g_new0 (MkDocLayout, 1);

  self->doc = doc;
  self->context = context != NULL ? g_object_ref (context) : mk_pdf_context_new ();
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < mk_doc_get_n_parts (doc); i++)
    {
      Block b = { .part = mk_doc_get_part (doc, i) };

      if (b.part->kind == MK_DOC_TABLE)
        b.table = mk_doc_table_new (b.part, self->context, TEXT_W);
      else
        measure_paragraph (self, &b);
      g_array_append_val (self->blocks, b);
    }
  paginate (self);
  return self;
}

void
mk_doc_layout_free (MkDocLayout *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->blocks);
  g_ptr_array_unref (self->pages);
  g_object_unref (self->context);
  g_free (self);
}

guint
mk_doc_layout_get_n_pages (MkDocLayout *self)
{
  return self->pages->len;
}

static void
draw_lines (cairo_t         *cr,
            Block           *b,
            const Placement *p)
{
  double first_top = g_array_index (b->lines, Line, p->first).top;

  for (guint k = p->first; k < p->end; k++)
    {
      Line *line = &g_array_index (b->lines, Line, k);

      cairo_move_to (cr, LEFT + b->x + line->x, p->y + line->baseline - first_top);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (b->layout, (int) k));
    }
  if (b->aside != NULL)
    {
      const Line *last = &g_array_index (b->lines, Line, b->lines->len - 1);
      int aside_h = 0;

      pango_layout_get_size (b->aside, NULL, &aside_h);
      cairo_move_to (cr, LEFT + TEXT_W * 0.6, p->y + last->top + last->height - first_top -
                     (double) aside_h / PANGO_SCALE);
      pango_cairo_show_layout (cr, b->aside);
    }
}

static void
draw_page_number (MkDocLayout *self,
                  cairo_t     *cr,
                  guint        page)
{
  g_autofree char *number = g_strdup_printf ("%u", page + 1);
  g_autoptr(PangoLayout) layout = mk_doc_text_layout (self->context, number, MK_DOC_TABLE_FONT_SIZE,
                                                      FALSE, PANGO_ALIGN_CENTER, TEXT_W);

  cairo_move_to (cr, LEFT, MK_DOC_MM_TO_PT (MK_DOC_PAGE_NUMBER_MM) -
                 (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

void
mk_doc_layout_draw_page (MkDocLayout *self,
                         cairo_t     *cr,
                         guint        page)
{
  GArray *placements;

  g_return_if_fail (page < self->pages->len);
  placements = self->pages->pdata[page];
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (page > 0)
    draw_page_number (self, cr, page);
  for (guint i = 0; i < placements->len; i++)
    {
      const Placement *p = &g_array_index (placements, Placement, i);
      Block *b = &g_array_index (self->blocks, Block, p->block);
      double y = p->y;

      if (b->table == NULL)
        {
          draw_lines (cr, b, p);
          continue;
        }
      if (p->header)
        y += mk_doc_table_draw (b->table, cr, LEFT, y, 0, mk_doc_table_get_n_header (b->table));
      mk_doc_table_draw (b->table, cr, LEFT, y, p->first, p->end);
    }
  cairo_restore (cr);
}

static void
draw_doc_page (gpointer  layout,
               cairo_t  *cr,
               guint     page)
{
  mk_doc_layout_draw_page (layout, cr, page);
}

gboolean
mk_doc_write_pdf (MkDoc       *doc,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(MkDocLayout) layout = mk_doc_layout_new (doc, NULL);

  return mk_pdf_write_pages (path, PAGE_W, PAGE_H, mk_doc_get_title (doc),
                             mk_doc_layout_get_n_pages (layout), draw_doc_page, layout, error);
}
