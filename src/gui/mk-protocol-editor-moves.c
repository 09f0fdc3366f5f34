/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-protocols-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-protocol-editor-view-private.h"

/* Moving and removing the attendees, agenda items, texts and decisions of
 * the protocol editor: by the arrow buttons, Alt+↑ and Alt+↓, and by
 * dropping a row on another. Each is one change, undone as one. */

/* The array of P that the actions of KIND work on. */
static GPtrArray *
array_of (MkProtocolEditorView *self,
          MkProtocol           *p,
          const char           *kind)
{
  MkProtocolItem *item = mk_protocol_editor_view_item (self, p);

  if (g_str_has_suffix (kind, "person"))
    return p->people;
  if (g_str_has_suffix (kind, "item"))
    return p->items;
  if (item == NULL)
    return NULL;
  return g_str_has_suffix (kind, "block") ? item->blocks : item->decisions;
}

/* What the view keeps chosen follows the element moved. */
static void
follow (MkProtocolEditorView *self,
        const char           *kind,
        guint                 to)
{
  if (g_str_has_suffix (kind, "item"))
    self->item = to;
  else if (g_str_has_suffix (kind, "decision"))
    self->decision = to;
  else if (g_str_has_suffix (kind, "block"))
    self->block = to;
}

/* What the view keeps chosen stays on the same element when one above it
 * goes. */
static void
after_removal (MkProtocolEditorView *self,
               const char           *kind,
               guint                 at)
{
  guint *chosen = g_str_has_suffix (kind, "item") ? &self->item
                  : g_str_has_suffix (kind, "decision") ? &self->decision
                  : g_str_has_suffix (kind, "block") ? &self->block : NULL;

  /* The chosen item gone, the next one shows from its first decision. */
  if (chosen == &self->item && at == self->item)
    self->decision = self->block = 0;
  if (chosen != NULL && at < *chosen)
    (*chosen)--;
}

static void
move_element (MkProtocolEditorView *self,
              const char           *kind,
              guint                 at,
              int                   step)
{
  g_autoptr(MkProtocol) p = mk_protocol_editor_view_begin (self);
  GPtrArray *array = p != NULL ? array_of (self, p, kind) : NULL;

  if (array == NULL || !mk_protocol_array_move (array, at, step))
    return;
  follow (self, kind, at + step);
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
}

static void
on_move (GtkWidget  *widget,
         const char *name,
         GVariant   *parameter)
{
  guint at = 0;
  int step = 0;

  g_variant_get (parameter, "(ui)", &at, &step);
  move_element (MK_PROTOCOL_EDITOR_VIEW (widget), name, at, step);
}

/* A row dropped on another: the element moves there in one change. */
static void
on_drop (GtkWidget  *widget,
         const char *name,
         GVariant   *parameter)
{
  MkProtocolEditorView *self = MK_PROTOCOL_EDITOR_VIEW (widget);
  g_autoptr(MkProtocol) p = mk_protocol_editor_view_begin (self);
  GPtrArray *array = p != NULL ? array_of (self, p, name) : NULL;
  guint from = 0, to = 0;
  gpointer moved;

  g_variant_get (parameter, "(uu)", &from, &to);
  if (array == NULL || from >= array->len || to >= array->len || from == to)
    return;
  moved = g_ptr_array_steal_index (array, from);
  g_ptr_array_insert (array, (int) to, moved);
  follow (self, name, to);
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
}

static void
on_remove (GtkWidget  *widget,
           const char *name,
           GVariant   *parameter)
{
  MkProtocolEditorView *self = MK_PROTOCOL_EDITOR_VIEW (widget);
  g_autoptr(MkProtocol) p = mk_protocol_editor_view_begin (self);
  GPtrArray *array = p != NULL ? array_of (self, p, name) : NULL;
  guint at = g_variant_get_uint32 (parameter);

  if (array == NULL || at >= array->len)
    return;
  g_ptr_array_remove_index (array, at);
  after_removal (self, name, at);
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
  mk_widget_add_toast (widget, mk_toast_new_printf (_("Removed. Ctrl+Z brings it back.")));
}

/* Alt+↑ and Alt+↓ in a list move its row chosen. */
static gboolean
on_list_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             MkProtocolEditorView  *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (list));
  const char *kind = g_object_get_data (G_OBJECT (list), "mk-kind");
  int step = keyval == GDK_KEY_Up ? -1 : keyval == GDK_KEY_Down ? 1 : 0;
  int at;

  if ((state & GDK_ALT_MASK) == 0 || step == 0 || row == NULL)
    return FALSE;
  at = gtk_list_box_row_get_index (row);
  move_element (self, kind, (guint) at, step);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), at + step);
  if (row != NULL)
    {
      gtk_list_box_select_row (GTK_LIST_BOX (list), row);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  return TRUE;
}

void
mk_protocol_editor_view_watch_list_keys (MkProtocolEditorView *self,
                                         GtkListBox           *list,
                                         const char           *kind)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_object_set_data (G_OBJECT (list), "mk-kind", (gpointer) kind);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key), self);
  gtk_widget_add_controller (GTK_WIDGET (list), keys);
}

void
mk_protocol_editor_view_install_moves (GtkWidgetClass *widget_class)
{
  static const char *const kinds[] = { "person", "item", "block", "decision" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *move = g_strdup_printf ("protocol.move-%s", kinds[i]);
      g_autofree char *remove = g_strdup_printf ("protocol.remove-%s", kinds[i]);
      g_autofree char *drop = g_strdup_printf ("protocol.drop-%s", kinds[i]);

      gtk_widget_class_install_action (widget_class, move, "(ui)", on_move);
      gtk_widget_class_install_action (widget_class, drop, "(uu)", on_drop);
      gtk_widget_class_install_action (widget_class, remove, "u", on_remove);
    }
}
