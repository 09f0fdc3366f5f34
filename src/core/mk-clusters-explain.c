/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-clusters"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-clusters-explain-private.h"
#include "mk-school-year.h"

/* The explanation is what a specialist reads aloud to a school's head, so
 * it says every number the rules used, one sentence a line. */

/* Sentences with a count whose translation depends on the count. */
typedef enum {
  PLURAL_REPORTED_ONLY,
  PLURAL_REPORTED,
  PLURAL_NO_MARKERS,
  PLURAL_MARKERS,
  N_PLURALS
} Plural;

/* Counts up to this have their translation looked up once a run. */
#define N_CACHED 128

/* What is the same for every school of a classification is worked out
 * once, not 40,000 times: the translations (gettext costs more than the
 * rest of a sentence) and the rule lines, which differ only in a count
 * or an ISBSH. */
struct _MkExplainer
{
  MkMethodology  methodology;
  char          *marker_line;
  char          *conditions[MK_N_RULES];
  const char    *plurals[N_PLURALS][N_CACHED];
  GHashTable    *rule_lines;   /* rule_key () → the line, with its newline */
  char          *level_lines[MK_N_LEVELS];
  int            window[2];    /* the years WINDOW_LABEL is for */
  char          *window_label;
  int            school_year;  /* the year YEAR_LABEL and TITLES are for */
  char          *year_label;
  char          *titles[MK_N_CLUSTERS];
  /* Sentences of every school, translated once. */
  const char    *no_results;
  const char    *listed;
  const char    *found;
  const char    *isbsh_unknown;
  const char    *isbsh_known;
  const char    *markers_in;
};

static const char *
plural_format (Plural plural,
               int    n)
{
  switch (plural)
    {
    case PLURAL_REPORTED_ONLY:
      return ngettext ("%d: %d marker by the reported total; there are no results.",
                       "%d: %d markers by the reported total; there are no results.", n);
    case PLURAL_REPORTED:
      return ngettext ("%d: %d marker by the reported total, which replaces the %d counted from the results.",
                       "%d: %d markers by the reported total, which replaces the %d counted from the results.", n);
    case PLURAL_NO_MARKERS:
      return ngettext ("%d: no markers in %d result.", "%d: no markers in %d results.", n);
    case PLURAL_MARKERS:
    default:
      return ngettext ("%d: %d marker: %s.", "%d: %d markers: %s.", n);
    }
}

static const char *
cached_plural (MkExplainer *self,
               Plural       plural,
               int          n)
{
  if (n < 0 || n >= N_CACHED)
    return plural_format (plural, n);
  if (self->plurals[plural][n] == NULL)
    self->plurals[plural][n] = plural_format (plural, n);
  return self->plurals[plural][n];
}

/* "2021", "2021–2022": the same window for every school of a run. */
static const char *
window_text (MkExplainer          *self,
             const MkClusterInput *input)
{
  int first = input->years[0].year;
  int last = input->years[input->n_years - 1].year;

  if (self->window_label != NULL && self->window[0] == first && self->window[1] == last)
    return self->window_label;
  g_free (self->window_label);
  self->window[0] = first;
  self->window[1] = last;
  if (first == last)
    self->window_label = g_strdup_printf ("%d", first);
  else
    self->window_label = g_strdup_printf ("%d–%d", first, last);
  return self->window_label;
}

static const char *
year_text (MkExplainer          *self,
           const MkClusterInput *input)
{
  if (self->year_label == NULL || self->school_year != input->school_year)
    {
      g_free (self->year_label);
      self->school_year = input->school_year;
      self->year_label = mk_school_year_format (input->school_year);
      for (guint i = 0; i < MK_N_CLUSTERS; i++)
        g_clear_pointer (&self->titles[i], g_free);
    }
  return self->year_label;
}

/* "2022/2023: Школы с рисками низких результатов (ШсРНР, кластер 2)." */
static const char *
title_line (MkExplainer          *self,
            const MkClusterInput *input,
            MkCluster             cluster)
{
  const char *year = year_text (self, input);

  if (self->titles[cluster] == NULL)
    self->titles[cluster] = g_strdup_printf (_("%s: %s (%s, cluster %d)."), year,
                                             mk_cluster_title (cluster),
                                             mk_cluster_abbreviation (cluster),
                                             mk_cluster_number (cluster));
  return self->titles[cluster];
}

/* As "%d" would print it. */
static void
append_int (GString *out,
            int      value)
{
  char digits[16];
  int n = 0;
  unsigned int rest = value < 0 ? - (unsigned int) value : (unsigned int) value;

  do
    digits[n++] = '0' + rest % 10;
  while ((rest /= 10) > 0);
  if (value < 0)
    g_string_append_c (out, '-');
  while (n > 0)
    g_string_append_c (out, digits[--n]);
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
        {
          g_string_append (out, " (");
          append_int (out, share / 10);
          g_string_append_c (out, ',');
          append_int (out, share % 10);
          g_string_append (out, " %)");
        }
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
        {
          g_string_append (text, note->procedure_code);
          g_string_append (text, ", ");
          append_int (text, note->year);
        }
    }
  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

static void
explain_year (GString              *out,
              MkExplainer          *self,
              const MkClusterInput *input,
              const MkYearMarkers  *year)
{
  g_autofree char *found = join_notes (input, year->year, is_marker);

  if (!mk_year_markers_known (year))
    g_string_append_printf (out, self->no_results, year->year);
  else if (year->reported < 0 && year->results == 0)
    g_string_append_printf (out, self->listed, year->year);
  else if (year->reported >= 0 && year->results == 0)
    g_string_append_printf (out, cached_plural (self, PLURAL_REPORTED_ONLY, year->reported),
                            year->year, year->reported);
  else if (year->reported >= 0)
    g_string_append_printf (out, cached_plural (self, PLURAL_REPORTED, year->reported),
                            year->year, year->reported, year->counted);
  else if (year->counted == 0)
    g_string_append_printf (out, cached_plural (self, PLURAL_NO_MARKERS, year->results),
                            year->year, year->results);
  else
    g_string_append_printf (out, cached_plural (self, PLURAL_MARKERS, year->counted),
                            year->year, year->counted, found);
  if (year->reported >= 0 && found != NULL)
    g_string_append_printf (out, self->found, found);
  g_string_append_c (out, '\n');
}

static void
explain_markers (GString              *out,
                 MkExplainer          *self,
                 const MkClusterInput *input)
{
  g_string_append (out, self->marker_line);
  for (guint i = 0; i < input->n_years; i++)
    explain_year (out, self, input, &input->years[i]);
}

static void
explain_isbsh (GString              *out,
               MkExplainer          *self,
               const MkClusterInput *input)
{
  const char *window = window_text (self, input);
  g_autofree char *isbsh = NULL;

  if (input->isbsh < 0)
    {
      g_string_append_printf (out, self->isbsh_unknown, window);
      g_string_append_c (out, '\n');
      return;
    }
  isbsh = mk_format_tenths (input->isbsh);
  g_string_append_printf (out, self->isbsh_known, isbsh, input->isbsh_year);
  g_string_append_c (out, '\n');
}

/* The line of RULE for REASON, made once for each rule, reason and
 * number (a few hundred lines for 40,000 schools). */
static const char *
cached_rule_line (MkExplainer *self,
                  MkRule       rule,
                  Reason       reason)
{
  guint key = ((guint) reason.value << 6) | ((guint) reason.kind << 3) | (guint) rule;
  char *line;

  if (reason.value < 0 || reason.value >= (1 << 24))
    return NULL;
  line = g_hash_table_lookup (self->rule_lines, GUINT_TO_POINTER (key));
  if (line == NULL)
    {
      g_autofree char *text = mk_explain_reason_text (reason, &self->methodology);

      line = mk_explain_rule_line (rule, self->conditions[rule], text);
      g_hash_table_insert (self->rule_lines, GUINT_TO_POINTER (key), line);
    }
  return line;
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
      Reason reason = mk_explain_reason_against (rule, input, verdict, &self->methodology);
      const char *line = cached_rule_line (self, rule, reason);

      if (line != NULL)
        g_string_append (out, line);
      else
        {
          g_autofree char *text = mk_explain_reason_text (reason, &self->methodology);
          g_autofree char *made = mk_explain_rule_line (rule, self->conditions[rule], text);

          g_string_append (out, made);
        }
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

  g_string_append (out, self->level_lines[verdict->level]);
  if (verdict->resilient)
    {
      limit = mk_format_tenths (mk_methodology_get (m, MK_SETTING_ISBSH_THRESHOLD));
      g_string_append_printf (out, _("The school is resilient: its ISBSH is at or "
                                     "below %s, yet it has fewer than %d markers."),
                              limit, mk_methodology_get (m, MK_SETTING_SFNSU_MIN));
      g_string_append_c (out, '\n');
    }
  /* Rare: translated only when there is something to say. */
  if (flags != NULL)
    append_line (out, _("Non-objective results, shown but not counted as markers: %s."),
                 flags);
  if (warnings != NULL)
    append_line (out, _("Results with 0 participants are never markers: %s."), warnings);
}

/* With its newline. */
static char *
level_line (MkLevel level)
{
  g_autofree char *line = g_strdup_printf (_("Level of underperformance: %s."),
                                           mk_level_label (level));

  return g_strconcat (line, "\n", NULL);
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
    self->conditions[rule] = mk_explain_condition (rule, methodology);
  self->rule_lines = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (MkLevel level = 0; level < MK_N_LEVELS; level++)
    self->level_lines[level] = level_line (level);
  self->no_results = _("%d: no results.");
  self->listed = _("%d: 0 markers: listed among the assessed schools with no low result.");
  self->found = _(" Found in the results: %s.");
  self->isbsh_unknown = _("ISBSH is not known for %s.");
  self->isbsh_known = _("ISBSH %s (%d).");
  self->markers_in = _("Markers in %s: %d.");
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
  g_hash_table_unref (self->rule_lines);
  for (guint i = 0; i < MK_N_LEVELS; i++)
    g_free (self->level_lines[i]);
  g_free (self->window_label);
  g_free (self->year_label);
  for (guint i = 0; i < MK_N_CLUSTERS; i++)
    g_free (self->titles[i]);
  g_free (self);
}

static char *
explain_unclassified (MkExplainer          *self,
                      const MkClusterInput *input,
                      const char           *year,
                      const char           *window)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, _("%s: no results and no reported marker totals "
                                 "for %s, so the school is not classified. If its "
                                 "cluster is known from documents, set it by hand."),
                          year, window);
  g_string_append_c (out, '\n');
  explain_isbsh (out, self, input);
  g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

char *
mk_explainer_explain (MkExplainer            *self,
                      const MkClusterInput   *input,
                      const MkClusterVerdict *verdict)
{
  const char *year = year_text (self, input);
  const char *window = window_text (self, input);
  GString *out;

  if (verdict->cluster == MK_CLUSTER_NONE)
    return explain_unclassified (self, input, year, window);
  out = g_string_sized_new (1024);
  g_string_append (out, title_line (self, input, verdict->cluster));
  g_string_append_c (out, '\n');
  explain_markers (out, self, input);
  g_string_append_printf (out, self->markers_in, window, verdict->markers);
  g_string_append_c (out, '\n');
  explain_isbsh (out, self, input);
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
