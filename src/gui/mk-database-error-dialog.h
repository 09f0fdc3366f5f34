/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Responses of the dialog that explains a refused database file. */
#define MK_DATABASE_ERROR_RESPONSE_OPEN   "open"
#define MK_DATABASE_ERROR_RESPONSE_CREATE "create"
#define MK_DATABASE_ERROR_RESPONSE_CLOSE  "close"

/* An AdwMessageDialog for a database that mk_store_open refused: what
 * went wrong, what the user can do, and that the file was not touched.
 * CAN_CANCEL: another database stays open, so the last button is «Cancel»
 * rather than «Quit». */
#define MK_TYPE_DATABASE_ERROR_DIALOG (mk_database_error_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MkDatabaseErrorDialog, mk_database_error_dialog, MK,
                      DATABASE_ERROR_DIALOG, AdwMessageDialog)

GtkWidget *mk_database_error_dialog_new (GtkWindow    *parent,
                                         const char   *path,
                                         const GError *error,
                                         gboolean      can_cancel);

G_END_DECLS
