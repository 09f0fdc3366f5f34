/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A school year is named by its start: 2022 is «2022/2023». */
char     *mk_school_year_format (int         start_year);
gboolean  mk_school_year_parse  (const char *text,
                                 int        *start_year);

G_END_DECLS
