/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mk-undo-stack.h"

struct _MkUndoStack {
  MkUndoApplyFunc apply;
  const MkRecordsUndo *records;  /* for a stack of records; else NULL */
  GPtrArray      *undo;   /* the last edit's way back last */
  GPtrArray      *redo;
};

MkUndoStack *
mk_undo_stack_new (MkUndoApplyFunc apply,
                   GDestroyNotify  free_entry)
{
  MkUndoStack *self = g_new0 (MkUndoStack, 1);

  self->apply = apply;
  self->undo = g_ptr_array_new_with_free_func (free_entry);
  self->redo = g_ptr_array_new_with_free_func (free_entry);
  return self;
}

void
mk_undo_stack_free (MkUndoStack *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_free (self);
}

void
mk_undo_stack_push (MkUndoStack *self,
                    gpointer     entry)
{
  g_ptr_array_add (self->undo, entry);
  g_ptr_array_set_size (self->redo, 0);
}

gboolean
mk_undo_stack_can_undo (MkUndoStack *self)
{
  return self->undo->len > 0;
}

gboolean
mk_undo_stack_can_redo (MkUndoStack *self)
{
  return self->redo->len > 0;
}

/* Applies the last entry of FROM; its inverse goes to TO. An entry that
 * fails stays where it was, so the user can try again. */
static gboolean
step (MkUndoStack *self,
      GPtrArray   *from,
      GPtrArray   *to,
      gpointer     owner,
      GError     **error)
{
  gpointer inverse;

  if (from->len == 0)
    return FALSE;
  if (self->records != NULL)
    {
      inverse = self->records->current (owner, from->pdata[from->len - 1]);
      if (!self->records->write (owner, from->pdata[from->len - 1], error))
        return g_ptr_array_unref (inverse), FALSE;
    }
  else if ((inverse = self->apply (owner, from->pdata[from->len - 1], error)) == NULL)
    return FALSE;
  g_ptr_array_remove_index (from, from->len - 1);
  g_ptr_array_add (to, inverse);
  return TRUE;
}

gboolean
mk_undo_stack_undo (MkUndoStack *self,
                    gpointer     owner,
                    GError     **error)
{
  return step (self, self->undo, self->redo, owner, error);
}

gboolean
mk_undo_stack_redo (MkUndoStack *self,
                    gpointer     owner,
                    GError     **error)
{
  return step (self, self->redo, self->undo, owner, error);
}

void
mk_undo_stack_clear (MkUndoStack *self)
{
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
}

MkUndoStack *
mk_undo_stack_new_for_records (const MkRecordsUndo *records)
{
  MkUndoStack *self = mk_undo_stack_new (NULL, (GDestroyNotify) g_ptr_array_unref);

  self->records = records;
  return self;
}

gboolean
mk_undo_stack_write_records (MkUndoStack  *self,
                             gpointer      owner,
                             GPtrArray    *changed,
                             GError      **error)
{
  g_autoptr(GPtrArray) owned = changed;
  GPtrArray *before;

  if (owned->len == 0)
    return TRUE;
  before = self->records->current (owner, owned);
  if (!self->records->write (owner, owned, error))
    return g_ptr_array_unref (before), FALSE;
  mk_undo_stack_push (self, before);
  return TRUE;
}
