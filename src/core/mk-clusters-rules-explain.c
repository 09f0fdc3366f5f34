/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-clusters"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-clusters-explain-private.h"

/* The lines of an explanation that go through the rules in their order:
 * each rule's condition with the methodology's numbers, and why it does
 * or does not apply to the school. */

/* The rules as the methodology sets them, in the order they are tried. */
char *
mk_explain_condition (MkRule               rule,
                      const MkMethodology *m)
{
  int isbsh = mk_methodology_get (m, MK_SETTING_ISBSH_THRESHOLD);
  int sfnsu = mk_methodology_get (m, MK_SETTING_SFNSU_MIN);
  int snro = mk_methodology_get (m, MK_SETTING_SNRO_MIN);
  int srnr_min = mk_methodology_get (m, MK_SETTING_SRNR_MIN);
  int srnr_max = mk_methodology_get (m, MK_SETTING_SRNR_MAX);
  int spu = mk_methodology_get (m, MK_SETTING_SPU_MAX);
  g_autofree char *limit = mk_format_tenths (isbsh);

  switch (rule)
    {
    case MK_RULE_SFNSU:
      return g_strdup_printf (ngettext ("ISBSH at or below %s and at least %d marker",
                                        "ISBSH at or below %s and at least %d markers",
                                        sfnsu), limit, sfnsu);
    case MK_RULE_SNRO:
      return g_strdup_printf (ngettext ("at least %d marker", "at least %d markers",
                                        snro), snro);
    case MK_RULE_SRNR:
      return g_strdup_printf (ngettext ("from %d to %d marker", "from %d to %d markers",
                                        srnr_max), srnr_min, srnr_max);
    case MK_RULE_SPU:
      return g_strdup_printf (ngettext ("at most %d marker and an advanced school",
                                        "at most %d markers and an advanced school",
                                        spu), spu);
    case MK_RULE_SBU:
      return g_strdup (_("every other school"));
    default:
      return g_strdup ("");
    }
}

static char *
has_markers (int markers)
{
  return g_strdup_printf (ngettext ("the school has %d marker",
                                    "the school has %d markers", markers), markers);
}

static char *
isbsh_above (int isbsh,
             int threshold)
{
  g_autofree char *value = mk_format_tenths (isbsh);
  g_autofree char *limit = mk_format_tenths (threshold);

  return g_strdup_printf (_("ISBSH %s is above %s"), value, limit);
}

static Reason
spu_reason (const MkClusterInput *input,
            int                   markers,
            const MkMethodology  *m)
{
  if (markers > mk_methodology_get (m, MK_SETTING_SPU_MAX))
    return (Reason) { REASON_MARKERS, markers };
  if (input->profile != MK_PROFILE_ADVANCED)
    return (Reason) { REASON_NOT_ADVANCED, 0 };
  return (Reason) { REASON_NONE, 0 };
}

static Reason
markers_unless (gboolean fits,
                int      markers)
{
  return fits ? (Reason) { REASON_NONE, 0 } : (Reason) { REASON_MARKERS, markers };
}

/* Why RULE does not apply, or REASON_NONE when it does. */
Reason
mk_explain_reason_against (MkRule                  rule,
                           const MkClusterInput   *input,
                           const MkClusterVerdict *verdict,
                           const MkMethodology    *m)
{
  int markers = verdict->markers;
  int threshold = mk_methodology_get (m, MK_SETTING_ISBSH_THRESHOLD);

  switch (rule)
    {
    case MK_RULE_SFNSU:
      if (input->isbsh < 0)
        return (Reason) { REASON_NO_ISBSH, 0 };
      if (input->isbsh > threshold)
        return (Reason) { REASON_ISBSH_ABOVE, input->isbsh };
      return markers_unless (markers >= mk_methodology_get (m, MK_SETTING_SFNSU_MIN),
                             markers);
    case MK_RULE_SNRO:
      return markers_unless (markers >= mk_methodology_get (m, MK_SETTING_SNRO_MIN),
                             markers);
    case MK_RULE_SRNR:
      return markers_unless (markers >= mk_methodology_get (m, MK_SETTING_SRNR_MIN) &&
                             markers <= mk_methodology_get (m, MK_SETTING_SRNR_MAX),
                             markers);
    case MK_RULE_SPU:
      return spu_reason (input, markers, m);
    default:
      return (Reason) { REASON_NONE, 0 };
    }
}

char *
mk_explain_reason_text (Reason               reason,
                        const MkMethodology *m)
{
  switch (reason.kind)
    {
    case REASON_MARKERS:
      return has_markers (reason.value);
    case REASON_NO_ISBSH:
      return g_strdup (_("ISBSH is not known"));
    case REASON_ISBSH_ABOVE:
      return isbsh_above (reason.value, mk_methodology_get (m, MK_SETTING_ISBSH_THRESHOLD));
    case REASON_NOT_ADVANCED:
      return g_strdup (_("the school is not a gymnasium, a lyceum or a school with "
                         "in-depth study of subjects"));
    case REASON_NONE:
    default:
      return NULL;
    }
}

char *
mk_explain_rule_line (MkRule      rule,
                      const char *condition,
                      const char *reason)
{
  static const MkCluster cluster_of[MK_N_RULES] = {
    MK_CLUSTER_NONE, MK_CLUSTER_SFNSU, MK_CLUSTER_SNRO, MK_CLUSTER_SRNR,
    MK_CLUSTER_SPU, MK_CLUSTER_SBU,
  };
  g_autofree char *outcome = NULL;
  g_autofree char *line = NULL;

  if (reason == NULL)
    outcome = g_strdup (_("applies"));
  else
    outcome = g_strdup_printf (_("does not apply: %s"), reason);
  line = g_strdup_printf (_("Rule %d, %s (%s): %s."), (int) rule,
                          mk_cluster_abbreviation (cluster_of[rule]), condition,
                          outcome);
  return g_strconcat (line, "\n", NULL);
}

