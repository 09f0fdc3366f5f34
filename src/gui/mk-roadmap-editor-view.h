/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-roadmap-editor.h"

G_BEGIN_DECLS

/* The items of a roadmap as a tree to edit: a list indented by depth
 * with the codes as they follow from it, and a form for the selected
 * item. Its actions (editor.add, add-child, indent, outdent, move-up,
 * move-down, remove, undo, redo) have keys: Insert, Ctrl+Enter, Tab,
 * Shift+Tab, Alt+Up, Alt+Down, Delete, Ctrl+Z, Ctrl+Shift+Z; Enter on an
 * item edits its title, Enter in the title goes back to the list. */
#define MK_TYPE_ROADMAP_EDITOR_VIEW (mk_roadmap_editor_view_get_type ())
G_DECLARE_FINAL_TYPE (MkRoadmapEditorView, mk_roadmap_editor_view, MK, ROADMAP_EDITOR_VIEW, AdwBin)

GtkWidget *mk_roadmap_editor_view_new        (void);
/* EDITOR may be NULL (no roadmap chosen). */
void       mk_roadmap_editor_view_set_editor (MkRoadmapEditorView *self,
                                              MkRoadmapEditor     *editor);
/* The item selected, or -1. */
int        mk_roadmap_editor_view_get_selected (MkRoadmapEditorView *self);
void       mk_roadmap_editor_view_select     (MkRoadmapEditorView *self,
                                              guint                position);

G_END_DECLS
