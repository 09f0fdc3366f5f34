/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mk-doc.h"

G_BEGIN_DECLS

/* Writes DOC as a Word document (Office Open XML) at PATH: first to
 * PATH.part, renamed when whole, so that a failed write leaves PATH as it
 * was. Opens in Word and LibreOffice Writer with the parts of DOC as real
 * paragraphs, lists and tables, for the specialists to edit. */
gboolean mk_docx_write (MkDoc       *doc,
                        const char  *path,
                        GError     **error);

G_END_DECLS
