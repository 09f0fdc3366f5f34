/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-clusters"
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mk-cluster-facts.h"

/* Version 1 of the text, one record a line, fields split by tabs:
 *   m  KEY=VALUE …                      the year's methodology
 *   s  SCHOOL_YEAR PROFILE ISBSH ISBSH_YEAR
 *   y  YEAR COUNTED REPORTED RESULTS LISTED WARNINGS   per window year
 *   n  YEAR VERDICT MARKER NON_OBJECTIVE SHARE_TENTHS CODE   per note
 *   v  CLUSTER RULE MARKERS PREV CUR LEVEL RESILIENT
 * Clusters, rules and levels are their stored codes; PROFILE and VERDICT
 * are the numbers of MkProfile and MkVerdict, which a new version of the
 * text must keep or translate. */
#define MAGIC "mayak-facts 1\n"

static void
encode_methodology (GString             *out,
                    const MkMethodology *m)
{
  g_string_append_c (out, 'm');
  for (MkSetting s = 0; s < MK_N_SETTINGS; s++)
    g_string_append_printf (out, "\t%s=%d", mk_setting_get_info (s)->key,
                            mk_methodology_get (m, s));
  g_string_append_c (out, '\n');
}

static const char *
code_or_dash (const char *code)
{
  return code != NULL ? code : "-";
}

char *
mk_cluster_facts_encode (const MkClusterInput   *input,
                         const MkClusterVerdict *v,
                         const MkMethodology    *methodology)
{
  GString *out = g_string_sized_new (256 + 48 * input->n_notes);

  g_string_append (out, MAGIC);
  encode_methodology (out, methodology);
  g_string_append_printf (out, "s\t%d\t%d\t%d\t%d\n", input->school_year, input->profile,
                          input->isbsh, input->isbsh_year);
  for (guint i = 0; i < input->n_years; i++)
    {
      const MkYearMarkers *y = &input->years[i];
      g_string_append_printf (out, "y\t%d\t%d\t%d\t%d\t%d\t%d\n", y->year, y->counted,
                              y->reported, y->results, y->listed ? 1 : 0, y->warnings);
    }
  for (guint i = 0; i < input->n_notes; i++)
    {
      const MkMarkerNote *n = &input->notes[i];
      g_string_append_printf (out, "n\t%d\t%d\t%d\t%d\t%d\t%s\n", n->year, n->judgement.verdict,
                              n->judgement.marker ? 1 : 0, n->judgement.non_objective ? 1 : 0,
                              n->judgement.share_tenths, n->procedure_code);
    }
  g_string_append_printf (out, "v\t%s\t%s\t%d\t%d\t%d\t%s\t%d", code_or_dash (mk_cluster_to_code (v->cluster)),
                          code_or_dash (mk_rule_to_key (v->rule)), v->markers, v->markers_prev,
                          v->markers_cur, code_or_dash (mk_level_to_code (v->level)),
                          v->resilient ? 1 : 0);
  return g_string_free (out, FALSE);
}

/* --- Reading ------------------------------------------------------------ */

typedef struct {
  MkClusterInput   input;
  MkClusterVerdict verdict;
  MkMethodology    methodology;
  GArray          *notes;  /* MkMarkerNote, codes pointing into LINES */
  gboolean         has_verdict;
} Facts;

static int
field_int (char **fields,
           guint  index)
{
  return fields[index] != NULL ? atoi (fields[index]) : -1;
}

static void
decode_methodology (Facts  *facts,
                    char  **fields)
{
  for (guint i = 1; fields[i] != NULL; i++)
    {
      const char *equals = strchr (fields[i], '=');
      g_autofree char *key = equals ? g_strndup (fields[i], equals - fields[i]) : NULL;
      MkSetting setting;

      if (key != NULL && mk_setting_from_key (key, &setting))
        mk_methodology_set (&facts->methodology, setting, atoi (equals + 1), NULL);
    }
}

static void
decode_year (Facts  *facts,
             char  **fields)
{
  MkYearMarkers *y;

  if (g_strv_length (fields) < 7 || facts->input.n_years >= MK_WINDOW_MAX)
    return;
  y = &facts->input.years[facts->input.n_years++];
  *y = (MkYearMarkers) { field_int (fields, 1), field_int (fields, 2), field_int (fields, 3),
                         field_int (fields, 4), field_int (fields, 5) != 0,
                         field_int (fields, 6) };
}

static void
decode_note (Facts  *facts,
             char  **fields)
{
  MkMarkerNote note;

  if (g_strv_length (fields) < 7)
    return;
  note = (MkMarkerNote) { field_int (fields, 1), fields[6],
                          { field_int (fields, 2), field_int (fields, 3) != 0,
                            field_int (fields, 4) != 0, field_int (fields, 5) } };
  g_array_append_val (facts->notes, note);
}

static void
decode_verdict (Facts  *facts,
                char  **fields)
{
  MkClusterVerdict *v = &facts->verdict;

  if (g_strv_length (fields) < 8)
    return;
  if (!mk_cluster_from_code (fields[1], &v->cluster))
    v->cluster = MK_CLUSTER_NONE;
  mk_rule_from_key (fields[2], &v->rule);
  v->markers = field_int (fields, 3);
  v->markers_prev = field_int (fields, 4);
  v->markers_cur = field_int (fields, 5);
  mk_level_from_code (fields[6], &v->level);
  v->resilient = field_int (fields, 7) != 0;
  facts->has_verdict = TRUE;
}

static void
decode_line (Facts  *facts,
             char  **fields)
{
  const char *kind = fields[0] != NULL ? fields[0] : "";

  if (g_str_equal (kind, "m"))
    decode_methodology (facts, fields);
  else if (g_str_equal (kind, "s") && g_strv_length (fields) >= 5)
    {
      facts->input.school_year = field_int (fields, 1);
      facts->input.profile = field_int (fields, 2);
      facts->input.isbsh = field_int (fields, 3);
      facts->input.isbsh_year = field_int (fields, 4);
    }
  else if (g_str_equal (kind, "y"))
    decode_year (facts, fields);
  else if (g_str_equal (kind, "n"))
    decode_note (facts, fields);
  else if (g_str_equal (kind, "v"))
    decode_verdict (facts, fields);
}

char *
mk_cluster_facts_explain (const char *text)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) split = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) notes = g_array_new (FALSE, FALSE, sizeof (MkMarkerNote));
  Facts facts = { .notes = notes };

  if (text == NULL || !g_str_has_prefix (text, MAGIC))
    return g_strdup (text != NULL ? text : "");
  mk_methodology_init_default (&facts.methodology);
  lines = g_strsplit (text + strlen (MAGIC), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char **fields = g_strsplit (lines[i], "\t", -1);

      g_ptr_array_add (split, fields);
      decode_line (&facts, fields);
    }
  if (!facts.has_verdict || facts.input.n_years == 0)
    return g_strdup ("");
  facts.input.notes = notes->len > 0 ? (const MkMarkerNote *) notes->data : NULL;
  facts.input.n_notes = notes->len;
  return mk_clusters_explain (&facts.input, &facts.verdict, &facts.methodology);
}
