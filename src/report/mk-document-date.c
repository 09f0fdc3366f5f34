/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>

#include "mk-document-date.h"

GDateTime *
mk_document_date_new (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now), 0, 0, 0);
}

void
mk_document_date_set_pdf (cairo_surface_t *surface)
{
  g_autoptr(GDateTime) date = mk_document_date_new ();
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%dT%H:%M:%SZ");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, text);
}
