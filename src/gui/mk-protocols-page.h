/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* «Протоколы»: the protocols of the working group's meetings, each edited
 * in one column beside its printed pages, printed, exported as PDF and
 * Word, approved; and the decisions not yet done across them. */
#define MK_TYPE_PROTOCOLS_PAGE (mk_protocols_page_get_type ())
G_DECLARE_FINAL_TYPE (MkProtocolsPage, mk_protocols_page, MK, PROTOCOLS_PAGE, AdwBin)

GtkWidget *mk_protocols_page_new            (void);
/* Writes the protocol shown (ITEM 0), or the extract of its agenda item
 * ITEM, to PATH, as «Export» does: a .docx as a Word document, anything
 * else as a PDF printed through the print operation, page by page as the
 * printer gets them. */
void       mk_protocols_page_export_async   (MkProtocolsPage     *self,
                                             const char          *path,
                                             guint                item,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean   mk_protocols_page_export_finish  (MkProtocolsPage     *self,
                                             GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
