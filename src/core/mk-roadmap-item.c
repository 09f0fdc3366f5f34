/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-roadmap"
#include "config.h"

#include <stdio.h>

#include <string.h>

#include "mk-roadmap-item.h"
#include "mk-date.h"

struct _MkRoadmapItem
{
  GObject   parent_instance;

  gint64    id;
  int       depth;
  gboolean  heading;
  char     *texts[MK_N_ITEM_FIELDS];
  char     *code;
};

G_DEFINE_FINAL_TYPE (MkRoadmapItem, mk_roadmap_item, G_TYPE_OBJECT)

static void
mk_roadmap_item_finalize (GObject *object)
{
  MkRoadmapItem *self = MK_ROADMAP_ITEM (object);

  for (guint i = 0; i < MK_N_ITEM_FIELDS; i++)
    g_free (self->texts[i]);
  g_free (self->code);
  G_OBJECT_CLASS (mk_roadmap_item_parent_class)->finalize (object);
}

static void
mk_roadmap_item_class_init (MkRoadmapItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_roadmap_item_finalize;
}

static void
mk_roadmap_item_init (MkRoadmapItem *self)
{
  for (guint i = 0; i < MK_N_ITEM_FIELDS; i++)
    self->texts[i] = g_strdup ("");
  self->code = g_strdup ("");
}

MkRoadmapItem *
mk_roadmap_item_new (int         depth,
                     gboolean    heading,
                     const char *title)
{
  MkRoadmapItem *self = g_object_new (MK_TYPE_ROADMAP_ITEM, NULL);

  self->depth = CLAMP (depth, 0, MK_ITEM_MAX_DEPTH);
  self->heading = heading;
  mk_roadmap_item_set_text (self, MK_ITEM_TITLE, title);
  return self;
}

MkRoadmapItem *
mk_roadmap_item_copy (MkRoadmapItem *self)
{
  MkRoadmapItem *copy = mk_roadmap_item_new (self->depth, self->heading, NULL);

  copy->id = self->id;
  for (guint i = 0; i < MK_N_ITEM_FIELDS; i++)
    mk_roadmap_item_set_text (copy, i, self->texts[i]);
  g_free (copy->code);
  copy->code = g_strdup (self->code);
  return copy;
}

gint64 mk_roadmap_item_get_id (MkRoadmapItem *self) { return self->id; }
void mk_roadmap_item_set_id (MkRoadmapItem *self, gint64 id) { self->id = id; }
int mk_roadmap_item_get_depth (MkRoadmapItem *self) { return self->depth; }
gboolean mk_roadmap_item_get_heading (MkRoadmapItem *self) { return self->heading; }
const char *mk_roadmap_item_get_code (MkRoadmapItem *self) { return self->code; }

void
mk_roadmap_item_set_depth (MkRoadmapItem *self,
                           int            depth)
{
  self->depth = CLAMP (depth, 0, MK_ITEM_MAX_DEPTH);
}

void
mk_roadmap_item_set_heading (MkRoadmapItem *self,
                             gboolean       heading)
{
  self->heading = heading;
}

const char *
mk_roadmap_item_get_text (MkRoadmapItem *self,
                          MkItemField    field)
{
  g_return_val_if_fail (field < MK_N_ITEM_FIELDS, "");
  return self->texts[field];
}

void
mk_roadmap_item_set_text (MkRoadmapItem *self,
                          MkItemField    field,
                          const char    *text)
{
  g_return_if_fail (field < MK_N_ITEM_FIELDS);
  g_free (self->texts[field]);
  self->texts[field] = g_strstrip (g_strdup (text != NULL ? text : ""));
}

gboolean
mk_roadmap_item_equal (MkRoadmapItem *a,
                       MkRoadmapItem *b)
{
  if (a->depth != b->depth || a->heading != b->heading)
    return FALSE;
  for (guint i = 0; i < MK_N_ITEM_FIELDS; i++)
    if (g_strcmp0 (a->texts[i], b->texts[i]) != 0)
      return FALSE;
  return TRUE;
}

static void
set_code (MkRoadmapItem *item,
          const int     *counters,
          int            depth)
{
  GString *code = g_string_new (NULL);

  for (int d = 0; d <= depth; d++)
    g_string_append_printf (code, "%d.", counters[d]);
  g_free (item->code);
  item->code = g_string_free (code, FALSE);
}

void
mk_roadmap_items_number (GPtrArray *items,
                         gboolean   numbered_sections)
{
  int counters[MK_ITEM_MAX_DEPTH + 1] = { 0 };
  int previous = -1;

  for (guint i = 0; i < items->len; i++)
    {
      MkRoadmapItem *item = items->pdata[i];

      if (item->heading && !numbered_sections)
        {
          g_free (item->code);
          item->code = g_strdup ("");
          continue;
        }
      /* No jump of two levels: «1.» then «1.1.1.» would skip «1.1.». */
      item->depth = MIN (item->depth, previous + 1);
      counters[item->depth]++;
      for (int d = item->depth + 1; d <= MK_ITEM_MAX_DEPTH; d++)
        counters[d] = 0;
      set_code (item, counters, item->depth);
      previous = item->depth;
    }
}

char *
mk_roadmap_code_key (const char *text)
{
  g_autofree char *code = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize len;

  while ((len = strlen (code)) > 0 && code[len - 1] == '.')
    code[len - 1] = '\0';
  if (*code == '\0' || !g_ascii_isdigit (*code))
    return NULL;
  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '.')
      return NULL;
  return g_steal_pointer (&code);
}

guint
mk_roadmap_items_subtree_end (GPtrArray *items,
                              guint      at)
{
  int depth = mk_roadmap_item_get_depth (items->pdata[at]);
  guint end = at + 1;

  while (end < items->len && mk_roadmap_item_get_depth (items->pdata[end]) > depth)
    end++;
  return end;
}

gboolean
mk_roadmap_item_date_valid (const char *text)
{
  GDate date;

  return text == NULL || *text == '\0' || mk_date_from_dmy (text, &date);
}
