/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-database-error-dialog"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-database-error-dialog.h"
#include "mk-error.h"
#include "mk-gui-util.h"

struct _MkDatabaseErrorDialog
{
  AdwMessageDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (MkDatabaseErrorDialog, mk_database_error_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
mk_database_error_dialog_class_init (MkDatabaseErrorDialogClass *klass)
{
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/ru/mayak/Mayak/mk-database-error-dialog.ui");
}

static void
mk_database_error_dialog_init (MkDatabaseErrorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* What the user can do about each kind of refusal. */
static const char *
advice_for (const GError *error)
{
  if (!g_error_matches (error, MK_STORE_ERROR, error->code))
    return _("Check that the file exists and that you may read and change it, or open another file.");

  switch ((MkStoreError) error->code)
    {
    case MK_STORE_ERROR_NOT_MAYAK:
      return _("Open a Mayak database (usually a file ending in .db) or create a new one.");
    case MK_STORE_ERROR_TOO_NEW:
      return _("Install the newer version of Mayak to work with it, or open another file.");
    case MK_STORE_ERROR_DAMAGED:
      return _("Restore it from a backup copy (before each update Mayak saves one next to the database) or create a new database.");
    case MK_STORE_ERROR_IO:
    case MK_STORE_ERROR_READ_ONLY:
    case MK_STORE_ERROR_BUSY:
    case MK_STORE_ERROR_MISSING:
      return _("Check that the disk is available and that you may read and change the file.");
    case MK_STORE_ERROR_DUPLICATE:
    case MK_STORE_ERROR_NOT_FOUND:
    case MK_STORE_ERROR_INVALID:
    case MK_STORE_ERROR_SQL:
    default:
      return _("Open another file or create a new database.");
    }
}

GtkWidget *
mk_database_error_dialog_new (GtkWindow    *parent,
                              const char   *path,
                              const GError *error,
                              gboolean      can_cancel)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (error != NULL, NULL);

  /* Translators: the reason (it names the file), then what to do */
  body = g_strdup_printf (_("%s\n\n%s The file itself has not been changed."),
                          error->message, advice_for (error));
  dialog = g_object_new (MK_TYPE_DATABASE_ERROR_DIALOG,
                         "transient-for", parent,
                         "body", body,
                         NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     _("Cannot Open “%s”"), basename);
  if (!can_cancel)
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (dialog),
                                           MK_DATABASE_ERROR_RESPONSE_CLOSE, _("_Quit"));
  return dialog;
}
