/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-classify"
#include "config.h"

#include "mk-cluster-facts.h"
#include "mk-clusters.h"
#include "mk-store-clusters-private.h"
#include "mk-store-results.h"
#include "mk-store-window.h"

/* Classification reads the window's context, the number of results of
 * each school and year, and only the results that may be markers or
 * warnings (see mk-store-window.h), in the store's order, into one small
 * record per school, then writes every assignment in one transaction with
 * one prepared statement: no query per school. */

typedef struct {
  gint64          id;
  MkClusterInput  input;
  guint           first_note;  /* in Run.notes */
  guint           n_notes;
} School;

typedef struct {
  MkStore             *store;
  const MkMethodology *methodology;
  int                  school_year;
  int                  first_year;
  GArray              *schools;    /* School, by id */
  guint                cursor;     /* the school of the previous row */
  GArray              *notes;      /* MkMarkerNote of every school, in
                                      school order: one allocation */
  GStringChunk        *codes;      /* procedure codes the notes point to */
  MkClassifySummary   *summary;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->schools, g_array_unref);
  g_clear_pointer (&run->notes, g_array_unref);
  g_clear_pointer (&run->codes, g_string_chunk_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static gboolean
load_schools (Run     *run,
              GError **error)
{
  sqlite3_stmt *stmt = mk_store_statement (run->store,
      "SELECT id, profile FROM school ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  run->schools = g_array_new (FALSE, FALSE, sizeof (School));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      School school = { .id = sqlite3_column_int64 (stmt, 0) };

      mk_cluster_input_init (&school.input, run->school_year, run->methodology);
      school.input.profile = MK_PROFILE_SECONDARY;
      mk_profile_from_text (mk_stmt_column_text (stmt, 1), &school.input.profile);
      g_array_append_val (run->schools, school);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return mk_store_fail (run->store, error);
  /* National data gives about five notes a school (a marker in one
   * result of twelve): room for six at once, not copied as it grows. */
  run->notes = g_array_sized_new (FALSE, FALSE, sizeof (MkMarkerNote),
                                  MAX (run->schools->len * 6, 64));
  return TRUE;
}

/* Rows come grouped by school, so the previous school or the next one is
 * nearly always the answer; a binary search covers any other order. */
static School *
find_school (Run    *run,
             gint64  id)
{
  School *schools = (School *) run->schools->data;
  guint lo = 0, hi = run->schools->len;

  for (guint i = run->cursor; i < MIN (run->cursor + 2, hi); i++)
    if (schools[i].id == id)
      return (run->cursor = i, &schools[i]);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (schools[mid].id == id)
        return (run->cursor = mid, &schools[mid]);
      if (schools[mid].id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

static MkYearMarkers *
year_of (Run    *run,
         School *school,
         int     year)
{
  int index = year - run->first_year;

  if (index < 0 || index >= (int) school->input.n_years)
    return NULL;
  return &school->input.years[index];
}

/* The latest ИСБШ of the window counts: it describes the school now. */
static gboolean
take_context (const MkContextRow *row,
              gpointer            user_data)
{
  Run *run = user_data;
  School *school = find_school (run, row->school_id);
  MkYearMarkers *year = school != NULL ? year_of (run, school, row->year) : NULL;

  if (year == NULL)
    return TRUE;
  if (row->isbsh >= 0 && row->year >= school->input.isbsh_year)
    {
      school->input.isbsh = row->isbsh;
      school->input.isbsh_year = row->year;
    }
  if (row->reported_markers >= 0)
    year->reported = row->reported_markers;
  return TRUE;
}

/* The results come ordered by school, so the notes of one school are
 * consecutive in RUN->notes. */
static void
add_note (Run                *run,
          School             *school,
          const MkResultRow  *row,
          const MkJudgement  *judgement)
{
  MkMarkerNote note = { row->year, NULL, *judgement };

  g_return_if_fail (school->n_notes == 0 ||
                    school->first_note + school->n_notes == run->notes->len);
  note.procedure_code = g_string_chunk_insert_const (run->codes,
      row->procedure_code != NULL ? row->procedure_code : "?");
  if (school->n_notes++ == 0)
    school->first_note = run->notes->len;
  g_array_append_val (run->notes, note);
}

static gboolean
take_count (const MkResultCount *count,
            gpointer             user_data)
{
  Run *run = user_data;
  School *school = find_school (run, count->school_id);
  MkYearMarkers *year = school != NULL ? year_of (run, school, count->year) : NULL;

  if (year != NULL)
    year->results = count->n_results;
  return TRUE;
}

static gboolean
take_assessed (gint64    school_id,
               int       year,
               gpointer  user_data)
{
  Run *run = user_data;
  School *school = find_school (run, school_id);
  MkYearMarkers *markers = school != NULL ? year_of (run, school, year) : NULL;

  if (markers != NULL)
    markers->listed = TRUE;
  return TRUE;
}

/* What mk_year_markers_add does but the count: SQL counted every result
 * of the year, this one included. */
static gboolean
take_result (const MkResultRow *row,
             gpointer           user_data)
{
  Run *run = user_data;
  School *school = find_school (run, row->school_id);
  MkYearMarkers *year = school != NULL ? year_of (run, school, row->year) : NULL;
  MkJudgement judgement;

  if (year == NULL)
    return TRUE;
  mk_result_judge (row, run->methodology, &judgement);
  year->counted += judgement.marker;
  year->warnings += judgement.verdict == MK_VERDICT_NO_PARTICIPANTS;
  if (judgement.marker || judgement.non_objective ||
      judgement.verdict == MK_VERDICT_NO_PARTICIPANTS)
    add_note (run, school, row, &judgement);
  run->summary->warnings += judgement.verdict == MK_VERDICT_NO_PARTICIPANTS;
  return TRUE;
}

static void
bind_int_or_null (sqlite3_stmt *stmt,
                  int           index,
                  int           value)
{
  if (value >= 0)
    sqlite3_bind_int (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    mk_stmt_bind_text (stmt, index, text);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_verdict (sqlite3_stmt           *stmt,
              const MkClusterVerdict *verdict)
{
  gboolean classified = verdict->cluster != MK_CLUSTER_NONE;

  bind_text_or_null (stmt, 3, mk_cluster_to_code (verdict->cluster));
  mk_stmt_bind_text (stmt, 4, mk_rule_to_key (verdict->rule));
  bind_int_or_null (stmt, 5, verdict->markers_prev);
  bind_int_or_null (stmt, 6, verdict->markers_cur);
  bind_text_or_null (stmt, 7, classified ? mk_level_to_code (verdict->level) : NULL);
  sqlite3_bind_int (stmt, 8, verdict->resilient);
}

/* STMT is bound anew for every school: each column is set or NULL. */
static gboolean
write_school (Run           *run,
              sqlite3_stmt  *stmt,
              School        *school,
              GError       **error)
{
  MkClusterVerdict verdict;
  char *explanation;

  school->input.notes = school->n_notes > 0
                        ? &g_array_index (run->notes, MkMarkerNote, school->first_note)
                        : NULL;
  school->input.n_notes = school->n_notes;
  mk_clusters_decide (&school->input, run->methodology, &verdict);
  explanation = mk_cluster_facts_encode (&school->input, &verdict, run->methodology);
  sqlite3_bind_int64 (stmt, 1, school->id);
  sqlite3_bind_int (stmt, 2, run->school_year);
  bind_verdict (stmt, &verdict);
  sqlite3_bind_text (stmt, 9, explanation, -1, g_free);
  bind_int_or_null (stmt, 10, school->input.isbsh);
  run->summary->clusters[verdict.cluster]++;
  return mk_store_step_done (run->store, stmt, error);
}

static gboolean
count_overridden (Run     *run,
                  GError **error)
{
  sqlite3_stmt *stmt = mk_store_statement (run->store,
      "SELECT count(*) FROM cluster_assignment "
      "WHERE school_year = ?1 AND override IS NOT NULL", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, run->school_year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    run->summary->overridden = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
write_all (Run     *run,
           GError **error)
{
  sqlite3_stmt *stmt;

  if (!mk_store_ensure_school_year (run->store, run->school_year, error) ||
      !mk_store_write_methodology (run->store, run->school_year, run->methodology,
                                   error))
    return FALSE;
  /* Only the computed columns: the override is the user's. A school
   * whose assignment comes out as it was is not written again: comparing
   * costs less than rewriting the row, its explanation and its indexes. */
  stmt = mk_store_statement (run->store,
      "INSERT INTO cluster_assignment (school_id, school_year, computed, rule, "
      "markers_prev, markers_cur, level, resilient, explanation, isbsh) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
      "ON CONFLICT (school_id, school_year) DO UPDATE SET "
      "computed = excluded.computed, rule = excluded.rule, "
      "markers_prev = excluded.markers_prev, markers_cur = excluded.markers_cur, "
      "level = excluded.level, resilient = excluded.resilient, "
      "explanation = excluded.explanation, isbsh = excluded.isbsh "
      "WHERE (computed, rule, markers_prev, markers_cur, level, resilient, "
      "explanation, isbsh) IS NOT (excluded.computed, excluded.rule, "
      "excluded.markers_prev, excluded.markers_cur, excluded.level, "
      "excluded.resilient, excluded.explanation, excluded.isbsh)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < run->schools->len; i++)
    if (!write_school (run, stmt, &g_array_index (run->schools, School, i), error))
      return FALSE;
  run->summary->schools = run->schools->len;
  return count_overridden (run, error) &&
         mk_store_count_clusters (run->store, run->school_year, run->summary->final, error);
}

static gboolean
read_window (Run     *run,
             GError **error)
{
  int last_year = run->school_year;
  int threshold = mk_methodology_get (run->methodology, MK_SETTING_MARKER_THRESHOLD);

  return load_schools (run, error) &&
         mk_store_foreach_context (run->store, run->first_year, last_year,
                                   take_context, run, error) &&
         mk_store_foreach_result_count (run->store, run->first_year, last_year,
                                        take_count, run, error) &&
         mk_store_foreach_assessed (run->store, run->first_year, last_year,
                                    take_assessed, run, error) &&
         mk_store_foreach_notable_result (run->store, run->first_year, last_year,
                                          threshold, take_result, run, error);
}

gboolean
mk_store_classify (MkStore            *self,
                   int                 school_year,
                   MkClassifySummary  *summary,
                   GError            **error)
{
  g_autoptr(MkMethodology) methodology = mk_store_load_methodology (self, school_year,
                                                                    error);
  MkClassifySummary ignored;
  g_auto(Run) run = { self, methodology, school_year };
  gboolean ok;

  if (methodology == NULL || !mk_methodology_validate (methodology, error))
    return FALSE;
  run.summary = summary != NULL ? summary : &ignored;
  *run.summary = (MkClassifySummary) { 0 };
  run.first_year = school_year - mk_methodology_get (methodology, MK_SETTING_WINDOW) + 1;
  run.codes = g_string_chunk_new (256);
  if (!mk_store_begin (self, error))
    return FALSE;
  ok = read_window (&run, error) && write_all (&run, error) &&
       mk_store_note_classified (self, school_year, error);
  if (ok)
    mk_store_emit_changed (self, MK_TOPIC_CLUSTERS);
  return mk_store_end (self, ok, error);
}
