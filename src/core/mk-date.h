/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates as documents write them (dd.mm.yyyy) and as the database keeps
 * them (yyyy-mm-dd), between 1990 and 2100. Each reader leaves DATE
 * cleared (invalid) and returns FALSE for anything else; an empty text is
 * FALSE too. */
gboolean mk_date_from_dmy (const char  *text,
                           GDate       *date);
gboolean mk_date_from_iso (const char  *text,
                           GDate       *date);
/* "" for an invalid date. */
char    *mk_date_to_dmy   (const GDate *date);
char    *mk_date_to_iso   (const GDate *date);

G_END_DECLS
