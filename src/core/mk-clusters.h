/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-markers.h"
#include "mk-school.h"

G_BEGIN_DECLS

/* The five clusters of the «Методика выявления» of the Smolensk monitoring
 * report, numbered as there (docs/methodology.md, «Clusters»). */
typedef enum {
  MK_CLUSTER_NONE,   /* not classified: no data */
  MK_CLUSTER_SPU,    /* 1 ШПУ  Школы повышенного уровня */
  MK_CLUSTER_SBU,    /* 2 ШБУ  Школы базового уровня */
  MK_CLUSTER_SNRO,   /* 3 ШНРО Школы с низкими результатами обучения */
  MK_CLUSTER_SFNSU,  /* 4 ШФНСУ Школы, функционирующие в неблагоприятных
                      *   социальных условиях */
  MK_CLUSTER_SRNR,   /* 5 ШсРНР Школы с рисками низких результатов */
} MkCluster;

#define MK_N_CLUSTERS 6  /* MK_CLUSTER_NONE included */

/* "SPU" … "SRNR"; NULL for MK_CLUSTER_NONE. */
const char *mk_cluster_to_code      (MkCluster    cluster);
/* Accepts the codes and the Russian abbreviations (ШНРО), any case. */
gboolean    mk_cluster_from_code    (const char  *code,
                                     MkCluster   *cluster);
/* 1 … 5 as the methodology numbers them; 0 for MK_CLUSTER_NONE. */
int         mk_cluster_number       (MkCluster    cluster);
/* «ШНРО» in Russian, "SNRO" in English. */
const char *mk_cluster_abbreviation (MkCluster    cluster);
/* «ШНРО» in any language: as the official tables print it. */
const char *mk_cluster_official_abbreviation (MkCluster cluster);
/* «Школы с низкими результатами обучения» */
const char *mk_cluster_title        (MkCluster    cluster);

/* The rules in the order they are tried (docs/methodology.md, «Clusters»). */
typedef enum {
  MK_RULE_NONE,    /* no data: not classified */
  MK_RULE_SFNSU,   /* 1: ИСБШ known and low, enough markers */
  MK_RULE_SNRO,    /* 2: many markers */
  MK_RULE_SRNR,    /* 3: some markers */
  MK_RULE_SPU,     /* 4: few markers and an advanced school */
  MK_RULE_SBU,     /* 5: otherwise */
} MkRule;

#define MK_N_RULES 6

/* Stored in cluster_assignment.rule: "", "isbsh", "snro", "srnr",
 * "advanced", "otherwise". */
const char *mk_rule_to_key          (MkRule       rule);
gboolean    mk_rule_from_key        (const char  *key,
                                     MkRule      *rule);

/* A result worth naming in the explanation: a marker, a non-objective
 * flag, or a warning. PROCEDURE_CODE is borrowed. */
typedef struct {
  int          year;
  const char  *procedure_code;
  MkJudgement  judgement;
} MkMarkerNote;

/* What the rules look at for one school in one school year. */
typedef struct {
  int                 school_year;  /* start year: 2022 for 2022/2023 */
  MkProfile           profile;
  int                 isbsh;        /* tenths, -1 when not known */
  int                 isbsh_year;   /* the calendar year it is from */
  guint               n_years;      /* the window, oldest first */
  MkYearMarkers       years[MK_WINDOW_MAX];
  const MkMarkerNote *notes;        /* in year order */
  guint               n_notes;
} MkClusterInput;

/* Fills YEARS for the window of INPUT->school_year (no results yet). */
void        mk_cluster_input_init   (MkClusterInput      *input,
                                     int                  school_year,
                                     const MkMethodology *methodology);

typedef struct {
  MkCluster cluster;       /* MK_CLUSTER_NONE when there is no data */
  MkRule    rule;
  int       markers;       /* M: the window's total */
  int       markers_prev;  /* the years before the last; -1 not known */
  int       markers_cur;   /* the last year; -1 not known */
  MkLevel   level;
  gboolean  resilient;     /* low ИСБШ, yet too few markers for ШФНСУ */
} MkClusterVerdict;

void        mk_clusters_decide      (const MkClusterInput *input,
                                     const MkMethodology  *methodology,
                                     MkClusterVerdict     *verdict);
/* The reasons, one sentence a line, to be read aloud to a school. */
char       *mk_clusters_explain     (const MkClusterInput   *input,
                                     const MkClusterVerdict *verdict,
                                     const MkMethodology    *methodology);

/* The same for many schools under one methodology: the sentences that
 * do not depend on the school are made once. */
typedef struct _MkExplainer MkExplainer;

MkExplainer *mk_explainer_new      (const MkMethodology    *methodology);
void         mk_explainer_free     (MkExplainer            *self);
char        *mk_explainer_explain  (MkExplainer            *self,
                                    const MkClusterInput   *input,
                                    const MkClusterVerdict *verdict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkExplainer, mk_explainer_free)

G_END_DECLS
