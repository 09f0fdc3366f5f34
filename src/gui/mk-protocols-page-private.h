/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-decisions-view.h"
#include "mk-doc-preview.h"
#include "mk-protocol-editor-view.h"
#include "mk-protocols-page.h"

G_BEGIN_DECLS

struct _MkProtocolsPage
{
  AdwBin                parent_instance;

  GtkDropDown          *protocol_dropdown;
  GtkStringList        *protocol_names;
  AdwViewStack         *view_stack;
  GtkStack             *content_stack;
  MkProtocolEditorView *editor_view;
  MkDocPreview         *preview;
  MkDecisionsView      *decisions_view;

  MkStore              *store;
  GPtrArray            *protocols;      /* MkProtocol headings */
  MkProtocolEditor     *editor;
  gint64                open_id;
  guint                 reload_source;
  guint                 preview_source;
  GCancellable         *preview_cancellable;
  gboolean              filling;
};

/* Shows protocol ID once the list is read again (a new one). */
void mk_protocols_page_open        (MkProtocolsPage *self,
                                    gint64           id);
void mk_protocols_page_update_actions (MkProtocolsPage *self);
/* mk-protocols-page-actions.c */
void mk_protocols_page_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
