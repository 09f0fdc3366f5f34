/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-window"
#include "config.h"

#include "mk-gui-util.h"
#include "mk-methodology-page.h"
#include "mk-window-private.h"

/* Closing the window (its button, Ctrl+W, Ctrl+Q) with methodology
 * settings that are not saved asks first: save them, close without them,
 * or stay. */

static void
close_now (MkWindow *self)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_response (MkWindow   *self,
             const char *response)
{
  MkMethodologyPage *page = mk_window_find_page (self, MK_TYPE_METHODOLOGY_PAGE);

  if (g_strcmp0 (response, "discard") == 0)
    close_now (self);
  else if (g_strcmp0 (response, "save") == 0 && mk_methodology_page_save (page))
    close_now (self);
  else  /* cancelled, or the settings were refused: show them */
    mk_window_show_section (self, "references");
}

static void
ask (MkWindow *self)
{
  AdwMessageDialog *dialog = mk_message_dialog_new_from_resource (GTK_WINDOW (self),
                                                                  "mk-close-dialog.ui");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
mk_window_hold_close (MkWindow *self)
{
  MkMethodologyPage *page = mk_window_find_page (self, MK_TYPE_METHODOLOGY_PAGE);

  if (self->close_confirmed || page == NULL || !mk_methodology_page_has_unsaved (page))
    return FALSE;
  ask (self);
  return TRUE;
}
