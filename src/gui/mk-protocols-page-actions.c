/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-protocols-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-date.h"
#include "mk-docx.h"
#include "mk-gui-util.h"
#include "mk-print.h"
#include "mk-protocol-doc.h"
#include "mk-protocols-page-private.h"
#include "mk-store-protocols.h"

/* --- Printing and export ------------------------------------------------------ */

static guint
begin_print (GtkPrintContext *context,
             gpointer         data)
{
  return mk_doc_layout_get_n_pages (((MkDocJobResult *) data)->layout);
}

/* The pages the preview shows and the PDF writer writes: laid out once,
 * with text measured in points, drawn on the printer's page. */
static void
draw_page (GtkPrintContext *context,
           guint            page,
           gpointer         data)
{
  MkDocJobResult *built = data;

  if (page < mk_doc_layout_get_n_pages (built->layout))
    mk_doc_layout_draw_page (built->layout, gtk_print_context_get_cairo_context (context), page);
}

/* Prints BUILT (taken), or with PATH writes it there. */
static gboolean
output (MkProtocolsPage  *self,
        MkDocJobResult   *built,
        const char       *path,
        GError          **error)
{
  g_autofree char *lower = path != NULL ? g_utf8_strdown (path, -1) : NULL;

  if (lower != NULL && g_str_has_suffix (lower, ".docx"))
    {
      gboolean ok = mk_docx_write (built->doc, path, error);

      mk_doc_job_result_free (built);
      return ok;
    }
  return mk_print_run (GTK_WIDGET (self), mk_doc_get_title (built->doc), FALSE, begin_print,
                       draw_page, built, (GDestroyNotify) mk_doc_job_result_free, path, error);
}

static void
on_built_for_output (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MkProtocolsPage *self = g_task_get_source_object (task);
  GError *error = NULL;
  MkDocJobResult *built = mk_doc_job_run_finish (result, &error);

  if (built == NULL || !output (self, built, g_task_get_task_data (task), &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
mk_protocols_page_export_async (MkProtocolsPage     *self,
                                const char          *path,
                                guint                item,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_task_data (task, g_strdup (path), g_free);
  if (self->editor == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No protocol is open"));
      g_object_unref (task);
      return;
    }
  mk_doc_job_run_async (self->store, mk_protocol_editor_get (self->editor), item, self,
                        cancellable, on_built_for_output, task);
}

gboolean
mk_protocols_page_export_finish (MkProtocolsPage  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MkProtocolsPage *self = MK_PROTOCOLS_PAGE (source);
  g_autoptr(GError) error = NULL;
  gboolean printing = GPOINTER_TO_INT (user_data);

  if (!mk_protocols_page_export_finish (self, result, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), printing ? _("Cannot print the protocol")
                                                            : _("Cannot write the protocol"), error);
  else if (!printing)
    mk_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Protocol written")));
}

static void
on_print (GtkWidget  *widget,
          const char *name,
          GVariant   *parameter)
{
  mk_protocols_page_export_async (MK_PROTOCOLS_PAGE (widget), NULL, 0, NULL, on_exported,
                                  GINT_TO_POINTER (TRUE));
}

static void
on_save_response (GtkNativeDialog *native,
                  int              response,
                  MkProtocolsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (native), "mk-item"));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_object_unref (native);
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    mk_protocols_page_export_async (self, path, item, NULL, on_exported, GINT_TO_POINTER (FALSE));
}

/* Asks where to write the protocol (or the extract of ITEM) as EXTENSION. */
static void
choose_file (MkProtocolsPage *self,
             const char      *extension,
             guint            item)
{
  const MkProtocol *p = mk_protocol_editor_get (self->editor);
  GtkFileChooserNative *native = gtk_file_chooser_native_new (_("Export the Protocol"),
                                                              mk_widget_get_window (GTK_WIDGET (self)),
                                                              GTK_FILE_CHOOSER_ACTION_SAVE,
                                                              _("_Save"), _("_Cancel"));
  g_autofree char *name = item == 0 ? g_strdup_printf (_("protocol-%s.%s"), p->number, extension)
                                    : g_strdup_printf (_("protocol-%s-extract-%u.%s"), p->number,
                                                       item, extension);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_object_set_data (G_OBJECT (native), "mk-item", GUINT_TO_POINTER (item));
  g_signal_connect_object (native, "response", G_CALLBACK (on_save_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_export (GtkWidget  *widget,
           const char *name,
           GVariant   *parameter)
{
  MkProtocolsPage *self = MK_PROTOCOLS_PAGE (widget);

  if (self->editor == NULL)
    return;
  if (g_str_equal (name, "protocols.export-docx"))
    choose_file (self, "docx", 0);
  else if (g_str_equal (name, "protocols.export-extract"))
    choose_file (self, "pdf", mk_protocol_editor_view_get_item (self->editor_view) + 1);
  else
    choose_file (self, "pdf", 0);
}

/* --- Editing ---------------------------------------------------------------- */

static void
step (MkProtocolsPage *self,
      gboolean         undo)
{
  g_autoptr(GError) error = NULL;

  if (self->editor != NULL &&
      !(undo ? mk_protocol_editor_undo (self->editor, &error)
             : mk_protocol_editor_redo (self->editor, &error)) && error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the protocol"), error);
}

static void
on_undo (GtkWidget  *widget,
         const char *name,
         GVariant   *parameter)
{
  step (MK_PROTOCOLS_PAGE (widget), TRUE);
}

static void
on_redo (GtkWidget  *widget,
         const char *name,
         GVariant   *parameter)
{
  step (MK_PROTOCOLS_PAGE (widget), FALSE);
}

/* A new protocol from the template of the last one (or an empty one). */
static void
on_new (GtkWidget  *widget,
        const char *name,
        GVariant   *parameter)
{
  MkProtocolsPage *self = MK_PROTOCOLS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProtocol) last = NULL;
  g_autoptr(MkProtocol) fresh = NULL;
  GDate today;

  if (self->store == NULL)
    return;
  g_date_set_time_t (&today, time (NULL));
  if (self->protocols != NULL && self->protocols->len > 0 &&
      (last = mk_store_get_protocol (self->store, ((MkProtocol *) self->protocols->pdata[0])->id,
                                     &error)) == NULL)
    {
      mk_widget_show_error_toast (widget, _("Cannot read the protocols"), error);
      return;
    }
  fresh = mk_protocol_new_from_template (last, &today);
  if (!mk_store_save_protocol (self->store, fresh, &error))
    {
      mk_widget_show_error_toast (widget, _("Cannot save the protocol"), error);
      return;
    }
  mk_protocols_page_open (self, fresh->id);
  adw_view_stack_set_visible_child_name (self->view_stack, "document");
}

static void
on_approve_response (MkProtocolsPage *self,
                     const char      *response)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProtocol) p = NULL;
  GDate today;

  if (g_strcmp0 (response, "approve") != 0 || self->editor == NULL ||
      (p = mk_protocol_editor_begin (self->editor, &error)) == NULL)
    {
      if (error != NULL)
        mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot approve the protocol"), error);
      return;
    }
  g_date_set_time_t (&today, time (NULL));
  if (!mk_protocol_approve (self->store, p, &today, &error) ||
      !mk_protocol_editor_commit (self->editor, g_steal_pointer (&p), &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot approve the protocol"), error);
}

static void
on_approve (GtkWidget  *widget,
            const char *name,
            GVariant   *parameter)
{
  MkProtocolsPage *self = MK_PROTOCOLS_PAGE (widget);
  AdwMessageDialog *dialog;
  const MkProtocol *p;
  g_autofree char *date = NULL;
  GDate today;

  if (self->editor == NULL)
    return;
  p = mk_protocol_editor_get (self->editor);
  g_date_set_time_t (&today, time (NULL));
  date = mk_date_to_dmy (&today);
  dialog = mk_message_dialog_new_from_resource (mk_widget_get_window (widget), "mk-approve-dialog.ui");
  adw_message_dialog_format_body (dialog, _("Protocol No %s will be approved on %s. Its tables are "
                                            "kept as the data stands now, and the protocol takes no "
                                            "more changes."), p->number, date);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_approve_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_response (MkProtocolsPage *self,
                    const char      *response)
{
  g_autoptr(GError) error = NULL;
  const MkProtocol *p = self->editor != NULL ? mk_protocol_editor_get (self->editor) : NULL;

  /* Approved while the dialog was open: a signed protocol stays. */
  if (g_strcmp0 (response, "delete") != 0 || p == NULL || mk_protocol_is_approved (p))
    return;
  if (!mk_store_delete_protocol (self->store, p->id, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot delete the protocol"), error);
  else
    mk_protocols_page_open (self, 0);
}

static void
on_delete (GtkWidget  *widget,
           const char *name,
           GVariant   *parameter)
{
  MkProtocolsPage *self = MK_PROTOCOLS_PAGE (widget);
  AdwMessageDialog *dialog;
  const MkProtocol *p;
  g_autofree char *date = NULL;

  if (self->editor == NULL || mk_protocol_is_approved (p = mk_protocol_editor_get (self->editor)))
    return;
  date = mk_date_to_dmy (&p->date);
  dialog = mk_message_dialog_new_from_resource (mk_widget_get_window (widget),
                                                "mk-delete-protocol-dialog.ui");
  adw_message_dialog_format_body (dialog, _("The draft of protocol No %s of %s, its text, tables "
                                            "and decisions will be deleted. This cannot be undone."),
                                  p->number, date);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
mk_protocols_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "protocols.delete", NULL, on_delete);
  gtk_widget_class_install_action (widget_class, "protocols.new", NULL, on_new);
  gtk_widget_class_install_action (widget_class, "protocols.undo", NULL, on_undo);
  gtk_widget_class_install_action (widget_class, "protocols.redo", NULL, on_redo);
  gtk_widget_class_install_action (widget_class, "protocols.approve", NULL, on_approve);
  gtk_widget_class_install_action (widget_class, "protocols.print", NULL, on_print);
  gtk_widget_class_install_action (widget_class, "protocols.export-pdf", NULL, on_export);
  gtk_widget_class_install_action (widget_class, "protocols.export-docx", NULL, on_export);
  gtk_widget_class_install_action (widget_class, "protocols.export-extract", NULL, on_export);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "protocols.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "protocols.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "protocols.print", NULL);
}
