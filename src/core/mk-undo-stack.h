/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Undo and redo of the editors. An entry is what brings the data back to
 * where it was; applying one returns the entry that brings it forward
 * again, so one function serves both ways. */
typedef struct _MkUndoStack MkUndoStack;

/* Applies ENTRY (for OWNER) and returns its inverse; NULL with ERROR when
 * it cannot be applied, and then nothing changed. */
typedef gpointer (*MkUndoApplyFunc) (gpointer   owner,
                                     gpointer   entry,
                                     GError   **error);

MkUndoStack *mk_undo_stack_new      (MkUndoApplyFunc  apply,
                                     GDestroyNotify   free_entry);
void         mk_undo_stack_free     (MkUndoStack     *self);
/* Records ENTRY (taken) as the way back from an edit just made; what
 * could be redone is forgotten. */
void         mk_undo_stack_push     (MkUndoStack     *self,
                                     gpointer         entry);
gboolean     mk_undo_stack_can_undo (MkUndoStack     *self);
gboolean     mk_undo_stack_can_redo (MkUndoStack     *self);
/* FALSE with ERROR unset when there is nothing to undo (or redo). */
gboolean     mk_undo_stack_undo     (MkUndoStack     *self,
                                     gpointer         owner,
                                     GError         **error);
gboolean     mk_undo_stack_redo     (MkUndoStack     *self,
                                     gpointer         owner,
                                     GError         **error);
void         mk_undo_stack_clear    (MkUndoStack     *self);

/* The undo of editors whose every change writes a list of records (the
 * cells of a table): an entry is the records as they were before. */
typedef struct {
  /* The records RECORDS names (same keys), as they are now; a new array. */
  GPtrArray *(*current) (gpointer    owner,
                         GPtrArray  *records);
  /* Writes RECORDS, all or none. */
  gboolean   (*write)   (gpointer    owner,
                         GPtrArray  *records,
                         GError    **error);
} MkRecordsUndo;

MkUndoStack *mk_undo_stack_new_for_records (const MkRecordsUndo *records);
/* Writes CHANGED (taken; nothing for an empty list) and records the way
 * back: the records as they were. */
gboolean     mk_undo_stack_write_records   (MkUndoStack        *self,
                                            gpointer            owner,
                                            GPtrArray          *changed,
                                            GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkUndoStack, mk_undo_stack_free)

G_END_DECLS
