/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-protocol-editor.h"

G_BEGIN_DECLS

/* The whole protocol in one column of fields and lists, in the order the
 * document prints them: heading, attendees, agenda, and for the item
 * chosen its report, text, tables and decisions. Every change goes
 * through the editor (written at once, with undo); Alt+↑ and Alt+↓ move
 * the attendee, item, text or decision chosen. */
#define MK_TYPE_PROTOCOL_EDITOR_VIEW (mk_protocol_editor_view_get_type ())
G_DECLARE_FINAL_TYPE (MkProtocolEditorView, mk_protocol_editor_view, MK, PROTOCOL_EDITOR_VIEW, AdwBin)

GtkWidget *mk_protocol_editor_view_new        (void);
/* EDITOR may be NULL: nothing to edit. */
void       mk_protocol_editor_view_set_editor (MkProtocolEditorView *self,
                                               MkProtocolEditor     *editor);

/* The agenda item chosen, from 0. */
guint      mk_protocol_editor_view_get_item   (MkProtocolEditorView *self);

G_END_DECLS
