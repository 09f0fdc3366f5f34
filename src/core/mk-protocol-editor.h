/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-store-protocols.h"

G_BEGIN_DECLS

/* One protocol as the editor changes it. Every change is written to the
 * store at once, whole, and can be undone and redone until the protocol
 * is approved; an approved protocol takes no change but the statuses of
 * its decisions (mk_store_set_decision_status), which a save never
 * takes back. A change is made on a copy (mk_protocol_editor_begin),
 * then committed. */
#define MK_TYPE_PROTOCOL_EDITOR (mk_protocol_editor_get_type ())
G_DECLARE_FINAL_TYPE (MkProtocolEditor, mk_protocol_editor, MK, PROTOCOL_EDITOR, GObject)

typedef enum {
  MK_PROTOCOL_NUMBER,
  MK_PROTOCOL_DATE,               /* dd.mm.yyyy */
  MK_PROTOCOL_BODY,
  MK_PROTOCOL_PLACE,
  MK_PROTOCOL_APPROVER_POSITION,
  MK_PROTOCOL_APPROVER_NAME,
  MK_PROTOCOL_CHAIR,
  MK_PROTOCOL_SECRETARY_POSITION,
  MK_PROTOCOL_SECRETARY,
  MK_PROTOCOL_CLOSING,
  MK_PROTOCOL_N_FIELDS
} MkProtocolField;

/* NULL with ERROR when protocol ID cannot be read. */
MkProtocolEditor *mk_protocol_editor_new       (MkStore           *store,
                                                gint64             id,
                                                GError           **error);
/* The protocol as it is now; replaced by every change. */
const MkProtocol *mk_protocol_editor_get       (MkProtocolEditor  *self);
MkStore          *mk_protocol_editor_get_store (MkProtocolEditor  *self);

/* A copy of the protocol to change; NULL with ERROR when it is approved. */
MkProtocol       *mk_protocol_editor_begin     (MkProtocolEditor  *self,
                                                GError           **error);
/* Writes CHANGED (taken) and records the way back; "changed" follows. */
gboolean          mk_protocol_editor_commit    (MkProtocolEditor  *self,
                                                MkProtocol        *changed,
                                                GError           **error);

/* Reads the protocol again, after the command line, an import or the
 * decisions' statuses changed it; once approved, nothing is undone. */
gboolean          mk_protocol_editor_reload    (MkProtocolEditor  *self,
                                                GError           **error);

/* The text of FIELD, as the editor shows it (the date as dd.mm.yyyy). */
char             *mk_protocol_editor_dup_field (MkProtocolEditor  *self,
                                                MkProtocolField    field);
/* FALSE with ERROR for a date that is not dd.mm.yyyy or an empty number. */
gboolean          mk_protocol_editor_set_field (MkProtocolEditor  *self,
                                                MkProtocolField    field,
                                                const char        *text,
                                                GError           **error);

/* Moves element AT of ARRAY by STEP (-1 up, +1 down); FALSE when it
 * cannot go there. For the attendees, agenda items, blocks and
 * decisions of a copy. */
gboolean          mk_protocol_array_move       (GPtrArray         *array,
                                                guint              at,
                                                int                step);

gboolean          mk_protocol_editor_can_undo  (MkProtocolEditor  *self);
gboolean          mk_protocol_editor_can_redo  (MkProtocolEditor  *self);
gboolean          mk_protocol_editor_undo      (MkProtocolEditor  *self,
                                                GError           **error);
gboolean          mk_protocol_editor_redo      (MkProtocolEditor  *self,
                                                GError           **error);

/* A new protocol of the working group that met in LAST (NULL: an empty
 * «муниципальной рабочей группы» one): its body, municipality, place,
 * approver, secretary and attendees, the next number, dated DATE, with
 * «О выполнении решений предыдущего заседания» first when LAST took
 * decisions. */
MkProtocol       *mk_protocol_new_from_template (const MkProtocol *last,
                                                 const GDate      *date);

/* The report id of the table of the previous meeting's decisions and
 * what became of them. */
#define MK_PROTOCOL_FOLLOW_UP_TABLE "previous-decisions"

G_END_DECLS
