#define G_LOG_DOMAIN "mk-clusters"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-clusters.h"
#include "mk-school-year.h"

/* The explanation is what a specialist reads aloud to a school's head, so
 * it says every number the rules used, one sentence a line. */

static char *
window_text (const MkClusterInput *input)
{
  int first = input->years[0].year;
  int last = input->years[input->n_years - 1].year;

  if (first == last)
    return g_strdup_printf ("%d", first);
  return g_strdup_printf ("%d–%d", first, last);
}

/* "ВПР РУ-5 (33,3 %)", "ОГЭ МА (mark «Н»)" */
static void
append_note (GString            *out,
             const MkMarkerNote *note)
{
  int share = note->judgement.share_tenths;

  switch (note->judgement.verdict)
    {
    case MK_VERDICT_MARK:
      g_string_append_printf (out, _("%s (mark «Н»)"), note->procedure_code);
      break;
    case MK_VERDICT_NON_OBJECTIVE:
      g_string_append_printf (out, _("%s (non-objective, counted)"), note->procedure_code);
      break;
    default:
      g_string_append (out, note->procedure_code);
      if (share >= 0)
        g_string_append_printf (out, " (%d,%d %%)", share / 10, share % 10);
    }
}

typedef gboolean (*NoteFilter) (const MkMarkerNote *note);

static gboolean
is_marker (const MkMarkerNote *note)
{
  return note->judgement.marker;
}

static gboolean
is_flag_only (const MkMarkerNote *note)
{
  return note->judgement.non_objective && !note->judgement.marker &&
         note->judgement.verdict != MK_VERDICT_NO_PARTICIPANTS;
}

static gboolean
is_warning (const MkMarkerNote *note)
{
  return note->judgement.verdict == MK_VERDICT_NO_PARTICIPANTS;
}

/* The notes of YEAR (or of every year when YEAR is 0) that FILTER keeps,
 * joined by semicolons; NULL when there are none. */
static char *
join_notes (const MkClusterInput *input,
            int                   year,
            NoteFilter            filter)
{
  GString *text = NULL;

  for (guint i = 0; i < input->n_notes; i++)
    {
      const MkMarkerNote *note = &input->notes[i];

      if ((year != 0 && note->year != year) || !filter (note))
        continue;
      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append (text, "; ");
      if (year != 0)
        append_note (text, note);
      else
        g_string_append_printf (text, "%s, %d", note->procedure_code, note->year);
    }
  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

static void
explain_year (GString              *out,
              const MkClusterInput *input,
              const MkYearMarkers  *year)
{
  g_autofree char *found = join_notes (input, year->year, is_marker);

  if (!mk_year_markers_known (year))
    g_string_append_printf (out, _("%d: no results."), year->year);
  else if (year->reported >= 0 && year->results == 0)
    g_string_append_printf (out,
        ngettext ("%d: %d marker by the reported total; there are no results.",
                  "%d: %d markers by the reported total; there are no results.",
                  year->reported), year->year, year->reported);
  else if (year->reported >= 0)
    g_string_append_printf (out,
        ngettext ("%d: %d marker by the reported total, which replaces the %d counted from the results.",
                  "%d: %d markers by the reported total, which replaces the %d counted from the results.",
                  year->reported), year->year, year->reported, year->counted);
  else if (year->counted == 0)
    g_string_append_printf (out,
        ngettext ("%d: no markers in %d result.", "%d: no markers in %d results.",
                  year->results), year->year, year->results);
  else
    g_string_append_printf (out,
        ngettext ("%d: %d marker: %s.", "%d: %d markers: %s.", year->counted),
        year->year, year->counted, found);
  if (year->reported >= 0 && found != NULL)
    g_string_append_printf (out, _(" Found in the results: %s."), found);
  g_string_append_c (out, '\n');
}

/* What is the same for every school of a classification: worked out
 * once, not 40,000 times. */
struct _MkExplainer
{
  MkMethodology  methodology;
  char          *marker_line;
  char          *conditions[MK_N_RULES];
};

static void
explain_markers (GString              *out,
                 MkExplainer          *self,
                 const MkClusterInput *input)
{
  g_string_append (out, self->marker_line);
  for (guint i = 0; i < input->n_years; i++)
    explain_year (out, input, &input->years[i]);
}

static void
explain_isbsh (GString              *out,
               const MkClusterInput *input)
{
  g_autofree char *window = window_text (input);
  g_autofree char *isbsh = NULL;

  if (input->isbsh < 0)
    {
      g_string_append_printf (out, _("ISBSH is not known for %s."), window);
      g_string_append_c (out, '\n');
      return;
    }
  isbsh = mk_format_tenths (input->isbsh);
  g_string_append_printf (out, _("ISBSH %s (%d)."), isbsh, input->isbsh_year);
  g_string_append_c (out, '\n');
}

static void
rule_line (GString    *out,
           MkRule      rule,
           const char *condition,
           const char *reason)
{
  static const MkCluster cluster_of[MK_N_RULES] = {
    MK_CLUSTER_NONE, MK_CLUSTER_SFNSU, MK_CLUSTER_SNRO, MK_CLUSTER_SRNR,
    MK_CLUSTER_SPU, MK_CLUSTER_SBU,
  };
  g_autofree char *outcome = NULL;

  if (reason == NULL)
    outcome = g_strdup (_("applies"));
  else
    outcome = g_strdup_printf (_("does not apply: %s"), reason);
  g_string_append_printf (out, _("Rule %d, %s (%s): %s."), (int) rule,
                          mk_cluster_abbreviation (cluster_of[rule]), condition,
                          outcome);
  g_string_append_c (out, '\n');
}

/* The rules as the methodology sets them, in the order they are tried. */
static char *
condition_of (MkRule               rule,
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

static char *
spu_reason (const MkClusterInput *input,
            int                   markers,
            const MkMethodology  *m)
{
  if (markers > mk_methodology_get (m, MK_SETTING_SPU_MAX))
    return has_markers (markers);
  if (input->profile != MK_PROFILE_ADVANCED)
    return g_strdup (_("the school is not a gymnasium, a lyceum or a school with "
                       "in-depth study of subjects"));
  return NULL;
}

/* Why RULE does not apply, or NULL when it does. */
static char *
reason_against (MkRule                  rule,
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
        return g_strdup (_("ISBSH is not known"));
      if (input->isbsh > threshold)
        return isbsh_above (input->isbsh, threshold);
      return markers < mk_methodology_get (m, MK_SETTING_SFNSU_MIN)
             ? has_markers (markers) : NULL;
    case MK_RULE_SNRO:
      return markers < mk_methodology_get (m, MK_SETTING_SNRO_MIN)
             ? has_markers (markers) : NULL;
    case MK_RULE_SRNR:
      return markers < mk_methodology_get (m, MK_SETTING_SRNR_MIN) ||
             markers > mk_methodology_get (m, MK_SETTING_SRNR_MAX)
             ? has_markers (markers) : NULL;
    case MK_RULE_SPU:
      return spu_reason (input, markers, m);
    default:
      return NULL;
    }
}

/* The rules tried before the one that fired, and that one. */
static void
explain_rules (GString                *out,
               MkExplainer            *self,
               const MkClusterInput   *input,
               const MkClusterVerdict *verdict)
{
  for (MkRule rule = MK_RULE_SFNSU; rule <= verdict->rule; rule++)
    {
      g_autofree char *reason = reason_against (rule, input, verdict, &self->methodology);

      rule_line (out, rule, self->conditions[rule], reason);
    }
}

static void
append_line (GString    *out,
             const char *format,
             const char *items)
{
  if (items == NULL)
    return;
  g_string_append_printf (out, format, items);
  g_string_append_c (out, '\n');
}

/* The level, resilience, and results shown but not counted. */
static void
explain_tail (GString                *out,
              MkExplainer            *self,
              const MkClusterInput   *input,
              const MkClusterVerdict *verdict)
{
  const MkMethodology *m = &self->methodology;
  g_autofree char *flags = join_notes (input, 0, is_flag_only);
  g_autofree char *warnings = join_notes (input, 0, is_warning);
  g_autofree char *limit = NULL;

  append_line (out, _("Level of underperformance: %s."), mk_level_label (verdict->level));
  if (verdict->resilient)
    {
      limit = mk_format_tenths (mk_methodology_get (m, MK_SETTING_ISBSH_THRESHOLD));
      g_string_append_printf (out, _("The school is resilient: its ISBSH is at or "
                                     "below %s, yet it has fewer than %d markers."),
                              limit, mk_methodology_get (m, MK_SETTING_SFNSU_MIN));
      g_string_append_c (out, '\n');
    }
  append_line (out, _("Non-objective results, shown but not counted as markers: %s."),
               flags);
  append_line (out, _("Results with 0 participants are never markers: %s."), warnings);
}

static char *
marker_line (const MkMethodology *m)
{
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, _("A marker is a result in which at least %d %% of "
                                  "the participants got «2» (ВПР) or did not pass "
                                  "the minimum threshold (ОГЭ, ЕГЭ)."),
                          mk_methodology_get (m, MK_SETTING_MARKER_THRESHOLD));
  if (mk_methodology_get (m, MK_SETTING_COUNT_NON_OBJECTIVE))
    g_string_append (line, _(" Non-objective results count as markers too."));
  g_string_append_c (line, '\n');
  return g_string_free (line, FALSE);
}

MkExplainer *
mk_explainer_new (const MkMethodology *methodology)
{
  MkExplainer *self = g_new0 (MkExplainer, 1);

  self->methodology = *methodology;
  self->marker_line = marker_line (methodology);
  for (MkRule rule = MK_RULE_SFNSU; rule < MK_N_RULES; rule++)
    self->conditions[rule] = condition_of (rule, methodology);
  return self;
}

void
mk_explainer_free (MkExplainer *self)
{
  if (self == NULL)
    return;
  g_free (self->marker_line);
  for (guint i = 0; i < MK_N_RULES; i++)
    g_free (self->conditions[i]);
  g_free (self);
}

static char *
explain_unclassified (const MkClusterInput *input,
                      const char           *year,
                      const char           *window)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, _("%s: no results and no reported marker totals "
                                 "for %s, so the school is not classified. If its "
                                 "cluster is known from documents, set it by hand."),
                          year, window);
  g_string_append_c (out, '\n');
  explain_isbsh (out, input);
  g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

char *
mk_explainer_explain (MkExplainer            *self,
                      const MkClusterInput   *input,
                      const MkClusterVerdict *verdict)
{
  g_autofree char *year = mk_school_year_format (input->school_year);
  g_autofree char *window = window_text (input);
  GString *out;

  if (verdict->cluster == MK_CLUSTER_NONE)
    return explain_unclassified (input, year, window);
  out = g_string_sized_new (512);
  g_string_append_printf (out, _("%s: %s (%s, cluster %d)."), year,
                          mk_cluster_title (verdict->cluster),
                          mk_cluster_abbreviation (verdict->cluster),
                          mk_cluster_number (verdict->cluster));
  g_string_append_c (out, '\n');
  explain_markers (out, self, input);
  g_string_append_printf (out, _("Markers in %s: %d."), window, verdict->markers);
  g_string_append_c (out, '\n');
  explain_isbsh (out, input);
  explain_rules (out, self, input, verdict);
  explain_tail (out, self, input, verdict);
  g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

char *
mk_clusters_explain (const MkClusterInput   *input,
                     const MkClusterVerdict *verdict,
                     const MkMethodology    *methodology)
{
  g_autoptr(MkExplainer) explainer = mk_explainer_new (methodology);

  return mk_explainer_explain (explainer, input, verdict);
}
