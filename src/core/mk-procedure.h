/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Why a written procedure was not understood. */
#define MK_PROCEDURE_ERROR (mk_procedure_error_quark ())

typedef enum {
  MK_PROCEDURE_ERROR_NO_KIND,     /* none of ВПР, ОГЭ, ЕГЭ */
  MK_PROCEDURE_ERROR_NO_SUBJECT,
  MK_PROCEDURE_ERROR_GRADE,       /* ВПР without a grade, or a wrong one */
  MK_PROCEDURE_ERROR_LEVEL,       /* ЕГЭ mathematics without ПРОФ/БАЗ */
  MK_PROCEDURE_ERROR_WORD,        /* a word that means nothing here */
} MkProcedureError;

GQuark mk_procedure_error_quark (void);

/* The kinds of assessment, in the order official tables list them. Their
 * names are the Russian abbreviations, data rather than UI text. */
typedef enum {
  MK_KIND_VPR,
  MK_KIND_OGE,
  MK_KIND_EGE,
} MkProcedureKind;

#define MK_N_KINDS 3

/* "ВПР", "ОГЭ", "ЕГЭ" */
const char     *mk_procedure_kind_name        (MkProcedureKind  kind);
/* FALSE for a NAME that is none of the three. */
gboolean        mk_procedure_kind_from_name   (const char      *name,
                                               MkProcedureKind *kind);
/* I-th kind in the order of the marker matrix (Приложение 1 of the
 * Smolensk monitoring report): ОГЭ, ЕГЭ, ВПР. */
MkProcedureKind mk_procedure_kind_matrix_order (guint           i);
/* ВПР is written in a grade (4–11); ОГЭ and ЕГЭ imply theirs. */
gboolean        mk_procedure_kind_has_grade   (MkProcedureKind  kind);

/* The two levels of the ЕГЭ in mathematics. */
typedef enum {
  MK_EXAM_LEVEL_PROFILE,  /* «ПРОФ» */
  MK_EXAM_LEVEL_BASIC,    /* «БАЗ» */
} MkExamLevel;

#define MK_N_EXAM_LEVELS 2

/* "ПРОФ", "БАЗ": the last part of the code */
const char     *mk_exam_level_name            (MkExamLevel      level);
/* FALSE for a NAME that is neither. */
gboolean        mk_exam_level_from_name       (const char      *name,
                                               MkExamLevel     *level);

/* What a written procedure means (docs/command-line.md, «results»): the
 * parts of its canonical code. The strings are static; what the text does
 * not say is NULL (kind, subject) or 0 (grade). */
typedef struct {
  const char *kind;          /* "ВПР", "ОГЭ", "ЕГЭ" */
  const char *subject_code;  /* "РУ", "МА", "ГЕО" … */
  const char *subject;       /* "Русский язык" */
  int         grade;         /* 4–11 for ВПР, 0 otherwise */
  const char *level;         /* "", "ПРОФ", "БАЗ" */
} MkProcedureSpec;

/* The rules of a kind applied to SPEC: ВПР has a grade; ЕГЭ mathematics,
 * and only it, has a level (ПРОФ or БАЗ). */
gboolean     mk_procedure_spec_has_grade (const MkProcedureSpec *spec);
gboolean     mk_procedure_spec_has_level (const MkProcedureSpec *spec);

/* Understands every spelling of docs/command-line.md: "ВПР РУС-5", "ВПР
 * РУ5(4)" (grade 5 writing the grade-4 paper), "ЕГЭ МАТ. Проф", "ОГЭ
 * ГЕОГР.", the spaced kinds of converted documents ("О Г Э Русский язык").
 * On failure SPEC keeps what was recognised, for «did you mean». Pure. */
gboolean     mk_procedure_parse       (const char        *text,
                                       MkProcedureSpec   *spec,
                                       GError           **error);
/* The same for kind, subject and grade in separate cells; any may be NULL
 * or empty, and SUBJECT may carry the grade itself ("Математика 5 кл"). */
gboolean     mk_procedure_parse_parts (const char        *kind,
                                       const char        *subject,
                                       const char        *grade,
                                       MkProcedureSpec   *spec,
                                       GError           **error);
/* The kind when TEXT names a kind and nothing else ("О Г Э", "ОГЭ по
 * выб."), as the upper row of a two-row heading does; else NULL. */
const char  *mk_procedure_parse_kind  (const char        *text);
/* "ВПР РУ-5", "ОГЭ ГЕО", "ЕГЭ МА ПРОФ" */
char        *mk_procedure_spec_to_code (const MkProcedureSpec *spec);
/* The canonical code of TEXT, or NULL when it is not understood. */
char        *mk_procedure_canonical_code (const char     *text);
/* The subjects the parser understands, in a fixed order, so that a form
 * offers only subjects whose every spelling imports understand: INDEX
 * below mk_procedure_n_subjects () gives the code ("РУ") and the name
 * ("Русский язык"), static strings. */
guint        mk_procedure_n_subjects   (void);
void         mk_procedure_get_subject_at (guint           index,
                                          const char    **code,
                                          const char    **name);
/* The heading a procedure gets unless it is given one, as the default
 * catalog writes them: "Математика 5 кл", "Математика ПРОФ", "Химия". */
char        *mk_procedure_spec_default_title (const MkProcedureSpec *spec);

/* One procedure of the catalog (docs/methodology.md), as lists show it. */
#define MK_TYPE_PROCEDURE (mk_procedure_get_type ())
G_DECLARE_FINAL_TYPE (MkProcedure, mk_procedure, MK, PROCEDURE, GObject)

gint64       mk_procedure_get_id           (MkProcedure *self);
const char  *mk_procedure_get_code         (MkProcedure *self);
const char  *mk_procedure_get_kind         (MkProcedure *self);
const char  *mk_procedure_get_subject_code (MkProcedure *self);
const char  *mk_procedure_get_subject      (MkProcedure *self);
/* 0 when the procedure has no grade (ОГЭ, ЕГЭ). */
int          mk_procedure_get_grade        (MkProcedure *self);
const char  *mk_procedure_get_level        (MkProcedure *self);
/* The matrix heading: "Математика 5 кл", "Математика ПРОФ". */
const char  *mk_procedure_get_title        (MkProcedure *self);
int          mk_procedure_get_position     (MkProcedure *self);

/* The codes of CATALOG (a GListModel of MkProcedure) nearest to TEXT, best
 * first, at most MAX: those that share the kind, subject and grade the
 * text names come first, then by edit distance. For «did you mean». */
GPtrArray   *mk_procedure_closest       (GListModel        *catalog,
                                         const char        *text,
                                         guint              max);

G_END_DECLS
