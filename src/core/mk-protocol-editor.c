/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-protocol"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-date.h"
#include "mk-error.h"
#include "mk-protocol-editor.h"
#include "mk-undo-stack.h"

struct _MkProtocolEditor {
  GObject      parent_instance;
  MkStore     *store;
  MkProtocol  *protocol;
  MkUndoStack *undo;
};

G_DEFINE_FINAL_TYPE (MkProtocolEditor, mk_protocol_editor, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
mk_protocol_editor_finalize (GObject *object)
{
  MkProtocolEditor *self = MK_PROTOCOL_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->protocol, mk_protocol_free);
  g_clear_pointer (&self->undo, mk_undo_stack_free);
  G_OBJECT_CLASS (mk_protocol_editor_parent_class)->finalize (object);
}

static void
mk_protocol_editor_class_init (MkProtocolEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_protocol_editor_finalize;
  /* After every change, undo and redo included. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mk_protocol_editor_init (MkProtocolEditor *self)
{
}

/* Undo entries are the whole protocol as it was: a few kilobytes. */
static gpointer
apply_snapshot (gpointer   owner,
                gpointer   entry,
                GError   **error)
{
  MkProtocolEditor *self = owner;
  MkProtocol *wanted = entry;
  MkProtocol *inverse = mk_protocol_copy (self->protocol);

  if (!mk_store_save_protocol (self->store, wanted, error))
    return (mk_protocol_free (inverse), NULL);
  mk_protocol_free (self->protocol);
  self->protocol = mk_protocol_copy (wanted);
  g_signal_emit (self, signals[CHANGED], 0);
  return inverse;
}

MkProtocolEditor *
mk_protocol_editor_new (MkStore  *store,
                        gint64    id,
                        GError  **error)
{
  g_autoptr(MkProtocol) protocol = mk_store_get_protocol (store, id, error);
  MkProtocolEditor *self;

  if (protocol == NULL)
    return NULL;
  self = g_object_new (MK_TYPE_PROTOCOL_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->protocol = g_steal_pointer (&protocol);
  self->undo = mk_undo_stack_new (apply_snapshot, (GDestroyNotify) mk_protocol_free);
  return self;
}

const MkProtocol *
mk_protocol_editor_get (MkProtocolEditor *self)
{
  return self->protocol;
}

MkStore *
mk_protocol_editor_get_store (MkProtocolEditor *self)
{
  return self->store;
}

MkProtocol *
mk_protocol_editor_begin (MkProtocolEditor  *self,
                          GError           **error)
{
  if (mk_protocol_is_approved (self->protocol))
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("Protocol No %s is approved: it is kept as it was signed"),
                         self->protocol->number), NULL);
  return mk_protocol_copy (self->protocol);
}

gboolean
mk_protocol_editor_commit (MkProtocolEditor  *self,
                           MkProtocol        *changed,
                           GError           **error)
{
  g_autoptr(MkProtocol) owned = changed;
  MkProtocol *before;

  if (!mk_store_save_protocol (self->store, owned, error))
    return FALSE;
  before = self->protocol;
  self->protocol = g_steal_pointer (&owned);
  mk_undo_stack_push (self->undo, before);
  /* Approval is not undone: a signed protocol stays as it was signed. */
  if (mk_protocol_is_approved (self->protocol))
    mk_undo_stack_clear (self->undo);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
mk_protocol_editor_reload (MkProtocolEditor  *self,
                           GError           **error)
{
  g_autoptr(MkProtocol) stored = mk_store_get_protocol (self->store, self->protocol->id, error);

  if (stored == NULL)
    return FALSE;
  if (mk_protocol_is_approved (stored))
    mk_undo_stack_clear (self->undo);
  mk_protocol_free (self->protocol);
  self->protocol = g_steal_pointer (&stored);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static char **
text_field (MkProtocol      *p,
            MkProtocolField  field)
{
  char **fields[] = { &p->number, NULL, &p->body, &p->place, &p->approver_position,
                      &p->approver_name, &p->chair, &p->secretary_position, &p->secretary,
                      &p->closing };

  return fields[field];
}

char *
mk_protocol_editor_dup_field (MkProtocolEditor *self,
                              MkProtocolField   field)
{
  if (field == MK_PROTOCOL_DATE)
    return mk_date_to_dmy (&self->protocol->date);
  return g_strdup (*text_field (self->protocol, field));
}

gboolean
mk_protocol_editor_set_field (MkProtocolEditor  *self,
                              MkProtocolField    field,
                              const char        *text,
                              GError           **error)
{
  g_autoptr(MkProtocol) p = mk_protocol_editor_begin (self, error);
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (p == NULL)
    return FALSE;
  if (field == MK_PROTOCOL_DATE && !mk_date_from_dmy (stripped, &p->date))
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("«%s» is not a date: write it as 25.05.2022"), stripped), FALSE);
  if (field == MK_PROTOCOL_NUMBER && *stripped == '\0')
    return (g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                                 _("A protocol needs its number")), FALSE);
  if (field != MK_PROTOCOL_DATE)
    {
      g_free (*text_field (p, field));
      *text_field (p, field) = g_steal_pointer (&stripped);
    }
  return mk_protocol_editor_commit (self, g_steal_pointer (&p), error);
}

gboolean
mk_protocol_array_move (GPtrArray *array,
                        guint      at,
                        int        step)
{
  gint64 to = (gint64) at + step;
  gpointer moved;

  if (at >= array->len || to < 0 || to >= array->len)
    return FALSE;
  moved = array->pdata[at];
  array->pdata[at] = array->pdata[to];
  array->pdata[to] = moved;
  return TRUE;
}

gboolean
mk_protocol_editor_can_undo (MkProtocolEditor *self)
{
  return !mk_protocol_is_approved (self->protocol) && mk_undo_stack_can_undo (self->undo);
}

gboolean
mk_protocol_editor_can_redo (MkProtocolEditor *self)
{
  return !mk_protocol_is_approved (self->protocol) && mk_undo_stack_can_redo (self->undo);
}

gboolean
mk_protocol_editor_undo (MkProtocolEditor  *self,
                         GError           **error)
{
  return mk_protocol_editor_can_undo (self) && mk_undo_stack_undo (self->undo, self, error);
}

gboolean
mk_protocol_editor_redo (MkProtocolEditor  *self,
                         GError           **error)
{
  return mk_protocol_editor_can_redo (self) && mk_undo_stack_redo (self->undo, self, error);
}

static void
copy_heading (MkProtocol       *p,
              const MkProtocol *last)
{
  g_autoptr(MkProtocol) copy = mk_protocol_copy (last);
  char **keep[] = { &p->body, &p->municipality, &p->place, &p->approver_position,
                    &p->approver_name, &p->chair, &p->secretary_position, &p->secretary };
  char **from[] = { &copy->body, &copy->municipality, &copy->place, &copy->approver_position,
                    &copy->approver_name, &copy->chair, &copy->secretary_position, &copy->secretary };
  guint64 number = 0;

  for (guint i = 0; i < G_N_ELEMENTS (keep); i++)
    {
      g_free (*keep[i]);
      *keep[i] = g_steal_pointer (from[i]);
    }
  g_ptr_array_extend_and_steal (p->people, g_steal_pointer (&copy->people));
  copy->people = g_ptr_array_new ();
  g_free (p->number);
  p->number = g_ascii_string_to_unsigned (last->number, 10, 0, 100000, &number, NULL)
              ? g_strdup_printf ("%" G_GUINT64_FORMAT, number + 1) : g_strdup ("");
}

MkProtocol *
mk_protocol_new_from_template (const MkProtocol *last,
                               const GDate      *date)
{
  MkProtocol *p = mk_protocol_new ();
  gboolean decided = FALSE;

  p->date = *date;
  if (last == NULL)
    {
      g_free (p->body);
      g_free (p->number);
      p->body = g_strdup ("муниципальной рабочей группы");
      p->number = g_strdup ("1");
      g_free (p->secretary_position);
      p->secretary_position = g_strdup ("Секретарь муниципальной рабочей группы");
      return p;
    }
  copy_heading (p, last);
  for (guint i = 0; i < last->items->len; i++)
    decided |= ((MkProtocolItem *) last->items->pdata[i])->decisions->len > 0;
  if (decided)
    {
      MkProtocolItem *item = mk_protocol_item_new ("О выполнении решений предыдущего заседания");

      g_ptr_array_add (item->blocks, mk_protocol_block_new_table (MK_PROTOCOL_FOLLOW_UP_TABLE));
      g_ptr_array_add (p->items, item);
    }
  return p;
}
