/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The date a written document (XLSX, PDF) carries: the day it is written,
 * at midnight UTC. A time of day would make two files of the same data
 * differ in their bytes; with the day alone, a report written again the
 * same day is the same file, so «nothing changed» can be checked with cmp. */
GDateTime *mk_document_date_new        (void);
/* Sets the PDF SURFACE's creation date to mk_document_date_new (). */
void       mk_document_date_set_pdf    (cairo_surface_t *surface);

G_END_DECLS
