/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-table-reader.h"

G_BEGIN_DECLS

/* Numbers as the results, markers and context files write them
 * (docs/command-line.md, «Files»): decimal comma or dot, spaces between
 * thousands, a trailing "%". Pure functions over text and cells. */

/* A non-negative decimal in units of 10^-DECIMALS (at most 3), rounded
 * half up: ("33,35", 3) → 33350, ("1 234", 0) → 1234, ("33,3%", 3) →
 * 33300. At most 15 digits before the point; spaces only between
 * thousands ("40 000", also U+00A0 and U+202F), so "2 5" is refused. */
gboolean  mk_parse_decimal        (const char   *text,
                                   guint         decimals,
                                   gint64       *value);
/* Why TEXT, which looks like a number, is refused as one (too many
 * digits, a space that does not separate thousands), translated; NULL
 * when it is a number or nothing like one. */
const char *mk_number_problem     (const char   *text);
/* A share as a percentage in thousandths of a percent: "33,3" and a
 * percent-formatted 0.333 both give 33300. At most 100 %. */
gboolean  mk_cell_get_share       (const MkCell *cell,
                                   int          *thousandths);
/* A whole number of people or markers, 0 … G_MAXINT. */
gboolean  mk_cell_get_count       (const MkCell *cell,
                                   int          *count);
/* A value with DECIMALS places (ИСБШ "70,0" → 700 with 1). A percent
 * cell counts as its percentage. */
gboolean  mk_cell_get_decimal     (const MkCell *cell,
                                   guint         decimals,
                                   gint64       *value);
/* Four digits 1990–2100, optionally followed by «г.» or «год». */
gboolean  mk_cell_get_year        (const MkCell *cell,
                                   int          *year);
gboolean  mk_parse_year           (const char   *text,
                                   int          *year);
/* да/нет, yes/no, 1/0, true/false, +. */
gboolean  mk_cell_get_yes_no      (const MkCell *cell,
                                   gboolean     *yes);
/* A marker cell: "Н" (low result), "Необ." (non-objective), both ("Н,
 * Необ."), or "-"/empty for nothing. FALSE for anything else ("2Н"). */
gboolean  mk_parse_mark           (const char   *text,
                                   gboolean     *mark_low,
                                   gboolean     *non_objective);
/* Blank or only spaces. */
gboolean  mk_text_is_blank        (const char   *text);
/* The spreadsheet letter of a 0-based column: 0 → "A", 27 → "AB". */
char     *mk_column_letter        (guint         column);

G_END_DECLS
