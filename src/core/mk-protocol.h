/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A protocol of a working-group meeting (docs/protocols.md): the parts of
 * the document in order, as plain values that the store reads and writes
 * whole, the editor copies for its undo, and the document builder lays
 * out. */

typedef struct {
  char     *name;      /* «Бессонова М.В.» */
  char     *job;       /* the position, as the protocol writes it */
  gboolean  invited;   /* under «Приглашены», not «Присутствовали» */
} MkProtocolPerson;

typedef enum {
  MK_PROTOCOL_PARAGRAPH,
  MK_PROTOCOL_BULLET,    /* one entry of a dashed list */
  MK_PROTOCOL_TABLE,     /* a report of the catalog */
} MkProtocolBlockKind;

/* A table is a report with its parameters: built from the database while
 * the protocol is a draft, and read from FROZEN (the sheet as it was when
 * the protocol was approved) after. */
typedef struct {
  MkProtocolBlockKind  kind;
  char                *text;          /* PARAGRAPH, BULLET */
  char                *report;        /* TABLE: a report id */
  int                  school_year;   /* 0: the protocol's */
  int                  first_year;
  char                *municipality;  /* "" : the protocol's */
  char                *school;        /* "" : every school */
  GBytes              *frozen;        /* NULL while live */
} MkProtocolBlock;

typedef enum {
  MK_DECISION_OPEN,
  MK_DECISION_DONE,
  MK_DECISION_IN_PROGRESS,
  MK_DECISION_NOT_DONE,
} MkDecisionStatus;

typedef struct {
  gint64            id;           /* 0 until stored */
  char             *text;
  GPtrArray        *subitems;     /* char *, each a dashed sub-item */
  char             *responsible;
  GDate             deadline;     /* invalid: none */
  char             *schools;      /* names, one per line; "" none */
  MkDecisionStatus  status;
} MkProtocolDecision;

typedef struct {
  char      *title;       /* the agenda item */
  char      *heard;       /* «Едигареву Надежду Витальевну, …» */
  GPtrArray *blocks;      /* MkProtocolBlock */
  GPtrArray *decisions;   /* MkProtocolDecision */
} MkProtocolItem;

typedef struct {
  gint64     id;                   /* 0 until stored */
  char      *number;
  GDate      date;
  char      *body;                 /* what met: «муниципальной рабочей группы …» */
  char      *municipality;
  char      *place;
  char      *approver_position;
  char      *approver_name;
  char      *chair;
  char      *secretary_position;
  char      *secretary;
  char      *closing;              /* the last paragraph, after the decisions */
  GDate      approved;             /* invalid: a draft */
  GPtrArray *people;               /* MkProtocolPerson */
  GPtrArray *items;                /* MkProtocolItem */
} MkProtocol;

MkProtocol         *mk_protocol_new            (void);
MkProtocol         *mk_protocol_copy           (const MkProtocol *self);
void                mk_protocol_free           (MkProtocol       *self);
gboolean            mk_protocol_is_approved    (const MkProtocol *self);
/* «Протокол заседания муниципальной рабочей группы …» */
char               *mk_protocol_title          (const MkProtocol *self);
/* The school year the meeting falls in: 2021 for 25.05.2022. */
int                 mk_protocol_school_year    (const MkProtocol *self);

MkProtocolPerson   *mk_protocol_person_new     (const char *name,
                                                const char *job,
                                                gboolean    invited);
void                mk_protocol_person_free    (MkProtocolPerson *person);

MkProtocolItem     *mk_protocol_item_new       (const char *title);
void                mk_protocol_item_free      (MkProtocolItem *item);

MkProtocolBlock    *mk_protocol_block_new_text (MkProtocolBlockKind kind,
                                                const char         *text);
MkProtocolBlock    *mk_protocol_block_new_table (const char *report);
void                mk_protocol_block_free     (MkProtocolBlock *block);

MkProtocolDecision *mk_protocol_decision_new   (const char *text);
void                mk_protocol_decision_free  (MkProtocolDecision *decision);
/* "open", "done", "in_progress", "not_done" as stored; and back
 * (FALSE for anything else). */
const char         *mk_decision_status_to_string   (MkDecisionStatus  status);
gboolean            mk_decision_status_from_string (const char       *text,
                                                    MkDecisionStatus *status);
/* «выполнено», «в работе», «не выполнено»; «» for an open decision. */
const char         *mk_decision_status_label       (MkDecisionStatus  status);

/* «первому», «второму», … «десятому», then «11-му»: the ordinal the
 * protocol writes in «По первому вопросу слушали». */
const char         *mk_protocol_ordinal_dative     (guint             number,
                                                    char              buffer[16]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkProtocol, mk_protocol_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkProtocolItem, mk_protocol_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkProtocolBlock, mk_protocol_block_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkProtocolDecision, mk_protocol_decision_free)

G_END_DECLS
