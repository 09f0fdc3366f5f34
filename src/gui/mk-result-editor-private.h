/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-result-editor.h"

G_BEGIN_DECLS

typedef enum {
  MK_RESULT_FIELD_PARTICIPANTS,
  MK_RESULT_FIELD_LOW,
  MK_RESULT_FIELD_SHARE,
  MK_RESULT_FIELD_GENERAL,  /* about the result as a whole */
} MkResultField;

#define MK_N_RESULT_FIELDS 4

/* What the form holds, as typed. */
typedef struct {
  const char *participants;
  const char *low;
  const char *share;       /* "33,3", "33.3" or "33,3 %" */
  gboolean    mark_low;
  gboolean    non_objective;
} MkResultInput;

/* Checks INPUT by the rules of the results import (docs/command-line.md,
 * «results») and fills the numbers of ROW (its key is left alone). Returns
 * FALSE and sets ERRORS[field] (to free) for each field that is wrong.
 * Pure. */
gboolean mk_result_input_check (const MkResultInput *input,
                                MkResultRow         *row,
                                char               **errors);

G_END_DECLS
