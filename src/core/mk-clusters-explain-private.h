/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-clusters.h"

G_BEGIN_DECLS

/* The rule lines of an explanation (mk-clusters-rules-explain.c), shared
 * with the explainer that caches them (mk-clusters-explain.c). */

/* Why a rule does not apply; what the sentence says but the numbers. */
typedef enum {
  REASON_NONE,          /* it applies */
  REASON_MARKERS,       /* the school has VALUE markers */
  REASON_NO_ISBSH,
  REASON_ISBSH_ABOVE,   /* ISBSH VALUE is above the threshold */
  REASON_NOT_ADVANCED,
} ReasonKind;

typedef struct {
  ReasonKind kind;
  int        value;
} Reason;

/* The condition of RULE as the methodology M sets it: «at least 7 markers». */
char   *mk_explain_condition      (MkRule                  rule,
                                   const MkMethodology    *m);
/* Why RULE does not apply to the school, or REASON_NONE when it does. */
Reason  mk_explain_reason_against (MkRule                  rule,
                                   const MkClusterInput   *input,
                                   const MkClusterVerdict *verdict,
                                   const MkMethodology    *m);
/* The reason as a sentence; NULL for REASON_NONE. */
char   *mk_explain_reason_text    (Reason                  reason,
                                   const MkMethodology    *m);
/* «Rule 2, ШНРО (at least 7 markers): applies.» and a newline. */
char   *mk_explain_rule_line      (MkRule                  rule,
                                   const char             *condition,
                                   const char             *reason);

G_END_DECLS
