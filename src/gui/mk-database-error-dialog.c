/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-database-error-dialog"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-database-error-dialog.h"
#include "mk-error.h"

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
  dialog = adw_message_dialog_new (parent, NULL, body);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     _("Cannot Open “%s”"), basename);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    MK_DATABASE_ERROR_RESPONSE_CLOSE,
                                    can_cancel ? _("_Cancel") : _("_Quit"),
                                    MK_DATABASE_ERROR_RESPONSE_CREATE,
                                    _("_Create New Database…"),
                                    MK_DATABASE_ERROR_RESPONSE_OPEN,
                                    _("_Open Another File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                              MK_DATABASE_ERROR_RESPONSE_OPEN,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog),
                                           MK_DATABASE_ERROR_RESPONSE_OPEN);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog),
                                         MK_DATABASE_ERROR_RESPONSE_CLOSE);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}
