/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-protocol"
#include "config.h"

#include "mk-protocol.h"

static char *
dup0 (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

MkProtocolPerson *
mk_protocol_person_new (const char *name,
                        const char *job,
                        gboolean    invited)
{
  MkProtocolPerson *person = g_new0 (MkProtocolPerson, 1);

  person->name = dup0 (name);
  person->job = dup0 (job);
  person->invited = invited;
  return person;
}

void
mk_protocol_person_free (MkProtocolPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->name);
  g_free (person->job);
  g_free (person);
}

static MkProtocolBlock *
block_new (MkProtocolBlockKind kind)
{
  MkProtocolBlock *block = g_new0 (MkProtocolBlock, 1);

  block->kind = kind;
  block->text = dup0 (NULL);
  block->report = dup0 (NULL);
  block->municipality = dup0 (NULL);
  block->school = dup0 (NULL);
  return block;
}

MkProtocolBlock *
mk_protocol_block_new_text (MkProtocolBlockKind kind,
                            const char         *text)
{
  MkProtocolBlock *block = block_new (kind);

  g_free (block->text);
  block->text = dup0 (text);
  return block;
}

MkProtocolBlock *
mk_protocol_block_new_table (const char *report)
{
  MkProtocolBlock *block = block_new (MK_PROTOCOL_TABLE);

  g_free (block->report);
  block->report = dup0 (report);
  return block;
}

static MkProtocolBlock *
block_copy (const MkProtocolBlock *from,
            gpointer               unused)
{
  MkProtocolBlock *block = block_new (from->kind);

  g_free (block->text);
  g_free (block->report);
  g_free (block->municipality);
  g_free (block->school);
  block->text = dup0 (from->text);
  block->report = dup0 (from->report);
  block->school_year = from->school_year;
  block->first_year = from->first_year;
  block->municipality = dup0 (from->municipality);
  block->school = dup0 (from->school);
  block->frozen = from->frozen != NULL ? g_bytes_ref (from->frozen) : NULL;
  return block;
}

void
mk_protocol_block_free (MkProtocolBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->text);
  g_free (block->report);
  g_free (block->municipality);
  g_free (block->school);
  g_clear_pointer (&block->frozen, g_bytes_unref);
  g_free (block);
}

MkProtocolDecision *
mk_protocol_decision_new (const char *text)
{
  MkProtocolDecision *decision = g_new0 (MkProtocolDecision, 1);

  decision->text = dup0 (text);
  decision->subitems = g_ptr_array_new_with_free_func (g_free);
  decision->responsible = dup0 (NULL);
  decision->schools = dup0 (NULL);
  g_date_clear (&decision->deadline, 1);
  return decision;
}

static MkProtocolDecision *
decision_copy (const MkProtocolDecision *from,
               gpointer                  unused)
{
  MkProtocolDecision *decision = mk_protocol_decision_new (from->text);

  decision->id = from->id;
  for (guint i = 0; i < from->subitems->len; i++)
    g_ptr_array_add (decision->subitems, g_strdup (from->subitems->pdata[i]));
  g_free (decision->responsible);
  g_free (decision->schools);
  decision->responsible = dup0 (from->responsible);
  decision->schools = dup0 (from->schools);
  decision->deadline = from->deadline;
  decision->status = from->status;
  return decision;
}

void
mk_protocol_decision_free (MkProtocolDecision *decision)
{
  if (decision == NULL)
    return;
  g_free (decision->text);
  g_ptr_array_unref (decision->subitems);
  g_free (decision->responsible);
  g_free (decision->schools);
  g_free (decision);
}

MkProtocolItem *
mk_protocol_item_new (const char *title)
{
  MkProtocolItem *item = g_new0 (MkProtocolItem, 1);

  item->title = dup0 (title);
  item->heard = dup0 (NULL);
  item->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_protocol_block_free);
  item->decisions = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_protocol_decision_free);
  return item;
}

static MkProtocolItem *
item_copy (const MkProtocolItem *from,
           gpointer              unused)
{
  MkProtocolItem *item = mk_protocol_item_new (from->title);

  g_free (item->heard);
  item->heard = dup0 (from->heard);
  g_ptr_array_extend (item->blocks, from->blocks, (GCopyFunc) block_copy, NULL);
  g_ptr_array_extend (item->decisions, from->decisions, (GCopyFunc) decision_copy, NULL);
  return item;
}

void
mk_protocol_item_free (MkProtocolItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->heard);
  g_ptr_array_unref (item->blocks);
  g_ptr_array_unref (item->decisions);
  g_free (item);
}

MkProtocol *
mk_protocol_new (void)
{
  MkProtocol *self = g_new0 (MkProtocol, 1);

  self->number = dup0 (NULL);
  g_date_clear (&self->date, 1);
  g_date_clear (&self->approved, 1);
  self->body = dup0 (NULL);
  self->municipality = dup0 (NULL);
  self->place = dup0 (NULL);
  self->approver_position = dup0 (NULL);
  self->approver_name = dup0 (NULL);
  self->chair = dup0 (NULL);
  self->secretary_position = dup0 (NULL);
  self->secretary = dup0 (NULL);
  self->closing = dup0 (NULL);
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_protocol_person_free);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_protocol_item_free);
  return self;
}

static MkProtocolPerson *
person_copy (const MkProtocolPerson *from,
             gpointer                unused)
{
  return mk_protocol_person_new (from->name, from->job, from->invited);
}

/* The texts of FROM into SELF, whose own are freed. */
static void
copy_texts (MkProtocol       *self,
            const MkProtocol *from)
{
  char **to[] = { &self->number, &self->body, &self->municipality, &self->place,
                  &self->approver_position, &self->approver_name, &self->chair,
                  &self->secretary_position, &self->secretary, &self->closing };
  const char *texts[] = { from->number, from->body, from->municipality, from->place,
                          from->approver_position, from->approver_name, from->chair,
                          from->secretary_position, from->secretary, from->closing };

  for (guint i = 0; i < G_N_ELEMENTS (to); i++)
    {
      g_free (*to[i]);
      *to[i] = dup0 (texts[i]);
    }
}

MkProtocol *
mk_protocol_copy (const MkProtocol *from)
{
  MkProtocol *self = mk_protocol_new ();

  self->id = from->id;
  copy_texts (self, from);
  self->date = from->date;
  self->approved = from->approved;
  g_ptr_array_extend (self->people, from->people, (GCopyFunc) person_copy, NULL);
  g_ptr_array_extend (self->items, from->items, (GCopyFunc) item_copy, NULL);
  return self;
}

void
mk_protocol_free (MkProtocol *self)
{
  if (self == NULL)
    return;
  g_free (self->number);
  g_free (self->body);
  g_free (self->municipality);
  g_free (self->place);
  g_free (self->approver_position);
  g_free (self->approver_name);
  g_free (self->chair);
  g_free (self->secretary_position);
  g_free (self->secretary);
  g_free (self->closing);
  g_ptr_array_unref (self->people);
  g_ptr_array_unref (self->items);
  g_free (self);
}

gboolean
mk_protocol_is_approved (const MkProtocol *self)
{
  return g_date_valid (&self->approved);
}

char *
mk_protocol_title (const MkProtocol *self)
{
  return *self->body != '\0' ? g_strdup_printf ("Протокол заседания %s", self->body)
                             : g_strdup ("Протокол заседания");
}

int
mk_protocol_school_year (const MkProtocol *self)
{
  if (!g_date_valid (&self->date))
    return 0;
  return g_date_get_month (&self->date) >= G_DATE_SEPTEMBER ? g_date_get_year (&self->date)
                                                          : g_date_get_year (&self->date) - 1;
}

static const char *const STATUS_NAMES[] = { "open", "done", "in_progress", "not_done" };
static const char *const STATUS_LABELS[] = { "", "выполнено", "в работе", "не выполнено" };

const char *
mk_decision_status_to_string (MkDecisionStatus status)
{
  return STATUS_NAMES[status];
}

gboolean
mk_decision_status_from_string (const char       *text,
                                MkDecisionStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (STATUS_NAMES); i++)
    if (g_strcmp0 (text, STATUS_NAMES[i]) == 0)
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

const char *
mk_decision_status_label (MkDecisionStatus status)
{
  return STATUS_LABELS[status];
}

const char *
mk_protocol_ordinal_dative (guint number,
                            char  buffer[16])
{
  static const char *const words[] = { "первому", "второму", "третьему", "четвёртому",
                                       "пятому", "шестому", "седьмому", "восьмому",
                                       "девятому", "десятому" };

  if (number >= 1 && number <= G_N_ELEMENTS (words))
    return words[number - 1];
  g_snprintf (buffer, 16, "%u-му", number);
  return buffer;
}
