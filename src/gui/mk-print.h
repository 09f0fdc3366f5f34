/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Printing, the one way every page prints: A4 in points over the whole
 * sheet, so that the page's own renderer lays out what the PDF writer
 * lays out. BEGIN lays the pages out for the print context and says how
 * many there are; DRAW draws one onto the context's cairo. DATA is freed
 * with DATA_FREE when the operation ends. With EXPORT_PATH the pages are
 * written to that PDF through the same operation instead of showing the
 * print dialog. */
typedef guint (*MkPrintBeginFunc) (GtkPrintContext *context,
                                   gpointer         data);
typedef void  (*MkPrintDrawFunc)  (GtkPrintContext *context,
                                   guint            page,
                                   gpointer         data);

gboolean mk_print_run (GtkWidget        *parent,
                       const char       *job_name,
                       gboolean          landscape,
                       MkPrintBeginFunc  begin,
                       MkPrintDrawFunc   draw,
                       gpointer          data,
                       GDestroyNotify    data_free,
                       const char       *export_path,
                       GError          **error);

G_END_DECLS
