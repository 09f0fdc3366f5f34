/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-doc-job.h"

G_BEGIN_DECLS

/* The printed pages of a document, one under the other, drawn by the
 * renderer that writes the PDF and prints: what the preview shows is
 * what the paper gets. */
#define MK_TYPE_DOC_PREVIEW (mk_doc_preview_get_type ())
G_DECLARE_FINAL_TYPE (MkDocPreview, mk_doc_preview, MK, DOC_PREVIEW, GtkWidget)

GtkWidget *mk_doc_preview_new        (void);
/* Shows RESULT (taken; NULL for nothing). */
void       mk_doc_preview_set_result (MkDocPreview   *self,
                                      MkDocJobResult *result);
/* The document shown, NULL for none. */
MkDoc     *mk_doc_preview_get_doc    (MkDocPreview   *self);
guint      mk_doc_preview_get_n_pages (MkDocPreview  *self);

G_END_DECLS
