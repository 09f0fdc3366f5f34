/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-clusters.h"

G_BEGIN_DECLS

/* What a classification decided a school's cluster by: the window's
 * marker counts and notes, the ИСБШ, the school's profile, the
 * methodology of the year and the verdict. These facts are stored with
 * the assignment instead of sentences, so that the explanation is built
 * when it is shown, in the reader's language, whoever classified. */

/* The facts as text for cluster_assignment.explanation. */
char *mk_cluster_facts_encode  (const MkClusterInput   *input,
                                const MkClusterVerdict *verdict,
                                const MkMethodology    *methodology);
/* The explanation of stored TEXT in the current language. Text that is
 * not facts (sentences written by an older version) comes back as it is;
 * "" gives "". */
char *mk_cluster_facts_explain (const char             *text);

G_END_DECLS
