/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-roadmap"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-roadmap-editor.h"
#include "mk-undo-stack.h"

struct _MkRoadmapEditor {
  GObject      parent_instance;
  MkStore     *store;
  gint64       roadmap_id;
  GPtrArray   *items;
  MkUndoStack *undo;
};

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MkRoadmapEditor, mk_roadmap_editor, G_TYPE_OBJECT)

/* Where the roadmap was: its items and every report of them, so that
 * going back to it restores the reports of items removed since. */
typedef struct {
  GPtrArray *items;
  GPtrArray *reports;
} Snapshot;

static void
snapshot_free (gpointer data)
{
  Snapshot *s = data;

  g_ptr_array_unref (s->items);
  g_ptr_array_unref (s->reports);
  g_free (s);
}

static GPtrArray *
copy_items (GPtrArray *items)
{
  GPtrArray *copy = g_ptr_array_new_full (items->len, g_object_unref);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (copy, mk_roadmap_item_copy (items->pdata[i]));
  return copy;
}

static Snapshot *
snapshot_take (MkRoadmapEditor  *self,
               GError          **error)
{
  g_autoptr(GPtrArray) reports = mk_store_list_item_reports (self->store, self->roadmap_id, error);
  Snapshot *s;

  if (reports == NULL)
    return NULL;
  s = g_new0 (Snapshot, 1);
  s->items = copy_items (self->items);
  s->reports = g_steal_pointer (&reports);
  return s;
}

static gboolean
load (MkRoadmapEditor  *self,
      GError          **error)
{
  GPtrArray *items = mk_store_list_roadmap_items (self->store, self->roadmap_id, error);

  if (items == NULL)
    return FALSE;
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = items;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Writes ITEMS and puts back the reports of S that the store no longer
 * has (those of items ITEMS brings back), in one transaction. */
static gboolean
write_state (MkRoadmapEditor  *self,
             GPtrArray        *items,
             GPtrArray        *reports,
             GError          **error)
{
  if (!mk_store_begin (self->store, error))
    return FALSE;
  if (!mk_store_save_roadmap_items (self->store, self->roadmap_id, items, error))
    return mk_store_rollback (self->store), FALSE;
  for (guint i = 0; reports != NULL && i < reports->len; i++)
    {
      MkItemReport *report = reports->pdata[i];
      g_autoptr(MkItemReport) now = mk_store_get_item_report (self->store, report->item_id,
                                                              report->school_id);

      if (now == NULL && !mk_store_set_item_report (self->store, report, NULL, error))
        return mk_store_rollback (self->store), FALSE;
    }
  return mk_store_commit (self->store, error);
}

static gpointer
apply_snapshot (gpointer   owner,
                gpointer   entry,
                GError   **error)
{
  MkRoadmapEditor *self = owner;
  Snapshot *target = entry;
  Snapshot *now = snapshot_take (self, error);

  if (now == NULL)
    return NULL;
  if (!write_state (self, target->items, target->reports, error) || !load (self, error))
    return snapshot_free (now), NULL;
  return now;
}

/* Makes ITEMS (taken) the roadmap's items, with a way back. */
static gboolean
commit (MkRoadmapEditor  *self,
        GPtrArray        *items,
        GError          **error)
{
  g_autoptr(GPtrArray) owned = items;
  Snapshot *before = snapshot_take (self, error);

  if (before == NULL)
    return FALSE;
  if (!write_state (self, owned, NULL, error) || !load (self, error))
    return snapshot_free (before), FALSE;
  mk_undo_stack_push (self->undo, before);
  return TRUE;
}

static void
mk_roadmap_editor_finalize (GObject *object)
{
  MkRoadmapEditor *self = MK_ROADMAP_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->undo, mk_undo_stack_free);
  G_OBJECT_CLASS (mk_roadmap_editor_parent_class)->finalize (object);
}

static void
mk_roadmap_editor_class_init (MkRoadmapEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_roadmap_editor_finalize;
  /* The items were replaced: by an edit, an undo, a redo or a reload. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mk_roadmap_editor_init (MkRoadmapEditor *self)
{
  self->undo = mk_undo_stack_new (apply_snapshot, snapshot_free);
}

MkRoadmapEditor *
mk_roadmap_editor_new (MkStore  *store,
                       gint64    roadmap_id,
                       GError  **error)
{
  g_autoptr(MkRoadmapEditor) self = g_object_new (MK_TYPE_ROADMAP_EDITOR, NULL);

  self->store = g_object_ref (store);
  self->roadmap_id = roadmap_id;
  return load (self, error) ? g_steal_pointer (&self) : NULL;
}

GPtrArray *
mk_roadmap_editor_get_items (MkRoadmapEditor *self)
{
  return self->items;
}

gboolean
mk_roadmap_editor_reload (MkRoadmapEditor  *self,
                          GError          **error)
{
  return load (self, error);
}

static int
depth_at (GPtrArray *items,
          guint      at)
{
  return mk_roadmap_item_get_depth (items->pdata[at]);
}

gboolean
mk_roadmap_editor_add (MkRoadmapEditor  *self,
                       guint             at,
                       gboolean          child,
                       gboolean          heading,
                       const char       *title,
                       guint            *position,
                       GError          **error)
{
  GPtrArray *items = copy_items (self->items);
  gboolean inside = at < items->len;
  int depth = inside ? depth_at (items, at) + (child ? 1 : 0) : 0;
  guint where = inside ? mk_roadmap_items_subtree_end (items, at) : items->len;

  g_ptr_array_insert (items, (int) where,
                      mk_roadmap_item_new (MIN (depth, MK_ITEM_MAX_DEPTH), heading, title));
  if (position != NULL)
    *position = where;
  return commit (self, items, error);
}

/* Adds DELTA to the depth of item AT and of its subtree. */
static GPtrArray *
shifted (MkRoadmapEditor *self,
         guint            at,
         int              delta)
{
  GPtrArray *items = copy_items (self->items);
  guint end = mk_roadmap_items_subtree_end (items, at);

  for (guint i = at; i < end; i++)
    mk_roadmap_item_set_depth (items->pdata[i], depth_at (items, i) + delta);
  return items;
}

gboolean
mk_roadmap_editor_indent (MkRoadmapEditor  *self,
                          guint             at,
                          GError          **error)
{
  GPtrArray *items = self->items;

  /* An item can only go one level below the item above it. */
  if (at == 0 || at >= items->len || depth_at (items, at - 1) < depth_at (items, at) ||
      depth_at (items, at) >= MK_ITEM_MAX_DEPTH)
    return FALSE;
  return commit (self, shifted (self, at, 1), error);
}

gboolean
mk_roadmap_editor_outdent (MkRoadmapEditor  *self,
                           guint             at,
                           GError          **error)
{
  if (at >= self->items->len || depth_at (self->items, at) == 0)
    return FALSE;
  return commit (self, shifted (self, at, -1), error);
}

/* The sibling before item AT, or -1 when it is the first of its parent. */
static int
previous_sibling (GPtrArray *items,
                  guint      at)
{
  for (int i = (int) at - 1; i >= 0; i--)
    {
      if (depth_at (items, (guint) i) == depth_at (items, at))
        return i;
      if (depth_at (items, (guint) i) < depth_at (items, at))
        return -1;
    }
  return -1;
}

/* ITEMS with the run FIRST … MIDDLE and the run MIDDLE … END swapped. */
static GPtrArray *
swapped (GPtrArray *items,
         guint      first,
         guint      middle,
         guint      end)
{
  GPtrArray *result = g_ptr_array_new_full (items->len, g_object_unref);
  guint order[][2] = { { 0, first }, { middle, end }, { first, middle }, { end, items->len } };

  for (guint run = 0; run < G_N_ELEMENTS (order); run++)
    for (guint i = order[run][0]; i < order[run][1]; i++)
      g_ptr_array_add (result, mk_roadmap_item_copy (items->pdata[i]));
  return result;
}

gboolean
mk_roadmap_editor_move (MkRoadmapEditor  *self,
                        guint             at,
                        int               step,
                        guint            *position,
                        GError          **error)
{
  GPtrArray *items = self->items;
  guint end, first;

  if (at >= items->len)
    return FALSE;
  end = mk_roadmap_items_subtree_end (items, at);
  if (step < 0)
    {
      int before = previous_sibling (items, at);
      if (before < 0)
        return FALSE;
      first = (guint) before;
      *position = first;
      return commit (self, swapped (items, first, at, end), error);
    }
  if (end >= items->len || depth_at (items, end) != depth_at (items, at))
    return FALSE;
  *position = at + (mk_roadmap_items_subtree_end (items, end) - end);
  return commit (self, swapped (items, at, end, mk_roadmap_items_subtree_end (items, end)), error);
}

gboolean
mk_roadmap_editor_remove (MkRoadmapEditor  *self,
                          guint             at,
                          GError          **error)
{
  GPtrArray *items;

  if (at >= self->items->len)
    return FALSE;
  items = copy_items (self->items);
  g_ptr_array_remove_range (items, at, mk_roadmap_items_subtree_end (items, at) - at);
  return commit (self, items, error);
}

gboolean
mk_roadmap_editor_set_text (MkRoadmapEditor  *self,
                            guint             at,
                            MkItemField       field,
                            const char       *text,
                            GError          **error)
{
  GPtrArray *items;

  if (at >= self->items->len ||
      g_strcmp0 (mk_roadmap_item_get_text (self->items->pdata[at], field), text) == 0)
    return FALSE;
  if ((field == MK_ITEM_DATE_FROM || field == MK_ITEM_DATE_TO) && !mk_roadmap_item_date_valid (text))
    return g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                        _("«%s» is not a date like 01.10.2020"), text), FALSE;
  items = copy_items (self->items);
  mk_roadmap_item_set_text (items->pdata[at], field, text);
  return commit (self, items, error);
}

gboolean
mk_roadmap_editor_set_heading (MkRoadmapEditor  *self,
                               guint             at,
                               gboolean          heading,
                               GError          **error)
{
  GPtrArray *items;

  if (at >= self->items->len || mk_roadmap_item_get_heading (self->items->pdata[at]) == heading)
    return FALSE;
  items = copy_items (self->items);
  mk_roadmap_item_set_heading (items->pdata[at], heading);
  return commit (self, items, error);
}

gboolean
mk_roadmap_editor_can_undo (MkRoadmapEditor *self)
{
  return mk_undo_stack_can_undo (self->undo);
}

gboolean
mk_roadmap_editor_can_redo (MkRoadmapEditor *self)
{
  return mk_undo_stack_can_redo (self->undo);
}

gboolean
mk_roadmap_editor_undo (MkRoadmapEditor  *self,
                        GError          **error)
{
  return mk_undo_stack_undo (self->undo, self, error);
}

gboolean
mk_roadmap_editor_redo (MkRoadmapEditor  *self,
                        GError          **error)
{
  return mk_undo_stack_redo (self->undo, self, error);
}
