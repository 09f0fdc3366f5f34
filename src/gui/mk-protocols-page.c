/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-protocols-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-date.h"
#include "mk-gui-util.h"
#include "mk-page.h"
#include "mk-protocols-page-private.h"
#include "mk-store-indicators.h"
#include "mk-store-protocols.h"

static void mk_protocols_page_page_init (MkPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MkProtocolsPage, mk_protocols_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (MK_TYPE_PAGE, mk_protocols_page_page_init))

/* The preview follows the editing after this pause, not every key. */
#define PREVIEW_DELAY_MS 300

GtkWidget *
mk_protocols_page_new (void)
{
  return g_object_new (MK_TYPE_PROTOCOLS_PAGE, NULL);
}

void
mk_protocols_page_update_actions (MkProtocolsPage *self)
{
  gboolean open = self->editor != NULL;
  gboolean draft = open && !mk_protocol_is_approved (mk_protocol_editor_get (self->editor));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protocols.undo",
                                 open && mk_protocol_editor_can_undo (self->editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protocols.redo",
                                 open && mk_protocol_editor_can_redo (self->editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protocols.approve", draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protocols.delete", draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protocols.print", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protocols.export-pdf", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protocols.export-docx", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protocols.export-extract", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protocols.new", self->store != NULL);
}

static void
on_preview_built (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  MkDocJobResult *built = mk_doc_job_run_finish (result, &error);
  MkProtocolsPage *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = MK_PROTOCOLS_PAGE (source);
  if (built == NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot lay out the protocol"), error);
  mk_doc_preview_set_result (self->preview, built);
}

static gboolean
build_preview (gpointer data)
{
  MkProtocolsPage *self = data;

  self->preview_source = 0;
  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  if (self->editor == NULL)
    {
      mk_doc_preview_set_result (self->preview, NULL);
      return G_SOURCE_REMOVE;
    }
  self->preview_cancellable = g_cancellable_new ();
  mk_doc_job_run_async (self->store, mk_protocol_editor_get (self->editor), 0, self,
                        self->preview_cancellable, on_preview_built, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_edited (MkProtocolsPage *self)
{
  mk_protocols_page_update_actions (self);
  g_clear_handle_id (&self->preview_source, g_source_remove);
  self->preview_source = g_timeout_add (PREVIEW_DELAY_MS, build_preview, self);
}

static gint64
chosen_id (MkProtocolsPage *self)
{
  guint i = gtk_drop_down_get_selected (self->protocol_dropdown);

  return self->protocols != NULL && i < self->protocols->len
         ? ((MkProtocol *) self->protocols->pdata[i])->id : 0;
}

/* Opens the protocol chosen. The one already open is read again (what
 * the command line, an import or a decision's status changed) and keeps
 * its undo; its preview follows the data. */
static void
open_chosen (MkProtocolsPage *self)
{
  gint64 id = chosen_id (self);
  g_autoptr(GError) error = NULL;

  if (self->editor != NULL && id == self->open_id &&
      !mk_protocol_editor_reload (self->editor, &error))
    {
      /* Deleted meanwhile (by the command line): nothing left to edit. */
      g_clear_object (&self->editor);
      g_clear_error (&error);
      self->open_id = 0;
    }
  if (self->editor == NULL || id != self->open_id)
    {
      g_clear_object (&self->editor);
      self->open_id = id;
      if (id != 0)
        self->editor = mk_protocol_editor_new (self->store, id, &error);
      if (error != NULL)
        mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the protocols"), error);
      if (self->editor != NULL)
        g_signal_connect_object (self->editor, "changed", G_CALLBACK (on_edited), self,
                                 G_CONNECT_SWAPPED);
      mk_protocol_editor_view_set_editor (self->editor_view, self->editor);
    }
  gtk_stack_set_visible_child_name (self->content_stack, self->editor != NULL ? "protocol" : "empty");
  on_edited (self);
}

static char *
protocol_label (const MkProtocol *p)
{
  g_autofree char *date = mk_date_to_dmy (&p->date);

  return mk_protocol_is_approved (p) ? g_strdup_printf (_("No %s of %s · approved"), p->number, date)
                                     : g_strdup_printf (_("No %s of %s · draft"), p->number, date);
}

static void
reload (MkProtocolsPage *self)
{
  g_autoptr(GError) error = NULL;
  guint keep = 0;

  g_clear_pointer (&self->protocols, g_ptr_array_unref);
  if (self->store != NULL)
    self->protocols = mk_store_list_protocols (self->store, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the protocols"), error);
  self->filling = TRUE;
  gtk_string_list_splice (self->protocol_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->protocol_names)), NULL);
  for (guint i = 0; self->protocols != NULL && i < self->protocols->len; i++)
    {
      MkProtocol *p = self->protocols->pdata[i];
      g_autofree char *label = protocol_label (p);

      gtk_string_list_append (self->protocol_names, label);
      if (p->id == self->open_id)
        keep = i;
    }
  if (self->protocols != NULL && self->protocols->len > 0)
    gtk_drop_down_set_selected (self->protocol_dropdown, keep);
  self->filling = FALSE;
  mk_decisions_view_set_store (self->decisions_view, self->store);
  open_chosen (self);
}

void
mk_protocols_page_open (MkProtocolsPage *self,
                        gint64           id)
{
  self->open_id = id;
  g_clear_object (&self->editor);
  reload (self);
}

static void
on_protocol_selected (MkProtocolsPage *self)
{
  if (!self->filling)
    open_chosen (self);
}

static gboolean
reload_idle (gpointer data)
{
  MkProtocolsPage *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Another change of the data (an indicator, an import): the list and
 * the preview are read again; the open protocol keeps its undo. */
static void
on_store_changed (MkProtocolsPage *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
mk_protocols_page_set_store (MkPage  *page,
                             MkStore *store)
{
  static const char *const topics[] = { MK_TOPIC_PROTOCOLS, MK_TOPIC_INDICATORS, MK_TOPIC_SCHOOLS, NULL };
  MkProtocolsPage *self = MK_PROTOCOLS_PAGE (page);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_object (&self->editor);
  self->open_id = 0;
  if (store != NULL)
    mk_connect_store_topics (store, topics, G_CALLBACK (on_store_changed), self);
  reload (self);
}

static void
mk_protocols_page_page_init (MkPageInterface *iface)
{
  iface->set_store = mk_protocols_page_set_store;
}

static void
mk_protocols_page_dispose (GObject *object)
{
  MkProtocolsPage *self = MK_PROTOCOLS_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->preview_source, g_source_remove);
  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->editor);
  g_clear_pointer (&self->protocols, g_ptr_array_unref);
  G_OBJECT_CLASS (mk_protocols_page_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MkProtocolsPage, name)

static void
mk_protocols_page_class_init (MkProtocolsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mk_protocols_page_dispose;
  g_type_ensure (MK_TYPE_PROTOCOL_EDITOR_VIEW);
  g_type_ensure (MK_TYPE_DOC_PREVIEW);
  g_type_ensure (MK_TYPE_DECISIONS_VIEW);
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/ru/mayak/Mayak/mk-protocols-page.ui");
  BIND (protocol_dropdown); BIND (protocol_names); BIND (view_stack); BIND (content_stack);
  BIND (editor_view); BIND (preview); BIND (decisions_view);
  gtk_widget_class_bind_template_callback (widget_class, on_protocol_selected);
  mk_protocols_page_install_actions (widget_class);
}

static void
mk_protocols_page_init (MkProtocolsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  mk_protocols_page_update_actions (self);
}
