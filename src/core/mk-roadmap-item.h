/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One row of a roadmap: a section heading («Организационно-управленческое
 * направление») or a measure, at a depth of the tree (0 for «1.», 1 for
 * «1.5.», 2 for «1.5.2.»). Its code follows from its place among the
 * others (mk_roadmap_items_number) and is never typed. */
typedef enum {
  MK_ITEM_TITLE,
  MK_ITEM_DEADLINE,         /* as people write it: «Октябрь 2020» */
  MK_ITEM_DATE_FROM,        /* optional range, dd.mm.yyyy */
  MK_ITEM_DATE_TO,
  MK_ITEM_RESPONSIBLE,
  MK_ITEM_EXPECTED_RESULT,
} MkItemField;

#define MK_N_ITEM_FIELDS 6
#define MK_ITEM_MAX_DEPTH 5

#define MK_TYPE_ROADMAP_ITEM (mk_roadmap_item_get_type ())
G_DECLARE_FINAL_TYPE (MkRoadmapItem, mk_roadmap_item, MK, ROADMAP_ITEM, GObject)

MkRoadmapItem *mk_roadmap_item_new        (int             depth,
                                           gboolean        heading,
                                           const char     *title);
MkRoadmapItem *mk_roadmap_item_copy       (MkRoadmapItem  *self);
gint64         mk_roadmap_item_get_id     (MkRoadmapItem  *self);
void           mk_roadmap_item_set_id     (MkRoadmapItem  *self,
                                           gint64          id);
int            mk_roadmap_item_get_depth  (MkRoadmapItem  *self);
void           mk_roadmap_item_set_depth  (MkRoadmapItem  *self,
                                           int             depth);
gboolean       mk_roadmap_item_get_heading (MkRoadmapItem *self);
void           mk_roadmap_item_set_heading (MkRoadmapItem *self,
                                            gboolean       heading);
const char    *mk_roadmap_item_get_text   (MkRoadmapItem  *self,
                                           MkItemField     field);
void           mk_roadmap_item_set_text   (MkRoadmapItem  *self,
                                           MkItemField     field,
                                           const char     *text);
/* «1.5.2.»; "" for an unnumbered heading and before numbering. */
const char    *mk_roadmap_item_get_code   (MkRoadmapItem  *self);
gboolean       mk_roadmap_item_equal      (MkRoadmapItem  *a,
                                           MkRoadmapItem  *b);

/* Gives every item of ITEMS (MkRoadmapItem, in document order) its code:
 * a counter per depth, reset below it when a shallower item comes; with
 * NUMBERED_SECTIONS a heading is numbered like an item, otherwise it is
 * not numbered and the items go on counting across headings (a plan
 * numbered straight through). Depths are clamped so that no item is more
 * than one level below the one before it. */
void           mk_roadmap_items_number    (GPtrArray      *items,
                                           gboolean        numbered_sections);
/* "1.5.2." or "1.5.2" or "1.5.2 " as people write it, the trailing dot
 * and spaces taken off for comparing; NULL for text that is no code. */
char          *mk_roadmap_code_key        (const char     *text);

/* Whether TEXT can be a date of the range (MK_ITEM_DATE_FROM, _TO): a
 * real day written dd.mm.yyyy, or nothing. */
gboolean       mk_roadmap_item_date_valid   (const char   *text);

/* The end of the subtree of item AT of ITEMS: the first item after it
 * that is not deeper. */
guint          mk_roadmap_items_subtree_end (GPtrArray    *items,
                                             guint         at);

G_END_DECLS
