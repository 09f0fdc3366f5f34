/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-names"
#include "config.h"

#include <string.h>

#include "mk-names.h"

/* The ways of writing a kind of school (docs/command-line.md, «Names»),
 * casefolded with ё as е. Where one spelling starts another, the longer one
 * comes first. */
typedef struct {
  const char *words;
  const char *type;
} TypeSpelling;

static const TypeSpelling type_spellings[] = {
  { "средняя общеобразовательная школа", "сш" },
  { "средняя школа", "сш" },
  { "сош", "сш" },
  { "сш", "сш" },
  { "основная общеобразовательная школа", "ош" },
  { "основная школа", "ош" },
  { "оош", "ош" },
  { "ош", "ош" },
  { "открытая (сменная) общеобразовательная школа", "осш" },
  { "открытая (сменная) школа", "осш" },
  { "вечерняя (сменная) общеобразовательная школа", "осш" },
  { "вечерняя (сменная) школа", "осш" },
  { "вечерняя общеобразовательная школа", "осш" },
  { "вечерняя школа", "осш" },
  { "о(с)ош", "осш" },
  { "осош", "осш" },
  { "о(с)ш", "осш" },
  { "в(с)ош", "осш" },
  { "гимназия", "гимназия" },
  { "лицей", "лицей" },
};

/* Abbreviated legal forms that may open an official name. A list, not a
 * pattern: СОШ and ООШ also end in "ош" and must survive. */
static const char * const legal_abbreviations[] = {
  "моу", "мбоу", "маоу", "мкоу",
  "гоу", "гбоу", "гаоу", "гкоу", "фгбоу", "фгкоу",
  "чоу", "ноу", "ано", "аноо",
};

/* How a spelled-out legal form begins; it ends at «учреждение». */
static const char * const legal_openings[] = {
  "муниципальн", "государственн", "негосударственн", "частн",
  "федеральн", "областн", "краев", "автономн",
};

/* Words that write «number» before the number itself. */
static const char * const number_marks[] = {
  "№", "n", "n.", "no", "no.", "nº", "#",
};

/* A parsed name: the words that make up its key, and the kind of school
 * when the name spells one. */
typedef struct {
  GPtrArray  *words;
  const char *type;
} ParsedName;

static gboolean
is_quote (gunichar c)
{
  /* Official documents mix «ёлочки», „лапки“, typewriter and curly quotes. */
  switch (c)
    {
    case '"': case '\'': case '`':
    case 0x00AB: case 0x00BB:
    case 0x2018: case 0x2019: case 0x201A:
    case 0x201C: case 0x201D: case 0x201E:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
append_folded_char (GString  *out,
                    gunichar  c,
                    gunichar  prev)
{
  if (c == 0x0451)                      /* ё */
    c = 0x0435;                         /* е */
  if (is_quote (c) || g_unichar_isspace (c) || c == ',' || c == ';')
    c = ' ';

  /* № and a digit glued to a word («№19», «СШ№19», «N9») are separate
   * words, so that every spelling of the number splits the same way. */
  if (c == 0x2116)
    g_string_append (out, " № ");
  else if (c < 0x80 && g_ascii_isdigit (c) && g_unichar_isalpha (prev))
    g_string_append_printf (out, " %c", (char) c);
  else
    g_string_append_unichar (out, c);
}

/* Casefolds NAME and splits it into words at spaces, commas and quotes. */
static GPtrArray *
split_words (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  g_autofree char *nfc = g_utf8_normalize (valid, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (nfc, -1);
  g_autoptr(GString) text = g_string_sized_new (strlen (folded) + 8);
  g_auto(GStrv) parts = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  gunichar prev = 0;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      append_folded_char (text, c, prev);
      prev = c;
    }

  parts = g_strsplit (text->str, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  return words;
}

static const char *
word_at (GPtrArray *words,
         guint      i)
{
  return i < words->len ? g_ptr_array_index (words, i) : NULL;
}

static gboolean
word_in (const char        *word,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; word != NULL && i < n; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;
  return FALSE;
}

static gboolean
word_opens_legal_form (const char *word)
{
  for (gsize i = 0; i < G_N_ELEMENTS (legal_openings); i++)
    if (g_str_has_prefix (word, legal_openings[i]))
      return TRUE;
  return FALSE;
}

/* The number of words of a spelled-out legal form at the start of WORDS
 * («Муниципальное автономное общеобразовательное учреждение»), or 0. */
static guint
spelled_legal_form_length (GPtrArray *words)
{
  if (words->len == 0 || !word_opens_legal_form (word_at (words, 0)))
    return 0;

  /* Five adjectives at most: a longer run is not a legal form. */
  for (guint i = 1; i < words->len && i <= 5; i++)
    {
      const char *word = word_at (words, i);

      if (g_str_equal (word, "учреждение") || g_str_equal (word, "организация"))
        return i + 1;
    }
  return 0;
}

static guint
legal_form_length (GPtrArray *words)
{
  if (word_in (word_at (words, 0), legal_abbreviations,
               G_N_ELEMENTS (legal_abbreviations)))
    return 1;
  return spelled_legal_form_length (words);
}

/* Whether the words from I on spell SPELLING; sets *N_WORDS. */
static gboolean
spelling_matches (GPtrArray  *words,
                  guint       i,
                  const char *spelling,
                  guint      *n_words)
{
  g_auto(GStrv) wanted = g_strsplit (spelling, " ", -1);
  guint n = g_strv_length (wanted);

  for (guint k = 0; k < n; k++)
    {
      const char *word = word_at (words, i + k);

      if (word == NULL || !g_str_equal (word, wanted[k]))
        return FALSE;
    }
  *n_words = n;
  return TRUE;
}

/* The words a kind of school takes at I (0 if none) and the kind. */
static guint
match_type (GPtrArray   *words,
            guint        i,
            const char **type)
{
  guint n = 0;

  for (gsize k = 0; k < G_N_ELEMENTS (type_spellings); k++)
    if (spelling_matches (words, i, type_spellings[k].words, &n))
      {
        *type = type_spellings[k].type;
        return n;
      }
  return 0;
}

/* «19», «19а», «19-а», «19.»: the digits and a class letter, or NULL. */
static char *
number_of_word (const char *word)
{
  const char *p = word;
  GString *number;

  if (!g_ascii_isdigit (*p))
    return NULL;
  number = g_string_new (NULL);
  while (g_ascii_isdigit (*p))
    g_string_append_c (number, *p++);
  if (*p == '-')
    p++;
  /* One letter is a class letter (№ 10а); more is a suffix («19-ти») or
   * punctuation, which do not change which school is meant. */
  if (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p))
      && !g_unichar_isalpha (g_utf8_get_char (g_utf8_next_char (p))))
    g_string_append_unichar (number, g_utf8_get_char (p));
  return g_string_free (number, FALSE);
}

/* The words a number takes at I (0 if none): marks such as «№», «N» or
 * «No», then the digits. */
static guint
match_number (GPtrArray  *words,
              guint       i,
              char      **number)
{
  guint k = i;

  while (word_in (word_at (words, k), number_marks, G_N_ELEMENTS (number_marks)))
    k++;
  if (k >= words->len)
    return 0;
  *number = number_of_word (word_at (words, k));
  return *number != NULL ? k - i + 1 : 0;
}

/* Whether the words from I on qualify a school rather than name it: «имени
 * …», «им. …», «с углублённым изучением …», «с интернатом». */
static gboolean
starts_qualifier (GPtrArray *words,
                  guint      i)
{
  const char *word = word_at (words, i);
  const char *next = word_at (words, i + 1);

  if (g_str_equal (word, "имени") || g_str_equal (word, "им")
      || g_str_has_prefix (word, "им."))
    return TRUE;
  if (g_str_equal (word, "уиоп"))
    return TRUE;
  return g_str_equal (word, "с") && next != NULL
         && (g_str_has_prefix (next, "углубл") || g_str_has_prefix (next, "интернат")
             || g_str_equal (next, "уиоп"));
}

/* The words of «города Смоленска», «г. Смоленска» or «г.Смоленска» at I, or
 * 0: the city is the municipality's, so it does not tell schools apart. */
static guint
city_length (GPtrArray *words,
             guint      i)
{
  const char *word = word_at (words, i);

  if (g_str_equal (word, "города") || g_str_equal (word, "г."))
    return i + 1 < words->len ? 2 : 1;
  return g_str_has_prefix (word, "г.") ? 1 : 0;
}

/* Reads one piece of the name at I into OUT; returns the words it took, or
 * 0 when the rest of the name does not take part in the key. */
static guint
parse_piece (GPtrArray  *words,
             guint       i,
             ParsedName *out)
{
  const char *type = NULL;
  char *number = NULL;
  guint n;

  if (out->words->len > 0 && starts_qualifier (words, i))
    return 0;
  if (out->words->len > 0 && (n = city_length (words, i)) > 0)
    return n;
  if (out->type == NULL && (n = match_type (words, i, &type)) > 0)
    {
      out->type = type;
      g_ptr_array_add (out->words, g_strdup (type));
      return n;
    }
  if ((n = match_number (words, i, &number)) > 0)
    {
      g_ptr_array_add (out->words, number);
      /* Type and number identify the school; the rest only describes it. */
      return out->type != NULL ? 0 : n;
    }
  g_ptr_array_add (out->words, g_strdup (word_at (words, i)));
  return 1;
}

static void
parse_name (const char *name,
            ParsedName *out)
{
  g_autoptr(GPtrArray) words = split_words (name);
  guint i = legal_form_length (words);
  guint n;

  out->words = g_ptr_array_new_with_free_func (g_free);
  out->type = NULL;
  while (i < words->len && (n = parse_piece (words, i, out)) > 0)
    i += n;

  /* A name that is nothing but a legal form keeps its words. */
  if (out->words->len == 0)
    for (i = 0; i < words->len; i++)
      g_ptr_array_add (out->words, g_strdup (word_at (words, i)));
}

static char *
join_words (GPtrArray *words)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, word_at (words, i));
    }
  return g_string_free (key, FALSE);
}

char *
mk_names_school_key (const char *name)
{
  ParsedName parsed;
  char *key;

  parse_name (name, &parsed);
  key = join_words (parsed.words);
  g_ptr_array_unref (parsed.words);
  return key;
}

/* «МАОУ» for «Муниципальное автономное общеобразовательное учреждение»:
 * the abbreviation is the initials of the spelled-out words. */
static char *
initials (GPtrArray *words,
          guint      n)
{
  GString *abbreviation = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_unichar (abbreviation,
                             g_unichar_toupper (g_utf8_get_char (word_at (words, i))));
  return g_string_free (abbreviation, FALSE);
}

char *
mk_names_legal_form (const char *name)
{
  g_autoptr(GPtrArray) words = split_words (name);
  guint n = spelled_legal_form_length (words);

  if (n > 0)
    return initials (words, n);
  if (legal_form_length (words) == 1)
    return g_utf8_strup (word_at (words, 0), -1);
  return NULL;
}

static gboolean
folded_contains (const char        *name,
                 const char * const *marks,
                 gsize               n_marks)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *text = NULL;

  if (name == NULL)
    return FALSE;
  words = split_words (name);
  text = join_words (words);
  for (gsize i = 0; i < n_marks; i++)
    if (strstr (text, marks[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
has_type (const char *name,
          const char *type)
{
  ParsedName parsed;
  gboolean result;

  if (name == NULL)
    return FALSE;
  parse_name (name, &parsed);
  result = g_strcmp0 (parsed.type, type) == 0;
  g_ptr_array_unref (parsed.words);
  return result;
}

MkProfile
mk_names_infer_profile (const char *name,
                        const char *full_name)
{
  static const char * const advanced[] = { "гимназ", "лицей", "углубл", "уиоп" };
  static const char * const evening[] = { "сменн", "вечерн" };

  if (folded_contains (name, advanced, G_N_ELEMENTS (advanced))
      || folded_contains (full_name, advanced, G_N_ELEMENTS (advanced)))
    return MK_PROFILE_ADVANCED;
  if (has_type (name, "осш") || has_type (full_name, "осш")
      || folded_contains (name, evening, G_N_ELEMENTS (evening))
      || folded_contains (full_name, evening, G_N_ELEMENTS (evening)))
    return MK_PROFILE_EVENING;
  if (has_type (name, "ош") || has_type (full_name, "ош"))
    return MK_PROFILE_BASIC;
  return MK_PROFILE_SECONDARY;
}
