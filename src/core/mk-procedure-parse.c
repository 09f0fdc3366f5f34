/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-procedure"
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mk-procedure.h"

G_DEFINE_QUARK (mk-procedure-error-quark, mk_procedure_error)

/* Subjects of docs/command-line.md («results»): a word matches when it
 * begins WORD (at least two letters: "ма", "геогр") or begins with STEM (an
 * inflected "математике"). */
typedef struct {
  const char *code;
  const char *name;
  const char *word;
  const char *stem;
} Subject;

static const Subject subjects[] = {
  { "РУ", "Русский язык", "русский", "русск" },
  { "МА", "Математика", "математика", "математик" },
  { "ФИЗ", "Физика", "физика", "физик" },
  { "ХИМ", "Химия", "химия", "хими" },
  { "БИО", "Биология", "биология", "биолог" },
  { "ИСТ", "История", "история", "истори" },
  { "ГЕО", "География", "география", "географ" },
  { "ОБЩ", "Обществознание", "обществознание", "обществ" },
  { "ЛИТ", "Литература", "литература", "литератур" },
  { "ИНФ", "Информатика", "информатика", "информатик" },
  { "АНГ", "Английский язык", "английский", "английск" },
  { "НЕМ", "Немецкий язык", "немецкий", "немецк" },
};

static const struct { const char *word; const char *kind; } kinds[] = {
  { "впр", "ВПР" }, { "огэ", "ОГЭ" }, { "егэ", "ЕГЭ" },
};

/* Words that say nothing about which procedure it is: «кл», the «язык» of
 * «Русский язык», the Smolensk cards' «ОГЭ по выб.», «Информатика и ИКТ». */
static const char * const noise_words[] = { "кл", "яз", "по", "и", "икт" };
static const char * const noise_stems[] = { "класс", "язык", "выб" };

static gboolean
in_list (const char        *word,
         const char * const *list,
         guint               n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_noise (const char *word)
{
  if (in_list (word, noise_words, G_N_ELEMENTS (noise_words)))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (noise_stems); i++)
    if (g_str_has_prefix (word, noise_stems[i]))
      return TRUE;
  return FALSE;
}

static const char *
kind_of_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (word, kinds[i].word))
      return kinds[i].kind;
  return NULL;
}

static const char *
level_of_word (const char *word)
{
  if (g_str_has_prefix (word, "проф"))
    return mk_exam_level_name (MK_EXAM_LEVEL_PROFILE);
  if (g_str_has_prefix (word, "баз"))
    return mk_exam_level_name (MK_EXAM_LEVEL_BASIC);
  return NULL;
}

static const Subject *
subject_of_word (const char *word)
{
  glong length = g_utf8_strlen (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    if ((length >= 2 && g_str_has_prefix (subjects[i].word, word)) ||
        g_str_has_prefix (word, subjects[i].stem))
      return &subjects[i];
  return NULL;
}

/* "(4)" after a grade names the paper written, not the grade: skipped. */
static gboolean
skip_paper_grade (const char **p)
{
  const char *q = *p + 1;
  gboolean digits = FALSE;

  while (*q == ' ')
    q++;
  for (; g_ascii_isdigit (*q); q++)
    digits = TRUE;
  while (*q == ' ')
    q++;
  if (!digits || *q != ')')
    return FALSE;
  *p = q + 1;
  return TRUE;
}

static void
flush_word (GPtrArray *words,
            GString   *word)
{
  if (word->len > 0)
    g_ptr_array_add (words, g_strdup (word->str));
  g_string_truncate (word, 0);
}

/* Documents converted to text space kinds out ("О Г Э"): runs of
 * one-letter words are read as one word. */
static GPtrArray *
join_spaced_letters (GPtrArray *words)
{
  GPtrArray *joined = g_ptr_array_new_with_free_func (g_free);
  gboolean spaced = FALSE;

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = words->pdata[i];
      gboolean single = g_utf8_strlen (word, -1) == 1 && !g_ascii_isdigit (*word);
      gboolean next_single = i + 1 < words->len &&
                             g_utf8_strlen (words->pdata[i + 1], -1) == 1;

      if (single && spaced)
        {
          char *longer = g_strconcat (joined->pdata[joined->len - 1], word, NULL);
          g_free (joined->pdata[joined->len - 1]);
          joined->pdata[joined->len - 1] = longer;
        }
      else
        g_ptr_array_add (joined, g_strdup (word));
      spaced = single && (spaced || next_single);
    }
  return joined;
}

/* Casefolded words (ё as е) and numbers; punctuation only separates, so
 * "РУ-5", "РУ 5" and "РУ5" read alike. */
static GPtrArray *
split_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) word = g_string_new (NULL);
  gboolean digits = FALSE;

  for (const char *p = folded; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean is_digit = c < 128 && g_ascii_isdigit (c);
      gboolean is_letter = !is_digit && g_unichar_isalpha (c);

      if (c == '(' && skip_paper_grade (&p))
        {
          flush_word (words, word);
          continue;
        }
      p = g_utf8_next_char (p);
      if ((!is_digit && !is_letter) || (word->len > 0 && is_digit != digits))
        flush_word (words, word);
      if (is_digit || is_letter)
        g_string_append_unichar (word, c == 0x0451 ? 0x0435 : c);
      digits = is_digit;
    }
  flush_word (words, word);
  return join_spaced_letters (words);
}

static gboolean
take_grade (MkProcedureSpec  *spec,
            const char       *word,
            GError          **error)
{
  int grade = strlen (word) <= 2 ? atoi (word) : 0;

  if (grade < 1 || grade > 11 || (spec->grade != 0 && spec->grade != grade))
    {
      g_set_error (error, MK_PROCEDURE_ERROR, MK_PROCEDURE_ERROR_GRADE,
                   _("«%s» is not a grade from 4 to 11"), word);
      return FALSE;
    }
  spec->grade = grade;
  return TRUE;
}

/* A second, different kind or subject makes the text mean two things. */
static gboolean
take_once (const char  **slot,
           const char   *value,
           const char   *word,
           GError      **error)
{
  if (*slot != NULL && **slot != '\0' && g_strcmp0 (*slot, value) != 0)
    {
      g_set_error (error, MK_PROCEDURE_ERROR, MK_PROCEDURE_ERROR_WORD,
                   _("«%s» contradicts the rest of the name"), word);
      return FALSE;
    }
  *slot = value;
  return TRUE;
}

static gboolean
take_word (MkProcedureSpec  *spec,
           const char       *word,
           GError          **error)
{
  const Subject *subject;
  const char *kind, *level;

  if (g_ascii_isdigit (*word))
    return take_grade (spec, word, error);
  if ((kind = kind_of_word (word)) != NULL)
    return take_once (&spec->kind, kind, word, error);
  if ((level = level_of_word (word)) != NULL)
    return take_once (&spec->level, level, word, error);
  if (is_noise (word))
    return TRUE;
  if ((subject = subject_of_word (word)) == NULL)
    {
      g_set_error (error, MK_PROCEDURE_ERROR, MK_PROCEDURE_ERROR_WORD,
                   _("«%s» is not a kind, subject, grade or level"), word);
      return FALSE;
    }
  if (!take_once (&spec->subject_code, subject->code, word, error))
    return FALSE;
  spec->subject = subject->name;
  return TRUE;
}

/* Grades that ОГЭ (9) and ЕГЭ (10, 11) imply may be written and are
 * dropped; ВПР needs one. */
static gboolean
check_grade (MkProcedureSpec  *spec,
             GError          **error)
{
  gboolean vpr = mk_procedure_spec_has_grade (spec);
  MkProcedureKind kind = MK_KIND_VPR;

  mk_procedure_kind_from_name (spec->kind, &kind);
  if (vpr && spec->grade >= 4)
    return TRUE;
  if (!vpr && (spec->grade == 0 ||
               (kind == MK_KIND_OGE && spec->grade == 9) ||
               (kind == MK_KIND_EGE && spec->grade >= 10)))
    return (spec->grade = 0, TRUE);
  if (vpr)
    g_set_error_literal (error, MK_PROCEDURE_ERROR, MK_PROCEDURE_ERROR_GRADE,
                         _("ВПР needs a grade from 4 to 11"));
  else
    g_set_error (error, MK_PROCEDURE_ERROR, MK_PROCEDURE_ERROR_GRADE,
                 _("%s is not written in grade %d"), spec->kind, spec->grade);
  return FALSE;
}

static gboolean
check_level (MkProcedureSpec  *spec,
             GError          **error)
{
  gboolean ege_maths = mk_procedure_spec_has_level (spec);

  if (ege_maths == (*spec->level != '\0'))
    return TRUE;
  g_set_error_literal (error, MK_PROCEDURE_ERROR, MK_PROCEDURE_ERROR_LEVEL,
                       ege_maths ? _("ЕГЭ mathematics needs ПРОФ or БАЗ")
                                 : _("ПРОФ and БАЗ are only for ЕГЭ mathematics"));
  return FALSE;
}

static gboolean
check_spec (MkProcedureSpec  *spec,
            GError          **error)
{
  if (spec->kind == NULL)
    {
      g_set_error_literal (error, MK_PROCEDURE_ERROR, MK_PROCEDURE_ERROR_NO_KIND,
                           _("no kind of assessment (ВПР, ОГЭ or ЕГЭ)"));
      return FALSE;
    }
  if (spec->subject_code == NULL)
    {
      g_set_error_literal (error, MK_PROCEDURE_ERROR, MK_PROCEDURE_ERROR_NO_SUBJECT,
                           _("no subject"));
      return FALSE;
    }
  return check_grade (spec, error) && check_level (spec, error);
}

gboolean
mk_procedure_parse (const char       *text,
                    MkProcedureSpec  *spec,
                    GError          **error)
{
  g_autoptr(GPtrArray) words = split_words (text);

  memset (spec, 0, sizeof *spec);
  spec->level = "";
  for (guint i = 0; i < words->len; i++)
    if (!take_word (spec, words->pdata[i], error))
      return FALSE;
  return check_spec (spec, error);
}

gboolean
mk_procedure_parse_parts (const char       *kind,
                          const char       *subject,
                          const char       *grade,
                          MkProcedureSpec  *spec,
                          GError          **error)
{
  g_autofree char *text = g_strjoin (" ", kind != NULL ? kind : "",
                                     subject != NULL ? subject : "",
                                     grade != NULL ? grade : "", NULL);

  return mk_procedure_parse (text, spec, error);
}

const char *
mk_procedure_parse_kind (const char *text)
{
  g_autoptr(GPtrArray) words = split_words (text);
  const char *kind = NULL;

  for (guint i = 0; i < words->len; i++)
    {
      const char *k = kind_of_word (words->pdata[i]);
      if (k != NULL && kind == NULL)
        kind = k;
      else if (k != NULL || !is_noise (words->pdata[i]))
        return NULL;
    }
  return kind;
}

char *
mk_procedure_spec_to_code (const MkProcedureSpec *spec)
{
  g_return_val_if_fail (spec->kind != NULL && spec->subject_code != NULL, NULL);
  if (spec->grade != 0)
    return g_strdup_printf ("%s %s-%d", spec->kind, spec->subject_code, spec->grade);
  if (spec->level != NULL && *spec->level != '\0')
    return g_strdup_printf ("%s %s %s", spec->kind, spec->subject_code, spec->level);
  return g_strdup_printf ("%s %s", spec->kind, spec->subject_code);
}

char *
mk_procedure_canonical_code (const char *text)
{
  MkProcedureSpec spec;

  if (!mk_procedure_parse (text, &spec, NULL))
    return NULL;
  return mk_procedure_spec_to_code (&spec);
}

guint
mk_procedure_n_subjects (void)
{
  return G_N_ELEMENTS (subjects);
}

void
mk_procedure_get_subject_at (guint         index,
                             const char  **code,
                             const char  **name)
{
  g_return_if_fail (index < G_N_ELEMENTS (subjects));
  if (code != NULL)
    *code = subjects[index].code;
  if (name != NULL)
    *name = subjects[index].name;
}

char *
mk_procedure_spec_default_title (const MkProcedureSpec *spec)
{
  g_return_val_if_fail (spec->subject != NULL, NULL);
  if (spec->grade != 0)
    return g_strdup_printf ("%s %d кл", spec->subject, spec->grade);
  if (spec->level != NULL && *spec->level != '\0')
    return g_strdup_printf ("%s %s", spec->subject, spec->level);
  return g_strdup (spec->subject);
}
