/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-fuzz-names"
#include "config.h"

#include <string.h>

#include "mk-edit-distance.h"
#include "mk-fuzz.h"
#include "mk-names.h"
#include "mk-natural.h"
#include "mk-procedure.h"

/* The normalisers of school and procedure names, one line of the input
 * at a time, and the «did you mean» matching of a line against the
 * others (the municipalities and schools an import knows). */

/* Edit distance is quadratic: a name is never this long, and longer
 * lines would only measure the fuzzer's patience. */
#define MAX_LINE 512
#define MAX_CHOICES 64

static void
parse_procedure (const char *text)
{
  g_autoptr(GError) error = NULL;
  MkProcedureSpec spec = { 0 };

  (void) mk_procedure_parse_kind (text);
  if (mk_procedure_parse (text, &spec, &error))
    {
      g_autofree char *code = mk_procedure_spec_to_code (&spec);
      g_autofree char *again = mk_procedure_canonical_code (code);
      g_autofree char *title = mk_procedure_spec_default_title (&spec);

      /* The catalog stores the canonical code, and an import that writes
       * it must find the same procedure. */
      g_assert_cmpstr (again, ==, code);
      g_assert (title == NULL || g_utf8_validate (title, -1, NULL));
    }
}

static void
parse_parts (const char *kind,
             const char *subject,
             const char *grade)
{
  g_autoptr(GError) error = NULL;
  MkProcedureSpec spec = { 0 };

  if (mk_procedure_parse_parts (kind, subject, grade, &spec, &error))
    {
      g_autofree char *code = mk_procedure_spec_to_code (&spec);
      g_autofree char *again = mk_procedure_canonical_code (code);

      g_assert_cmpstr (again, ==, code);
    }
}

static void
normalise_school (const char *name,
                  const char *full_name)
{
  g_autofree char *key = mk_names_school_key (name);
  g_autofree char *form = mk_names_legal_form (name);

  /* Keys are stored and compared as text: they must stay UTF-8. */
  g_assert (key == NULL || g_utf8_validate (key, -1, NULL));
  g_assert (form == NULL || g_utf8_validate (form, -1, NULL));

  (void) mk_names_infer_profile (name, full_name);
  (void) mk_natural_compare (name, full_name);
}

static void
match (const char  *text,
       char       **choices)
{
  g_autoptr(GPtrArray) closest = mk_edit_closest (text, choices, 3);

  g_assert_cmpuint (closest->len, <=, 3);

  if (choices[0] != NULL)
    (void) mk_edit_distance (text, choices[0]);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_auto(GStrv) lines = mk_fuzz_lines (data, size);
  guint n = g_strv_length (lines);

  for (guint i = 0; i < n; i++)
    if (strlen (lines[i]) > MAX_LINE)
      return 0;
  for (guint i = 0; i < n; i++)
    {
      const char *next = lines[i + 1] != NULL ? lines[i + 1] : "";

      normalise_school (lines[i], next);
      parse_procedure (lines[i]);
      parse_parts (lines[i], next, i + 2 < n ? lines[i + 2] : NULL);
    }
  if (n > 1 && n <= MAX_CHOICES)
    match (lines[0], lines + 1);
  return 0;
}
