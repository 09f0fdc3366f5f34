/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-roadmap-editor-view.h"
#include "mk-roadmaps-page.h"
#include "mk-status-matrix-view.h"
#include "mk-year-drop-down.h"

G_BEGIN_DECLS

struct _MkRoadmapsPage
{
  AdwBin              parent_instance;

  MkYearDropDown     *year_dropdown;
  GtkDropDown        *roadmap_dropdown;
  GtkStringList      *roadmap_names;
  GtkToggleButton    *archive_button;
  GtkLabel           *title_label;
  GtkStack           *content_stack;
  AdwViewStack       *view_stack;
  MkStatusMatrixView *matrix_view;
  MkRoadmapEditorView *editor_view;
  AdwPreferencesGroup *cell_group;
  AdwActionRow       *status_row;
  AdwEntryRow        *information_row;
  AdwEntryRow        *evidence_row;
  AdwEntryRow        *reported_row;
  GtkLabel           *summary_label;

  MkStore            *store;
  int                 year;
  GListModel         *roadmaps;   /* MkRoadmap of the year */
  gint64              open_id;
  MkRoadmapEditor    *editor;
  MkStatusTable      *table;
  GSimpleActionGroup *statuses;
  GtkWindow          *dialog;     /* the roadmap's dialog while it is open */
  guint               reload_source;
  gboolean            filling;
};

/* mk-roadmaps-page.c: the roadmap chosen (a new reference), or NULL. */
MkRoadmap *mk_roadmaps_page_get_roadmap          (MkRoadmapsPage  *self);
/* mk-roadmaps-page-actions.c */
void       mk_roadmaps_page_class_init_actions   (GtkWidgetClass  *widget_class);
void       mk_roadmaps_page_init_actions         (MkRoadmapsPage  *self);
/* Shows the cell at the matrix's cursor in the side panel. */
void       mk_roadmaps_page_update_details       (MkRoadmapsPage  *self);

G_END_DECLS
