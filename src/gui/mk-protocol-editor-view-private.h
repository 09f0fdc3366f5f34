/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-protocol-editor-view.h"

G_BEGIN_DECLS

struct _MkProtocolEditorView
{
  AdwBin            parent_instance;

  GtkLabel         *state_label;
  AdwPreferencesGroup *heading_group;
  AdwEntryRow      *field_rows[MK_PROTOCOL_N_FIELDS];
  GtkListBox       *people_list;
  AdwEntryRow      *new_person_row;
  AdwEntryRow      *new_invited_row;
  AdwComboRow      *known_people_row;
  GtkStringList    *known_people;
  GtkListBox       *item_list;
  AdwEntryRow      *new_item_row;
  GtkWidget        *item_group;
  AdwEntryRow      *item_title_row;
  AdwEntryRow      *heard_row;
  GtkListBox       *block_list;
  AdwEntryRow      *block_text_row;
  AdwEntryRow      *new_text_row;
  AdwComboRow      *report_row;
  GtkStringList    *report_names;
  AdwEntryRow      *table_year_row;
  AdwEntryRow      *table_school_row;
  GtkWidget        *decisions_group;
  GtkListBox       *decision_list;
  AdwEntryRow      *new_decision_row;
  AdwEntryRow      *decision_text_row;
  AdwEntryRow      *subitems_row;
  AdwEntryRow      *responsible_row;
  AdwEntryRow      *deadline_row;
  AdwEntryRow      *schools_row;

  MkProtocolEditor *editor;
  GPtrArray        *people;      /* MkProtocolPerson of the list of people */
  guint             item;        /* the agenda item chosen */
  guint             decision;    /* its decision chosen */
  guint             block;       /* its text or table chosen */
  gboolean          filling;
};

/* Fills the lists from the editor's protocol (mk-protocol-editor-rows.c). */
void mk_protocol_editor_view_fill_lists (MkProtocolEditorView *self);
/* A row of a list: TITLE and SUBTITLE with «up», «down» and «remove»
 * buttons that run KIND's actions («protocol.move-KIND»,
 * «protocol.remove-KIND») on INDEX. */
GtkWidget *mk_protocol_list_row_new (const char *title,
                                     const char *subtitle,
                                     const char *kind,
                                     guint       index);
/* mk-protocol-editor-moves.c: the actions protocol.move-, drop- and
 * remove- of each kind, and Alt+↑/↓ in LIST, whose rows are of KIND. */
void mk_protocol_editor_view_install_moves    (GtkWidgetClass       *widget_class);
void mk_protocol_editor_view_watch_list_keys  (MkProtocolEditorView *self,
                                               GtkListBox           *list,
                                               const char           *kind);
/* The changed copy (NULL after a toast saying why not) and its commit. */
MkProtocol *mk_protocol_editor_view_begin  (MkProtocolEditorView *self);
void        mk_protocol_editor_view_commit (MkProtocolEditorView *self,
                                            MkProtocol           *changed);
/* The responsible, deadline and schools of the decision chosen. */
void        mk_protocol_editor_view_show_decision (MkProtocolEditorView *self);
/* The text of the paragraph or list entry chosen. */
void        mk_protocol_editor_view_show_block (MkProtocolEditorView *self);
/* The item chosen of P (NULL when the agenda is empty). */
MkProtocolItem *mk_protocol_editor_view_item (MkProtocolEditorView *self,
                                              const MkProtocol     *p);

G_END_DECLS
