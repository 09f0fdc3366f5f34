/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-methodology.h"
#include "mk-store-results.h"

G_BEGIN_DECLS

/* Markers of low results, their counts over the window and the level of
 * underperformance (docs/methodology.md). Pure: no storage. */

/* Why a result is or is not a marker. */
typedef enum {
  MK_VERDICT_NOT_LOW,          /* below the threshold */
  MK_VERDICT_LOW,              /* 100·low ≥ threshold·participants */
  MK_VERDICT_LOW_SHARE,        /* only a share was given, at or above it */
  MK_VERDICT_MARK,             /* a bare «Н» with no numbers */
  MK_VERDICT_NON_OBJECTIVE,    /* «Необ.», counted as the methodology says */
  MK_VERDICT_NO_PARTICIPANTS,  /* 0 participants: never a marker, a warning */
  MK_VERDICT_NO_DATA,          /* neither numbers nor a mark */
} MkVerdict;

typedef struct {
  MkVerdict verdict;
  gboolean  marker;
  gboolean  non_objective;  /* the flag, shown whether it counts or not */
  int       share_tenths;   /* the low share in tenths of a percent, -1 */
} MkJudgement;

void      mk_result_judge          (const MkResultRow   *row,
                                    const MkMethodology *methodology,
                                    MkJudgement         *judgement);
gboolean  mk_result_is_marker      (const MkResultRow   *row,
                                    const MkMethodology *methodology);

/* LOW of PARTICIPANTS in tenths of a percent, rounded half up:
 * 11 of 43 → 256. -1 when PARTICIPANTS is not positive. */
int       mk_share_tenths          (int                  low,
                                    int                  participants);
/* 256 → "25,6" (a decimal comma, as everything the user sees). */
char     *mk_format_tenths         (int                  tenths);

/* The markers of one school in one calendar year. */
typedef struct {
  int year;
  int counted;    /* markers found in the results */
  int reported;   /* a list's «3Н» that replaces COUNTED; -1 when none */
  int results;    /* results seen, markers or not */
  gboolean listed;  /* listed as assessed (a marker matrix row, marks or not) */
  int warnings;   /* results with 0 participants */
} MkYearMarkers;

void      mk_year_markers_init     (MkYearMarkers       *self,
                                    int                  year);
void      mk_year_markers_add      (MkYearMarkers       *self,
                                    const MkJudgement   *judgement);
/* The reported total where there is one, else the counted markers. */
int       mk_year_markers_total    (const MkYearMarkers *self);
/* Results, a reported total or a listing as assessed exist for the year. */
gboolean  mk_year_markers_known    (const MkYearMarkers *self);

/* Levels of underperformance (docs/methodology.md; Таблица 5 of the
 * Smolensk monitoring report). */
typedef enum {
  MK_LEVEL_NONE,      /* 0 markers */
  MK_LEVEL_SINGLE,    /* 1 */
  MK_LEVEL_BASIC,     /* 2–6 */
  MK_LEVEL_MODERATE,  /* 7–10 */
  MK_LEVEL_STRONG,    /* 11 and more */
} MkLevel;

#define MK_N_LEVELS 5

MkLevel     mk_level_for        (int                  markers,
                                 const MkMethodology *methodology);
/* "strong", "moderate", "basic", "single", "none" */
const char *mk_level_to_code    (MkLevel              level);
gboolean    mk_level_from_code  (const char          *code,
                                 MkLevel             *level);
/* «сильно неуспевающие» … */
const char *mk_level_label      (MkLevel              level);

G_END_DECLS
