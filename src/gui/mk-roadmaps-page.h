/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The «Дорожные карты» section: the roadmaps of a school year, one at a
 * time, with its status matrix («Выполнение») and its items («Пункты»).
 * Its actions: roadmaps.copy (to the next school year), statuses.undo and
 * statuses.redo (Ctrl+Z, Ctrl+Shift+Z on the matrix). */
#define MK_TYPE_ROADMAPS_PAGE (mk_roadmaps_page_get_type ())
G_DECLARE_FINAL_TYPE (MkRoadmapsPage, mk_roadmaps_page, MK, ROADMAPS_PAGE, AdwBin)

GtkWidget *mk_roadmaps_page_new           (void);
/* Shows the roadmap ID (its school year, its status matrix). */
void       mk_roadmaps_page_show_roadmap  (MkRoadmapsPage *self,
                                           gint64          id);

G_END_DECLS
