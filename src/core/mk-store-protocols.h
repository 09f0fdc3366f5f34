/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-protocol.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* Protocols of meetings, kept whole (docs/protocols.md). */
#define MK_TOPIC_PROTOCOLS "protocols"

/* Every protocol, newest first, with its heading only (no people, no
 * items): MkProtocol. */
GPtrArray  *mk_store_list_protocols     (MkStore     *self,
                                         GError     **error);
/* The whole protocol ID; NULL with ERROR when there is none. */
MkProtocol *mk_store_get_protocol       (MkStore     *self,
                                         gint64       id,
                                         GError     **error);
/* Writes PROTOCOL whole in one transaction (a new one when its id is 0,
 * which is then set), and adds its people to the list of people. */
gboolean    mk_store_save_protocol      (MkStore     *self,
                                         MkProtocol  *protocol,
                                         GError     **error);
gboolean    mk_store_delete_protocol    (MkStore     *self,
                                         gint64       id,
                                         GError     **error);
/* The people attendees are chosen from (MkProtocolPerson), by name. */
GPtrArray  *mk_store_list_people        (MkStore     *self,
                                         GError     **error);

/* A decision with the protocol it was taken at. */
typedef struct {
  gint64              protocol_id;
  char               *protocol_number;
  GDate               protocol_date;
  MkProtocolDecision *decision;
} MkDecisionEntry;

void        mk_decision_entry_free      (MkDecisionEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkDecisionEntry, mk_decision_entry_free)

/* The decisions not yet done (open, in progress or not done), or with
 * DONE_TOO every decision, by deadline (those without one last), then
 * protocol: MkDecisionEntry. */
GPtrArray  *mk_store_list_decisions     (MkStore     *self,
                                         gboolean     done_too,
                                         GError     **error);
/* What the next meeting heard of decision DECISION_ID (a task's status
 * is not printed in its protocol, so an approved one takes it too). */
gboolean    mk_store_set_decision_status (MkStore          *self,
                                          gint64            decision_id,
                                          MkDecisionStatus  status,
                                          GError          **error);
/* The decisions of the protocol before PROTOCOL_ID (the latest of an
 * earlier date of the same body), for «О выполнении решений
 * предыдущего заседания»; empty when there is none. */
GPtrArray  *mk_store_list_previous_decisions (MkStore  *self,
                                              const MkProtocol *protocol,
                                              GError  **error);

G_END_DECLS
