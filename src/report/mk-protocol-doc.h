/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-doc.h"
#include "mk-protocol.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* A protocol as a document (docs/protocols.md): the parts in the order
 * of protocol No 12 of the Kamensk-Uralsky working group and ГОСТ Р
 * 7.0.97-2025. ITEM 0 is the whole protocol; ITEM N (from 1) is the
 * «Выписка из протокола» of agenda item N: the heading, that item with
 * its decisions, and the certifying signature. Tables come from STORE
 * while the protocol is a draft, and from what it froze once approved.
 * NULL with an error when a table's report fails or ITEM is no item. */
MkDoc   *mk_protocol_doc_new           (MkStore          *store,
                                        const MkProtocol *protocol,
                                        guint             item,
                                        GError          **error);
/* The sheet of a table BLOCK of PROTOCOL: what it froze, else its report
 * built from STORE with the block's parameters (the protocol's school
 * year and municipality where the block names none). */
MkSheet *mk_protocol_table_sheet       (MkStore               *store,
                                        const MkProtocol      *protocol,
                                        const MkProtocolBlock *block,
                                        GError               **error);
/* Approves PROTOCOL on DATE: every table is built once more and kept
 * with it, so that the approved document never changes. The caller
 * stores the protocol. */
gboolean mk_protocol_approve           (MkStore          *store,
                                        MkProtocol       *protocol,
                                        const GDate      *date,
                                        GError          **error);

G_END_DECLS
