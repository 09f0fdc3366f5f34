/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store-roadmaps.h"

G_BEGIN_DECLS

/* The items of one roadmap as the editor changes them: a flat list in
 * document order, each item at a depth, so that an item's subtree is the
 * run of deeper items after it. Every edit is written to the store at
 * once (the codes renumbered) and can be undone and redone; undoing the
 * removal of an item brings back what the schools reported of it. */
#define MK_TYPE_ROADMAP_EDITOR (mk_roadmap_editor_get_type ())
G_DECLARE_FINAL_TYPE (MkRoadmapEditor, mk_roadmap_editor, MK, ROADMAP_EDITOR, GObject)

/* NULL with ERROR when the roadmap cannot be read. */
MkRoadmapEditor *mk_roadmap_editor_new         (MkStore          *store,
                                                gint64            roadmap_id,
                                                GError          **error);
/* The items (MkRoadmapItem), numbered; replaced by every edit. */
GPtrArray       *mk_roadmap_editor_get_items   (MkRoadmapEditor  *self);
/* Re-reads the items after another window or the command line changed them. */
gboolean         mk_roadmap_editor_reload      (MkRoadmapEditor  *self,
                                                GError          **error);

/* Adds an item after the subtree of item AT (at the end when AT is past
 * the last): its sibling, or with CHILD its last child. *POSITION (may be
 * NULL) is where it went. */
gboolean         mk_roadmap_editor_add         (MkRoadmapEditor  *self,
                                                guint             at,
                                                gboolean          child,
                                                gboolean          heading,
                                                const char       *title,
                                                guint            *position,
                                                GError          **error);
/* Makes item AT (with its subtree) a child of the item above it, or a
 * sibling of its parent. FALSE with ERROR unset when it cannot go there. */
gboolean         mk_roadmap_editor_indent      (MkRoadmapEditor  *self,
                                                guint             at,
                                                GError          **error);
gboolean         mk_roadmap_editor_outdent     (MkRoadmapEditor  *self,
                                                guint             at,
                                                GError          **error);
/* Swaps item AT (with its subtree) with its sibling above (STEP -1) or
 * below (+1); *POSITION is where it went. FALSE with ERROR unset when it
 * has no such sibling. */
gboolean         mk_roadmap_editor_move        (MkRoadmapEditor  *self,
                                                guint             at,
                                                int               step,
                                                guint            *position,
                                                GError          **error);
/* Removes item AT with its subtree. */
gboolean         mk_roadmap_editor_remove      (MkRoadmapEditor  *self,
                                                guint             at,
                                                GError          **error);
gboolean         mk_roadmap_editor_set_text    (MkRoadmapEditor  *self,
                                                guint             at,
                                                MkItemField       field,
                                                const char       *text,
                                                GError          **error);
gboolean         mk_roadmap_editor_set_heading (MkRoadmapEditor  *self,
                                                guint             at,
                                                gboolean          heading,
                                                GError          **error);
gboolean         mk_roadmap_editor_can_undo    (MkRoadmapEditor  *self);
gboolean         mk_roadmap_editor_can_redo    (MkRoadmapEditor  *self);
gboolean         mk_roadmap_editor_undo        (MkRoadmapEditor  *self,
                                                GError          **error);
gboolean         mk_roadmap_editor_redo        (MkRoadmapEditor  *self,
                                                GError          **error);

G_END_DECLS
