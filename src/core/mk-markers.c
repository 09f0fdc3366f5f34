/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-markers"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-markers.h"

static const char *level_codes[MK_N_LEVELS] = {
  "none", "single", "basic", "moderate", "strong",
};

/* Таблица 5 of the Smolensk monitoring report names them so. */
static const char *level_labels[MK_N_LEVELS] = {
  N_("no markers"), N_("one marker"), N_("basically underperforming"),
  N_("moderately underperforming"), N_("strongly underperforming"),
};

int
mk_share_tenths (int low,
                 int participants)
{
  if (participants <= 0 || low < 0)
    return -1;
  return (int) ((2000 * (gint64) low + participants) / (2 * (gint64) participants));
}

char *
mk_format_tenths (int tenths)
{
  return g_strdup_printf ("%s%d,%d", tenths < 0 ? "-" : "", ABS (tenths) / 10,
                          ABS (tenths) % 10);
}

/* Numbers decide where they exist: the exact count first, then a share;
 * a bare «Н» only where the source gives nothing else. Integers keep the
 * boundary exact (30.0 % is a marker, 29.99 % is not). */
static MkVerdict
verdict_of (const MkResultRow *row,
            int                threshold)
{
  if (row->participants == 0)
    return MK_VERDICT_NO_PARTICIPANTS;
  if (row->low >= 0 && row->participants > 0)
    return 100 * (gint64) row->low >= (gint64) threshold * row->participants
           ? MK_VERDICT_LOW : MK_VERDICT_NOT_LOW;
  if (row->low_share >= 0)
    return row->low_share >= threshold * 1000
           ? MK_VERDICT_LOW_SHARE : MK_VERDICT_NOT_LOW;
  if (row->mark_low)
    return MK_VERDICT_MARK;
  return MK_VERDICT_NO_DATA;
}

static int
share_of (const MkResultRow *row)
{
  int share = mk_share_tenths (row->low, row->participants);

  if (share < 0 && row->low_share >= 0)
    share = (row->low_share + 50) / 100;
  return share;
}

void
mk_result_judge (const MkResultRow   *row,
                 const MkMethodology *methodology,
                 MkJudgement         *judgement)
{
  int threshold = mk_methodology_get (methodology, MK_SETTING_MARKER_THRESHOLD);
  gboolean count_flag = mk_methodology_get (methodology,
                                            MK_SETTING_COUNT_NON_OBJECTIVE);

  judgement->verdict = verdict_of (row, threshold);
  judgement->non_objective = row->non_objective;
  judgement->marker = judgement->verdict == MK_VERDICT_LOW ||
                      judgement->verdict == MK_VERDICT_LOW_SHARE ||
                      judgement->verdict == MK_VERDICT_MARK;
  if (!judgement->marker && count_flag && row->non_objective &&
      judgement->verdict != MK_VERDICT_NO_PARTICIPANTS)
    {
      judgement->verdict = MK_VERDICT_NON_OBJECTIVE;
      judgement->marker = TRUE;
    }
  judgement->share_tenths = share_of (row);
}

gboolean
mk_result_is_marker (const MkResultRow   *row,
                     const MkMethodology *methodology)
{
  MkJudgement judgement;

  mk_result_judge (row, methodology, &judgement);
  return judgement.marker;
}

void
mk_year_markers_init (MkYearMarkers *self,
                      int            year)
{
  *self = (MkYearMarkers) { .year = year, .reported = -1 };
}

void
mk_year_markers_add (MkYearMarkers     *self,
                     const MkJudgement *judgement)
{
  self->results++;
  self->counted += judgement->marker;
  self->warnings += judgement->verdict == MK_VERDICT_NO_PARTICIPANTS;
}

int
mk_year_markers_total (const MkYearMarkers *self)
{
  return self->reported >= 0 ? self->reported : self->counted;
}

gboolean
mk_year_markers_known (const MkYearMarkers *self)
{
  return self->results > 0 || self->reported >= 0 || self->listed;
}

MkLevel
mk_level_for (int                  markers,
              const MkMethodology *methodology)
{
  if (markers >= mk_methodology_get (methodology, MK_SETTING_LEVEL_STRONG))
    return MK_LEVEL_STRONG;
  if (markers >= mk_methodology_get (methodology, MK_SETTING_LEVEL_MODERATE))
    return MK_LEVEL_MODERATE;
  if (markers >= mk_methodology_get (methodology, MK_SETTING_LEVEL_BASIC))
    return MK_LEVEL_BASIC;
  return markers > 0 ? MK_LEVEL_SINGLE : MK_LEVEL_NONE;
}

const char *
mk_level_to_code (MkLevel level)
{
  g_return_val_if_fail (level < MK_N_LEVELS, NULL);
  return level_codes[level];
}

gboolean
mk_level_from_code (const char *code,
                    MkLevel    *level)
{
  for (guint i = 0; i < MK_N_LEVELS; i++)
    if (g_strcmp0 (code, level_codes[i]) == 0)
      return (*level = i, TRUE);
  return FALSE;
}

const char *
mk_level_label (MkLevel level)
{
  g_return_val_if_fail (level < MK_N_LEVELS, NULL);
  return _(level_labels[level]);
}
