/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-clusters"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-clusters.h"

typedef struct {
  const char *code;
  const char *russian;       /* the abbreviation official tables use */
  const char *abbreviation;  /* msgid; Russian translation = RUSSIAN */
  const char *title;
  int         number;
} ClusterInfo;

/* In MkCluster order; the methodology numbers the clusters 1–5 so
 * (docs/methodology.md, «Clusters»). */
static const ClusterInfo clusters[MK_N_CLUSTERS] = {
  { NULL, NULL, NULL, NULL, 0 },
  { "SPU", "ШПУ", N_("SPU"), N_("Schools of an advanced level"), 1 },
  { "SBU", "ШБУ", N_("SBU"), N_("Schools of a basic level"), 2 },
  { "SNRO", "ШНРО", N_("SNRO"), N_("Schools with low educational results"), 3 },
  { "SFNSU", "ШФНСУ", N_("SFNSU"),
    N_("Schools operating in adverse social conditions"), 4 },
  { "SRNR", "ШсРНР", N_("SRNR"), N_("Schools at risk of low results"), 5 },
};

static const char *rule_keys[MK_N_RULES] = {
  "", "isbsh", "snro", "srnr", "advanced", "otherwise",
};

const char *
mk_cluster_to_code (MkCluster cluster)
{
  g_return_val_if_fail (cluster < MK_N_CLUSTERS, NULL);
  return clusters[cluster].code;
}

gboolean
mk_cluster_from_code (const char *code,
                      MkCluster  *cluster)
{
  g_autofree char *folded = NULL;

  if (code == NULL || *code == '\0')
    return FALSE;
  /* Stored codes match exactly; only typed ones need folding. */
  for (guint i = 1; i < MK_N_CLUSTERS; i++)
    if (g_str_equal (code, clusters[i].code))
      return (*cluster = i, TRUE);
  folded = g_utf8_casefold (code, -1);
  g_strstrip (folded);
  for (guint i = 1; i < MK_N_CLUSTERS; i++)
    {
      g_autofree char *code_folded = g_utf8_casefold (clusters[i].code, -1);
      g_autofree char *russian_folded = g_utf8_casefold (clusters[i].russian, -1);

      if (g_str_equal (folded, code_folded) || g_str_equal (folded, russian_folded))
        return (*cluster = i, TRUE);
    }
  return FALSE;
}

int
mk_cluster_number (MkCluster cluster)
{
  g_return_val_if_fail (cluster < MK_N_CLUSTERS, 0);
  return clusters[cluster].number;
}

const char *
mk_cluster_abbreviation (MkCluster cluster)
{
  g_return_val_if_fail (cluster > MK_CLUSTER_NONE && cluster < MK_N_CLUSTERS, "");
  return _(clusters[cluster].abbreviation);
}

const char *
mk_cluster_official_abbreviation (MkCluster cluster)
{
  g_return_val_if_fail (cluster > MK_CLUSTER_NONE && cluster < MK_N_CLUSTERS, "");
  return clusters[cluster].russian;
}

const char *
mk_cluster_title (MkCluster cluster)
{
  g_return_val_if_fail (cluster > MK_CLUSTER_NONE && cluster < MK_N_CLUSTERS, "");
  return _(clusters[cluster].title);
}

const char *
mk_rule_to_key (MkRule rule)
{
  g_return_val_if_fail (rule < MK_N_RULES, "");
  return rule_keys[rule];
}

gboolean
mk_rule_from_key (const char *key,
                  MkRule     *rule)
{
  for (guint i = 0; i < MK_N_RULES; i++)
    if (g_strcmp0 (key, rule_keys[i]) == 0)
      return (*rule = i, TRUE);
  return FALSE;
}

/* Clusters of school year Y/Y+1 look at calendar years Y−n+1 … Y. */
void
mk_cluster_input_init (MkClusterInput      *input,
                       int                  school_year,
                       const MkMethodology *methodology)
{
  guint n = mk_methodology_get (methodology, MK_SETTING_WINDOW);

  *input = (MkClusterInput) { .school_year = school_year, .isbsh = -1,
                              .isbsh_year = -1,
                              .n_years = CLAMP (n, 1, MK_WINDOW_MAX) };
  for (guint i = 0; i < input->n_years; i++)
    mk_year_markers_init (&input->years[i], school_year - (int) input->n_years + 1 + (int) i);
}

/* Sums the known years of [FIRST, LAST); -1 when none is known. */
static int
sum_years (const MkClusterInput *input,
           guint                 first,
           guint                 last)
{
  int sum = -1;

  for (guint i = first; i < last; i++)
    if (mk_year_markers_known (&input->years[i]))
      sum = MAX (sum, 0) + mk_year_markers_total (&input->years[i]);
  return sum;
}

static MkRule
first_rule (const MkClusterInput *input,
            const MkMethodology  *m,
            int                   markers,
            gboolean              low_isbsh)
{
  if (low_isbsh && markers >= mk_methodology_get (m, MK_SETTING_SFNSU_MIN))
    return MK_RULE_SFNSU;
  if (markers >= mk_methodology_get (m, MK_SETTING_SNRO_MIN))
    return MK_RULE_SNRO;
  if (markers >= mk_methodology_get (m, MK_SETTING_SRNR_MIN) &&
      markers <= mk_methodology_get (m, MK_SETTING_SRNR_MAX))
    return MK_RULE_SRNR;
  if (markers <= mk_methodology_get (m, MK_SETTING_SPU_MAX) &&
      input->profile == MK_PROFILE_ADVANCED)
    return MK_RULE_SPU;
  return MK_RULE_SBU;
}

static const MkCluster cluster_of_rule[MK_N_RULES] = {
  MK_CLUSTER_NONE, MK_CLUSTER_SFNSU, MK_CLUSTER_SNRO, MK_CLUSTER_SRNR,
  MK_CLUSTER_SPU, MK_CLUSTER_SBU,
};

/* A school without results and without a reported total in the whole
 * window is left unclassified rather than put in ШБУ: ШБУ says "no low
 * results", which nobody has checked. */
void
mk_clusters_decide (const MkClusterInput *input,
                    const MkMethodology  *methodology,
                    MkClusterVerdict     *verdict)
{
  int total = sum_years (input, 0, input->n_years);
  gboolean low_isbsh = input->isbsh >= 0 &&
    input->isbsh <= mk_methodology_get (methodology, MK_SETTING_ISBSH_THRESHOLD);

  *verdict = (MkClusterVerdict) { .cluster = MK_CLUSTER_NONE, .rule = MK_RULE_NONE,
                                  .markers_prev = -1, .markers_cur = -1 };
  if (total < 0)
    return;
  verdict->markers = total;
  verdict->markers_prev = sum_years (input, 0, input->n_years - 1);
  verdict->markers_cur = sum_years (input, input->n_years - 1, input->n_years);
  verdict->level = mk_level_for (total, methodology);
  verdict->rule = first_rule (input, methodology, total, low_isbsh);
  verdict->cluster = cluster_of_rule[verdict->rule];
  verdict->resilient = low_isbsh &&
    total < mk_methodology_get (methodology, MK_SETTING_SFNSU_MIN);
}
