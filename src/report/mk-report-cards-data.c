/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include "mk-procedure.h"
#include "mk-report-cards.h"
#include "mk-report-private.h"
#include "mk-school.h"
#include "mk-store-clusters.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"

/* The cards read the results and the context of the shown years once,
 * judge each result with the classification's own functions
 * (mk_result_judge, mk_year_markers_*, mk_clusters_decide), so that a
 * card's «4/9» is the M the cluster was computed from. */


typedef struct {
  MkCardSet           *set;
  const MkMethodology *methodology;
  GHashTable          *by_school;  /* school id → MkCard (borrowed) */
} Load;

static void
card_free (gpointer data)
{
  MkCard *card = data;

  g_free (card->name);
  g_clear_pointer (&card->marks, g_array_unref);
  g_free (card);
}

static void
procedure_free (gpointer data)
{
  MkCardProcedure *p = data;

  g_free (p->kind);
  g_free (p->name);
  g_free (p);
}

void
mk_card_set_free (MkCardSet *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->procedures, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_free (self);
}

const MkYearMarkers *
mk_card_year (const MkCard    *card,
              const MkCardSet *set,
              int              year)
{
  int i = year - set->first_year - 1;

  if (year == set->first_year)
    return &card->history;
  if (i < 0 || i >= (int) card->input.n_years)
    return NULL;
  return &card->input.years[i];
}

/* "МА ПРОФ", "РУ 6", "ХИМ": what the Smolensk cards write under the kind. */
static char *
short_name (MkProcedure *p)
{
  GString *name = g_string_new (mk_procedure_get_subject_code (p));
  const char *level = mk_procedure_get_level (p);

  if (mk_procedure_get_grade (p) > 0)
    g_string_append_printf (name, " %d", mk_procedure_get_grade (p));
  if (level != NULL && *level != '\0')
    g_string_append_printf (name, " %s", level);
  return g_string_free (name, FALSE);
}

/* The Smolensk cards put ВПР first, then the compulsory ОГЭ (Russian and
 * mathematics), ЕГЭ, and the elective ОГЭ («ОГЭ по выб.») last. */
static guint
group_of (MkProcedure *p)
{
  MkProcedureKind kind = MK_KIND_OGE;
  const char *subject = mk_procedure_get_subject_code (p);

  mk_procedure_kind_from_name (mk_procedure_get_kind (p), &kind);
  if (kind == MK_KIND_VPR)
    return 0;
  if (kind == MK_KIND_EGE)
    return 2;
  if (g_strcmp0 (subject, "РУ") == 0 || g_strcmp0 (subject, "МА") == 0)
    return 1;
  return 3;
}

static gboolean
load_procedures (MkCardSet  *set,
                 MkStore    *store,
                 GError    **error)
{
  g_autoptr(GListModel) all = mk_store_list_procedures (store, error);

  if (all == NULL)
    return FALSE;
  set->procedures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           procedure_free);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(MkProcedure) p = g_list_model_get_item (all, i);
      MkCardProcedure *info = g_new0 (MkCardProcedure, 1);
      gint64 *id = g_new (gint64, 1);

      *id = mk_procedure_get_id (p);
      info->kind = g_strdup (mk_procedure_get_kind (p));
      info->name = short_name (p);
      info->rank = group_of (p) * 10000 + MIN (i, 9999);
      g_hash_table_insert (set->procedures, id, info);
    }
  return TRUE;
}

/* «МБОУ «СШ № 19»»: the legal form and the short name, as the cards
 * title a school; the short name alone when the form is not known. */
static char *
card_name (MkSchool *school)
{
  const char *form = mk_school_get_legal_form (school);

  if (form == NULL || *form == '\0')
    return g_strdup (mk_school_get_name (school));
  return g_strdup_printf ("%s «%s»", form, mk_school_get_name (school));
}

static GHashTable *
clusters_by_school (MkStore              *store,
                    const MkReportParams *params,
                    GError              **error)
{
  g_autoptr(GPtrArray) items = mk_report_assignments (store, params->school_year,
                                                      params->municipality, error);
  GHashTable *clusters;

  if (items == NULL)
    return NULL;
  clusters = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = mk_assignment_get_school_id (items->pdata[i]);
      g_hash_table_insert (clusters, id,
                           GINT_TO_POINTER (mk_assignment_get_final (items->pdata[i])));
    }
  return clusters;
}

/* A card for every school of the municipality and cluster asked for;
 * those with nothing to show are dropped once the data is read. */
static gboolean
load_schools (Load                 *load,
              MkStore              *store,
              const MkReportParams *params,
              GError              **error)
{
  g_autoptr(GListModel) schools = mk_store_list_schools (store, error);
  g_autoptr(GHashTable) clusters = NULL;
  gboolean several = params->municipality == NULL && mk_report_count_municipalities (store) > 1;

  if (schools == NULL || (clusters = clusters_by_school (store, params, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(MkSchool) school = g_list_model_get_item (schools, i);
      gint64 id = mk_school_get_id (school);
      MkCluster cluster = GPOINTER_TO_INT (g_hash_table_lookup (clusters, &id));
      MkCard *card;

      if ((params->municipality != NULL &&
           g_strcmp0 (mk_school_get_municipality (school), params->municipality) != 0) ||
          (params->cluster != MK_CLUSTER_NONE && cluster != params->cluster))
        continue;
      card = g_new0 (MkCard, 1);
      card->school_id = id;
      card->name = card_name (school);
      if (several)  /* «СШ № 1» alone is ambiguous over several */
        {
          g_autofree char *plain = card->name;
          card->name = mk_report_school_label (plain, mk_school_get_municipality (school), TRUE);
        }
      card->cluster = cluster;
      card->order = i;
      card->marks = g_array_new (FALSE, FALSE, sizeof (MkCardMark));
      mk_year_markers_init (&card->history, load->set->first_year);
      mk_cluster_input_init (&card->input, params->school_year, load->methodology);
      g_ptr_array_add (load->set->cards, card);
      g_hash_table_insert (load->by_school, &card->school_id, card);
    }
  return TRUE;
}

static gboolean
take_result (const MkResultRow *row,
             gpointer           user_data)
{
  Load *load = user_data;
  MkCard *card = g_hash_table_lookup (load->by_school, &row->school_id);
  MkYearMarkers *year;
  MkJudgement judgement;

  if (card == NULL || (year = (MkYearMarkers *) mk_card_year (card, load->set, row->year)) == NULL)
    return TRUE;
  mk_result_judge (row, load->methodology, &judgement);
  mk_year_markers_add (year, &judgement);
  if (judgement.non_objective || judgement.marker)
    {
      MkCardMark mark = { row->year, judgement.non_objective,
                          g_hash_table_lookup (load->set->procedures, &row->procedure_id) };

      if (mark.procedure != NULL)
        g_array_append_val (card->marks, mark);
    }
  return TRUE;
}

static gboolean
take_context (const MkContextRow *row,
              gpointer            user_data)
{
  Load *load = user_data;
  MkCard *card = g_hash_table_lookup (load->by_school, &row->school_id);
  MkYearMarkers *year;

  if (card != NULL && row->reported_markers >= 0 &&
      (year = (MkYearMarkers *) mk_card_year (card, load->set, row->year)) != NULL)
    year->reported = row->reported_markers;
  return TRUE;
}

/* Listed as assessed with no mark: 0 markers that year, not unknown. */
static gboolean
take_assessed (gint64    school_id,
               int       year_number,
               gpointer  user_data)
{
  Load *load = user_data;
  MkCard *card = g_hash_table_lookup (load->by_school, &school_id);
  MkYearMarkers *year;

  if (card != NULL && (year = (MkYearMarkers *) mk_card_year (card, load->set, year_number)) != NULL)
    year->listed = TRUE;
  return TRUE;
}

/* Within a year, the unreliable results first under their own heading (as
 * the Smolensk cards of СШ № 39, № 10 and № 32), then by the procedures'
 * rank. */
static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const MkCardMark *ma = a, *mb = b;

  if (ma->year != mb->year)
    return ma->year < mb->year ? -1 : 1;
  if (ma->non_objective != mb->non_objective)
    return ma->non_objective ? -1 : 1;
  return (int) ma->procedure->rank - (int) mb->procedure->rank;
}

static int
compare_cards (gconstpointer a,
               gconstpointer b)
{
  const MkCard *ca = *(MkCard **) a, *cb = *(MkCard **) b;
  int na = ca->cluster == MK_CLUSTER_NONE ? 99 : mk_cluster_number (ca->cluster);
  int nb = cb->cluster == MK_CLUSTER_NONE ? 99 : mk_cluster_number (cb->cluster);

  if (na != nb)
    return na - nb;
  return ca->order < cb->order ? -1 : ca->order > cb->order;
}

/* A card shows a school with a marked result or a reported total above
 * zero in one of the shown years; the rest have nothing to show. */
static gboolean
has_something (const MkCard *card)
{
  if (card->marks->len > 0 || card->history.reported > 0)
    return TRUE;
  for (guint i = 0; i < card->input.n_years; i++)
    if (card->input.years[i].reported > 0)
      return TRUE;
  return FALSE;
}

static void
finish_cards (Load *load)
{
  GPtrArray *cards = load->set->cards;

  for (guint i = cards->len; i-- > 0;)
    {
      MkCard *card = cards->pdata[i];
      MkClusterVerdict verdict;

      if (!has_something (card))
        {
          g_ptr_array_remove_index (cards, i);
          continue;
        }
      g_array_sort (card->marks, compare_marks);
      mk_clusters_decide (&card->input, load->methodology, &verdict);
      /* -1 where the year or the window is not known: the card says so. */
      card->markers_cur = verdict.markers_cur;
      card->markers_total = verdict.markers;
    }
  g_ptr_array_sort (cards, compare_cards);
}

MkCardSet *
mk_card_set_load (MkStore              *store,
                  const MkReportParams *params,
                  GError              **error)
{
  g_autoptr(MkMethodology) m = mk_store_load_methodology (store, params->school_year, error);
  g_autoptr(MkCardSet) set = g_new0 (MkCardSet, 1);
  g_autoptr(GHashTable) by_school = g_hash_table_new (g_int64_hash, g_int64_equal);
  Load load = { set, m, by_school };

  if (m == NULL)
    return NULL;
  set->school_year = params->school_year;
  set->window = CLAMP (mk_methodology_get (m, MK_SETTING_WINDOW), 1, MK_WINDOW_MAX);
  set->first_year = params->school_year - (int) set->window;
  set->cards = g_ptr_array_new_with_free_func (card_free);
  if (!load_procedures (set, store, error) ||
      !load_schools (&load, store, params, error) ||
      !mk_store_foreach_result (store, set->first_year, params->school_year,
                                take_result, &load, error) ||
      !mk_store_foreach_context (store, set->first_year, params->school_year,
                                 take_context, &load, error) ||
      !mk_store_foreach_assessed (store, set->first_year, params->school_year,
                                  take_assessed, &load, error))
    return NULL;
  finish_cards (&load);
  return g_steal_pointer (&set);
}
