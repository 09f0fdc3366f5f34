/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mk-cli-clusters.h"
#include "mk-cli-output.h"
#include "mk-cli-private.h"
#include "mk-school-year.h"
#include "mk-store-clusters.h"

/* Clusters in their number order 1–5 (docs/methodology.md, «Clusters»). */
static const MkCluster cluster_order[] = {
  MK_CLUSTER_SPU, MK_CLUSTER_SBU, MK_CLUSTER_SNRO, MK_CLUSTER_SFNSU, MK_CLUSTER_SRNR,
};

static gboolean
parse_year (MkCliContext *ctx,
            int          *year)
{
  const char *text = mk_cli_option (ctx, "--year");

  if (text == NULL)
    return (mk_cli_error (_("give the school year: --year 2022/2023")), FALSE);
  if (!mk_school_year_parse (text, year))
    return (mk_cli_error (_("«%s» is not a school year; write it as 2022/2023"), text),
            FALSE);
  return TRUE;
}

/* Data the user can fix is refused (1); anything else is the database (3). */
static int
store_failure (GError *error)
{
  mk_cli_error ("%s", error->message);
  if (error->domain == MK_STORE_ERROR &&
      (error->code == MK_STORE_ERROR_INVALID || error->code == MK_STORE_ERROR_NOT_FOUND))
    return MK_EXIT_REFUSED;
  if (error->domain == MK_STORE_ERROR)
    return MK_EXIT_DATABASE;
  return MK_EXIT_REFUSED;
}

static char *
summary_text (const MkClassifySummary *summary)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cluster_order); i++)
    g_string_append_printf (text, "%s %u, ", mk_cluster_to_code (cluster_order[i]),
                            summary->clusters[cluster_order[i]]);
  g_string_append_printf (text, _("no data %u; schools %u, overrides kept %u, "
                                  "results with 0 participants %u"),
                          summary->clusters[MK_CLUSTER_NONE], summary->schools,
                          summary->overridden, summary->warnings);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

int
mk_cli_classify (MkCliContext *ctx)
{
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *summary_line = NULL;
  MkClassifySummary summary;
  int year;

  if (!parse_year (ctx, &year))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if (!mk_store_classify (store, year, &summary, &error))
    return store_failure (error);
  year_text = mk_school_year_format (year);
  summary_line = summary_text (&summary);
  printf ("%s: %s\n", year_text, summary_line);
  return MK_EXIT_OK;
}

static char *
number_text (int value)
{
  return value >= 0 ? g_strdup_printf ("%d", value) : g_strdup ("");
}

/* ИСБШ with a dot decimal, for scripts (docs/command-line.md, «Output»). */
static char *
isbsh_text (int tenths)
{
  return tenths >= 0 ? g_strdup_printf ("%d.%d", tenths / 10, tenths % 10)
                     : g_strdup ("");
}

static const char *
code_text (MkCluster cluster)
{
  return cluster != MK_CLUSTER_NONE ? mk_cluster_to_code (cluster) : "";
}

/* EXPLAIN: JSON carries the explanation, built from the stored facts only
 * when it is printed (40,000 of them would cost a second for nothing). */
static void
print_assignment (MkOutput *out,
                  gpointer  row,
                  gpointer  explain_json)
{
  MkAssignment *item = row;
  gboolean explain = GPOINTER_TO_INT (explain_json);
  int level = mk_assignment_get_level (item);
  g_autofree char *prev = number_text (mk_assignment_get_markers_prev (item));
  g_autofree char *cur = number_text (mk_assignment_get_markers_cur (item));
  g_autofree char *total = number_text (mk_assignment_get_markers_total (item));
  g_autofree char *isbsh = isbsh_text (mk_assignment_get_isbsh (item));
  const char *values[] = {
    mk_assignment_get_municipality (item), mk_assignment_get_school_name (item),
    prev, cur, total, level >= 0 ? mk_level_to_code (level) : "", isbsh,
    code_text (mk_assignment_get_computed (item)),
    code_text (mk_assignment_get_final (item)),
    mk_assignment_get_override_reason (item),
    explain ? mk_assignment_get_explanation (item) : NULL, NULL };

  mk_output_row (out, values);
}

/* On stderr, so that the table on stdout stays as the contract has it. */
static void
warn_if_stale (MkStore *store,
               int      year)
{
  g_autofree char *year_text = mk_school_year_format (year);
  gboolean stale = FALSE;

  if (mk_store_clusters_are_stale (store, year, &stale, NULL) && stale)
    mk_cli_error (_("the clusters of %s were computed before later changes of the results, "
                    "the schools or the methodology; run mayak-cli classify --year %s to "
                    "bring them up to date"), year_text, year_text);
}

int
mk_cli_clusters (MkCliContext *ctx)
{
  static const char *keys[] = {
    "municipality", "school", "markers_prev", "markers_cur", "markers_total",
    "level", "isbsh", "computed", "final", "override_reason", "explanation", NULL };
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) shown = NULL;
  MkOutputFormat format;
  int year;

  if (!mk_cli_format (ctx, &format))
    return MK_EXIT_USAGE;
  if (!parse_year (ctx, &year))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((items = mk_store_list_assignments (store, year, &error)) == NULL)
    return store_failure (error);
  /* The explanation is a JSON extra; TSV and CSV keep to the contract. */
  shown = g_strdupv ((char **) keys);
  if (format != MK_OUTPUT_JSON)
    g_clear_pointer (&shown[10], g_free);
  mk_cli_write_rows (mk_output_new (format, (const char *const *) shown), items,
                     print_assignment, GINT_TO_POINTER (format == MK_OUTPUT_JSON));
  if (g_list_model_get_n_items (items) == 0)
    mk_cli_error (_("no school has a cluster for this year; run mayak-cli classify first"));
  warn_if_stale (store, year);
  return MK_EXIT_OK;
}

/* --school NAME [--municipality NAME]; prints why none or several match. */
static MkSchool *
find_school (MkCliContext *ctx,
             MkStore      *store)
{
  const char *name = mk_cli_option (ctx, "--school");
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  MkSchool *school;

  school = mk_store_find_school (store, mk_cli_option (ctx, "--municipality"), name,
                                 &candidates, &error);
  if (school != NULL)
    return school;
  mk_cli_error ("%s: %s", name, error != NULL ? error->message : _("Unknown school."));
  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    fprintf (stderr, "  %s\n", (const char *) candidates->pdata[i]);
  return NULL;
}

static void
print_history (MkAssignment *item)
{
  guint streak = mk_assignment_get_snro_streak (item);

  if (mk_assignment_get_final (item) != MK_CLUSTER_SNRO)
    return;
  if (mk_assignment_get_snro_repeated (item))
    printf ("%s\n", _("The school is in SNRO again (repeatedly)."));
  else if (!mk_assignment_get_snro_status_known (item))
    printf ("%s\n", _("Whether the school was in SNRO before is not known: the database "
                      "holds no list of SNRO for some of the years looked back at."));
  else
    printf ("%s\n", _("The school is in SNRO for the first time."));
  if (streak > 1)
    printf (ngettext ("It has been in SNRO %u year in a row.\n",
                      "It has been in SNRO %u years in a row.\n", streak), streak);
}

/* «ШсРНР (Школы с рисками низких результатов, кластер 5)»; «none» for
 * a school without one. */
static char *
cluster_text (MkCluster cluster)
{
  if (cluster == MK_CLUSTER_NONE)
    return g_strdup (_("none: the data of the window do not decide it"));
  return g_strdup_printf (_("%s (%s, cluster %d)"), mk_cluster_abbreviation (cluster),
                          mk_cluster_title (cluster), mk_cluster_number (cluster));
}

/* The final cluster first, the one every report uses; then, where a
 * person set it, when and why, and the computed one where it differs. */
static void
print_final (MkAssignment *item)
{
  MkCluster final = mk_assignment_get_final (item);
  MkCluster computed = mk_assignment_get_computed (item);
  g_autofree char *final_text = cluster_text (final);
  g_autofree char *computed_text = *mk_assignment_get_facts (item) == '\0'
      ? g_strdup (_("none: the year was not classified")) : cluster_text (computed);
  g_autofree char *date = NULL;

  if (mk_assignment_get_override (item) == MK_CLUSTER_NONE)
    {
      printf (_("Cluster: %s, as computed.\n"), final_text);
      return;
    }
  date = mk_assignment_dup_override_date_text (item);
  printf (_("Cluster: %s, set by hand on %s.\n"), final_text, date);
  printf (_("Reason: %s\n"), mk_assignment_get_override_reason (item));
  if (computed != final)
    printf (_("Computed cluster: %s.\n"), computed_text);
}

static void
print_explanation (MkSchool     *school,
                   MkAssignment *item)
{
  g_autofree char *year = mk_school_year_format (mk_assignment_get_school_year (item));

  printf ("%s, %s, %s\n", mk_school_get_municipality (school),
          mk_school_get_name (school), year);
  print_final (item);
  if (*mk_assignment_get_explanation (item) != '\0')
    printf ("%s\n%s\n", _("How the cluster is computed:"), mk_assignment_get_explanation (item));
  print_history (item);
}

static gboolean
need_school (MkCliContext *ctx,
             int          *year)
{
  if (mk_cli_option (ctx, "--school") == NULL)
    return (mk_cli_error (_("give the school: --school NAME")), FALSE);
  return parse_year (ctx, year);
}

int
mk_cli_explain (MkCliContext *ctx)
{
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkSchool) school = NULL;
  g_autoptr(MkAssignment) item = NULL;
  g_autoptr(GError) error = NULL;
  int year;

  if (!need_school (ctx, &year))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((school = find_school (ctx, store)) == NULL)
    return MK_EXIT_REFUSED;
  item = mk_store_get_assignment (store, mk_school_get_id (school), year, &error);
  if (item == NULL)
    return store_failure (error);
  print_explanation (school, item);
  return MK_EXIT_OK;
}

static int
clear_override (MkStore  *store,
                MkSchool *school,
                int       year)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *year_text = mk_school_year_format (year);
  gboolean had = FALSE;

  if (!mk_store_clear_override (store, mk_school_get_id (school), year, &had, &error))
    return store_failure (error);
  if (had)
    printf (_("%s, %s: the cluster set by hand is removed.\n"),
            mk_school_get_name (school), year_text);
  else
    printf (_("%s, %s: there was no cluster set by hand.\n"),
            mk_school_get_name (school), year_text);
  return MK_EXIT_OK;
}

static int
set_override (MkCliContext *ctx,
              MkStore      *store,
              MkSchool     *school,
              int           year,
              MkCluster     cluster)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *year_text = mk_school_year_format (year);

  if (!mk_store_set_override (store, mk_school_get_id (school), year, cluster,
                              mk_cli_option (ctx, "--reason"),
                              mk_cli_option (ctx, "--date"), &error))
    return store_failure (error);
  printf (_("%s, %s: the cluster is set by hand to %s.\n"),
          mk_school_get_name (school), year_text, mk_cluster_to_code (cluster));
  return MK_EXIT_OK;
}

/* Usage is checked before the database is opened. */
static gboolean
check_override_usage (MkCliContext *ctx,
                      gboolean      clear,
                      MkCluster    *cluster)
{
  const char *code = mk_cli_option (ctx, "--cluster");
  const char *reason = mk_cli_option (ctx, "--reason");
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  if (clear)
    return TRUE;
  if (code == NULL || !mk_cluster_from_code (code, cluster))
    return (mk_cli_error (_("give the cluster: --cluster SPU, SBU, SNRO, SFNSU or "
                            "SRNR (or --clear)")), FALSE);
  if (*trimmed == '\0')
    return (mk_cli_error (_("give the reason: --reason TEXT")), FALSE);
  return TRUE;
}

int
mk_cli_override (MkCliContext *ctx)
{
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkSchool) school = NULL;
  gboolean clear = mk_cli_flag (ctx, "--clear");
  MkCluster cluster = MK_CLUSTER_NONE;
  int year;

  if (!need_school (ctx, &year) || !check_override_usage (ctx, clear, &cluster))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((school = find_school (ctx, store)) == NULL)
    return MK_EXIT_REFUSED;
  if (clear)
    return clear_override (store, school, year);
  return set_override (ctx, store, school, year, cluster);
}
